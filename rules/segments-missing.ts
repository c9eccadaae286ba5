// rules/segments-missing.ts: a Markdown page without side-by-side segments where its same-version siblings have them.
import { localeList } from "../src/shared/group.js";
import { isSideBySide } from "../src/shared/segment-votes.js";
import { defineRule, findingAt, relatedAt } from "../src/engine/rule.js";

export default defineRule({
  id: "segments-missing",
  description: "A Markdown file has side-by-side segments when most siblings of the same English version have them",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check({ file, group }) {
    if (file.kind !== "markdown" || isSideBySide(file)) return [];
    const siblings = group.sameHashSiblings(file);
    if (siblings.length === 0) return [];
    const sxs = siblings.filter(isSideBySide);
    if (sxs.length * 2 <= siblings.length) return [];
    const witness = sxs[0]!;
    const count = witness.segments.segments.length;
    // At the first character of the body: the page's text, where the segments should be.
    const text = file.text;
    let at = file.bodyStart;
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (at >= text.length) at = Math.min(file.bodyStart, Math.max(0, text.length - 1));
    return [
      findingAt(file, at, `Expected side-by-side segments as in ${localeList(sxs)} (same ms.openlocfilehash) but found none`, {
        related: [relatedAt(witness, witness.segments.segments[0]!.start, `${witness.locale} has ${count} segment${count === 1 ? "" : "s"}`)],
      }),
    ];
  },
});
