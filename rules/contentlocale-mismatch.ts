// rules/contentlocale-mismatch.ts: ms.contentlocale names the locale the file's path says it is in.
import { entry, replaceValue } from "../src/shared/metadata.js";
import { defineRule, findingAt, quote } from "../src/engine/rule.js";

/** `de-de` → `de-DE`, `zh-hans-cn` → `zh-Hans-CN`: how Docs writes locales in metadata. */
export function formatLocale(locale: string): string {
  return locale
    .split("-")
    .map((part, i) => (i === 0 ? part.toLowerCase() : part.length === 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.toUpperCase()))
    .join("-");
}

export default defineRule({
  id: "contentlocale-mismatch",
  description: "ms.contentlocale matches the locale of the file's folder",
  scope: "file",
  defaultSeverity: "error",
  fixable: true,
  check({ file }) {
    const e = entry(file, "ms.contentlocale");
    if (!e || e.value === null) return [];
    if (e.value.toLowerCase() === file.locale.toLowerCase()) return [];
    const expected = formatLocale(file.locale);
    return [
      findingAt(file, e.valueOffset, `Expected ms.contentlocale ${quote(expected)} for a file in the ${file.locale} folder but found ${quote(e.value)}`, {
        end: e.valueEnd,
        fix: replaceValue(file, e, expected),
      }),
    ];
  },
});
