// loclint --changed-since: changed files, the copies of changed English files, files naming gone files, changed lines.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseUnifiedDiff } from "../../src/git/changed.js";
import { article, doc, TestRepo } from "./repo.js";

let repo: TestRepo;

beforeEach(() => {
  repo = new TestRepo("loclint-changed-");
  repo.write({
    ...article("guide/setup.md", { source: true }),
    ...article("guide/old-name.md", { source: true }),
    ...article("guide/index.md", { source: true, extra: "Next: [the old page](old-name.md)." }),
    ...article("guide/faq.md", { source: true }),
    "docs.de-de/guide/TOC.yml": "- name: Alte Seite\n  href: old-name.md\n- name: FAQ\n  href: faq.md\n",
    "docs.fr-fr/guide/TOC.yml": "- name: FAQ\n  href: faq.md\n",
  });
  repo.commit("Add the docs");
  repo.git("checkout", "-q", "-b", "topic");
});

afterEach(() => repo.remove());

const names = (files: { file: string }[]) => files.map((f) => f.file);

describe("loclint --changed-since", () => {
  it("lints committed, uncommitted and untracked changes, nothing else", async () => {
    repo.write({ "docs.de-de/guide/setup.md": doc("de-de", { extra: "Neu." }) });
    repo.commit("Edit de-de");
    repo.write({ "docs.fr-fr/guide/faq.md": doc("fr-fr", { extra: "Nouveau." }), "docs.ja-jp/guide/new.md": doc("ja-jp") });

    const { files } = await repo.lint(["--changed-since", "main"]);
    expect(names(files)).toEqual(["docs.de-de/guide/setup.md", "docs.fr-fr/guide/faq.md", "docs.ja-jp/guide/new.md"]);
  });

  it("compares with the merge base, so changes on the other branch do not count", async () => {
    repo.write({ "docs.de-de/guide/setup.md": doc("de-de", { extra: "Neu." }) });
    repo.commit("Edit de-de");
    repo.git("checkout", "-q", "main");
    repo.write({ "docs.ja-jp/guide/faq.md": doc("ja-jp", { extra: "新しい段落。" }) });
    repo.commit("Edit ja-jp on main");
    repo.git("checkout", "-q", "topic");

    const { files } = await repo.lint(["--changed-since", "main"]);
    expect(names(files)).toEqual(["docs.de-de/guide/setup.md"]);
  });

  it("makes every localized copy of a changed English file a target", async () => {
    repo.write({ "docs/guide/faq.md": doc("en-us", { extra: "A new English paragraph." }) });
    repo.commit("Edit the English FAQ");

    const { files } = await repo.lint(["--changed-since", "main"]);
    expect(names(files)).toEqual(["docs.ar-sa/guide/faq.md", "docs.de-de/guide/faq.md", "docs.fr-fr/guide/faq.md", "docs.ja-jp/guide/faq.md"]);
  });

  it("lints the files that name a renamed file, in every locale", async () => {
    repo.git("mv", "docs.de-de/guide/old-name.md", "docs.de-de/guide/new-name.md");
    repo.commit("Rename in de-de");

    const { files } = await repo.lint(["--changed-since", "main"]);
    expect(names(files)).toEqual([
      "docs.ar-sa/guide/index.md",
      "docs.de-de/guide/TOC.yml",
      "docs.de-de/guide/index.md",
      "docs.de-de/guide/new-name.md",
      "docs.fr-fr/guide/index.md",
      "docs.ja-jp/guide/index.md",
    ]);
  });

  it("lints the files that name a deleted file, within the given paths", async () => {
    repo.git("rm", "-q", "docs.fr-fr/guide/old-name.md");
    repo.commit("Delete in fr-fr");

    const { files } = await repo.lint(["--changed-since", "main", "docs.fr-fr", "docs.de-de"]);
    expect(names(files)).toEqual(["docs.de-de/guide/TOC.yml", "docs.de-de/guide/index.md", "docs.fr-fr/guide/index.md"]);
  });

  it("keeps only findings on changed lines of changed files with --only-changed-lines", async () => {
    // On main already: de-de has a wrong author (line 5). The topic branch gets its date wrong (line 4).
    repo.git("checkout", "-q", "main");
    repo.write({ "docs.de-de/guide/setup.md": doc("de-de", { author: "someone-else" }), "docs.ja-jp/guide/index.md": doc("ja-jp", { author: "someone-else", extra: "次へ: [古いページ](old-name.md)。" }) });
    repo.commit("Wrong authors");
    repo.git("checkout", "-q", "topic");
    repo.git("merge", "-q", "main");
    repo.write({ "docs.de-de/guide/setup.md": doc("de-de", { author: "someone-else", date: "12/31/2030" }) });
    repo.git("rm", "-q", "docs.ar-sa/guide/old-name.md");
    repo.commit("Wrong date, and a page deleted");

    const all = await repo.lint(["--changed-since", "main"]);
    const lines = (file: string, result = all) => result.files.find((f) => f.file === file)!.messages.filter((m) => m.ruleId === "metadata-mismatch").map((m) => m.line);
    expect(lines("docs.de-de/guide/setup.md")).toEqual([4, 5]);

    const changed = await repo.lint(["--changed-since", "main", "--only-changed-lines"]);
    expect(lines("docs.de-de/guide/setup.md", changed)).toEqual([4]);
    // Only affected (it names the deleted page): every finding stays.
    expect(lines("docs.ja-jp/guide/index.md", changed)).toEqual([5]);
  });

  it("fails clearly on an unknown revision", async () => {
    const result = await repo.run(["--changed-since", "no-such-branch"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^loclint: cannot find the merge base of "no-such-branch" and HEAD: .*\n$/);
  });

  it("refuses --only-changed-lines alone and --staged with --changed-since", async () => {
    expect((await repo.run(["--only-changed-lines"])).stderr).toContain("--only-changed-lines needs --staged or --changed-since");
    expect((await repo.run(["--staged", "--changed-since", "main"])).code).toBe(2);
  });
});

describe("parseUnifiedDiff", () => {
  it("collects new-side lines, skipping hunk bodies that look like headers", () => {
    const diff = [
      "diff --git a/x.md b/x.md",
      "--- a/x.md",
      "+++ b/x.md",
      "@@ -3 +3,2 @@ intro",
      "-old",
      "+++ looks like a header",
      "+@@ -1 +1 @@ and a hunk",
      "@@ -10,2 +11,0 @@",
      "-gone",
      "-gone too",
      "@@ -20 +20 @@",
      "-a",
      "+b",
      "\\ No newline at end of file",
      'diff --git "a/t\\303\\244b.md" "b/t\\303\\244b.md"',
      "+++ \"b/t\\303\\244b.md\"",
      "@@ -0,0 +1 @@",
      "+new",
      "+++ /dev/null",
    ].join("\n");
    const files = parseUnifiedDiff(diff, "/top");
    expect([...files.get("/top/x.md")!]).toEqual([3, 4, 20]);
    expect([...files.get("/top/täb.md")!]).toEqual([1]);
  });
});
