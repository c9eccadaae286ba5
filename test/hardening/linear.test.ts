// Every rule at once stays linear on each input family that once made a scanner or rule super-linear:
// the CPU time at 1e5 characters is at most 20 times the time at 1e4 (linear: 10), measured in this process.
import { describe, expect, it } from "vitest";
import { families } from "../../scripts/growth-families.js";
import { lintFiles } from "../rule-tester.js";

/**
 * Growth allowed from 1e4 to 1e5 characters: 10 for linear time, plus room for the garbage collector and
 * noise. Families that allocate per link (thousands of resolved links) measure 3 to 6 alone but reached
 * 12.6 and once 14.6 (a fresh CI clone) while the rest of the suite ran beside them; a quadratic family
 * measures 50 to 100, so 20 still fails every one of those by far.
 */
const MAX_RATIO = 20;
/** Below this many milliseconds a run at 1e4 is mostly fixed cost; the ratio is taken against it instead. */
const FLOOR_MS = 2;

/** CPU milliseconds of one run of every registered rule (markdownlint's own rules are not loaded: see below) over the pages. */
function cpuMs(pages: Record<string, string>): number {
  const before = process.cpuUsage();
  lintFiles(pages, { target: "docs.de-de/a.md" });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function best(pages: Record<string, string>, runs: number): number {
  let min = Infinity;
  for (let k = 0; k < runs; k++) min = Math.min(min, cpuMs(pages));
  return min;
}

// markdownlint's rules are left out: markdownlint 0.40 (micromark) is itself quadratic on several of
// these families (a line of "]", nested list markers), which loclint cannot change; it is off by default.
describe("linear time on every input family (all rules, 1e4 vs 1e5 characters)", () => {
  // Warm the JIT up on one family so the first measured one is not penalised.
  best(families[0]!.pages(1e4), 2);
  for (const family of families) {
    it(family.name, () => {
      const small = family.pages(1e4);
      const large = family.pages(1e5);
      const smallMs = Math.max(best(small, 4), FLOOR_MS);
      // Noise (other processes, the garbage collector's threads) only ever adds time: retry the large
      // size a few times before judging. A super-linear family fails every attempt by far.
      let largeMs = Infinity;
      for (let attempt = 0; attempt < 5 && largeMs > MAX_RATIO * smallMs; attempt++) largeMs = Math.min(largeMs, cpuMs(large));
      expect(largeMs / smallMs, `${largeMs.toFixed(1)} ms at 1e5 vs ${smallMs.toFixed(1)} ms at 1e4`).toBeLessThanOrEqual(MAX_RATIO);
    });
  }
});
