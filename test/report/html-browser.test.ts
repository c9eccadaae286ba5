// The health report in headless Chromium: the example's figures against the JSON of the same run, without JavaScript,
// accessibility basics, and a large doc set (20 locales × 5,000 files, 50,000 findings). Skipped where Chromium is absent.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lint, type LintOutcome } from "../../src/lint.js";
import { ruleFamily } from "../../src/pipeline/status.js";
import { formatResults, type EslintResult, type FormatOptions } from "../../src/report/index.js";
import type { FileResult, LintResult } from "../../src/types.js";
import { BrowserPage, findChromium } from "../browser.js";
import { quote, resolveMessage, resolveRelated } from "../../src/shared/quote.js";

const root = path.resolve(import.meta.dirname, "../..");
const examples = path.join(root, "examples");
/** CI keeps this folder as an artifact (.github/workflows/ci.yml). */
const artifacts = path.join(root, ".ci", "artifacts");
const chromium = findChromium();

interface TableRow {
  locale: string;
  cells: Record<string, string>;
}

const readTable = `[...document.querySelectorAll("#locales tbody tr")].map((tr) => ({
  locale: tr.dataset.locale,
  cells: Object.fromEntries([...tr.querySelectorAll("td")].map((td) => [td.dataset.col, td.firstChild ? td.firstChild.textContent.trim() : ""])),
}))`;

/** Per locale, counted straight from the ESLint-shaped JSON: files, errors, warnings, behind files, findings per family. */
function countFromJson(json: EslintResult[]): Map<string, Record<string, number>> {
  const counts = new Map<string, Record<string, number>>();
  for (const file of json) {
    const locale = /\.([a-z]{2}-[a-z]{2})[\\/]/.exec(file.filePath)?.[1];
    if (!locale) continue;
    const c = counts.get(locale) ?? { files: 0, errors: 0, warnings: 0, behind: 0, "family-metadata": 0, "family-segments": 0, "family-links": 0, "family-structure": 0, "family-provenance": 0 };
    c.files!++;
    c.errors! += file.messages.filter((m) => m.severity === 2).length;
    c.warnings! += file.messages.filter((m) => m.severity === 1).length;
    if (file.messages.some((m) => m.ruleId === "openlocfilehash-mismatch" || m.ruleId === "translation-stale")) c.behind!++;
    for (const m of file.messages) c[`family-${ruleFamily(m.ruleId)}`] = (c[`family-${ruleFamily(m.ruleId)}`] ?? 0) + 1;
    counts.set(locale, c);
  }
  return counts;
}

function tableAsNumbers(rows: TableRow[], keys: string[]): Map<string, Record<string, number>> {
  return new Map(rows.map((r) => [r.locale, Object.fromEntries(keys.map((k) => [k, Number(r.cells[k]!.replace(/,/g, ""))]))]));
}

describe.skipIf(!chromium)("the health report in Chromium", () => {
  let page: BrowserPage;
  let dir: string;
  let outcome: LintOutcome;
  let options: FormatOptions;
  let reportUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "loclint-report-"));
    page = await BrowserPage.launch(chromium!);
    outcome = await lint({ cwd: examples, paths: ["."] });
    options = { cwd: examples, color: false, toolVersion: "0.1.0", rulesDocsBase: "https://example.org/rules/", status: await outcome.status() };
    const file = path.join(dir, "report.html");
    writeFileSync(file, formatResults("html", outcome, options));
    reportUrl = pathToFileURL(file).href;
  }, 120_000);

  afterAll(async () => {
    await page?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("shows the example's figures as the JSON findings of the same run count them, and a screenshot for CI", async () => {
    await page.load(reportUrl);
    const rows = await page.evaluate<TableRow[]>(readTable);
    const json = JSON.parse(formatResults("json", outcome, options)) as EslintResult[];
    const expected = countFromJson(json);
    expect(rows.map((r) => r.locale)).toEqual(["ar-sa", "de-de", "fr-fr", "ja-jp"]);
    expect(tableAsNumbers(rows, Object.keys(expected.get("fr-fr")!))).toEqual(expected);
    // The seeded old-version page (examples/README.md, defect 1) is the one behind, and the worst cell of its column.
    expect(rows.find((r) => r.locale === "fr-fr")!.cells.behind).toBe("1");
    expect(await page.evaluate<string[]>(`[...document.querySelectorAll("#locales td.worst[data-col=behind]")].map((td) => td.closest("tr").dataset.locale)`)).toEqual(["fr-fr"]);
    expect(await page.evaluate<string>(`document.querySelector("#locale-fr-fr").textContent`)).toContain("contoso-docs.fr-fr/billing/invoices.md");

    // Every finding is listed, and the filters narrow the list.
    const total = json.reduce((n, f) => n + f.messages.length, 0);
    expect(await page.evaluate<string>(`document.getElementById("f-count").textContent`)).toBe(`Showing 1–${total} of ${total} findings`);
    const arabic = json.filter((f) => f.filePath.includes(".ar-sa")).reduce((n, f) => n + f.messages.length, 0);
    await page.evaluate(`(() => { const s = document.getElementById("f-locale"); s.value = "ar-sa"; s.dispatchEvent(new Event("change")); })()`);
    expect(await page.evaluate<number>(`document.querySelectorAll("#finding-rows tr").length`)).toBe(arabic);
    await page.evaluate(`(() => { const s = document.getElementById("f-rule"); s.value = "code-block-mismatch"; s.dispatchEvent(new Event("change")); })()`);
    const rowText = await page.evaluate<string[]>(`[...document.querySelectorAll("#finding-rows tr")].map((tr) => tr.textContent)`);
    expect(rowText).toHaveLength(1);
    expect(rowText[0]).toContain("contoso-docs.ar-sa/billing/invoices.md:");
    // The Arabic literal keeps its right-to-left direction inside the English sentence.
    expect(await page.evaluate<string[]>(`[...document.querySelectorAll("#finding-rows bdi")].map((b) => getComputedStyle(b).direction)`)).toContain("rtl");

    mkdirSync(artifacts, { recursive: true });
    await page.evaluate(`(() => { for (const id of ["f-locale", "f-rule"]) { const s = document.getElementById(id); s.value = ""; s.dispatchEvent(new Event("change")); } })()`);
    writeFileSync(path.join(artifacts, "report.png"), await page.screenshot());
    // The top of the page, as docs/report.png shows it in the README.
    writeFileSync(path.join(artifacts, "report-top.png"), await page.screenshot(1280, 1400));
  });

  it("keeps its tables and the first findings without JavaScript", async () => {
    await page.load(reportUrl, { javaScript: false });
    const rows = await page.evaluate<TableRow[]>(readTable);
    const json = JSON.parse(formatResults("json", outcome, options)) as EslintResult[];
    expect(tableAsNumbers(rows, ["files", "errors", "warnings", "behind"])).toEqual(
      new Map([...countFromJson(json)].map(([l, c]) => [l, { files: c.files, errors: c.errors, warnings: c.warnings, behind: c.behind }])),
    );
    const total = json.reduce((n, f) => n + f.messages.length, 0);
    expect(await page.evaluate<number>(`document.querySelectorAll("#finding-rows tr").length`)).toBe(total);
    // The filter controls need the script: hidden without it.
    expect(await page.evaluate<boolean>(`document.getElementById("filters").hidden`)).toBe(true);
    await page.load("about:blank");
  });

  it("meets accessibility basics: language, headings, header cells, text contrast", async () => {
    await page.load(reportUrl);
    const facts = await page.evaluate<{ lang: string; h1: number; h2: string[]; unscoped: number; rowHeaders: number; autoDir: number; findings: number }>(`({
      lang: document.documentElement.lang,
      h1: document.querySelectorAll("h1").length,
      h2: [...document.querySelectorAll("h2")].map((h) => h.textContent),
      unscoped: document.querySelectorAll("thead th:not([scope])").length,
      rowHeaders: document.querySelectorAll("#locales tbody th[scope=row]").length,
      autoDir: document.querySelectorAll("#finding-rows td[dir=auto]").length,
      findings: document.querySelectorAll("#finding-rows tr").length,
    })`);
    expect(facts.lang).toBe("en");
    expect(facts.h1).toBe(1);
    expect(facts.h2).toEqual(["Status by locale", "What to fix first", expect.stringMatching(/^All findings/)]);
    expect(facts.unscoped).toBe(0);
    expect(facts.rowHeaders).toBe(4);
    expect(facts.autoDir).toBe(facts.findings);
    // WCAG AA: 4.5:1 for the text of every table cell (worst cells included), over the background actually painted.
    const ratios = await page.evaluate<{ text: string; ratio: number }[]>(`(() => {
      const rgb = (c) => c.match(/[\\d.]+/g).map(Number);
      const lum = (c) => { const [r, g, b] = rgb(c).slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
      const background = (el) => { for (let e = el; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (rgb(c)[3] !== 0 && c !== "transparent") return c; } return "rgb(255, 255, 255)"; };
      return [...document.querySelectorAll("table td, table th, .findings td a")].map((el) => {
        const a = lum(getComputedStyle(el).color), b = lum(background(el));
        return { text: el.textContent.slice(0, 40), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
      });
    })()`);
    expect(ratios.filter((r) => r.ratio < 4.5)).toEqual([]);
  });

  it("isolates quoted values by the engine's ranges, so values holding double quotes show whole, and lists every related location, with and without JavaScript", async () => {
    const custom = 'billing "2024" docs';
    const hebrew = 'חיוב "2024" מסמכים';
    // Code starts with a left-to-right letter: its <bdi> is left to right although it holds Arabic.
    const code = 'print("مرحبا")';
    const message = resolveMessage(`Expected ms.custom ${quote(custom)} as in de-de but found ${quote(hebrew)}`);
    const codeMessage = resolveMessage(`Expected code line ${quote('print("hello")')} as in the English source but found ${quote(code)}`);
    const related = resolveRelated({ path: "/srv/docs/docs.de-de/a.md", line: 5, column: 12, message: `de-de has ${quote(custom)}` });
    const relatedJa = resolveRelated({ path: "/srv/docs/docs.ja-jp/a.md", line: 6, column: 3, message: `ja-jp has ${quote(custom)}` });
    const findings: FileResult["findings"] = [
      // Every related location is listed, as in the other formats, each with its line and column.
      { ruleId: "metadata-mismatch", severity: "error", line: 5, column: 12, ...message, related: [related, relatedJa] },
      { ruleId: "code-block-mismatch", severity: "warn", line: 9, column: 1, ...codeMessage },
    ];
    const result: LintResult = {
      results: [{ filePath: "/srv/docs/docs.he-il/a.md", displayPath: "docs.he-il/a.md", locale: "he-il", findings, errorCount: 1, warningCount: 1, fixableErrorCount: 0, fixableWarningCount: 0 }],
      rules: [],
      stats: { files: 1, groups: 1, durationMs: 0 },
    };
    const file = path.join(dir, "quoted.html");
    writeFileSync(file, formatResults("html", result, { cwd: "/srv/docs", color: false, toolVersion: "0.1.0" }));
    const read = `[...document.querySelectorAll("#finding-rows tr")].map((tr) => ({
      message: tr.cells[4].textContent,
      values: [...tr.cells[4].querySelectorAll("bdi")].map((b) => [b.textContent, getComputedStyle(b).direction]),
      related: [...tr.cells[5].querySelectorAll("bdi")].map((b) => b.textContent),
      where: [...tr.cells[5].querySelectorAll("span[dir=ltr]")].map((b) => b.textContent),
    }))`;
    const expected = [
      { message: message.message, values: [[custom, "ltr"], [hebrew, "rtl"]], related: [custom, custom], where: ["docs.de-de/a.md:5:12", "docs.ja-jp/a.md:6:3"] },
      { message: codeMessage.message, values: [['print("hello")', "ltr"], [code, "ltr"]], related: [], where: [] },
    ];
    for (const javaScript of [false, true]) {
      await page.load(pathToFileURL(file).href, { javaScript });
      expect(await page.evaluate(read)).toEqual(expected);
    }
    // The text filter reads the message as shown, quotes included.
    await page.evaluate(`(() => { const t = document.getElementById("f-text"); t.value = 'found "חיוב "2024'; t.dispatchEvent(new Event("input")); })()`);
    expect(await page.evaluate<string>(`document.getElementById("f-count").textContent`)).toBe("Showing 1–1 of 1 findings");
    await page.load("about:blank");
  });

  it("stays usable with 20 locales × 5,000 files and 50,000 findings: 100 rows in the page, filters re-render; size and load time reported", async () => {
    const large = largeResult(20, 5000, 50_000);
    const largeOptions: FormatOptions = { cwd: "/srv/docs", color: false, toolVersion: "0.1.0", rulesDocsBase: "https://example.org/rules/" };
    const file = path.join(dir, "large.html");
    writeFileSync(file, formatResults("html", large, largeOptions));
    const bytes = statSync(file).size;
    const small = await page.load(reportUrl);
    const loadMs = await page.load(pathToFileURL(file).href);
    const rendered = await page.evaluate<{ rows: number; count: string; locales: number }>(`({
      rows: document.querySelectorAll("#finding-rows tr").length,
      count: document.getElementById("f-count").textContent,
      locales: document.querySelectorAll("#locales tbody tr").length,
    })`);
    expect(rendered).toEqual({ rows: 100, count: "Showing 1–100 of 50,000 findings", locales: 20 });
    const filterMs = await page.evaluate<number>(`(() => { const t = performance.now(); const s = document.getElementById("f-rule"); s.value = "link-target-missing"; s.dispatchEvent(new Event("change")); return performance.now() - t; })()`);
    const linkTargets = large.results.reduce((n, r) => n + r.findings.filter((x) => x.ruleId === "link-target-missing").length, 0);
    expect(await page.evaluate<string>(`document.getElementById("f-count").textContent`)).toBe(`Showing 1–100 of ${linkTargets.toLocaleString("en-US")} findings`);
    // Reported, not asserted as absolute times (the machine is shared): see the README's "Large doc sets".
    console.log(`large report: ${(bytes / 1e6).toFixed(1)} MB, load ${loadMs.toFixed(0)} ms (example: ${small.toFixed(0)} ms), filter ${filterMs.toFixed(0)} ms`);
    expect(bytes).toBeLessThan(25e6);
  }, 120_000);
});

/** A synthetic run: `locales` × `files` results, `findings` spread over them, one in ten files behind. */
function largeResult(locales: number, files: number, findings: number): LintResult {
  const rules = ["link-target-missing", "metadata-mismatch", "span-id-mismatch", "structure-mismatch", "code-block-mismatch", "segment-link-mismatch", "anchor-translated", "link-target-mismatch", "metadata-missing"];
  const results: FileResult[] = [];
  const perFile = findings / (locales * files);
  let made = 0;
  for (let l = 0; l < locales; l++) {
    const locale = `l${String.fromCharCode(97 + l)}-xx`;
    for (let f = 0; f < files; f++) {
      const displayPath = `docs.${locale}/section-${f % 50}/page-${f}.md`;
      const list: FileResult["findings"] = [];
      const want = Math.floor((l * files + f + 1) * perFile) - made;
      for (let i = 0; i < want; i++, made++) {
        const ruleId = rules[made % rules.length]!;
        list.push({ ruleId, severity: made % 3 ? "error" : "warn", line: 10 + i, column: 3, message: `Expected link target "../section-${f % 50}/page-${made}.md" as in the English source but found "página-${made}.md"`, related: [{ path: `/srv/docs/docs/section-${f % 50}/page-${f}.md`, line: 10 + i, column: 3, message: "en-us has it" }] });
      }
      if (f % 10 === 0) {
        list.push({ ruleId: "openlocfilehash-mismatch", severity: "error", line: 4, column: 21, message: `Expected ms.openlocfilehash "aa" as in de-de (handed off 03/01/2021) but found "bb" (handed off ${String((f % 12) + 1).padStart(2, "0")}/01/2020): this translation is of an older English version` });
      }
      results.push({ filePath: path.join("/srv/docs", displayPath), displayPath, locale, findings: list, errorCount: list.filter((x) => x.severity === "error").length, warningCount: list.filter((x) => x.severity === "warn").length, fixableErrorCount: 0, fixableWarningCount: 0 });
    }
  }
  // The behind markers push the count past the target: trim them from the last files so there are exactly `findings`.
  let extra = results.reduce((n, r) => n + r.findings.length, 0) - findings;
  for (let i = results.length - 1; extra > 0 && i >= 0; i--) {
    const r = results[i]!;
    while (extra > 0 && r.findings.some((x) => x.ruleId !== "openlocfilehash-mismatch")) {
      const index = r.findings.findIndex((x) => x.ruleId !== "openlocfilehash-mismatch");
      const [removed] = r.findings.splice(index, 1);
      if (removed!.severity === "error") r.errorCount--;
      else r.warningCount--;
      extra--;
    }
  }
  return { results, rules: [], stats: { files: results.length, groups: files, durationMs: 0 } };
}
