// rules/link-extension-mismatch.ts: a link to "x.md" where only "x.yml" exists (or the other way round).
import path from "node:path";
import { misspelledLinks } from "../src/shared/links.js";
import { defineRule, findingAt, quote } from "../src/engine/rule.js";
import { inheritedLink } from "../src/shared/root-cause.js";

export default defineRule({
  id: "link-extension-mismatch",
  description: "Links to Markdown and YAML pages use the extension the page has (x.md or x.yml)",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: true,
  check({ file, group, project }) {
    return misspelledLinks(file, project, group, "extension").map(({ resolved, actual, written, start, end }) => {
      const ext = path.extname(written);
      const actualExt = path.extname(actual);
      const expected = written.slice(0, written.length - ext.length) + actualExt;
      const exact = ext !== "" && resolved.link.target.startsWith(written);
      const inherited = inheritedLink(file, group, start, resolved.link.target);
      const note = inherited ? ` (${inherited.note})` : "";
      return findingAt(file, start, `Expected link target ${quote(expected)} but found ${quote(written)}, which does not exist${note}`, {
        end,
        rootCause: inherited?.key,
        fix: exact ? { range: [end - ext.length, end], text: actualExt } : undefined,
      });
    });
  },
});
