// rules/metadata-missing.ts: required metadata keys are present.
import { defineRule, findingAt, quoteList } from "../src/engine/rule.js";

interface Options {
  required: string[];
}

export default defineRule<Options>({
  id: "metadata-missing",
  description: "Required metadata keys are present",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  defaultOptions: { required: ["title", "description", "ms.date", "ms.topic"] },
  validateOptions(options) {
    const required = options.required;
    if (!Array.isArray(required) || !required.every((k) => typeof k === "string")) return '"required" must be an array of metadata keys';
    return null;
  },
  check({ file, group, options }) {
    const metadata = file.metadata;
    if (!metadata) return [];
    // Repository files (README, CONTRIBUTING) carry only localization keys in every locale: a key that no
    // sibling and no English source has is not required of this file either.
    const others = [...group.siblingsOf(file), ...(group.source && !group.source.unreadable ? [group.source] : [])];
    const expectedHere = (key: string) => others.length === 0 || others.some((f) => f.metadata?.entries.has(key));
    // A key with an empty or blank value (`description:`, `title: " "`) is as good as none; a list or map is present.
    const missing = options.required.filter((k) => {
      if (!expectedHere(k)) return false;
      const e = metadata.entries.get(k);
      if (!e) return true;
      return (e.value ?? file.text.slice(e.valueOffset, e.valueEnd)).trim() === "";
    });
    if (missing.length === 0) return [];
    const noun = missing.length === 1 ? "key" : "keys";
    return [findingAt(file, metadata.start, `Expected metadata ${noun} ${quoteList(missing, 10)} but found none`)];
  },
});
