// Configuration as a run applies it: looked up from the linted paths, --print-config with locale overrides and the file's siblings, a missing source, overrides that match nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/index.js";
import { page } from "../rule-tester.js";

let dir: string;

const meta = (locale: string, extra: Record<string, string> = {}) => ({
  title: "Rechnungen",
  "ms.date": "04/12/2021",
  "ms.openlocfilehash": "2f1e0c4b9a7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f",
  "ms.contentlocale": locale,
  ...extra,
});

function write(rel: string, content: string): void {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

async function run(argv: string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const severity = (setting: unknown) => (Array.isArray(setting) ? (setting[0] as unknown) : setting);

beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-config-")));
  // ja-jp's ms.date differs from the two siblings': metadata-mismatch, an error unless an override says otherwise.
  write("site/docs.de-de/billing/invoices.md", page(meta("de-DE"), "# Rechnungen\n"));
  write("site/docs.ar-sa/billing/invoices.md", page(meta("ar-SA"), "# الفواتير\n"));
  write("site/docs.ja-jp/billing/invoices.md", page(meta("ja-JP", { "ms.date": "04/12/2020" }), "# 請求書\n"));
  write("site/docs/billing/invoices.md", page({ title: "Invoices", "ms.date": "04/12/2021" }, "# Invoices\n"));
  write("site/loclint.config.json", JSON.stringify({ overrides: [{ locales: ["ja-jp"], rules: { "metadata-mismatch": "warn" } }] }));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("configuration lookup", () => {
  it("starts from each linted path, so a run from above the doc set uses the doc set's configuration", async () => {
    const fromAbove = await run(["--format", "compact", "site"]);
    const fromInside = await run(["--format", "compact", "."], path.join(dir, "site"));
    expect(fromAbove.stdout).toContain("site/docs.ja-jp/billing/invoices.md:3:10: warning metadata-mismatch");
    expect(fromInside.stdout).toContain("docs.ja-jp/billing/invoices.md:3:10: warning metadata-mismatch");
    expect(fromAbove.code).toBe(0);
  });

  it("refuses paths that find different configuration files", async () => {
    write("other/docs.de-de/a.md", page(meta("de-DE"), "# A\n"));
    write("other/loclint.config.json", "{}");
    const r = await run(["site", "other"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^loclint: the paths given find different configuration files \("(site|other)\/loclint\.config\.json" and "(site|other)\/loclint\.config\.json"\); lint them in separate runs, or choose one with --config\n$/);
  });
});

describe("--print-config", () => {
  it("applies the locale overrides as the run does, and shows the file's locale, siblings and reference", async () => {
    const r = await run(["--print-config", "site/docs.ja-jp/billing/invoices.md"]);
    expect(r.stderr).toBe("");
    const printed = JSON.parse(r.stdout) as Record<string, unknown> & { rules: Record<string, unknown> };
    expect(severity(printed.rules["metadata-mismatch"])).toBe("warn");
    expect(printed.locale).toBe("ja-jp");
    expect(printed.siblings).toEqual(["site/docs.ar-sa/billing/invoices.md", "site/docs.de-de/billing/invoices.md"]);
    expect(printed.englishSource).toBe("site/docs/billing/invoices.md");
    expect(printed.reference).toBe("what a strict majority of the siblings translated from the same English version share: ar-sa, de-de");
    expect(printed.configFile).toBe(path.join(dir, "site", "loclint.config.json"));

    const de = JSON.parse((await run(["--print-config", "site/docs.de-de/billing/invoices.md"])).stdout) as { rules: Record<string, unknown> };
    expect(severity(de.rules["metadata-mismatch"])).toBe("error");
  });
});

describe("configuration mistakes", () => {
  it("a configured source folder that does not exist is a configuration error", async () => {
    write("site/loclint.config.json", JSON.stringify({ source: "../english" }));
    const r = await run(["site"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('loclint: site/loclint.config.json: source: the folder "../english" does not exist (relative to "site")\n');
    expect(r.stdout).toBe("");
  });

  it("warns about an override whose files glob matches no file of the run, naming it", async () => {
    write("site/loclint.config.json", JSON.stringify({ overrides: [{ files: ["**/billing/**"], rules: {} }, { files: ["Archive/**", "**/old/*.md"], rules: { "link-target-missing": "off" } }] }));
    const r = await run(["--format", "compact", "site"]);
    expect(r.stderr).toBe('loclint: loclint.config.json: overrides[1].files ("Archive/**", "**/old/*.md") matches no file of this run\n');
    // A run over one file says nothing: the override may be for the files it leaves out.
    const one = await run(["--format", "compact", "site/docs.de-de/billing/invoices.md"]);
    expect(one.stderr).toBe("");
  });
});
