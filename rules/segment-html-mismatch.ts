// rules/segment-html-mismatch.ts: each segment's translation keeps the inline HTML tags of its English text.
import { fromSibling, originHas, originOf, pairsToCheck, relatedInPair, relatedPair } from "../src/align/pairs.js";
import { defineRule, findingAt, quote, quoteList } from "../src/engine/rule.js";
import { HAS_LT, type InlineTag, multisetDiff } from "../src/parse/inline.js";
import type { RuleFinding } from "../src/types.js";

/**
 * HTML elements found inline in docs. Other `<word>` text (`<token>`, `<tenant-id>`) is a placeholder
 * in prose, and `span` belongs to the segment markup itself.
 */
const HTML_ELEMENTS = new Set(
  (
    "a abbr acronym b bdi bdo big blockquote br center cite code data dd del details dfn div dl dt em font " +
    "h1 h2 h3 h4 h5 h6 hr i img ins kbd label li mark nobr ol p pre q s samp small strike strong sub summary " +
    "sup table tbody td tfoot th thead time tr tt u ul var video wbr"
  ).split(" "),
);

/** `4<sup>th</sup>`: an English ordinal suffix that other languages rightly drop. */
const ORDINAL_SUP = /<sup>\s*(?:st|nd|rd|th)\s*<\/sup>/gi;

const label = (tag: InlineTag) => (tag.closing ? `</${tag.name}>` : `<${tag.name}>`);

export default defineRule({
  id: "segment-html-mismatch",
  description: "A segment's translation keeps the inline HTML tags of its English text (<a name>, <br>, <strong> ...)",
  scope: "siblings",
  defaultSeverity: "warn",
  fixable: false,
  check({ file, group }) {
    const findings: RuleFinding[] = [];
    const list = pairsToCheck(file, group);
    const { segments, masks } = list;
    for (let k = 0; k < segments.length; k++) {
      if (((masks[2 * k]! | masks[2 * k + 1]!) & HAS_LT) === 0) continue;
      const segment = segments[k]!;
      if (segment.agreed === false) continue;
      const translation = list.translation(k);
      const source = list.source(k);
      // Another translation is no judge of ordinal suffixes: each language writes "4th" its own way.
      const sibling = fromSibling(segment);
      // In a plain translation `<a>` is a link (link-target-mismatch's) or a heading anchor the pipeline adds (anchor-translated's).
      const kept = (t: InlineTag) =>
        HTML_ELEMENTS.has(t.name) && !(sibling && (t.name === "sup" || t.name === "sub")) && !(segment.sourceFile && t.name === "a");
      const mine = translation.tags.filter(kept);
      let english = source.tags.filter(kept);
      if (mine.length === 0 && english.length === 0) continue;
      let { missing, unexpected } = multisetDiff(english, mine, label);
      if (missing.length === 0 && unexpected.length === 0) continue;
      const ordinals = missing.some((t) => t.name === "sup") ? (segment.source.match(ORDINAL_SUP)?.length ?? 0) : 0;
      if (ordinals > 0) {
        english = withoutOrdinalSups(english, segment.source, ordinals);
        ({ missing, unexpected } = multisetDiff(english, mine, label));
        if (missing.length === 0 && unexpected.length === 0) continue;
      }
      const firstMissing = missing[0];
      const related = [
        firstMissing
          ? relatedInPair(file, segment, firstMissing.start, `${originHas(segment)} ${quote(label(firstMissing))}`)
          : relatedPair(file, segment),
      ];
      const expected = quoteList(missing.map(label));
      const first = unexpected[0];
      if (!first) {
        const message = `Expected HTML ${missing.length === 1 ? "tag" : "tags"} ${expected} as in ${originOf(segment)} but found none`;
        findings.push(findingAt(file, segment.translationOffset, message, { related }));
        continue;
      }
      const found = quoteList(unexpected.map(label));
      const message =
        missing.length === 0
          ? `Expected only the HTML tags of ${originOf(segment)} but found ${found}`
          : `Expected HTML ${missing.length === 1 ? "tag" : "tags"} ${expected} as in ${originOf(segment)} but found ${found}`;
      const start = segment.translationOffset + first.start;
      findings.push(findingAt(file, start, message, { end: segment.translationOffset + first.end, related }));
    }
    return findings;
  },
});

/** The tags minus the `<sup>`/`</sup>` pairs that wrap an ordinal suffix (up to `count` of them). */
function withoutOrdinalSups(tags: InlineTag[], text: string, count: number): InlineTag[] {
  const drop = new Set<number>();
  ORDINAL_SUP.lastIndex = 0;
  for (let m = ORDINAL_SUP.exec(text); m && drop.size < count * 2; m = ORDINAL_SUP.exec(text)) {
    const open = tags.find((t) => t.start === m!.index);
    const close = tags.find((t) => t.closing && t.name === "sup" && t.end === m!.index + m![0].length);
    if (open && close) {
      drop.add(open.start);
      drop.add(close.start);
    }
  }
  return tags.filter((t) => !drop.has(t.start));
}
