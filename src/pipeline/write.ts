// Safe writes for --fix: a temporary file beside the target, same mode, then an atomic rename.
import { accessSync, chmodSync, chownSync, constants, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { FileResult } from "../types.js";

/** Thrown for a file that is read-only (no write permission bit, or not writable by this user). */
export class ReadOnlyError extends Error {
  readonly code = "EACCES";
  constructor(readonly file: string) {
    super("the file is read-only");
  }
}

/**
 * Writes `text` to `file` atomically (a temporary file in the same folder, renamed over it), keeping
 * the file's permission bits and, where allowed, its owner; a symbolic link is followed and its target
 * written. Returns false, and leaves the file alone (mtime too), when the content on disk already
 * equals `text`. Throws ReadOnlyError for a read-only file instead of replacing it (a rename would
 * succeed, since it needs only the folder to be writable), and the file system's error otherwise.
 */
export function writeFileAtomic(file: string, text: string): boolean {
  const bytes = Buffer.from(text, "utf8");
  let target = file;
  let stat: { mode: number; uid: number; gid: number } | undefined;
  try {
    target = realpathSync(file);
    const current = readFileSync(target);
    if (current.equals(bytes)) return false;
    stat = statSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  if (stat) {
    // Root passes access() for every file: the permission bits say what the owner meant.
    if ((stat.mode & 0o222) === 0) throw new ReadOnlyError(target);
    try {
      accessSync(target, constants.W_OK);
    } catch {
      throw new ReadOnlyError(target);
    }
  }
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.loclint-${process.pid}-${Date.now()}.tmp`);
  try {
    writeFileSync(temp, bytes, { flag: "wx" });
    if (stat) {
      chmodSync(temp, stat.mode & 0o7777);
      try {
        chownSync(temp, stat.uid, stat.gid);
      } catch {
        // Only root (or the owner, for the group) may give a file away: the new file stays ours.
      }
    }
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created
    }
    throw error;
  }
  return true;
}

/** What `outputFixes` did: files rewritten, and files whose fixes could not be written. */
export interface FixesWritten {
  /** Absolute paths of the files rewritten (a file whose fixed text equals its content is not). */
  written: string[];
  failed: { filePath: string; displayPath: string; message: string }[];
}

/**
 * Writes the fixed text (`output`) of every result that has one, atomically, keeping BOM, line endings
 * (they are part of `output`) and mode. Never throws for a file: failures come back in `failed` with a
 * short reason (`the file is read-only`, `EACCES`, `ENOSPC`), so one bad file does not stop the rest.
 */
export function outputFixes(results: readonly FileResult[]): FixesWritten {
  const done: FixesWritten = { written: [], failed: [] };
  for (const r of results) {
    if (r.output === undefined) continue;
    try {
      if (writeFileAtomic(r.filePath, r.output)) done.written.push(r.filePath);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      const message = error instanceof ReadOnlyError ? e.message : (e.code ?? e.message);
      done.failed.push({ filePath: r.filePath, displayPath: r.displayPath, message });
    }
  }
  return done;
}
