// loclint --staged: the index's content is linted, compared with siblings (staged ones as staged), only staged files reported.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseBatch } from "../../src/git/staged.js";
import { article, doc, TestRepo } from "./repo.js";

let repo: TestRepo;

beforeEach(() => {
  repo = new TestRepo("loclint-staged-");
  repo.write({ ...article("guide/setup.md"), ...article("guide/intro.md"), "README.md": "# Docs\n", "tools/build.ts": "export {};\n" });
  repo.commit("Add the docs");
});

afterEach(() => repo.remove());

const dateFindings = (files: { file: string; messages: { ruleId: string; line: number; message: string }[] }[], file: string) =>
  (files.find((f) => f.file === file)?.messages ?? []).filter((m) => m.ruleId === "metadata-mismatch" && m.message.includes("ms.date"));

describe("loclint --staged", () => {
  it("lints the staged text, not the working tree's", async () => {
    repo.write({ "docs.de-de/guide/setup.md": doc("de-de", { date: "12/31/2030" }) });
    repo.git("add", "docs.de-de/guide/setup.md");
    // Fixed in the working tree but not staged: the commit would still carry the wrong date.
    repo.write({ "docs.de-de/guide/setup.md": doc("de-de") });

    const { code, files } = await repo.lint(["--staged"]);
    expect(files.map((f) => f.file)).toEqual(["docs.de-de/guide/setup.md"]);
    expect(dateFindings(files, "docs.de-de/guide/setup.md")).toEqual([
      expect.objectContaining({ line: 4, message: expect.stringContaining('found "12/31/2030"') }),
    ]);
    expect(code).toBe(1);
  });

  it("passes when the staged text is right, whatever the working tree holds", async () => {
    repo.write({ "docs.fr-fr/guide/setup.md": doc("fr-fr", { extra: "Voir aussi la FAQ." }) });
    repo.git("add", "docs.fr-fr/guide/setup.md");
    repo.write({ "docs.fr-fr/guide/setup.md": doc("fr-fr", { date: "12/31/2030" }) });

    const { files } = await repo.lint(["--staged"]);
    expect(files.map((f) => f.file)).toEqual(["docs.fr-fr/guide/setup.md"]);
    expect(dateFindings(files, "docs.fr-fr/guide/setup.md")).toEqual([]);
  });

  it("compares with staged siblings as staged and reports only staged files", async () => {
    // ar-sa and de-de move to a new date together; ja-jp and fr-fr stay. In the working tree de-de is
    // back on the old date, so comparing with the disk would make ar-sa the odd one out.
    repo.write({ "docs.ar-sa/guide/setup.md": doc("ar-sa", { date: "05/01/2024" }), "docs.de-de/guide/setup.md": doc("de-de", { date: "05/01/2024" }) });
    repo.git("add", "docs.ar-sa/guide/setup.md", "docs.de-de/guide/setup.md");
    repo.write({ "docs.de-de/guide/setup.md": doc("de-de") });

    const { files } = await repo.lint(["--staged"]);
    expect(files.map((f) => f.file)).toEqual(["docs.ar-sa/guide/setup.md", "docs.de-de/guide/setup.md"]);
    // Two of four on each date: no majority, so no date finding for either staged file.
    expect(dateFindings(files, "docs.ar-sa/guide/setup.md")).toEqual([]);
    expect(dateFindings(files, "docs.de-de/guide/setup.md")).toEqual([]);
  });

  it("narrows the staged files to the given paths", async () => {
    repo.write({ "docs.de-de/guide/setup.md": doc("de-de", { date: "12/31/2030" }), "docs.ja-jp/guide/intro.md": doc("ja-jp", { date: "12/31/2030" }) });
    repo.git("add", "docs.de-de", "docs.ja-jp");

    const { files } = await repo.lint(["--staged", "docs.ja-jp"]);
    expect(files.map((f) => f.file)).toEqual(["docs.ja-jp/guide/intro.md"]);
  });

  it("skips staged files that are not localized docs, and succeeds with nothing to lint", async () => {
    repo.write({ "README.md": "# Docs, rewritten\n", "tools/build.ts": "export const x = 1;\n", "docs.de-de/guide/notes.txt": "draft\n" });
    repo.git("add", "README.md", "tools/build.ts", "docs.de-de/guide/notes.txt");
    const result = await repo.run(["--staged"]);
    expect(result).toEqual({ code: 0, stdout: "", stderr: "" });

    repo.git("reset", "-q");
    expect(await repo.run(["--staged"])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("works before the first commit", async () => {
    const fresh = new TestRepo("loclint-staged-fresh-");
    try {
      fresh.write({ ...article("start.md"), "docs.ja-jp/start.md": doc("ja-jp", { author: "someone-else" }) });
      fresh.git("add", "docs.ja-jp/start.md", "docs.de-de/start.md");
      const { files } = await fresh.lint(["--staged"]);
      expect(files.map((f) => f.file)).toEqual(["docs.de-de/start.md", "docs.ja-jp/start.md"]);
      const author = files[1]!.messages.filter((m) => m.ruleId === "metadata-mismatch" && m.message.includes("author"));
      expect(author).toEqual([expect.objectContaining({ line: 5 })]);
    } finally {
      fresh.remove();
    }
  });

  it("reports a clear error outside a repository and refuses --fix", async () => {
    const outside = new TestRepo("loclint-staged-outside-");
    try {
      fs.rmSync(`${outside.dir}/.git`, { recursive: true });
      const result = await outside.run(["--staged"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^loclint: .* is not inside a git repository\n$/);
    } finally {
      outside.remove();
    }
    const fix = await repo.run(["--staged", "--fix"]);
    expect(fix.code).toBe(2);
    expect(fix.stderr).toContain("--fix cannot be used with --staged");
  });

  it("keeps only findings on staged lines with --only-changed-lines", async () => {
    // Committed with a wrong author (line 5); now the date (line 4) goes wrong too.
    repo.write({ "docs.de-de/guide/setup.md": doc("de-de", { author: "someone-else" }) });
    repo.commit("Wrong author");
    repo.write({ "docs.de-de/guide/setup.md": doc("de-de", { author: "someone-else", date: "12/31/2030" }) });
    repo.git("add", "docs.de-de/guide/setup.md");

    const all = await repo.lint(["--staged"]);
    expect(all.files[0]!.messages.map((m) => m.line)).toEqual(expect.arrayContaining([4, 5]));
    const changed = await repo.lint(["--staged", "--only-changed-lines"]);
    expect(changed.files[0]!.messages.map((m) => m.line)).toEqual([4]);
  });
});

describe("hook entry points", () => {
  const bin = fileURLToPath(new URL("../../bin/loclint.js", import.meta.url));

  it("runs as a pre-commit hook from the built binary", () => {
    repo.write({ "docs.ja-jp/guide/intro.md": doc("ja-jp", { date: "12/31/2030" }) });
    repo.git("add", "docs.ja-jp/guide/intro.md");
    const result = spawnSync(process.execPath, [bin, "--staged", "--format", "compact"], { cwd: repo.dir, env: repo.env, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^docs\.ja-jp\/guide\/intro\.md:4:\d+: error metadata-mismatch Expected ms\.date "03\/14\/2024"/m);
    expect(result.status).toBe(1);
  });

  it("lints file names as the pre-commit framework passes them, skipping unknown ones with --ignore-unknown", async () => {
    repo.write({ "docs.de-de/guide/setup.md": doc("de-de", { date: "12/31/2030" }) });
    const names = ["README.md", "docs/../tools/build.ts", path.join("docs.de-de", "guide", "setup.md")];
    const strict = await repo.run(names);
    expect(strict.stderr).toContain("README.md: no locale found in the path");
    const { code, files, stderr } = await repo.lint(["--ignore-unknown", ...names]);
    expect(stderr).toBe("");
    expect(files.map((f) => f.file)).toEqual(["docs.de-de/guide/setup.md"]);
    expect(code).toBe(1);
    // A name that does not exist is still an error: it is a typo, not an unknown kind of file.
    expect((await repo.run(["--ignore-unknown", "docs.de-de/guide/missing.md"])).code).toBe(2);
  });
});

describe("parseBatch", () => {
  it("splits cat-file --batch output by object id, bytes intact", () => {
    const text = Buffer.from("ツール\n");
    const output = Buffer.concat([
      Buffer.from(`aaaa blob ${text.length}\n`),
      text,
      Buffer.from("\nbbbb missing\ncccc blob 0\n\n"),
    ]);
    const blobs = parseBatch(output);
    expect(Buffer.from(blobs.get("aaaa")!).toString("utf8")).toBe("ツール\n");
    expect(blobs.get("cccc")!.length).toBe(0);
    expect(blobs.has("bbbb")).toBe(false);
  });
});
