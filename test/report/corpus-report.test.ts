// The health report on ../shared/corpus/sxs and live together: its figures agree with the JSON findings of the same run,
// counted independently here, in status-json and in the page Chromium shows. Skipped without the corpus (or Chromium, for the page).
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lint } from "../../src/lint.js";
import type { RunStatus } from "../../src/pipeline/status.js";
import { formatResults, type EslintResult, type FormatOptions } from "../../src/report/index.js";
import { BrowserPage, findChromium } from "../browser.js";

/** ../shared/corpus beside the checkout (as CI lays it out), or LOCLINT_CORPUS. */
const corpus = process.env.LOCLINT_CORPUS ?? path.resolve(import.meta.dirname, "../../../shared/corpus");
const present = existsSync(path.join(corpus, "sxs")) && existsSync(path.join(corpus, "live"));

/** The families, written out again here so the count does not lean on the code it checks. */
const FAMILY: Record<string, string> = {};
for (const id of ["contentlocale-mismatch", "front-matter-invalid", "front-matter-missing", "locfileid-duplicate", "metadata-date-invalid", "metadata-mismatch", "metadata-missing", "translationtype-invalid"]) FAMILY[id] = "metadata";
for (const id of ["mt-placeholder-leaked", "segment-code-mismatch", "segment-html-mismatch", "segment-link-mismatch", "segments-missing", "span-id-invalid", "span-id-mismatch", "span-pairing", "span-source-mismatch"]) FAMILY[id] = "segments";
for (const id of ["anchor-translated", "link-backslash", "link-extension-mismatch", "link-fragment-unresolved", "link-target-case", "link-target-mismatch", "link-target-missing"]) FAMILY[id] = "links";
for (const id of ["code-block-mismatch", "docs-marker-damaged", "file-unreadable", "markdown-syntax-broken", "markdownlint", "source-defect", "structure-mismatch"]) FAMILY[id] = "structure";
for (const id of ["handoff-mismatch", "openlocfilehash-invalid", "openlocfilehash-mismatch", "openlocfilehash-unverified", "sourcegitcommit-unknown", "translation-stale"]) FAMILY[id] = "provenance";

type Counts = Record<string, number>;

/** Per locale (from the `<repo>.<locale>` folder in each path): files, errors, warnings, behind files, findings per family. */
function independentCount(json: EslintResult[]): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const file of json) {
    const locale = /\.([a-z]{2}-[a-z]{2})[\\/]/.exec(file.filePath)![1]!;
    const c = out.get(locale) ?? { files: 0, errors: 0, warnings: 0, behind: 0, metadata: 0, segments: 0, links: 0, structure: 0, provenance: 0 };
    c.files!++;
    for (const m of file.messages) {
      if (m.severity === 2) c.errors!++;
      else c.warnings!++;
      c[FAMILY[m.ruleId.split("/")[0]!]!]!++;
    }
    if (file.messages.some((m) => m.ruleId === "openlocfilehash-mismatch" || m.ruleId === "translation-stale")) c.behind!++;
    out.set(locale, c);
  }
  return out;
}

describe.skipIf(!present)("health report on corpus sxs + live", () => {
  let dir: string;
  let json: EslintResult[];
  let status: RunStatus;
  let html: string;
  let expected: Map<string, Counts>;

  beforeAll(async () => {
    const outcome = await lint({ cwd: corpus, paths: ["sxs", "live"] });
    const options: FormatOptions = { cwd: corpus, color: false, toolVersion: "0.1.0", rulesDocsBase: "https://example.org/rules/", status: await outcome.status() };
    json = JSON.parse(formatResults("json", outcome, options)) as EslintResult[];
    status = JSON.parse(formatResults("status-json", outcome, options)) as RunStatus;
    html = formatResults("html", outcome, options);
    expected = independentCount(json);
    dir = mkdtempSync(path.join(os.tmpdir(), "loclint-corpus-report-"));
  }, 600_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("status-json counts what the JSON findings say, per locale", () => {
    expect(status.locales.map((l) => l.locale)).toEqual([...expected.keys()].sort());
    for (const l of status.locales) {
      const c = expected.get(l.locale)!;
      expect({ locale: l.locale, files: l.files, errors: l.errors, warnings: l.warnings, behind: l.behind, ...l.findings }).toEqual({ locale: l.locale, ...c, other: 0 });
      // No English tree in the corpus: nothing is orphaned or missing.
      expect([l.orphaned, l.missing]).toEqual([0, null]);
      expect(l.current + l.behind + l.untracked).toBe(l.files);
    }
    // Untracked: the pages no other locale of the same tree (sxs or live) has.
    const locales = new Map<string, Set<string>>();
    for (const f of json) {
      const [, tree, locale, rel] = /[\\/](sxs|live)[\\/][^\\/]+\.([a-z]{2}-[a-z]{2})[\\/](.+)$/.exec(f.filePath)!;
      const key = `${tree}/${rel!.split(path.sep).join("/")}`;
      locales.set(key, (locales.get(key) ?? new Set()).add(locale!));
    }
    const alone = [...locales].filter(([, set]) => set.size === 1).length;
    expect(status.totals.untracked).toBe(alone);
    expect(status.docSets.map((s) => s.name)).toEqual(expect.arrayContaining(["sxs/partner-center-pr.{locale}", "live/partner-center-pr.{locale}"]));
  });

  it.skipIf(!findChromium())("the page shows the same figures, and loads from disk", async () => {
    const file = path.join(dir, "report.html");
    writeFileSync(file, html);
    const page = await BrowserPage.launch(findChromium()!);
    try {
      const loadMs = await page.load(pathToFileURL(file).href);
      const rows = await page.evaluate<{ locale: string; cells: Record<string, string> }[]>(`[...document.querySelectorAll("#locales tbody tr")].map((tr) => ({
        locale: tr.dataset.locale,
        cells: Object.fromEntries([...tr.querySelectorAll("td")].map((td) => [td.dataset.col.replace(/^family-/, ""), Number(td.firstChild.textContent.replace(/,/g, ""))])),
      }))`);
      for (const r of rows) {
        const c = expected.get(r.locale)!;
        expect({ locale: r.locale, ...Object.fromEntries(Object.keys(c).map((k) => [k, r.cells[k]])) }).toEqual({ locale: r.locale, ...c });
      }
      const total = json.reduce((n, f) => n + f.messages.length, 0);
      expect(await page.evaluate<string>(`document.getElementById("f-count").textContent`)).toBe(`Showing 1–100 of ${total.toLocaleString("en-US")} findings`);
      console.log(`corpus report: ${json.length} files, ${total} findings, ${(statSync(file).size / 1e6).toFixed(2)} MB, load ${loadMs.toFixed(0)} ms`);
    } finally {
      await page.close();
    }
  }, 120_000);
});
