// Safe writes for --fix: a temporary file beside the target, same mode, then an atomic rename.
import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Writes `text` to `file` atomically, keeping the file's mode. Returns false (and writes nothing)
 * when the content on disk already equals `text`.
 */
export function writeFileAtomic(file: string, text: string): boolean {
  const bytes = Buffer.from(text, "utf8");
  let mode: number | undefined;
  try {
    const current = readFileSync(file);
    if (current.equals(bytes)) return false;
    mode = statSync(file).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.loclint-${process.pid}-${Date.now()}.tmp`);
  try {
    writeFileSync(temp, bytes, { flag: "wx" });
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, file);
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
