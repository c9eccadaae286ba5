// rules/heading-changed.ts: each heading keeps the level and the explicit id ({#id}) of the English heading it stands for.
import { driftOf } from "../src/align/drift.js";
import { defineRule, findingAt, relatedAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

/** `{#id}` at the end of a heading line (Hugo, Docusaurus, MkDocs attribute lists). */
const EXPLICIT_ID = /\{#([^}\s]+)\}[ \t]*#*[ \t]*$/;

export default defineRule({
  id: "heading-changed",
  description: "Each heading keeps the level and the explicit id ({#id}) of the English source's heading it stands for",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: true,
  check({ file, group }) {
    const drift = driftOf(file, group);
    if (!drift) return [];
    const { alignment } = drift;
    const source = alignment.reference;
    const findings: RuleFinding[] = [];
    for (const pair of alignment.pairs) {
      if (pair.translation === -1 || pair.reference === -1) continue;
      const mine = alignment.blocks[pair.translation]!;
      const theirs = alignment.referenceBlocks[pair.reference]!;
      if (mine.kind !== "heading" || theirs.kind !== "heading") continue;
      const related = [relatedAt(source, theirs.start, `The English source has a level-${theirs.level} heading here`)];
      if (mine.level !== theirs.level) {
        findings.push(findingAt(file, mine.start, `Expected a level-${theirs.level} heading as in the English source but found level ${mine.level}`, { related }));
      }
      const line = (text: string, start: number, end: number) => {
        const nl = text.indexOf("\n", start);
        return text.slice(start, nl === -1 || nl > end ? end : nl).replace(/\r$/, "");
      };
      const myLine = line(file.text, mine.start, mine.end);
      const theirLine = line(source.text, theirs.start, theirs.end);
      const myId = EXPLICIT_ID.exec(myLine);
      const theirId = EXPLICIT_ID.exec(theirLine);
      // An id only the translation has keeps a translated heading's English anchor (Hugo translations add
      // `{#english-slug}`): links to the heading still work, so that is not drift.
      if (!theirId) continue;
      if (theirId && myId) {
        if (theirId[1] === myId[1]) continue;
        const start = mine.start + myId.index + 2;
        const end = start + myId[1]!.length;
        findings.push(
          findingAt(file, start, `Expected heading id "{#${theirId[1]}}" as in the English source but found "{#${myId[1]}}"`, {
            end,
            related: [relatedAt(source, theirs.start + theirId.index, `The English source has "{#${theirId[1]}}" here`)],
            fix: { range: [start, end], text: theirId[1]! },
          }),
        );
      } else {
        const at = mine.start + myLine.length;
        findings.push(
          findingAt(file, mine.start, `Expected heading id "{#${theirId[1]}}" as in the English source but found none`, {
            related: [relatedAt(source, theirs.start + theirId.index, `The English source has "{#${theirId[1]}}" here`)],
            fix: { range: [at, at], text: ` {#${theirId[1]}}` },
          }),
        );
      }
    }
    return findings;
  },
});
