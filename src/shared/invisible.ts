// Characters a reader cannot see: escaped in every message, and blanked where they cannot change what a page means.

/**
 * Invisible or look-alike characters: tab and other controls, no-break and other width spaces,
 * zero-width characters, bidi marks and embeddings, soft hyphen, word joiner, BOM, line and paragraph
 * separators. A plain space and a newline are not among them.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00a0\u00ad\u061c\u115f\u1160\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3164\ufeff\ufff9-\ufffb]/g;
// eslint-disable-next-line no-control-regex -- as above
const HAS_INVISIBLE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00a0\u00ad\u061c\u115f\u1160\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3164\ufeff\ufff9-\ufffb]/;

/**
 * `text` with every invisible character written as an escape (`\t`, `\u00A0`, `\u200B`, `\u200F`), so
 * two values that differ only there look different in a message. Backslashes already in the text are
 * left as they are: the escapes are for the eye, not for parsing back.
 */
export function escapeInvisible(text: string): string {
  if (!HAS_INVISIBLE.test(text)) return text;
  return text.replace(INVISIBLE, (c) => (c === "\t" ? "\\t" : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`));
}

/** True when `text` holds a character {@link escapeInvisible} would escape. */
export function hasInvisible(text: string): boolean {
  return HAS_INVISIBLE.test(text);
}

const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200f\u2060-\u2064\u2066-\u2069\u202a-\u202e\u061c\ufeff\u00ad]/g;
const HAS_SPECIAL = /[\u00a0\u2000-\u200f\u202a-\u202f\u205f-\u2064\u2066-\u2069\u3000\u061c\ufeff\u00ad]/;

/**
 * `text` as a reader sees it, for comparing two copies: no-break and other width spaces (U+00A0,
 * U+2009, U+202F, U+3000 ...) are plain spaces, and zero-width characters, bidi marks and soft hyphens
 * are gone. Use it where such a difference cannot change meaning (prose, code that a compiler or shell
 * reads the same either way, once the copy is pasted); tabs and newlines are kept.
 */
export function normalizeInvisible(text: string): string {
  if (!HAS_SPECIAL.test(text)) return text;
  return text.replace(SPACES, " ").replace(ZERO_WIDTH, "");
}
