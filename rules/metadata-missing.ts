// rules/metadata-missing.ts: required metadata keys are present.
import { defineRule, findingAt, quoteList } from "../src/engine/rule.js";
import type { LocalizedFile } from "../src/parse/file.js";
import { entry } from "../src/shared/metadata.js";

interface Options {
  required: string[];
}

/** Microsoft Learn's required keys: the default of `required`. */
const DEFAULT_REQUIRED = ["title", "description", "ms.date", "ms.topic"];

export default defineRule<Options>({
  id: "metadata-missing",
  description: "Required metadata keys are present",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  defaultOptions: { required: DEFAULT_REQUIRED },
  validateOptions(options) {
    const required = options.required;
    if (!Array.isArray(required) || !required.every((k) => typeof k === "string")) return '"required" must be an array of metadata keys';
    return null;
  },
  check({ file, group, options, project }) {
    const metadata = file.metadata;
    if (!metadata) return [];
    // Hugo reads front-matter keys in any case: `Title:` is `title:`.
    const fold = project.linkStyle(file.root) === "hugo";
    const has = (f: LocalizedFile, key: string) => entry(f, key, fold) !== undefined;
    // What the file is compared with: the English source when it is there (a key it lacks, a translation
    // need not have, whatever a sibling added), else the siblings. Repository files (README, CONTRIBUTING)
    // carry only localization keys in every locale: a key that none of them has is not required either.
    const source = group.source && !group.source.unreadable ? group.source : null;
    const others = source ? [source] : group.siblingsOf(file);
    // The required keys are Microsoft Learn's: a page of another doc set (no `ms.*` key here or in what it
    // is compared with) needs only what its reference has: the English source's keys, else the keys most
    // siblings have; with nothing to compare with, none.
    const learn = [metadata, ...others.map((f) => f.metadata)].some((m) => m != null && [...m.entries.keys()].some((k) => k.startsWith("ms.")));
    // Keys the user listed are required on a page with nothing to compare with, whatever the doc set.
    const configured = options.required.join("\n") !== DEFAULT_REQUIRED.join("\n");
    const expectedHere = (key: string) => {
      if (others.length === 0) return learn || configured;
      if (source || learn) return others.some((f) => has(f, key));
      return others.filter((f) => has(f, key)).length * 2 > others.length;
    };
    // A key with an empty or blank value (`description:`, `title: " "`) is as good as none; a list or map is present.
    const missing = options.required.filter((k) => {
      if (!expectedHere(k)) return false;
      const e = entry(file, k, fold);
      if (!e) return true;
      return (e.value ?? file.text.slice(e.valueOffset, e.valueEnd)).trim() === "";
    });
    if (missing.length === 0) return [];
    const noun = missing.length === 1 ? "key" : "keys";
    return [findingAt(file, metadata.start, `Expected metadata ${noun} ${quoteList(missing, 10)} but found none`)];
  },
});
