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

export function entry(file: LocalizedFile, key: string): MetadataEntry | undefined {
  return file.metadata?.entries.get(key);
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

/** The replacement for a value in place, keeping the quoting style of the file. */
export function replaceValue(file: LocalizedFile, e: MetadataEntry, value: string): { range: [number, number]; text: string } {
  const raw = file.text.slice(e.valueOffset, e.valueEnd);
  const quote = raw.startsWith('"') ? '"' : raw.startsWith("'") ? "'" : "";
  const needsQuotes = quote === "" && /^[-?:,[\]{}#&*!|>'"%@`]|: |\s#|^\s|\s$|^$/.test(value);
  const q = quote || (needsQuotes ? '"' : "");
  const body = q === '"' ? JSON.stringify(value).slice(1, -1) : q === "'" ? value.replace(/'/g, "''") : value;
  return { range: [e.valueOffset, e.valueEnd], text: `${q}${body}${q}` };
}
