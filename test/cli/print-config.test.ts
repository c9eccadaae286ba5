// --print-config and configForFile(): the rule settings the run applies to that file, locale overrides included.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/index.js";
import { configForFile } from "../../src/lint.js";

let dir: string;

beforeAll(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-print-config-")));
  const page = "---\ntitle: x\n---\n# x\n";
  for (const locale of ["de-de", "ja-jp", "ar-sa"]) {
    fs.mkdirSync(path.join(dir, `docs.${locale}/guide`), { recursive: true });
    fs.writeFileSync(path.join(dir, `docs.${locale}/guide/page.md`), page);
  }
  fs.writeFileSync(
    path.join(dir, "loclint.config.json"),
    JSON.stringify({
      overrides: [
        { locales: ["ja-jp"], rules: { "structure-mismatch": "warn" } },
        { files: ["docs.ar-sa/**"], rules: { "link-target-missing": "off" } },
      ],
    }),
  );
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function printed(file: string): Promise<Record<string, unknown>> {
  let out = "";
  const io: CliIo = { stdout: (t) => (out += t), stderr: () => {}, cwd: dir, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  expect(await runCli(["--print-config", file], io)).toBe(0);
  return (JSON.parse(out) as { rules: Record<string, unknown> }).rules;
}

describe("--print-config", () => {
  it("applies an override by locale to a file of that locale, as the run does", async () => {
    expect((await printed("docs.ja-jp/guide/page.md"))["structure-mismatch"]).toBe("warn");
    expect((await printed("docs.de-de/guide/page.md"))["structure-mismatch"]).toBe("error");
    expect(((await configForFile({ cwd: dir }, "docs.ja-jp/guide/page.md")).rules as Record<string, unknown>)["structure-mismatch"]).toBe("warn");
  });

  it("applies an override by files glob", async () => {
    expect((await printed("docs.ar-sa/guide/page.md"))["link-target-missing"]).toBe("off");
    expect((await printed("docs.de-de/guide/page.md"))["link-target-missing"]).toBe("error");
  });
});
