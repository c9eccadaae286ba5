// rules/segment-code-mismatch.ts: each segment's translation keeps the inline code spans of its English text, untranslated.
import { originHas, originOf, pairsToCheck, relatedInPair, relatedPair } from "../src/align/pairs.js";
import { defineRule, findingAt, quoteList } from "../src/engine/rule.js";
import { HAS_BACKTICK, type InlineCode, multisetDiff } from "../src/parse/inline.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "segment-code-mismatch",
  description: "A segment's translation keeps the inline code spans of its English text, unchanged",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check({ file, group }) {
    const findings: RuleFinding[] = [];
    const list = pairsToCheck(file, group);
    const { segments, masks } = list;
    for (let k = 0; k < segments.length; k++) {
      if (((masks[2 * k]! | masks[2 * k + 1]!) & HAS_BACKTICK) === 0) continue;
      const segment = segments[k]!;
      if (segment.agreed === false) continue;
      const translation = list.translation(k);
      const source = list.source(k);
      // In a plain translation, a name's English plural is grammar, not code (`Tracers` in English,
      // `Tracer` in Japanese, which has no plural, or `` `Tracer`s ``): compared without it.
      const diff = multisetDiff(source.code, translation.code, segment.sourceFile ? (c) => plainKey(c.content) : (c) => c.content);
      const missing = diff.missing;
      // In a plain translation, code formatting added to a term (`Baggage`) loses nothing; English code the translation lacks does.
      const unexpected = segment.sourceFile && missing.length === 0 ? [] : diff.unexpected;
      if (missing.length === 0 && unexpected.length === 0) continue;
      const shown = (text: string, spans: InlineCode[]) => quoteList(spans.map((c) => text.slice(c.start, c.end)));
      const firstMissing = missing[0];
      const related = [
        firstMissing
          ? relatedInPair(file, segment, firstMissing.start, `${originHas(segment)} ${shown(segment.source, [firstMissing])}`)
          : relatedPair(file, segment),
      ];
      const first = unexpected[0];
      if (!first) {
        const message = `Expected code ${shown(segment.source, missing)} as in ${originOf(segment)} but found none`;
        findings.push(findingAt(file, segment.translationOffset, message, { related }));
        continue;
      }
      const found = shown(segment.translation, unexpected);
      const message =
        missing.length === 0
          ? `Expected only the code spans of ${originOf(segment)} but found ${found}`
          : `Expected code ${shown(segment.source, missing)} as in ${originOf(segment)} but found ${found}`;
      const start = segment.translationOffset + first.start;
      findings.push(findingAt(file, start, message, { end: segment.translationOffset + first.end, related }));
    }
    return findings;
  },
});

/**
 * Code as a plain translation is compared: without a final full stop, comma, colon or semicolon (the
 * sentence's, which the English put inside the backticks, `` `otel.` ``; a YAML key's, `traces:`), and a
 * name (letters and digits, four or more) without a final plural `s`; a placeholder (`<HASH>`) as `<>`.
 */
function plainKey(code: string): string {
  // A placeholder the reader fills in (`<HASH>`, `<hash>`, `<ハッシュ>`) is one, as in code blocks.
  if (PLACEHOLDER.test(code)) return "<>";
  const bare = code.length > 1 && /[.,:;]$/.test(code) ? code.slice(0, -1) : code;
  return bare.length >= 4 && bare.endsWith("s") && /^[A-Za-z][A-Za-z0-9]+s$/.test(bare) ? bare.slice(0, -1) : bare;
}

/** Code that is only a placeholder in angle brackets: `<HASH>`, `<your-branch>`, `<チャートのパス>`. */
const PLACEHOLDER = /^<[\p{L}\p{N}_][\p{L}\p{N}_ .-]*>$/u;
