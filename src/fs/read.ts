// Safe reads: regular files only, size checked on the open file before any byte is read, never blocking.
import { createHash } from "node:crypto";
import fs from "node:fs";
import { isUtf8 } from "node:buffer";

/** The default size limit of `readRegularFile`: a doc page, a config or a .gitignore is far smaller. */
export const MAX_READ_BYTES = 8 * 1024 * 1024;

/** What a file was when it was read: a later write checks that it still is (`writeFileAtomic`'s `expect`). */
export interface ReadStamp {
  size: number;
  mtimeMs: number;
  /** SHA-1 of the bytes read, hex. */
  sha1: string;
}

/**
 * A file that could not be read. `code` is the system's (`ENOENT`, `EACCES`, `EISDIR`, ...) or one of
 * ours: `ENOTREG` (a FIFO, socket or device) and `EFBIG` (over the size limit); `message` is a short
 * reason without the file name ("no such file", "not a regular file (a FIFO)").
 */
export class FileReadError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The file's size, for `EFBIG`. */
    readonly size?: number,
  ) {
    super(message);
  }
}

export interface ReadOptions {
  /** Larger files are refused with `EFBIG` before any byte is read. Default `MAX_READ_BYTES`. */
  maxBytes?: number;
}

/** O_NONBLOCK: a FIFO that replaced the file between the type check and the open does not block the open. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOCTTY ?? 0);

/** What a non-regular file is, for messages. */
export function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isSymbolicLink()) return "a symbolic link";
  return "not a regular file";
}

function notRegular(stat: fs.Stats): FileReadError {
  return stat.isDirectory() ? new FileReadError("EISDIR", "it is a folder") : new FileReadError("ENOTREG", `not a regular file (${kindOf(stat)})`);
}

function tooLarge(size: number, max: number): FileReadError {
  return new FileReadError("EFBIG", `too large: ${size} bytes, the limit is ${max}`, size);
}

/** The system error as a FileReadError with a short reason. */
export function asReadError(error: unknown): FileReadError {
  if (error instanceof FileReadError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new FileReadError("ENOENT", "no such file");
    case "EACCES":
    case "EPERM":
      return new FileReadError(code, "permission denied");
    case "EISDIR":
      return new FileReadError(code, "it is a folder");
    case "ELOOP":
      return new FileReadError(code, "too many symbolic links");
    default:
      return new FileReadError(code ?? "EIO", code ?? String((error as Error | null)?.message ?? error));
  }
}

/**
 * Reads a regular file (a symbolic link is followed only to a regular file) and returns its bytes and
 * stamp. The type is checked before opening (so a device is never opened), the file is opened
 * non-blocking, and its type and size are checked again on the open descriptor before reading; at most
 * `maxBytes` + 1 bytes are ever read, so a file growing meanwhile is refused too. Throws FileReadError.
 */
export function readRegularFile(file: string | Buffer, options: ReadOptions = {}): { bytes: Buffer; size: number; mtimeMs: number } {
  const max = options.maxBytes ?? MAX_READ_BYTES;
  let fd: number;
  try {
    const before = fs.statSync(file);
    if (!before.isFile()) throw notRegular(before);
    if (before.size > max) throw tooLarge(before.size, max);
    fd = fs.openSync(file, OPEN_FLAGS);
  } catch (error) {
    throw asReadError(error);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw notRegular(stat);
    if (stat.size > max) throw tooLarge(stat.size, max);
    const chunks: Buffer[] = [];
    let total = 0;
    // One byte more than the size tells a file that grew meanwhile; a short read of a regular file is its end.
    let want = Math.min(max + 1, stat.size + 1);
    while (true) {
      const buffer = Buffer.allocUnsafe(want);
      const n = fs.readSync(fd, buffer, 0, want, null);
      chunks.push(n === want ? buffer : buffer.subarray(0, n));
      total += n;
      if (total > max) throw tooLarge(total, max);
      if (n < want) break;
      want = Math.min(max + 1 - total, 64 * 1024);
    }
    const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
    return { bytes, size: stat.size, mtimeMs: stat.mtimeMs };
  } catch (error) {
    throw asReadError(error);
  } finally {
    fs.closeSync(fd);
  }
}

/** True when `file` itself is a symbolic link (not followed); false when it is anything else or absent. */
export function isSymbolicLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

/** `readRegularFile`, asynchronously (the checks are the same). */
export async function readRegularFileAsync(file: string, options: ReadOptions = {}): Promise<Buffer> {
  const max = options.maxBytes ?? MAX_READ_BYTES;
  let handle: fs.promises.FileHandle;
  try {
    const before = await fs.promises.stat(file);
    if (!before.isFile()) throw notRegular(before);
    if (before.size > max) throw tooLarge(before.size, max);
    handle = await fs.promises.open(file, OPEN_FLAGS);
  } catch (error) {
    throw asReadError(error);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw notRegular(stat);
    if (stat.size > max) throw tooLarge(stat.size, max);
    const chunks: Buffer[] = [];
    let total = 0;
    while (true) {
      const buffer = Buffer.allocUnsafe(Math.min(max + 1 - total, total === 0 ? Math.max(stat.size + 1, 64 * 1024) : 64 * 1024) || 1);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > max) throw tooLarge(total, max);
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    throw asReadError(error);
  } finally {
    await handle.close();
  }
}

/** A regular file's text (UTF-8, BOM kept); see `readRegularFile`. */
export function readTextFile(file: string, options?: ReadOptions): string {
  return readRegularFile(file, options).bytes.toString("utf8");
}

/** A regular file's text (UTF-8, BOM kept), asynchronously; see `readRegularFile`. */
export async function readTextFileAsync(file: string, options?: ReadOptions): Promise<string> {
  return (await readRegularFileAsync(file, options)).toString("utf8");
}

/** The stamp of bytes read with `readRegularFile` (the hash is the costly part: only for files about to be written). */
export function stampOf(read: { bytes: Uint8Array; size: number; mtimeMs: number }): ReadStamp {
  return { size: read.size, mtimeMs: read.mtimeMs, sha1: sha1(read.bytes) };
}

export function sha1(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

/**
 * A file name's bytes as people can read them: valid UTF-8 as is, every byte that is not part of a
 * valid sequence as `\xHH` (so `caf\xE9.md` for Latin-1 `café.md`). Control characters are escaped too.
 */
export function describeRawName(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    const sequence = length > 0 ? bytes.subarray(i, i + length) : null;
    if (sequence && sequence.length === length && isUtf8(sequence)) {
      const text = Buffer.from(sequence).toString("utf8");
      out += b < 0x20 || b === 0x7f ? `\\x${b.toString(16).toUpperCase().padStart(2, "0")}` : text;
      i += length;
    } else {
      out += `\\x${b.toString(16).toUpperCase().padStart(2, "0")}`;
      i++;
    }
  }
  return out;
}

/** True when the bytes are not valid UTF-8, so a string path made from them names another file (or none). */
export function isUndecodableName(bytes: Uint8Array): boolean {
  return !isUtf8(bytes);
}
