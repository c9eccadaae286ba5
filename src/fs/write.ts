// Safe writes: a temporary file beside the target, checked, then an atomic rename; never through a link unless asked.
import fs from "node:fs";
import path from "node:path";
import { kindOf, readRegularFile, sha1, type ReadStamp } from "./read.js";

/**
 * A write loclint refused, leaving the file as it was. `code`: `EACCES` (read-only file), `ELINK` (a
 * symbolic link where links are not followed), `ENOTREG` (a FIFO, device or folder), `ECHANGED` (the
 * file is no longer what was read). `message` is a short reason without the file name.
 */
export class WriteRefused extends Error {
  constructor(
    readonly code: "EACCES" | "ELINK" | "ENOTREG" | "ECHANGED",
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}

/** Thrown for a file that is read-only (no write permission bit, or not writable by this user). */
export class ReadOnlyError extends WriteRefused {
  constructor(file: string) {
    super("EACCES", "the file is read-only", file);
  }
}

export interface WriteOptions {
  /**
   * Follow a symbolic link at `file` and replace its target (a linked doc page being fixed). Default
   * false: a link is refused with `ELINK`, so a committed `.loclintcache -> ../victim` cannot make
   * loclint overwrite another file.
   */
  followLink?: boolean;
  /**
   * What the file was when it was read: when its size, mtime or content differ now (someone saved it
   * meanwhile), nothing is written and `ECHANGED` is thrown.
   */
  expect?: ReadStamp;
}

/** `.<name>.loclint-<pid>-<ms>.tmp`: the temporary files loclint writes beside a target. */
const TEMP_NAME = /^\.(.+)\.loclint-(\d+)-(\d+)\.tmp$/;
/** A temporary file not renamed this long after it was written belongs to a run that died. */
const STALE_MS = 60_000;
/** Temporary files being written now, removed when a signal stops the run. */
const liveTemps = new Set<string>();

function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.loclint-${process.pid}-${Date.now()}.tmp`);
}

/**
 * Writes `text` to `file` atomically: a new temporary file (created exclusively, so never through a
 * link) in the same folder gets the bytes, the owner and then the mode of the file it replaces (the
 * mode after the owner, since chown clears setuid and setgid bits), and is renamed over the file.
 * Returns false, and leaves the file alone (mtime too), when its content already equals `text`.
 * Throws WriteRefused (ReadOnlyError for a read-only file: a rename would succeed, since it needs only
 * the folder to be writable) and the file system's errors otherwise; the temporary file never stays.
 */
export function writeFileAtomic(file: string, text: string | Uint8Array, options: WriteOptions = {}): boolean {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  let target = file;
  let existing = fs.lstatSync(file, { throwIfNoEntry: false });
  if (existing?.isSymbolicLink()) {
    if (!options.followLink) throw new WriteRefused("ELINK", "it is a symbolic link, which loclint does not write through", file);
    target = fs.realpathSync(file);
    existing = fs.lstatSync(target, { throwIfNoEntry: false });
  }
  const expect = options.expect;
  if (!existing) {
    if (expect) throw new WriteRefused("ECHANGED", "the file was removed after loclint read it", file);
  } else {
    if (!existing.isFile()) throw new WriteRefused("ENOTREG", `not a regular file (${kindOf(existing)})`, file);
    const restamped = expect !== undefined && (existing.size !== expect.size || existing.mtimeMs !== expect.mtimeMs);
    // Read only what can matter: a file of another size than the text is not the text already.
    if (existing.size === bytes.length || (expect && !restamped)) {
      const current = readRegularFile(target, { maxBytes: Math.max(existing.size, bytes.length) }).bytes;
      // Already the text (a second --fix, or someone saved the same fix): nothing is lost, nothing to do.
      if (current.equals(bytes)) return false;
      if (expect && sha1(current) !== expect.sha1) throw changed(file);
    }
    if (restamped) throw changed(file);
    // Root passes access() for every file: the permission bits say what the owner meant.
    if ((existing.mode & 0o222) === 0) throw new ReadOnlyError(target);
    try {
      fs.accessSync(target, fs.constants.W_OK);
    } catch {
      throw new ReadOnlyError(target);
    }
  }
  removeStaleTemps(path.dirname(target), path.basename(target));
  const temp = tempNameFor(target);
  liveTemps.add(temp);
  try {
    // "wx" is O_CREAT | O_EXCL: it fails on anything already there, a planted link included.
    fs.writeFileSync(temp, bytes, { flag: "wx", mode: existing ? 0o600 : 0o666 });
    if (existing) {
      try {
        fs.chownSync(temp, existing.uid, existing.gid);
      } catch {
        // Only root (or the owner, for the group) may give a file away: the new file stays ours.
      }
      fs.chmodSync(temp, existing.mode & 0o7777);
    }
    // The last look before the rename: a save between the check above and now is not overwritten.
    const now = fs.lstatSync(target, { throwIfNoEntry: false });
    if (existing ? !now || now.ino !== existing.ino || now.size !== existing.size || now.mtimeMs !== existing.mtimeMs : now) {
      throw changed(file);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    try {
      fs.unlinkSync(temp);
    } catch {
      // the temporary file was never created, or was renamed
    }
    throw error;
  } finally {
    liveTemps.delete(temp);
  }
  return true;
}

function changed(file: string): WriteRefused {
  return new WriteRefused("ECHANGED", "the file changed after loclint read it; run loclint again", file);
}

/** True for a name of loclint's temporary files (`.<name>.loclint-<pid>-<ms>.tmp`). */
export function isTempName(name: string): boolean {
  return TEMP_NAME.test(name);
}

function processIsAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is someone else's.
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/**
 * Removes `dir/name` when it is a temporary file of a loclint run that died (SIGKILL, a power cut): a
 * regular file with our name pattern whose process is gone and that was last written over a minute
 * ago. Returns true when it was removed. Never throws.
 */
export function removeStaleTemp(dir: string, name: string, now = Date.now()): boolean {
  const match = TEMP_NAME.exec(name);
  if (!match) return false;
  const file = path.join(dir, name);
  try {
    const stat = fs.lstatSync(file);
    if (!stat.isFile() || now - stat.mtimeMs < STALE_MS || processIsAlive(Number(match[2]))) return false;
    fs.unlinkSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Our temporary files in each folder already listed, by the name of the target they were for: a folder is
 * listed once per process, not once per file written in it (`--fix` on a folder of thousands of pages).
 */
const tempsByFolder = new Map<string, Map<string, string[]>>();

/** Removes the stale temporary files of one target (`.<base>.loclint-*.tmp` in `dir`). Never throws. */
export function removeStaleTemps(dir: string, base: string): void {
  let temps = tempsByFolder.get(dir);
  if (!temps) {
    temps = new Map();
    tempsByFolder.set(dir, temps);
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const at = name.lastIndexOf(".loclint-");
      if (!name.startsWith(".") || at < 1) continue;
      const target = name.slice(1, at);
      const list = temps.get(target);
      if (list) list.push(name);
      else temps.set(target, [name]);
    }
  }
  const mine = temps.get(base);
  if (!mine) return;
  temps.delete(base);
  for (const name of mine) removeStaleTemp(dir, name);
}

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Runs `work` (a series of writes) with SIGINT, SIGTERM and SIGHUP caught: a signal stops the series
 * between two writes (`work` polls `interrupted()`), the temporary files still open are removed, and
 * the signal is raised again once the handlers are gone, so the process ends as the signal says. The
 * handlers exist only while `work` runs.
 */
export async function whileWriting<T>(work: (interrupted: () => boolean) => Promise<T>): Promise<T> {
  let caught: NodeJS.Signals | null = null;
  const handler = (signal: NodeJS.Signals) => {
    caught ??= signal;
  };
  for (const s of SIGNALS) process.on(s, handler);
  try {
    return await work(() => caught !== null);
  } finally {
    // A signal that arrived during the last synchronous write is read in the loop's poll phase: two turns
    // make sure one poll has run (one alone may fall in the same turn's check phase and lose the signal
    // when the handlers go).
    await yieldToSignals();
    await yieldToSignals();
    for (const s of SIGNALS) process.off(s, handler);
    for (const temp of liveTemps) {
      try {
        fs.unlinkSync(temp);
      } catch {
        // already renamed or removed
      }
    }
    liveTemps.clear();
    if (caught !== null) process.kill(process.pid, caught);
  }
}

/** Lets signal handlers run between two synchronous writes. */
export function yieldToSignals(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A write failure in a few words: the reason for a refusal, the system's code (`ENOSPC`) otherwise. */
export function describeWriteError(error: unknown): string {
  if (error instanceof WriteRefused) return error.message;
  const e = error as NodeJS.ErrnoException | null;
  return e?.code ?? String(e?.message ?? error);
}

/**
 * Writes a report (`--output-file`): atomically and never through a link, like every other write,
 * except to a path the user spelled under `/dev/` (`/dev/stdout`, `/dev/null`, `/dev/fd/3`), which is
 * a stream or a device by intent and is written in place.
 */
export function writeReportFile(file: string, text: string): void {
  if (file.startsWith("/dev/")) {
    fs.writeFileSync(file, text);
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, text);
}

/**
 * Appends a report to a file that collects several (`--summary-file`, GitHub's $GITHUB_STEP_SUMMARY): in
 * place, as the file is meant to grow, but never through a symbolic link, and only to a regular file.
 */
export function appendReportFile(file: string, text: string): void {
  if (file.startsWith("/dev/")) {
    fs.appendFileSync(file, text);
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const { O_WRONLY, O_APPEND, O_CREAT, O_NOFOLLOW, O_NONBLOCK } = fs.constants;
  let fd: number;
  try {
    fd = fs.openSync(file, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK, 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ELOOP") throw new WriteRefused("ELINK", "it is a symbolic link, which loclint does not write through", file);
    throw error;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new WriteRefused("ENOTREG", `not a regular file (${kindOf(stat)})`, file);
    fs.writeSync(fd, text);
  } finally {
    fs.closeSync(fd);
  }
}
