// rules/front-matter-missing.ts: a file without front matter where its siblings or the English source have one.
import { localeList } from "../src/shared/group.js";
import { defineRule, relatedAt } from "../src/engine/rule.js";

export default defineRule({
  id: "front-matter-missing",
  description: "A file has front matter when its siblings and the English source have one",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check({ file, group }) {
    if (file.metadata || file.parseProblems.length > 0 || file.kind !== "markdown") return [];
    // An unreadable or unparsable file (the English source included) says nothing about front matter.
    const agreement = group.agreement(file, (f) => (f.unreadable || f.parseProblems.length > 0 ? undefined : f.metadata !== null), {
      fromSource: true,
      sameHash: false,
    });
    if (!agreement || agreement.value !== true) return [];
    const witness = agreement.agreeing[0]!;
    const who = agreement.fromSource ? "the English source" : localeList(agreement.agreeing);
    return [
      {
        line: 1,
        column: 1,
        message: `Expected front matter as in ${who} but found none`,
        related: [relatedAt(witness, 0, `${witness.isSource ? "English source" : witness.locale} has front matter`)],
      },
    ];
  },
});
