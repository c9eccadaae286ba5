// rules/source-defect.ts: Markdown syntax already broken in a segment's English text: the source's defect, not the translator's.
import { defineRule, findingAt, quote } from "../src/engine/rule.js";
import { HAS_BANG, SYNTAX_CHARS, segmentsToCheck, syntaxDefects } from "../src/parse/inline.js";
import type { RuleFinding } from "../src/types.js";

/** A Docs marker with a blank inside: `[! NOTE]`, `[ !NOTE]`. */
const DAMAGED_MARKER = /\[[\t ]+![\t ]*[A-Za-z]|\[![\t ]+[A-Za-z]/g;

export default defineRule({
  id: "source-defect",
  description: "Markdown syntax is intact in a segment's English text (a defect there is the source's, not the translator's)",
  scope: "file",
  defaultSeverity: "warn",
  fixable: false,
  check({ file }) {
    const findings: RuleFinding[] = [];
    const list = segmentsToCheck(file);
    const { segments, masks } = list;
    for (let k = 0; k < segments.length; k++) {
      if ((masks[2 * k + 1]! & (SYNTAX_CHARS | HAS_BANG)) === 0) continue;
      const segment = segments[k]!;
      const text = segment.source;
      for (const defect of syntaxDefects(text, list.source(k))) {
        const start = segment.sourceOffset + defect.offset;
        const message = `Expected ${defect.expected} in the English text but found ${defect.found}`;
        findings.push(findingAt(file, start, message, { end: segment.sourceOffset + defect.end, rootCause: rootCause(file.relPath, text, defect.offset) }));
      }
      if (masks[2 * k + 1]! & HAS_BANG) {
        DAMAGED_MARKER.lastIndex = 0;
        for (let m = DAMAGED_MARKER.exec(text); m; m = DAMAGED_MARKER.exec(text)) {
          const found = text.slice(m.index, text.indexOf("]", m.index) + 1 || m.index + m[0].length);
          const start = segment.sourceOffset + m.index;
          const message = `Expected a Docs marker without blanks ("[!NAME]") in the English text but found ${quote(found)}`;
          findings.push(findingAt(file, start, message, { end: start + found.length, rootCause: rootCause(file.relPath, text, m.index) }));
        }
      }
    }
    return findings;
  },
});

/** Every locale's copy of one English segment holds the same defect: one root cause, whatever the segment's id. */
function rootCause(relPath: string, english: string, offset: number): string {
  return `${relPath}\u0000${english}\u0000${offset}`;
}
