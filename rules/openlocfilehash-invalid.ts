// rules/openlocfilehash-invalid.ts: ms.openlocfilehash is present and is a SHA-1 (40 hex digits).
import { hasLocalizationMetadata } from "../src/shared/metadata.js";
import { defineRule, findingAt, quote } from "../src/engine/rule.js";

export default defineRule({
  id: "openlocfilehash-invalid",
  description: "ms.openlocfilehash is present and is 40 hexadecimal digits",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check({ file, group }) {
    const metadata = file.metadata;
    if (!metadata) return [];
    const e = metadata.entries.get("ms.openlocfilehash");
    if (!e) {
      const siblingsHaveIt = group.siblingsOf(file).some((f) => f.openlocfilehash !== null);
      if (!siblingsHaveIt && !hasLocalizationMetadata(file)) return [];
      return [findingAt(file, metadata.start, 'Expected "ms.openlocfilehash" in the metadata but found none')];
    }
    const value = e.value ?? "";
    if (/^[0-9a-f]{40}$/.test(value)) return [];
    const detail = /^[0-9a-fA-F]{40}$/.test(value) ? "upper-case digits" : `${value.length} characters`;
    return [
      findingAt(file, e.valueOffset, `Expected "ms.openlocfilehash" to be 40 lower-case hexadecimal digits but found ${quote(value)} (${detail})`, {
        end: e.valueEnd,
      }),
    ];
  },
});
