// mulberry32: a small seeded generator, so that a sample or a fuzz case is drawn again from its seed.
// Shared by scripts/sample-findings.mjs, scripts/sample-compact.mjs and test/hardening/fuzz.test.ts.

/** A generator of numbers in [0, 1) that gives the same sequence for the same seed. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
