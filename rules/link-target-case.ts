// rules/link-target-case.ts: a relative link spells its target with the letter case the file has on disk.
import path from "node:path";
import { resolveLink, respellPath, visibleLinks } from "../src/engine/links.js";
import { defineRule, findingAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "link-target-case",
  description: "Relative links spell their target with the letter case the file has on disk",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: true,
  check({ file, group, project }) {
    if (file.unreadable) return [];
    const findings: RuleFinding[] = [];
    for (const link of visibleLinks(file)) {
      const resolved = resolveLink(file, link, project, group);
      if (!resolved || resolved.state !== "case" || resolved.actual === null) continue;
      const { parts } = resolved;
      const end = parts.pathOffset + parts.pathLength;
      const written = file.text.slice(parts.pathOffset, end);
      const respelled = respellPath(written, resolved.actual);
      const expected = respelled ?? path.basename(resolved.actual);
      findings.push(
        findingAt(file, parts.pathOffset, `Expected link target "${expected}" as the file is named on disk but found "${written}"`, {
          end,
          fix: respelled !== null && respelled !== written ? { range: [parts.pathOffset, end], text: respelled } : undefined,
        }),
      );
    }
    return findings;
  },
});
