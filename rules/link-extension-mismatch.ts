// rules/link-extension-mismatch.ts: a link to "x.md" where only "x.yml" exists (or the other way round).
import path from "node:path";
import { resolveLink, visibleLinks } from "../src/engine/links.js";
import { defineRule, findingAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "link-extension-mismatch",
  description: "Links to Markdown and YAML pages use the extension the page has (x.md or x.yml)",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: true,
  check({ file, group, project }) {
    if (file.unreadable) return [];
    const findings: RuleFinding[] = [];
    for (const link of visibleLinks(file)) {
      const resolved = resolveLink(file, link, project, group);
      if (!resolved || resolved.state !== "extension" || resolved.actual === null) continue;
      const { parts } = resolved;
      const end = parts.pathOffset + parts.pathLength;
      const written = file.text.slice(parts.pathOffset, end);
      const ext = path.extname(written);
      const actualExt = path.extname(resolved.actual);
      const expected = written.slice(0, written.length - ext.length) + actualExt;
      const exact = ext !== "" && link.target.startsWith(written);
      findings.push(
        findingAt(file, parts.pathOffset, `Expected link target "${expected}" but found "${written}", which does not exist`, {
          end,
          fix: exact ? { range: [end - ext.length, end], text: actualExt } : undefined,
        }),
      );
    }
    return findings;
  },
});
