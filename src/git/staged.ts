// The files staged in git and their staged content, read with three git processes (two of them at once) whatever their number.
import { gitPathOf, repositoryTop, runGit, splitNulBytes } from "./run.js";

export interface StagedFiles {
  /** Absolute top folder of the repository. */
  top: string;
  /** Absolute path → the blob in the index, for every added, copied, modified or renamed regular file. */
  content: Map<string, Uint8Array>;
  /** Staged files whose names are not UTF-8, which cannot be linted: absolute, invalid bytes as `\xHH`. */
  undecodable: string[];
}

/** Regular files (plain or executable); symbolic links and submodules have no text to lint. */
const REGULAR_MODES = new Set(["100644", "100755"]);

/**
 * Reads the index: which files differ from HEAD (`git diff --cached --raw`, an unborn HEAD counts as
 * empty) and, in one `git cat-file --batch` for all of them, their staged bytes. Blobs are asked for by object id, so
 * no path needs quoting on git's line-based input.
 */
export async function readStaged(cwd: string): Promise<StagedFiles> {
  // Both at once: diff prints paths relative to the top wherever it runs (--no-relative overrides diff.relative).
  const [topAnswer, rawAnswer] = await Promise.allSettled([
    repositoryTop(cwd),
    runGit(["diff", "--cached", "--raw", "-z", "--no-abbrev", "--no-renames", "--no-relative", "--diff-filter=ACMR", "--no-ext-diff"], cwd),
  ]);
  // Outside a repository both fail; the top's error says so more plainly.
  if (topAnswer.status === "rejected") throw topAnswer.reason;
  if (rawAnswer.status === "rejected") throw rawAnswer.reason;
  const top = topAnswer.value;
  const raw = rawAnswer.value;
  const fields = splitNulBytes(raw);
  const wanted: { path: string; oid: string }[] = [];
  const undecodable: string[] = [];
  // `:<old mode> <new mode> <old oid> <new oid> <status>` NUL `<path>` NUL, renames off: one path each.
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [, newMode, , newOid] = fields[i]!.toString("latin1").slice(1).split(" ");
    if (!newMode || !newOid || !REGULAR_MODES.has(newMode) || /^0+$/.test(newOid)) continue;
    const named = gitPathOf(top, fields[i + 1]!);
    if ("undecodable" in named) undecodable.push(named.undecodable);
    else wanted.push({ path: named.path, oid: newOid });
  }
  const content = new Map<string, Uint8Array>();
  if (wanted.length === 0) return { top, content, undecodable };
  const batch = await runGit(["cat-file", "--batch"], top, { input: wanted.map((w) => `${w.oid}\n`).join("") });
  const blobs = parseBatch(batch);
  for (const w of wanted) {
    const blob = blobs.get(w.oid);
    if (blob) content.set(w.path, blob);
  }
  return { top, content, undecodable };
}

/** `<oid> <type> <size>\n<bytes>\n` records (and `<oid> missing\n` ones) by object id. */
export function parseBatch(output: Buffer): Map<string, Uint8Array> {
  const blobs = new Map<string, Uint8Array>();
  let at = 0;
  while (at < output.length) {
    const eol = output.indexOf(0x0a, at);
    if (eol < 0) break;
    const header = output.toString("latin1", at, eol).split(" ");
    at = eol + 1;
    if (header.length !== 3) continue;
    const size = Number(header[2]);
    blobs.set(header[0]!, output.subarray(at, at + size));
    at += size + 1;
  }
  return blobs;
}
