// rules/span-pairing.ts: every translation span is followed by its English lookup, with nothing broken, stray or nested.
import { codeTester } from "../src/shared/segment-votes.js";
import { defineRule, findingAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "span-pairing",
  description: "Every translation span is followed by its sxs-lookup span holding the source span with the same id",
  scope: "file",
  defaultSeverity: "error",
  fixable: false,
  check({ file }) {
    const problems = file.segments.problems;
    if (problems.length === 0) return [];
    const inCode = codeTester(file);
    const findings: RuleFinding[] = [];
    for (const p of problems) {
      if (inCode(p.offset)) continue;
      findings.push(findingAt(file, p.offset, p.message, p.end === undefined ? {} : { end: p.end }));
    }
    return findings;
  },
});
