// rules/link-target-case.ts: a relative link spells its target with the letter case the file has on disk.
import path from "node:path";
import { misspelledLinks, respellPath } from "../src/shared/links.js";
import { defineRule, findingAt } from "../src/engine/rule.js";

export default defineRule({
  id: "link-target-case",
  description: "Relative links spell their target with the letter case the file has on disk",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: true,
  check({ file, group, project }) {
    return misspelledLinks(file, project, group, "case").map(({ actual, written, start, end }) => {
      const respelled = respellPath(written, actual);
      const expected = respelled ?? path.basename(actual);
      return findingAt(file, start, `Expected link target "${expected}" as the file is named on disk but found "${written}"`, {
        end,
        fix: respelled !== null && respelled !== written ? { range: [start, end], text: respelled } : undefined,
      });
    });
  },
});
