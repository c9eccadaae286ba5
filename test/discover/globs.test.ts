// Globs as path arguments: quoted (expanded by loclint, in discovery) or expanded by the shell; `!` excludes.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { article, doc, TestRepo } from "../git/repo.js";

let repo: TestRepo;

beforeEach(() => {
  repo = new TestRepo("loclint-globs-");
  repo.write({
    ...article("guide/setup.md"),
    ...article("guide/deep/intro.md"),
    ...article("faq/index.md"),
    "docs.de-de/guide/setup.md": doc("de-de", { date: "12/31/2030" }),
    "docs.de-de/faq/index.md": doc("de-de", { date: "12/31/2031" }),
    "node_modules/pkg/docs.de-de/guide/x.md": doc("de-de"),
  });
});

afterEach(() => repo.remove());

const files = (linted: { file: string }[]) => linted.map((f) => f.file);

describe("glob arguments", () => {
  it("expands a quoted glob over folders and files, as the shell would", async () => {
    const { files: linted } = await repo.lint(["docs.*/guide/**/*.md"]);
    expect(files(linted)).toEqual([
      "docs.ar-sa/guide/deep/intro.md",
      "docs.ar-sa/guide/setup.md",
      "docs.de-de/guide/deep/intro.md",
      "docs.de-de/guide/setup.md",
      "docs.fr-fr/guide/deep/intro.md",
      "docs.fr-fr/guide/setup.md",
      "docs.ja-jp/guide/deep/intro.md",
      "docs.ja-jp/guide/setup.md",
    ]);
  });

  it("lints a folder a glob matches whole, with braces", async () => {
    const { files: linted } = await repo.lint(["docs.{de-de,fr-fr}"]);
    expect(files(linted)).toEqual(["docs.de-de/faq/index.md", "docs.de-de/guide/deep/intro.md", "docs.de-de/guide/setup.md", "docs.fr-fr/faq/index.md", "docs.fr-fr/guide/deep/intro.md", "docs.fr-fr/guide/setup.md"]);
  });

  it("excludes what a !pattern matches, which stays a sibling the others are compared with", async () => {
    const { code, files: linted } = await repo.lint(["docs.*/faq/*.md", "!docs.de-de/**"]);
    expect(files(linted)).toEqual(["docs.ar-sa/faq/index.md", "docs.fr-fr/faq/index.md", "docs.ja-jp/faq/index.md"]);
    // The German date is the odd one out: reported at the German file only, which is excluded.
    expect(linted.flatMap((f) => f.messages.filter((m) => m.ruleId === "metadata-mismatch"))).toEqual([]);
    expect(code).toBe(0);
    const only = await repo.lint(["!docs.de-de", "!docs.ja-jp/**", "!docs.ar-sa/guide"]);
    expect(files(only.files)).toEqual(["docs.ar-sa/faq/index.md", "docs.fr-fr/faq/index.md", "docs.fr-fr/guide/deep/intro.md", "docs.fr-fr/guide/setup.md"]);
  });

  it("takes shell-expanded arguments and paths that exist as given", async () => {
    repo.write({ "docs.fr-fr/guide/what?.md": doc("fr-fr") });
    const { files: linted } = await repo.lint(["docs.de-de/guide/setup.md", "docs.fr-fr/guide/setup.md", "docs.fr-fr/guide/what?.md"]);
    expect(files(linted)).toEqual(["docs.de-de/guide/setup.md", "docs.fr-fr/guide/setup.md", "docs.fr-fr/guide/what?.md"]);
  });

  it("fails with one line for a glob that matches nothing, and never looks into node_modules", async () => {
    const none = await repo.run(["docs.*/nothing/**/*.md"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe("loclint: docs.*/nothing/**/*.md: no files or folders match this pattern\n");
    const { files: linted } = await repo.lint(["**/guide/setup.md"]);
    expect(files(linted).every((f) => !f.startsWith("node_modules"))).toBe(true);
    expect(files(linted)).toHaveLength(4);
  });
});
