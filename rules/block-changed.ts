// rules/block-changed.ts: a translated block keeps the numbers and bare URLs of the English block it stands for.
import { driftOf } from "../src/align/drift.js";
import { confidentPairs } from "../src/align/index.js";
import { defineRule, findingAt, quoteList, relatedAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

/**
 * Tokens compared: bare URLs, and numbers of two digits or more. Link targets and inline code are the
 * segment rules' (segment-link-mismatch, segment-code-mismatch); one-digit numbers are often written
 * as words ("2nd" → "zweite"), and a translation may add numbers (Japanese months, "4月"), so only
 * what the English has and the translation lacks is reported.
 */
function compared(token: string): boolean {
  return token.startsWith("u:") || (token.startsWith("n:") && token.length > 3);
}

export default defineRule({
  id: "block-changed",
  description: "A translated block keeps the numbers and URLs of the English source's block it stands for",
  scope: "siblings",
  defaultSeverity: "warn",
  fixable: false,
  check({ file, group }) {
    const drift = driftOf(file, group);
    if (!drift) return [];
    const { alignment } = drift;
    const source = alignment.reference;
    const findings: RuleFinding[] = [];
    for (const [t, r] of confidentPairs(alignment)) {
      const mine = alignment.blocks[t]!;
      const theirs = alignment.referenceBlocks[r]!;
      if (mine.kind === "code" || mine.kind === "definition") continue;
      const have = new Map<string, number>();
      for (const token of mine.tokens) if (compared(token)) have.set(token, (have.get(token) ?? 0) + 1);
      const lacking: string[] = [];
      for (const token of theirs.tokens) {
        if (!compared(token)) continue;
        const n = have.get(token) ?? 0;
        if (n > 0) have.set(token, n - 1);
        else lacking.push(token.slice(2));
      }
      if (lacking.length === 0) continue;
      const what = lacking.length === 1 ? "" : "s";
      findings.push(
        findingAt(file, mine.start, `Expected ${quoteList(lacking)} as in the English source's block but found ${lacking.length === 1 ? "none" : "none of them"}`, {
          related: [relatedAt(source, theirs.start, `The English source's block has the value${what} here`)],
        }),
      );
    }
    return findings;
  },
});
