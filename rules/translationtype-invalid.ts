// rules/translationtype-invalid.ts: ms.translationtype is one of the known values.
import { defineRule, findingAt, quote, quoteList } from "../src/engine/rule.js";

interface Options {
  allowed: string[];
}

export default defineRule<Options>({
  id: "translationtype-invalid",
  description: "ms.translationtype is a known value (MT or HT by default)",
  scope: "file",
  defaultSeverity: "error",
  fixable: false,
  defaultOptions: { allowed: ["MT", "HT"] },
  validateOptions(options) {
    const allowed = options.allowed;
    return Array.isArray(allowed) && allowed.length > 0 && allowed.every((k) => typeof k === "string")
      ? null
      : '"allowed" must be a non-empty array of strings';
  },
  check({ file, options }) {
    const e = file.metadata?.entries.get("ms.translationtype");
    if (!e) return [];
    const value = e.value ?? "";
    if (options.allowed.includes(value)) return [];
    return [findingAt(file, e.valueOffset, `Expected ms.translationtype ${quoteList(options.allowed).replace(/ and /, " or ")} but found ${quote(value)}`, { end: e.valueEnd })];
  },
});
