// --fix: write each fixed file through the file layer, skipping files edited since they were read.
import { whileWriting, writeFileAtomic, WriteRefused, yieldToSignals } from "../fs/index.js";
import type { FileResult } from "../types.js";

export { ReadOnlyError, writeFileAtomic } from "../fs/index.js";

/** What `outputFixes` did: files rewritten, and files whose fixes could not be written. */
export interface FixesWritten {
  /** Absolute paths of the files rewritten (a file whose fixed text equals its content is not). */
  written: string[];
  failed: { filePath: string; displayPath: string; message: string }[];
}

/**
 * Writes the fixed text (`output`) of every result that has one, atomically, keeping BOM, line endings
 * (they are part of `output`), owner and mode. A symbolic link is never written through (`lint()` does not
fix a linked page; a result made otherwise fails with "it is a symbolic link ..."). A file that is no
 * longer what was linted (`readStamp`: saved by someone meanwhile) is left alone and reported. Never
 * throws for a file: failures come back in `failed` with a short reason (`the file is read-only`,
 * `the file changed after loclint read it; run loclint again`, `EACCES`, `ENOSPC`), so one bad file
 * does not stop the rest. SIGINT or SIGTERM stops it between two files, with no temporary file left,
 * and then ends the process as the signal asks.
 */
export async function outputFixes(results: readonly FileResult[]): Promise<FixesWritten> {
  const done: FixesWritten = { written: [], failed: [] };
  await whileWriting(async (interrupted) => {
    for (const r of results) {
      if (r.output === undefined) continue;
      if (interrupted()) break;
      try {
        if (writeFileAtomic(r.filePath, r.output, { expect: r.readStamp })) done.written.push(r.filePath);
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        const message = error instanceof WriteRefused ? e.message : (e.code ?? e.message);
        done.failed.push({ filePath: r.filePath, displayPath: r.displayPath, message });
      }
      await yieldToSignals();
    }
  });
  return done;
}
