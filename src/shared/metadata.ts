// Helpers for rules that read metadata: values, positions, dates.
import type { LocalizedFile } from "../parse/file.js";
import type { MetadataEntry } from "../parse/model.js";

/** Keys that only localized files carry (the localization pipeline writes them). */
export const localizationKeys = ["ms.openlocfilehash", "ms.sourcegitcommit", "ms.lasthandoff", "ms.translationtype", "ms.contentlocale", "ms.locfileid"];

/** True when the file carries localization metadata at all (a file a pipeline produced). */
export function hasLocalizationMetadata(file: LocalizedFile): boolean {
  const entries = file.metadata?.entries;
  return entries !== undefined && localizationKeys.some((k) => entries.has(k));
}

/**
 * A metadata entry by key. With `foldCase` (Hugo, whose front-matter keys are case-insensitive: `Title:`
 * is `title:`) a key written in another case is the same key; an exact match wins.
 */
export function entry(file: LocalizedFile, key: string, foldCase = false): MetadataEntry | undefined {
  const entries = file.metadata?.entries;
  const exact = entries?.get(key);
  if (exact || !foldCase || !entries) return exact;
  const lower = key.toLowerCase();
  for (const [k, e] of entries) if (k.toLowerCase() === lower) return e;
  return undefined;
}

/** Parses `MM/DD/YYYY` into a sortable number (YYYYMMDD), or null when it is not a real calendar date. */
export function parseUsDate(value: string): number | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim());
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const year = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return year * 10000 + month * 100 + day;
}

/** What sibling rules compare about a file's handoff, read once per file. */
export interface HandoffFacts {
  /** `ms.openlocfilehash` in lower case; undefined when absent or not a scalar. */
  hash: string | undefined;
  /** `ms.sourcegitcommit` trimmed, in lower case; undefined when absent or not a scalar. */
  commit: string | undefined;
  /** `ms.lasthandoff` as YYYYMMDD (see parseUsDate); null when absent or not a date. */
  day: number | null;
}

const handoffs = new WeakMap<LocalizedFile, HandoffFacts>();

/**
 * A file's handoff facts. Rules that vote among siblings read every sibling's facts for each file of the
 * group (56 × 56 reads in the largest group): parsed once per file, they cost a map lookup.
 */
export function handoffOf(file: LocalizedFile): HandoffFacts {
  let facts = handoffs.get(file);
  if (!facts) {
    facts = {
      hash: file.openlocfilehash?.toLowerCase(),
      commit: file.meta("ms.sourcegitcommit")?.trim().toLowerCase(),
      day: parseUsDate(file.meta("ms.lasthandoff") ?? ""),
    };
    handoffs.set(file, facts);
  }
  return facts;
}

/** The replacement for a value in place, keeping the quoting style of the file. */
export function replaceValue(file: LocalizedFile, e: MetadataEntry, value: string): { range: [number, number]; text: string } {
  const raw = file.text.slice(e.valueOffset, e.valueEnd);
  const quote = raw.startsWith('"') ? '"' : raw.startsWith("'") ? "'" : "";
  const needsQuotes = quote === "" && /^[-?:,[\]{}#&*!|>'"%@`]|: |\s#|^\s|\s$|^$/.test(value);
  const q = quote || (needsQuotes ? '"' : "");
  const body = q === '"' ? JSON.stringify(value).slice(1, -1) : q === "'" ? value.replace(/'/g, "''") : value;
  return { range: [e.valueOffset, e.valueEnd], text: `${q}${body}${q}` };
}
