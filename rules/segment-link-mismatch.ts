// rules/segment-link-mismatch.ts: each segment's translation links to exactly what its English text links to.
import { defineRule, findingAt, quoteList, relatedAt } from "../src/engine/rule.js";
import type { LocalizedFile } from "../src/parse/file.js";
import {
  HAS_CLOSE_BRACKET,
  HAS_FULLWIDTH,
  HAS_LT,
  type InlineLink,
  multisetDiff,
  type PairedSegment,
  segmentsToCheck,
} from "../src/parse/inline.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "segment-link-mismatch",
  description: "A segment's translation keeps the link targets of its English text (URLs, paths, #fragments)",
  scope: "file",
  defaultSeverity: "error",
  fixable: true,
  check({ file }) {
    const findings: RuleFinding[] = [];
    const list = segmentsToCheck(file);
    const { segments, masks } = list;
    for (let k = 0; k < segments.length; k++) {
      if (((masks[2 * k]! | masks[2 * k + 1]!) & LINK_CHARS) === 0) continue;
      const segment = segments[k]!;
      const translation = list.translation(k);
      const source = list.source(k);
      if (translation.links.length === 0 && source.links.length === 0) continue;
      // A link the English text itself breaks is the source's defect: the translation may keep it or not.
      let optional: Map<string, number> | null = null;
      const english: InlineLink[] = [];
      for (const link of source.links) {
        if (link.flaws === 0) english.push(link);
        else (optional ??= new Map()).set(link.target, (optional.get(link.target) ?? 0) + 1);
      }
      let mine = translation.links;
      if (optional) {
        const left = optional;
        mine = mine.filter((link) => {
          const n = left.get(link.target) ?? 0;
          if (n === 0) return true;
          left.set(link.target, n - 1);
          return false;
        });
      }
      const locale = file.locale.toLowerCase();
      const key = (l: InlineLink) => comparable(l.target, locale);
      const { missing, unexpected } = multisetDiff(english, mine, key);
      if (missing.length === 0 && unexpected.length === 0) continue;
      findings.push(report(file, segment, missing, unexpected));
    }
    return findings;
  },
});

function report(file: LocalizedFile, segment: PairedSegment, missing: InlineLink[], unexpected: InlineLink[]): RuleFinding {
  const base = segment.translationOffset;
  const firstMissing = missing[0];
  const related = firstMissing
    ? relatedAt(file, segment.sourceOffset + firstMissing.targetOffset, `The English text links to "${firstMissing.target}"`)
    : relatedAt(file, segment.sourceOffset, `The English text of segment "${segment.id}"`);
  const first = unexpected[0];
  if (!first) {
    const what = missing.length === 1 ? "a link to" : "links to";
    return findingAt(file, base, `Expected ${what} ${quoteList(missing.map((l) => l.target))} as in the English text but found none`, {
      related: [related],
    });
  }
  const start = base + first.targetOffset;
  const end = start + first.target.length;
  if (missing.length === 1 && unexpected.length === 1) {
    return findingAt(file, start, `Expected link target "${firstMissing!.target}" as in the English text but found "${first.target}"`, {
      end,
      related: [related],
      // A backslash in the English target is the English text's defect (link-backslash would turn it
      // back into "/" on the next pass, and --fix would never settle): the target is not copied then.
      fix: firstMissing!.target.includes("\\") ? undefined : { range: [start, end], text: firstMissing!.target },
    });
  }
  const found = quoteList(unexpected.map((l) => l.target));
  const message =
    missing.length === 0
      ? `Expected only the link targets of the English text but found ${found}`
      : `Expected link targets ${quoteList(missing.map((l) => l.target))} as in the English text but found ${found}`;
  return findingAt(file, start, message, { end, related: [related] });
}

/** Characters without which a text has no link: `]` (or `］`) for Markdown, `<` for HTML and autolinks. */
const LINK_CHARS = HAS_CLOSE_BRACKET | HAS_LT | HAS_FULLWIDTH;

/** `/en-us/` or `/<locale>/` in any case, per locale. */
const localeSegments = new Map<string, RegExp>();

/**
 * A target as compared: `&amp;` is `&` (the same URL once rendered), and a path segment naming the
 * English locale or the file's own (`/en-us/`, `/de-de/`) is the same on both sides: localized
 * links to the reader's language are a translation, not a change.
 */
function comparable(target: string, locale: string): string {
  const t = target.includes("&amp;") ? target.replace(/&amp;/g, "&") : target;
  let segment = localeSegments.get(locale);
  if (!segment) {
    segment = new RegExp(`/(?:en-us|${locale.replace(/[^a-z0-9-]/gi, "")})/`, "i");
    localeSegments.set(locale, segment);
  }
  const m = segment.exec(t);
  return m ? `${t.slice(0, m.index)}/{locale}/${t.slice(m.index + m[0].length)}` : t;
}
