// --quiet in every format: warnings are neither listed nor counted (ESLint's --quiet), and they cannot fail the run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIn } from "./run-in.js";
import type { RunStatus } from "../../src/pipeline/status.js";
import type { EslintResult, SarifLog } from "../../src/report/index.js";
import { learnMeta, page } from "../rule-tester.js";

let dir: string;

const run = (argv: string[]) => runIn(dir, argv);

beforeAll(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-quiet-")));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  // ja-jp says ms.contentlocale "de-DE" (an error); he-il has an ms.date of its own (a warning with the rule set so).
  write("docs.de-de/billing/invoices.md", page(learnMeta("de-DE"), "# Rechnungen\n\nText über Rechnungen.\n"));
  write("docs.fr-fr/billing/invoices.md", page(learnMeta("fr-FR"), "# Factures\n\nTexte sur les factures.\n"));
  write("docs.ja-jp/billing/invoices.md", page(learnMeta("de-DE"), "# 請求書\n\n請求書についてのテキスト。\n"));
  write("docs.he-il/billing/invoices.md", page(learnMeta("he-IL", { "ms.date": "01/02/2020" }), "# חשבוניות\n\nטקסט על חשבוניות.\n"));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const WARN = ["--rule", "metadata-mismatch:warn"];

describe("--quiet", () => {
  it("has a warning to hide: without --quiet every format counts it", async () => {
    const json = JSON.parse((await run([".", ...WARN, "-f", "json"])).stdout) as EslintResult[];
    expect(json.flatMap((f) => f.messages.map((m) => `${m.ruleId} ${m.severity}`)).sort()).toEqual(["contentlocale-mismatch 2", "metadata-mismatch 1"]);
    const status = JSON.parse((await run([".", ...WARN, "-f", "status-json"])).stdout) as RunStatus;
    expect([status.totals.errors, status.totals.warnings]).toEqual([1, 1]);
  });

  it("lists and counts errors only in every format", async () => {
    const out = async (format: string) => {
      const r = await run([".", ...WARN, "--quiet", "-f", format]);
      expect(r.code).toBe(1);
      expect(r.stderr).toBe("");
      return r.stdout;
    };
    expect(await out("stylish")).toContain("1 problem (1 error, 0 warnings)");
    expect((await out("compact")).trim().split("\n")).toEqual([expect.stringMatching(/^docs\.ja-jp\/billing\/invoices\.md:10:19: error contentlocale-mismatch /)]);
    const json = JSON.parse(await out("json")) as EslintResult[];
    expect(json.flatMap((f) => f.messages.map((m) => m.ruleId))).toEqual(["contentlocale-mismatch"]);
    expect(json.reduce((n, f) => n + f.warningCount + f.fixableWarningCount, 0)).toBe(0);
    const withMeta = JSON.parse(await out("json-with-metadata")) as { results: EslintResult[] };
    expect(withMeta.results.reduce((n, f) => n + f.warningCount, 0)).toBe(0);
    const sarif = JSON.parse(await out("sarif")) as SarifLog;
    expect(sarif.runs[0]!.results!.map((r) => `${r.ruleId} ${r.level}`)).toEqual(["contentlocale-mismatch error"]);
    expect(await out("github")).toMatch(/^::error file=docs\.ja-jp\/billing\/invoices\.md,line=10,col=19,[^\n]*\n$/);
    const junit = await out("junit");
    expect(junit.match(/<failure /g)).toHaveLength(1);
    expect(junit).not.toContain("metadata-mismatch");

    const status = JSON.parse(await out("status-json")) as RunStatus;
    expect([status.totals.errors, status.totals.warnings, status.totals.findings.metadata]).toEqual([1, 0, 1]);
    expect(status.rules).toEqual({ "contentlocale-mismatch": 1 });
    const he = status.locales.find((l) => l.locale === "he-il")!;
    expect([he.files, he.current, he.warnings, he.rules]).toEqual([1, 1, 0, {}]);
    expect(he.fileStatuses.map((f) => [f.warnings, f.findings.metadata])).toEqual([[0, 0]]);

    const markdown = await out("markdown");
    expect(markdown).toContain("1 finding (1 error, 0 warnings)");
    expect(markdown).toContain("| `he-il` | 1 | 1 | 0 | 0 | — | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
    expect(markdown).not.toContain("metadata-mismatch");

    const html = await out("html");
    expect(html).toContain("1 finding (1 error, 0 warnings in localized files)");
    expect(html).toMatch(/<tr data-locale="he-il">.*<td data-col="warnings">0<\/td><\/tr>/);
    expect(html).toMatch(/<tfoot><tr class="total">.*<td data-col="errors">1<\/td><td data-col="warnings">0<\/td><\/tr><\/tfoot>/);
    expect(html).not.toContain("metadata-mismatch");
  });

  it("lets no warning fail the run, even with --max-warnings 0", async () => {
    const warningsOnly = [".", "--rule", "contentlocale-mismatch:warn", ...WARN, "--max-warnings", "0"];
    const loud = await run(warningsOnly);
    expect(loud.code).toBe(1);
    expect(loud.stderr).toContain("too many warnings (2)");
    const quiet = await run([...warningsOnly, "--quiet"]);
    expect(quiet).toEqual({ code: 0, stdout: "", stderr: "" });
    const summary = await run([...warningsOnly, "--quiet", "-f", "markdown"]);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain("0 findings (0 errors, 0 warnings)");
  });
});
