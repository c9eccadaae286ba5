// rules/handoff-mismatch.ts: ms.sourcegitcommit and ms.lasthandoff agree with the siblings that share the hash.
import { localeList } from "../src/shared/group.js";
import { entry } from "../src/shared/metadata.js";
import { defineRule, findingAt, relatedAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

const keys = ["ms.sourcegitcommit", "ms.lasthandoff"] as const;

export default defineRule({
  id: "handoff-mismatch",
  description: "ms.sourcegitcommit and ms.lasthandoff agree with the siblings translated from the same version",
  scope: "siblings",
  defaultSeverity: "warn",
  fixable: false,
  check({ file, group }) {
    if (!file.openlocfilehash) return [];
    const findings: RuleFinding[] = [];
    for (const key of keys) {
      const e = entry(file, key);
      if (!e || e.value === null) continue;
      const agreement = group.agreement(file, (f) => f.meta(key) ?? undefined);
      if (!agreement || agreement.value === e.value) continue;
      const witness = agreement.agreeing[0]!;
      findings.push(
        findingAt(
          file,
          e.valueOffset,
          `Expected ${key} "${agreement.value}" as in ${localeList(agreement.agreeing)}, which share ms.openlocfilehash "${file.openlocfilehash}", but found "${e.value}"`,
          { end: e.valueEnd, related: [relatedAt(witness, entry(witness, key)!.valueOffset, `${witness.locale} has "${agreement.value}"`)] },
        ),
      );
    }
    return findings;
  },
});
