// rules/markdown-syntax-broken.ts: a segment's translation breaks Markdown syntax that its English text has intact.
import { defineRule, findingAt } from "../src/engine/rule.js";
import { fromSibling, originOf, pairsToCheck, relatedPair } from "../src/align/pairs.js";
import { SYNTAX_CHARS, type SyntaxDefectKind, syntaxDefects } from "../src/parse/inline.js";
import type { RuleFinding } from "../src/types.js";

/** Damage that machine translation makes and English docs do not have: found even when every sibling shares it. */
const MT_DAMAGE = new Set<SyntaxDefectKind>(["link-text-lost", "link-blank", "link-fullwidth"]);

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
      // A link the English text breaks in any way (its ")" lost) is no link to keep: however the
      // translation breaks the same link, the source is where to fix it.
      const brokenLinks = new Set([...english].filter((key) => key.startsWith("link-")).map((key) => key.slice(key.indexOf(" ") + 1)));
      // A sibling's copy of the damage does not excuse it: machine translation damages every locale alike.
      const sibling = fromSibling(segment);
      for (const defect of mine) {
        if (segment.alone && !MT_DAMAGE.has(defect.kind)) continue;
        // Brackets inside an attribute value (`alt-text="…]"`) are text, not Markdown.
        if (defect.kind === "brackets" && segment.sourceFile && insideQuotedAttribute(segment.translation, defect.offset)) continue;
        if (defect.key.startsWith("link-") && !english.has(defect.key) && brokenLinks.has(defect.key.slice(defect.key.indexOf(" ") + 1))) continue;
        const shared = segment.alone || english.has(defect.key);
        if (shared && !(sibling && MT_DAMAGE.has(defect.kind))) continue;
        const start = segment.translationOffset + defect.offset;
        const end = segment.translationOffset + defect.end;
        findings.push(
          findingAt(file, start, `Expected ${defect.expected}${shared ? "" : ` as in ${originOf(segment)}`} but found ${defect.found}`, {
            end,
            ...(segment.alone ? {} : { related: [relatedPair(file, segment)] }),
            ...(defect.fix === undefined ? {} : { fix: { range: [start, end], text: defect.fix } }),
          }),
        );
      }
    }
    return findings;
  },
});

/** True when `offset` is inside a quoted `name="…"` value on its line (a `:::image` or HTML attribute). */
function insideQuotedAttribute(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let open = -1;
  for (let i = lineStart; i < offset; i++) {
    if (text.charCodeAt(i) !== 34) continue;
    if (open === -1) {
      if (text.charCodeAt(i - 1) === 61) open = i;
    } else open = -1;
  }
  return open !== -1 && text.indexOf('"', offset) !== -1;
}
