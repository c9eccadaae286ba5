// rules/metadata-missing.ts: required metadata keys are present.
import { defineRule, findingAt, quoteList } from "../src/engine/rule.js";

interface Options {
  required: string[];
}

export default defineRule<Options>({
  id: "metadata-missing",
  description: "Required metadata keys are present",
  scope: "file",
  defaultSeverity: "error",
  fixable: false,
  defaultOptions: { required: ["title", "description", "ms.date", "ms.topic"] },
  validateOptions(options) {
    const required = options.required;
    if (!Array.isArray(required) || !required.every((k) => typeof k === "string")) return '"required" must be an array of metadata keys';
    return null;
  },
  check({ file, options }) {
    const metadata = file.metadata;
    if (!metadata) return [];
    const missing = options.required.filter((k) => !metadata.entries.has(k) || metadata.entries.get(k)!.value === "");
    if (missing.length === 0) return [];
    const noun = missing.length === 1 ? "key" : "keys";
    return [findingAt(file, metadata.start, `Expected metadata ${noun} ${quoteList(missing, 10)} but found none`)];
  },
});
