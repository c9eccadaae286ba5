// rules/metadata-mismatch.ts: metadata copied from the English source equals the reference's.
import { localeList } from "../src/shared/group.js";
import { entry, replaceValue } from "../src/shared/metadata.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

interface Options {
  keys: string[];
}

export const copiedKeys = [
  "ms.topic",
  "ms.date",
  "ms.service",
  "ms.subservice",
  "ms.prod",
  "author",
  "ms.author",
  "ms.reviewer",
  "ms.localizationpriority",
  "ms.custom",
];

export default defineRule<Options>({
  id: "metadata-mismatch",
  description: "Metadata copied from the English source (ms.topic, ms.date, author ...) equals the reference",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: true,
  defaultOptions: { keys: copiedKeys },
  validateOptions(options) {
    const keys = options.keys;
    if (!Array.isArray(keys) || !keys.every((k) => typeof k === "string")) return '"keys" must be an array of metadata keys';
    if (keys.includes("ms.translationtype") || keys.includes("ms.contentlocale")) return '"keys" cannot include per-locale keys such as "ms.translationtype"';
    return null;
  },
  check({ file, group, options, project }) {
    if (!file.metadata) return [];
    // Hugo reads front-matter keys in any case: `Author:` is `author:`.
    const fold = project.linkStyle(file.root) === "hugo";
    const findings: RuleFinding[] = [];
    for (const key of options.keys) {
      const agreement = group.agreement(file, (f) => (f.metadata ? (entry(f, key, fold)?.value ?? "") : undefined), { fromSource: true });
      if (!agreement) continue;
      const expected = agreement.value;
      const e = entry(file, key, fold);
      const actual = e?.value ?? "";
      if (actual === expected || (e && e.value === null) || (actual !== "" && expected !== "" && comparable(actual) === comparable(expected))) continue;
      const witness = agreement.agreeing[0]!;
      const who = agreement.fromSource ? "the English source" : localeList(agreement.agreeing);
      const witnessEntry = entry(witness, key, fold);
      const related = [relatedAt(witness, witnessEntry?.valueOffset ?? witness.metadata?.start ?? 0, `${witness.isSource ? "English source" : witness.locale} has ${expected === "" ? "no value" : quote(expected)}`)];
      if (!e) {
        if (expected === "") continue;
        findings.push(findingAt(file, file.metadata.start, `Expected ${key} ${quote(expected)} as in ${who} but found none`, { related }));
      } else if (expected === "") {
        findings.push(findingAt(file, e.keyOffset, `Expected no ${key} as in ${who} but found ${quote(actual)}`, { end: e.valueEnd, related }));
      } else {
        findings.push(
          findingAt(file, e.valueOffset, `Expected ${key} ${quote(expected)} as in ${who} but found ${quote(actual)}`, {
            end: e.valueEnd,
            related,
            fix: replaceValue(file, e, expected),
          }),
        );
      }
    }
    return findings;
  },
});

/**
 * A value as compared: the text of a Markdown link left out (a link names its target: "[The OpenTelemetry
 * Community](url)" may be translated, the url may not) and blanks removed (a blank added before a
 * parenthesis, a value wrapped over lines, are no change).
 */
function comparable(value: string): string {
  return value.replace(/\[[^\]]*\]\(([^()\s]*)\)/g, "[]($1)").replace(/\s+/g, "");
}
