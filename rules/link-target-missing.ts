// rules/link-target-missing.ts: a relative link names a file that exists here or in the English source.
import { resolveLink, visibleLinks } from "../src/shared/links.js";
import { defineRule, findingAt, quote } from "../src/engine/rule.js";
import { inheritedLink } from "../src/shared/root-cause.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "link-target-missing",
  description: "Relative links name a file that exists in the locale or in the English source",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check({ file, group, project }) {
    if (file.unreadable) return [];
    const findings: RuleFinding[] = [];
    for (const link of visibleLinks(file)) {
      const resolved = resolveLink(file, link, project, group);
      if (!resolved) continue;
      const { parts } = resolved;
      const written = file.text.slice(parts.pathOffset, parts.pathOffset + parts.pathLength);
      const shown = written === "" ? parts.path : written;
      const end = parts.pathOffset + parts.pathLength;
      if (resolved.state !== "missing" && resolved.state !== "folder-without-index") continue;
      const inherited = inheritedLink(file, group, link.offset, link.target);
      const note = inherited ? ` (${inherited.note})` : "";
      let message: string;
      if (resolved.state === "missing" && resolved.page !== undefined && !/\.[A-Za-z0-9]{1,8}$/.test(resolved.page)) {
        // A Hugo page URL: say which files could have served it.
        const p = resolved.page;
        const names = p === "" ? "_index.md or index.md" : `${p}/_index.md, ${p}/index.md or ${p}.md`;
        message = `Expected link target ${quote(shown)} to name a page (${names}) but found none in ${orList(resolved.looked)}${note}`;
      } else if (resolved.state === "missing") {
        message = `Expected link target ${quote(shown)} to exist but found no such file in ${orList(resolved.looked)}${note}`;
      } else {
        message = `Expected folder ${quote(shown)} to hold index.md, index.yml or TOC.yml but found none${note}`;
      }
      findings.push(findingAt(file, link.offset, message, { end, rootCause: inherited?.key }));
    }
    return findings;
  },
});

function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
