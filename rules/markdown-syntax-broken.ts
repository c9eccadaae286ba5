// rules/markdown-syntax-broken.ts: a segment's translation breaks Markdown syntax that its English text has intact.
import { defineRule, findingAt, relatedAt } from "../src/engine/rule.js";
import { SYNTAX_CHARS, segmentsToCheck, syntaxDefects } from "../src/parse/inline.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "markdown-syntax-broken",
  description: "A segment's translation keeps the Markdown syntax of its English text intact (links, brackets, bold, escapes)",
  scope: "file",
  defaultSeverity: "error",
  fixable: true,
  check({ file }) {
    const findings: RuleFinding[] = [];
    const list = segmentsToCheck(file);
    const { segments, masks } = list;
    for (let k = 0; k < segments.length; k++) {
      if ((masks[2 * k]! & SYNTAX_CHARS) === 0) continue;
      const segment = segments[k]!;
      const mine = syntaxDefects(segment.translation, list.translation(k));
      if (mine.length === 0) continue;
      // What the English text already breaks is reported once, by source-defect, and not here.
      const english = new Set(syntaxDefects(segment.source, list.source(k)).map((d) => d.key));
      // A link the English text breaks in any way (its ")" lost) is no link to keep: however the
      // translation breaks the same link, the source is where to fix it.
      const brokenLinks = new Set([...english].filter((key) => key.startsWith("link-")).map((key) => key.slice(key.indexOf(" ") + 1)));
      for (const defect of mine) {
        if (english.has(defect.key)) continue;
        if (defect.key.startsWith("link-") && brokenLinks.has(defect.key.slice(defect.key.indexOf(" ") + 1))) continue;
        const start = segment.translationOffset + defect.offset;
        const end = segment.translationOffset + defect.end;
        findings.push(
          findingAt(file, start, `Expected ${defect.expected} as in the English text but found ${defect.found}`, {
            end,
            related: [relatedAt(file, segment.sourceOffset, `The English text of segment "${segment.id}"`)],
            ...(defect.fix === undefined ? {} : { fix: { range: [start, end], text: defect.fix } }),
          }),
        );
      }
    }
    return findings;
  },
});
