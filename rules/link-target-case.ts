// rules/link-target-case.ts: a relative link spells its target with the letter case the file has on disk.
import path from "node:path";
import { misspelledLinks, respellPath } from "../src/shared/links.js";
import { defineRule, findingAt, quote } from "../src/engine/rule.js";
import { inheritedLink } from "../src/shared/root-cause.js";

export default defineRule({
  id: "link-target-case",
  description: "Relative links spell their target with the letter case the file has on disk",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: true,
  check({ file, group, project }) {
    return misspelledLinks(file, project, group, "case").map(({ resolved, actual, written, start, end }) => {
      const respelled = respellPath(written, actual);
      const expected = respelled ?? path.basename(actual);
      const inherited = inheritedLink(file, group, start, resolved.link.target);
      const note = inherited ? ` (${inherited.note})` : "";
      return findingAt(file, start, `Expected link target ${quote(expected)} as the file is named on disk but found ${quote(written)}${note}`, {
        end,
        rootCause: inherited?.key,
        fix: respelled !== null && respelled !== written ? { range: [start, end], text: respelled } : undefined,
      });
    });
  },
});
