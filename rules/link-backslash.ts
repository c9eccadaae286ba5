// rules/link-backslash.ts: relative links separate folders with "/", never "\".
import { linkParts, visibleLinks } from "../src/shared/links.js";
import { defineRule, findingAt, quote } from "../src/engine/rule.js";
import { inheritedLink } from "../src/shared/root-cause.js";
import type { RuleFinding } from "../src/types.js";

// A backslash before ASCII punctuation other than "\" is a CommonMark escape in Markdown destinations.
const markdownSeparator = /\\\\|\\(?![!"#$%&'()*+,\-./:;<=>?@[\]^_`{|}~])/g;

export default defineRule({
  id: "link-backslash",
  description: "Relative links separate folders with \"/\", never with \"\\\"",
  scope: "file",
  defaultSeverity: "error",
  fixable: true,
  check({ file, group }) {
    if (file.unreadable) return [];
    const findings: RuleFinding[] = [];
    for (const link of visibleLinks(file)) {
      const parts = linkParts(link);
      if (!parts?.backslash) continue;
      const end = parts.pathOffset + parts.pathLength;
      const written = file.text.slice(parts.pathOffset, end);
      const markdown = link.kind !== "html" && link.kind !== "yaml";
      const fixed = markdown ? written.replace(markdownSeparator, "/") : written.replace(/\\+/g, "/");
      // A YAML value written with escapes is not the text the parser gave: report, do not rewrite.
      const exact = link.kind !== "yaml" || link.target.startsWith(written);
      const inherited = inheritedLink(file, group, parts.pathOffset, link.target);
      const note = inherited ? ` (${inherited.note})` : "";
      findings.push(
        findingAt(file, parts.pathOffset, `Expected link target ${quote(fixed)} with "/" separators but found ${quote(written)}${note}`, {
          end,
          rootCause: inherited?.key,
          fix: exact && fixed !== written ? { range: [parts.pathOffset, end], text: fixed } : undefined,
        }),
      );
    }
    return findings;
  },
});
