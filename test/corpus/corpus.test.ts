// loclint over the real localized docs in ../shared/corpus (not part of this repository): no crash, no
// fatal finding, and the real defects we know of are found. Skipped when the corpus is absent.
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { lint, type LintOutcome } from "../../src/lint.js";

const corpus = path.resolve(import.meta.dirname, "../../../shared/corpus");
const present = existsSync(path.join(corpus, "sxs")) && existsSync(path.join(corpus, "live"));

function findingsOf(outcome: LintOutcome, rule: string) {
  return outcome.results.flatMap((r) => r.findings.filter((f) => f.ruleId === rule).map((f) => ({ file: r.displayPath, ...f })));
}

describe.skipIf(!present)("corpus: side-by-side (sxs)", () => {
  let outcome: LintOutcome;
  beforeAll(async () => {
    outcome = await lint({ cwd: corpus, paths: ["sxs"] });
  }, 300_000);

  it("lints every localized file of the 14 locales without a problem or a fatal finding", () => {
    expect(outcome.problems).toEqual([]);
    expect(outcome.results.length).toBeGreaterThan(4500);
    // Only published content: the docsets' build_source_folders, not Archive/ nor the repositories' own README.md.
    expect(outcome.results.filter((r) => /\/(?:Archive\/|README\.md$|CONTRIBUTING\.md$)/.test(r.displayPath) && !r.displayPath.includes("/partner-center/"))).toEqual([]);
    const locales = new Set(outcome.results.map((r) => r.locale));
    expect(locales.size).toBe(14);
    expect(outcome.results.flatMap((r) => r.findings.filter((f) => f.fatal))).toEqual([]);
    for (const r of outcome.results) {
      for (const f of r.findings) {
        expect(f.line).toBeGreaterThanOrEqual(1);
        expect(f.column).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it("finds locales left on an older English version", () => {
    const stale = findingsOf(outcome, "openlocfilehash-mismatch");
    expect(stale.length).toBeGreaterThan(50);
    // Every one sits on the ms.openlocfilehash value, in a file whose hash really differs from a sibling's.
    for (const f of stale) expect(f.message).toMatch(/^Expected ms\.openlocfilehash "[0-9a-f]{40}" as in .+ but found "[0-9a-fA-F]+"/);
  });

  it("finds the pages published without side-by-side segments", () => {
    const missing = findingsOf(outcome, "segments-missing").map((f) => f.file);
    expect(missing).toContain("sxs/partner-center-pr.it-it/partner-center/azure-plan-billing.md");
  });

  it("reports no damaged segment markup where the corpus has none", () => {
    expect(findingsOf(outcome, "span-pairing")).toEqual([]);
    expect(findingsOf(outcome, "span-id-invalid")).toEqual([]);
  });
});

describe.skipIf(!present)("corpus: plain translations (live)", () => {
  let outcome: LintOutcome;
  beforeAll(async () => {
    outcome = await lint({ cwd: corpus, paths: ["live"] });
  }, 300_000);

  it("lints the 4 locales without a problem or a fatal finding", () => {
    expect(outcome.problems).toEqual([]);
    expect(new Set(outcome.results.map((r) => r.locale)).size).toBe(4);
    expect(outcome.results.flatMap((r) => r.findings.filter((f) => f.fatal))).toEqual([]);
  });

  it("finds the table a translated row cut short", () => {
    const structure = findingsOf(outcome, "structure-mismatch").map((f) => `${f.file}:${f.line}`);
    expect(structure).toContain("live/partner-center-pr.hu-hu/partner-center/bulk-operations.md:66");
  });

  it("does not compare plain translations segment by segment", () => {
    expect(findingsOf(outcome, "segments-missing")).toEqual([]);
    expect(findingsOf(outcome, "span-id-mismatch")).toEqual([]);
  });
});
