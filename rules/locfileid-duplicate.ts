// rules/locfileid-duplicate.ts: ms.locfileid is unique among the files of one locale.
import { entry } from "../src/shared/metadata.js";
import { defineRule } from "../src/engine/rule.js";

export default defineRule({
  id: "locfileid-duplicate",
  description: "ms.locfileid is unique within a locale",
  scope: "file",
  defaultSeverity: "error",
  fixable: false,
  check() {
    return [];
  },
  unique({ file }) {
    const e = entry(file, "ms.locfileid");
    if (!e || !e.value) return null;
    return { scope: file.locale, value: e.value, label: "ms.locfileid", offset: e.valueOffset, end: e.valueEnd };
  },
});
