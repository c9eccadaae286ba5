// Issue 12, items 7, 9, 15 and 16: github-mode lines that cannot become workflow commands, related
// locations after --fix, git that hangs or prints garbage, and a reader that closes the pipe early.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { lintGroup } from "../../src/engine/lint-group.js";
import { defineRule, findingAt, relatedAt } from "../../src/engine/rule.js";
import { escapeData, neutralizeText } from "../../src/report/github.js";
import { ProjectFacts } from "../../src/shared/facts.js";
import { page } from "../rule-tester.js";

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin/loclint.js");
const built = fs.existsSync(path.join(root, "dist/bundle/cli.js"));
let dir: string;

function write(rel: string, content: string): void {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...env }, timeout: 60_000 });
}

/** A line the Actions runner would obey: `::command` or `##[command]`, leading blanks ignored. */
const isWorkflowCommand = (line: string) => /^\s*(?:::|##\[)/.test(line);

const meta = (locale: string) => ({
  title: "Rechnungen",
  "ms.topic": "how-to",
  "ms.openlocfilehash": "2f1e0c4b9a7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f",
  "ms.contentlocale": locale,
});

beforeAll(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-output-")));
  // de-de's contentlocale is fixable, and the lines around it come from the file: one is a workflow command.
  write("docs.de-de/billing/hostile.md", page({ ...meta("fr-FR") }, "::error file=x.md::pwned\n  ::add-mask::secret\n##[warning]old style\n\nText \u001b[31mred\u001b[0m.\n"));
  write("docs.fr-fr/billing/hostile.md", page(meta("fr-FR"), "Texte.\n"));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("github mode prints nothing the runner would obey but its own annotations", () => {
  it("escapes control characters in annotation data and neutralizes command lines elsewhere", () => {
    expect(escapeData("a\u001b[31mb\u0000c\u0001")).toBe("a\\u001b[31mb\\u0000c\\u0001");
    expect(neutralizeText("ok\n ::error::x\r\n##[debug]y\n")).toBe("ok\n\\ ::error::x\r\n\\##[debug]y\n");
    expect(neutralizeText("::add-mask::\u0007")).toBe("\\::add-mask::\\u0007");
  });

  it.skipIf(!built)("keeps diff lines of --fix-dry-run from becoming commands", () => {
    const r = run(["--format", "github", "--fix-dry-run", "docs.de-de"]);
    // The fix leaves no finding, so no annotation: the diff's context lines must all be inert.
    expect(r.stdout).toContain("\\ ::error file=x.md::pwned");
    for (const line of r.stdout.split("\n").filter(isWorkflowCommand)) expect(line).toMatch(/^::(?:error|warning) file=/);
    expect(r.stdout).not.toContain("\u001b");
  });

  it.skipIf(!built)("keeps paths in run messages on stderr from becoming commands", () => {
    const r = run(["--format", "github", "missing\n::add-mask::x", "docs.de-de"]);
    expect(r.stderr).toContain("add-mask");
    expect(r.stderr.split("\n").filter(isWorkflowCommand)).toEqual([]);
  });

  it.skipIf(!built)("prints a usage error safely too", () => {
    const r = run(["--format", "github", "--shard", "\n::error::x"]);
    expect(r.status).toBe(2);
    expect(r.stderr.split("\n").filter(isWorkflowCommand)).toEqual([]);
  });
});

describe("after --fix, related locations point into the siblings' fixed text", () => {
  it("checks every file again once the whole group is fixed", async () => {
    // Each file loses its "DROP" lines (fixable) and points at its sibling's last line.
    const lastLine = defineRule({
      id: "points-at-sibling",
      description: "Test rule: drops DROP lines and relates to the sibling's last line",
      scope: "siblings",
      defaultSeverity: "warn",
      fixable: true,
      check({ file, group }) {
        const out = [];
        const drop = file.text.indexOf("DROP\n");
        if (drop >= 0) out.push(findingAt(file, drop, "Found a DROP line", { fix: { range: [drop, drop + 5], text: "" } }));
        for (const sibling of group.files) {
          if (sibling === file) continue;
          const last = sibling.text.trimEnd().lastIndexOf("\n") + 1;
          out.push(findingAt(file, 0, "Sibling ends here", { related: [relatedAt(sibling, last, "last line")] }));
        }
        return out;
      },
    });
    fs.writeFileSync(path.join(dir, "loclint.config.json"), "{}");
    const config = await loadConfig({ cwd: dir, knownRules: new Map([["points-at-sibling", lastLine]]) });
    config.rules = new Map([["points-at-sibling", { severity: "warn", options: {} }]]);
    const rel = "guide/page.md";
    write(`docs.de-de/${rel}`, "DROP\nDROP\nDROP\nEnde\n");
    write(`docs.ja-jp/${rel}`, "DROP\nDROP\n終わり\n");
    const files = ["de-de", "ja-jp"].map((locale) => ({ path: path.join(dir, `docs.${locale}/${rel}`), displayPath: `docs.${locale}/${rel}`, locale, relPath: rel, root: path.join(dir, `docs.${locale}`), isSource: false, target: true }));
    const results = lintGroup({ key: rel, files }, { config, rules: new Map([["points-at-sibling", lastLine]]), project: new ProjectFacts(new Map()), fix: true });
    const outputs = new Map(results.map((r) => [r.filePath, r.output]));
    expect(outputs.get(files[0]!.path)).toBe("Ende\n");
    expect(outputs.get(files[1]!.path)).toBe("終わり\n");
    for (const r of results) {
      const [related] = r.findings.find((f) => f.message === "Sibling ends here")!.related!;
      const siblingText = outputs.get(related!.path)!;
      expect(related!.line).toBe(1);
      expect(siblingText.split("\n")[related!.line - 1]).not.toBe("");
    }
  });
});

describe.skipIf(!built)("git that cannot answer", () => {
  let fakeBin: string;
  beforeAll(() => {
    fakeBin = path.join(dir, "fake-bin");
    fs.mkdirSync(fakeBin);
  });

  const withGit = (script: string) => {
    fs.writeFileSync(path.join(fakeBin, "git"), `#!/bin/sh\n${script}\n`, { mode: 0o755 });
    return { PATH: `${fakeBin}${path.delimiter}${process.env.PATH}` };
  };

  it("gives up on a git that never answers, in one line", () => {
    const started = Date.now();
    const r = run(["--staged"], { ...withGit("sleep 30"), LOCLINT_GIT_TIMEOUT: "1" });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^loclint: git rev-parse did not answer within 1 s/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports garbage from git as git's failure, not an internal error", () => {
    const env = withGit(`printf 'garbage \\001\\000 :1 2\\n\\000zz\\000'`);
    for (const args of [["--staged"], ["--changed-since", "HEAD"], ["--changed-since", "HEAD", "--only-changed-lines"]]) {
      const r = run(args, env);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.status === 0 || r.status === 2).toBe(true);
    }
  });
});

describe.skipIf(!built)("a reader that closes the pipe early", () => {
  it("ends quietly, without a stack trace", () => {
    for (let i = 0; i < 300; i++) write(`docs.de-de/many/p${i}.md`, page(meta("it-IT"), `# Seite ${i}\n`));
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" docs.de-de | head -c 100`], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
    expect(r.stdout.length).toBe(100);
    expect(r.stderr).toBe("");
  });

  it.skipIf(!fs.existsSync("/dev/full"))("says in one line that the output cannot be written (a full disk) and exits 2", () => {
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" docs.de-de > /dev/full`], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("loclint: cannot write the output: ENOSPC\n");
  });
});
