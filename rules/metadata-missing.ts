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
    // A key with an empty or blank value (`description:`, `title: " "`) is as good as none; a list or map is present.
    const missing = options.required.filter((k) => {
      const e = metadata.entries.get(k);
      if (!e) return true;
      return (e.value ?? file.text.slice(e.valueOffset, e.valueEnd)).trim() === "";
    });
    if (missing.length === 0) return [];
    const noun = missing.length === 1 ? "key" : "keys";
    return [findingAt(file, metadata.start, `Expected metadata ${noun} ${quoteList(missing, 10)} but found none`)];
  },
});
