// rules/markdown-syntax-broken.ts: a segment's translation breaks Markdown syntax that its English text has intact.
import { defineRule, findingAt } from "../src/engine/rule.js";
import { originOf, pairsToCheck, relatedPair } from "../src/align/pairs.js";
import { SYNTAX_CHARS, syntaxDefects } from "../src/parse/inline.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "markdown-syntax-broken",
  description: "A segment's translation keeps the Markdown syntax of its English text intact (links, brackets, bold, escapes)",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: true,
  check({ file, group }) {
    const findings: RuleFinding[] = [];
    const list = pairsToCheck(file, group);
    const { segments, masks } = list;
    for (let k = 0; k < segments.length; k++) {
      if ((masks[2 * k]! & SYNTAX_CHARS) === 0) continue;
      const segment = segments[k]!;
      const mine = syntaxDefects(segment.translation, list.translation(k));
      if (mine.length === 0) continue;
      // What the English text (or the sibling standing in for it) already breaks is not the translation's defect.
      const english = new Set(syntaxDefects(segment.source, list.source(k)).map((d) => d.key));
      for (const defect of mine) {
        if (english.has(defect.key)) continue;
        const start = segment.translationOffset + defect.offset;
        const end = segment.translationOffset + defect.end;
        findings.push(
          findingAt(file, start, `Expected ${defect.expected} as in ${originOf(segment)} but found ${defect.found}`, {
            end,
            related: [relatedPair(file, segment)],
            ...(defect.fix === undefined ? {} : { fix: { range: [start, end], text: defect.fix } }),
          }),
        );
      }
    }
    return findings;
  },
});
