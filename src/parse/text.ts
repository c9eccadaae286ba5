// Decoding files as stored (BOM, CRLF, NUL bytes, invalid UTF-8) and mapping offsets to lines and columns.
import { isUtf8 } from "node:buffer";
import type { Position } from "../types.js";

export interface DecodedText {
  /** The text after the BOM, line endings as stored. */
  text: string;
  bom: boolean;
  /** The dominant line ending, used when a fix inserts lines. */
  eol: "\n" | "\r\n";
}

export type DecodeFailure = { binary: true; message: string; line: number; column: number };

/**
 * Decodes a file's bytes as UTF-8. A NUL byte or an invalid UTF-8 sequence is a failure with the
 * 1-based line and column where it sits, so the finding can point at it.
 */
export function decodeText(bytes: Uint8Array): DecodedText | DecodeFailure {
  // Windows tools often save UTF-16: say so rather than "not text".
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const order = bytes[0] === 0xff ? "little-endian" : "big-endian";
    return { binary: true, message: `File is UTF-16 (${order}, with a byte-order mark), not UTF-8: save it as UTF-8`, line: 1, column: 1 };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return { binary: true, message: "File is not text: it contains a NUL byte", ...bytePosition(bytes, nul) };
  }
  // isUtf8 and Buffer's decoder (simdutf) are several times faster than a fatal TextDecoder, which on
  // Node 20 goes through ICU; for valid UTF-8 both give the same string, BOM included.
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    return { binary: true, message: "File is not valid UTF-8", ...bytePosition(bytes, bad) };
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  const firstNewline = text.indexOf("\n");
  const eol = firstNewline > 0 && text.charCodeAt(firstNewline - 1) === 13 ? "\r\n" : "\n";
  return { text, bom, eol };
}

function bytePosition(bytes: Uint8Array, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const start = lineStart + (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);
  // Columns count characters of the valid prefix of the line; the bad byte is one column.
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(start, index));
  return { line, column: prefix.length + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    // The allowed range of the second byte excludes overlong forms, surrogates and code points above U+10FFFF.
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

/** Offsets of line starts, for offset → line/column in O(log n). `\r\n`, `\n` and a lone `\r` end a line. */
export class LineIndex {
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 1-based line of an offset. */
  lineAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, column: clamped - this.starts[line - 1]! + 1 };
  }

  offsetAt(position: Position): number {
    const start = this.starts[position.line - 1];
    if (start === undefined) return this.text.length;
    return start + position.column - 1;
  }

  /** The text of a 1-based line, without its line ending. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return "";
    const next = this.starts[line];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return this.text.slice(start, end);
  }
}

/** JavaScript's `\s` (white space and line terminators, all in the BMP), for scanners that test one code unit. */
export function isJsWhitespace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
