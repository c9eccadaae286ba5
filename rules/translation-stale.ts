// rules/translation-stale.ts: the English file has not changed since the translation was made (its pin, else its last commit).
import { daysBetween, englishRelPath, isoDay, pinnedCommit, pinOf, provenanceOf, sourceHistoryOf } from "../src/shared/provenance.js";
import type { SourceBlob, SourceHistory } from "../src/git/history.js";
import { defineRule, findingAt, quote } from "../src/engine/rule.js";

/** Commits classified one by one at most; older ones beyond are counted as changes (see the rule doc). */
const MAX_CLASSIFIED = 200;

export default defineRule({
  id: "translation-stale",
  description: "The English file has not changed since the commit the translation was made from (its pin, else its last commit)",
  scope: "siblings",
  defaultSeverity: "warn",
  fixable: false,
  check(context) {
    const { file, project } = context;
    if (file.isSource || file.unreadable) return [];
    const english = englishRelPath(context);
    const provenance = provenanceOf(context);
    if (provenance) {
      const { commitEntry: e, rev, key, history } = provenance;
      const commit = pinnedCommit(provenance, file);
      if (!commit) return [];
      const since = history.commitsSince(commit, english);
      if (!since?.count || !since.latest) return [];
      const real = realChanges(history, english, commit, since.commits);
      if (real && real.commits.length === 0) return [];
      const commits = real?.commits ?? since.commits;
      const latestCommit = commits[0]!;
      const latest = latestCommit.slice(0, 12);
      const pinTime = history.commitTime(commit);
      const latestTime = history.commitTime(latestCommit);
      const behind = pinTime !== undefined && latestTime !== undefined ? `, ${daysBetween(pinTime, latestTime)} days after it` : "";
      const found =
        commits.length === 1
          ? `1 later commit that changes it (${quote(latest)}${behind})`
          : `${commits.length} later commits that change it (the latest ${quote(latest)}${behind})`;
      const message = `Expected the English ${quote(history.repoPath(english))} to be unchanged since ${key} ${quote(rev)} but found ${found}${cosmeticNote(real?.cosmetic ?? 0)}`;
      return [findingAt(file, e.valueOffset, message, { end: e.valueEnd })];
    }
    // No pin: as Kubernetes' lsync.sh, the English commits since the last commit that changed the translation.
    if (pinOf(file, project.provenance)) return [];
    const history = sourceHistoryOf(context);
    const sourceRoot = project.sourceRootFor(file.root) ?? context.group.source?.root;
    if (!history || !sourceRoot) return [];
    const localeRoots = new Set([file.root, ...project.localeRootsOf(sourceRoot)]);
    const lag = history.lagOf(file.path, english, [...localeRoots].sort());
    if (!lag || lag.count === 0 || !lag.latest) return [];
    const real = realChanges(history, english, lag.translated, lag.commits);
    if (real && real.commits.length === 0) return [];
    const commits = real?.commits ?? lag.commits;
    const latestCommit = commits[0]!;
    const latest = latestCommit.slice(0, 12);
    const latestTime = latestCommit === lag.latest ? lag.latestTime : (history.commitTime(latestCommit) ?? null);
    const days = latestTime === null ? "" : `, ${daysBetween(lag.translatedTime, latestTime)} days after it`;
    const found = commits.length === 1 ? `1 later English commit that changes it (${quote(latest)}${days})` : `${commits.length} later English commits that change it (the latest ${quote(latest)}${days})`;
    const message =
      `Expected the English ${quote(history.repoPath(english))} to be unchanged since this translation was last changed ` +
      `(commit ${quote(lag.translated.slice(0, 12))}, ${isoDay(lag.translatedTime)}) but found ${found}${cosmeticNote(real?.cosmetic ?? 0)}`;
    return [findingAt(file, 0, message)];
  },
});

function cosmeticNote(cosmetic: number): string {
  if (cosmetic === 0) return "";
  return cosmetic === 1 ? ", and 1 that changes only whitespace and line wrapping" : `, and ${cosmetic} that change only whitespace and line wrapping`;
}

/**
 * The commits (newest first) that change the English beyond whitespace and line wrapping, and how many
 * others do only that: empty when the English at `base` and at HEAD read the same with runs of
 * whitespace collapsed (front matter included), which no translator would be asked to redo. Null when
 * git cannot tell (a blob it lacks): every commit counts then.
 */
function realChanges(history: SourceHistory, english: string, base: string, commits: readonly string[]): { commits: string[]; cosmetic: number } | null {
  const then = history.blobAt(base, english);
  const now = history.blobAt(history.head, english);
  if (!then || !now) return null;
  if (sameWords(then, now)) return { commits: [], cosmetic: commits.length };
  const real: string[] = [];
  let cosmetic = 0;
  commits.forEach((commit, i) => {
    if (i >= MAX_CLASSIFIED) {
      real.push(commit);
      return;
    }
    const after = history.blobAt(commit, english);
    const before = after ? history.blobBefore(commit, english) : null;
    if (after && before && sameWords(before, after)) cosmetic++;
    else real.push(commit);
  });
  // Commits on branches merged since may each look cosmetic against their own parent while the English
  // differs in words: then the count stays git's.
  return real.length ? { commits: real, cosmetic } : null;
}

const words = new WeakMap<SourceBlob, string>();

/** True when two versions of the English read the same once every run of whitespace is one space (BOM, CRLF and line wrapping aside). */
function sameWords(a: SourceBlob, b: SourceBlob): boolean {
  if (a.oid === b.oid) return true;
  return wordsOf(a) === wordsOf(b);
}

function wordsOf(blob: SourceBlob): string {
  let text = words.get(blob);
  if (text === undefined) {
    text = Buffer.from(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength)
      .toString("utf8")
      .replace(/^\ufeff/, "")
      .replace(/\s+/g, " ")
      .trim();
    words.set(blob, text);
  }
  return text;
}
