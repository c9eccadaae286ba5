// Quoted values in finding messages: marked by the rule, turned into double quotes plus ranges by the engine.
import { escapeInvisible } from "./invisible.js";
import type { RelatedLocation } from "../types.js";

/*
 * Unicode noncharacters U+FDD0 and U+FDD1 are set aside for a program's internal use: they open and close a
 * quoted value while a message is being built. A value that happens to hold one shows it as an escape, so
 * a file's text can never open or close a quote.
 */
const OPEN = "\ufdd0";
const CLOSE = "\ufdd1";
const MARKERS = /[\ufdd0\ufdd1]/g;

/**
 * A literal value for a finding message: shown between double quotes, and recorded as a quoted range
 * (`Finding.quoted`) so that a report can style or isolate it (an HTML `<bdi>`) even when the value itself
 * holds `"`. Use it for every value taken from a file, a path or the configuration.
 */
export function quote(value: string | number | null | undefined): string {
  // As a template literal would show it: a missing value reads "null", never a crash.
  return `${OPEN}${String(value).replace(MARKERS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`)}${CLOSE}`;
}

/** A message as shown (invisible characters escaped, quote marks as `"`) and the UTF-16 ranges of its quoted values. */
export interface ResolvedMessage {
  message: string;
  /** [start, end) of each quoted value inside `message`, quotes excluded; absent when there is none. */
  quoted?: [number, number][];
}

/**
 * Turns a rule's message into what is reported: invisible characters escaped, each {@link quote} mark a `"`,
 * and the quoted ranges. A message built without `quote` comes back with no ranges; a stray mark (a rule
 * that pasted raw text holding one) is shown as an escape, and ranges are recorded only for well-nested marks.
 */
export function resolveMessage(raw: string): ResolvedMessage {
  const text = escapeInvisible(raw);
  if (!text.includes(OPEN) && !text.includes(CLOSE)) return { message: text };
  let out = "";
  const quoted: [number, number][] = [];
  let open = -1;
  let depth = 0;
  let last = 0;
  // quote() escapes marks inside a value, so marks nest only when a rule pasted them by hand: the outermost pair wins.
  const pairs = matchedPairs(text);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== OPEN && c !== CLOSE) continue;
    out += text.slice(last, i);
    last = i + 1;
    if (!pairs.has(i)) {
      out += `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`;
      continue;
    }
    out += '"';
    if (c === OPEN) {
      if (depth++ === 0) open = out.length;
    } else if (--depth === 0) quoted.push([open, out.length - 1]);
  }
  out += text.slice(last);
  return quoted.length > 0 ? { message: out, quoted } : { message: out };
}

/** Indexes of the marks that pair up (an OPEN with its CLOSE); a mark without a partner is left out. */
function matchedPairs(text: string): Set<number> {
  const stack: number[] = [];
  const paired = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    if (text[i] === OPEN) stack.push(i);
    else if (text[i] === CLOSE && stack.length > 0) {
      paired.add(stack.pop()!);
      paired.add(i);
    }
  }
  return paired;
}

/** A related location's message resolved the same way. */
export function resolveRelated(related: RelatedLocation): RelatedLocation {
  const { message, quoted } = resolveMessage(related.message);
  const out: RelatedLocation = { ...related, message };
  if (quoted) out.quoted = quoted;
  else delete out.quoted;
  return out;
}
