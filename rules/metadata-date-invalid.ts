// rules/metadata-date-invalid.ts: ms.date and ms.lasthandoff are real MM/DD/YYYY dates.
import { parseUsDate } from "../src/shared/metadata.js";
import { defineRule, findingAt, quote } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

interface Options {
  keys: string[];
}

export default defineRule<Options>({
  id: "metadata-date-invalid",
  description: "ms.date and ms.lasthandoff are valid MM/DD/YYYY dates",
  scope: "file",
  defaultSeverity: "error",
  fixable: false,
  defaultOptions: { keys: ["ms.date", "ms.lasthandoff"] },
  validateOptions(options) {
    const keys = options.keys;
    return Array.isArray(keys) && keys.every((k) => typeof k === "string") ? null : '"keys" must be an array of metadata keys';
  },
  check({ file, options }) {
    const findings: RuleFinding[] = [];
    for (const key of options.keys) {
      const e = file.metadata?.entries.get(key);
      if (!e) continue;
      const value = e.value ?? "";
      if (parseUsDate(value) !== null) continue;
      const why = /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value) ? " (no such day)" : "";
      findings.push(findingAt(file, e.valueOffset, `Expected ${key} as MM/DD/YYYY but found ${quote(value)}${why}`, { end: e.valueEnd }));
    }
    return findings;
  },
});
