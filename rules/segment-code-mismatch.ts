// rules/segment-code-mismatch.ts: each segment's translation keeps the inline code spans of its English text, untranslated.
import { defineRule, findingAt, quoteList, relatedAt } from "../src/engine/rule.js";
import { HAS_BACKTICK, type InlineCode, multisetDiff, segmentsToCheck } from "../src/parse/inline.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "segment-code-mismatch",
  description: "A segment's translation keeps the inline code spans of its English text, unchanged",
  scope: "file",
  defaultSeverity: "error",
  fixable: false,
  check({ file }) {
    const findings: RuleFinding[] = [];
    const list = segmentsToCheck(file);
    const { segments, masks } = list;
    for (let k = 0; k < segments.length; k++) {
      if (((masks[2 * k]! | masks[2 * k + 1]!) & HAS_BACKTICK) === 0) continue;
      const segment = segments[k]!;
      const translation = list.translation(k);
      const source = list.source(k);
      const { missing, unexpected } = multisetDiff(source.code, translation.code, (c) => c.content);
      if (missing.length === 0 && unexpected.length === 0) continue;
      const shown = (text: string, spans: InlineCode[]) => quoteList(spans.map((c) => text.slice(c.start, c.end)));
      const firstMissing = missing[0];
      const related = [
        firstMissing
          ? relatedAt(file, segment.sourceOffset + firstMissing.start, `The English text has ${shown(segment.source, [firstMissing])}`)
          : relatedAt(file, segment.sourceOffset, `The English text of segment "${segment.id}"`),
      ];
      const first = unexpected[0];
      if (!first) {
        const message = `Expected code ${shown(segment.source, missing)} as in the English text but found none`;
        findings.push(findingAt(file, segment.translationOffset, message, { related }));
        continue;
      }
      const found = shown(segment.translation, unexpected);
      const message =
        missing.length === 0
          ? `Expected only the code spans of the English text but found ${found}`
          : `Expected code ${shown(segment.source, missing)} as in the English text but found ${found}`;
      const start = segment.translationOffset + first.start;
      findings.push(findingAt(file, start, message, { end: segment.translationOffset + first.end, related }));
    }
    return findings;
  },
});
