// The safe file layer: every file loclint reads or writes goes through here, never through node:fs directly.
//
// Reads (`readRegularFile`, `readTextFile`, their async forms): regular files only (a symbolic link is
// followed only to a regular file), the type checked before opening and again on the open descriptor,
// opened non-blocking (a FIFO swapped in meanwhile cannot hang the run), the size checked before the
// first byte is read (a 1.2 GB file or `/dev/zero` costs one stat), errors as FileReadError with a
// short reason. Listing folders and stat-ing paths stay with their callers: they cannot block or grow.
//
// Writes (`writeFileAtomic`): never through a symbolic link unless the caller asks (nothing in loclint
// does: a linked page is not fixed), a temporary file created exclusively beside the target, the owner then the mode copied, a
// check that the target is still what was read (size, mtime, SHA-1) before the rename, the temporary
// file removed on failure and on SIGINT/SIGTERM/SIGHUP (`whileWriting`), and stale ones of dead runs
// removed later (`removeStaleTemp`). See docs/design.md, "The file layer".
export {
  asReadError,
  describeRawName,
  FileReadError,
  isSymbolicLink,
  isUndecodableName,
  kindOf,
  MAX_READ_BYTES,
  readRegularFile,
  readRegularFileAsync,
  readTextFile,
  readTextFileAsync,
  sha1,
  stampOf,
  type ReadOptions,
  type ReadStamp,
} from "./read.js";
export {
  describeWriteError,
  isTempName,
  ReadOnlyError,
  removeStaleTemp,
  removeStaleTemps,
  whileWriting,
  writeFileAtomic,
  writeReportFile,
  appendReportFile,
  WriteRefused,
  yieldToSignals,
  type WriteOptions,
} from "./write.js";
