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
    // What the file is compared with: the English source when it is there (a key it lacks, a translation
    // need not have, whatever a sibling added), else the siblings. Repository files (README, CONTRIBUTING)
    // carry only localization keys in every locale: a key that none of them has is not required either.
    const source = group.source && !group.source.unreadable ? group.source : null;
    const others = source ? [source] : group.siblingsOf(file);
    // A file with nothing to compare with: `ms.*` keys are Microsoft Learn's, expected only of a file that has some.
    const learn = [...metadata.entries.keys()].some((k) => k.startsWith("ms."));
    const expectedHere = (key: string) => (others.length === 0 ? learn || !key.startsWith("ms.") : others.some((f) => f.metadata?.entries.has(key)));
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
