// discover(): walking paths in every layout, finding siblings on disk, grouping, filtering and problems.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ResolvedConfig } from "../../src/config/types.js";
import { discover, type Discovery } from "../../src/discover/index.js";
import { isDistinctivePath, mirroredLocales } from "../../src/discover/layout.js";

let tmp: string;

beforeEach(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-discover-")));
});

afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Writes files (relative to the temporary folder); a value ending in "/" after "->" makes a symbolic link. */
function tree(files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(tmp, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (text.startsWith("-> ")) fs.symlinkSync(text.slice(3), file);
    else fs.writeFileSync(file, text);
  }
}

function config(overrides: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return {
    configFile: null,
    baseDir: tmp,
    rules: new Map(),
    layout: "auto",
    source: null,
    sourceLocale: "en-us",
    include: ["**/*.md", "**/*.yml", "**/*.yaml"],
    ignore: ["**/node_modules/**", "**/.git/**"],
    gitignore: true,
    scope: "published",
    overrides: [],
    markdownlint: false,
    ...overrides,
  };
}

/** Groups as `relPath: locale* locale ...` lines (`*` marks targets, `en-us(src)` the source). */
function summary(discovery: Discovery): string[] {
  return discovery.groups.map((g) => {
    const rel = g.files[0]!.relPath;
    const files = g.files.map((f) => `${f.locale}${f.isSource ? "(src)" : ""}${f.target ? "*" : ""}`);
    return `${rel}: ${files.join(" ")}`;
  });
}

function run(paths: string[], overrides: Partial<ResolvedConfig> = {}): Promise<Discovery> {
  return discover(paths, config(overrides), tmp);
}

describe("suffix layout", () => {
  beforeEach(() => {
    tree({
      "README.md": "parent readme, not linted",
      "docs/a.md": "en",
      "docs/guide/b.md": "en",
      "docs.de-de/a.md": "de",
      "docs.de-de/guide/b.md": "de",
      "docs.de-de/only-de.md": "de",
      "docs.de-de/LICENSE": "not included",
      "docs.ja-jp/a.md": "ja",
      "docs.ja-jp/guide/b.md": "ja",
      "docs.ja-jp/toc.yml": "ja",
    });
  });

  it("walks every locale root below a parent once, with the plain <name> folder as the English source", async () => {
    const result = await run(["."]);
    expect(result.problems).toEqual([]);
    expect(summary(result)).toEqual([
      "a.md: en-us(src) de-de* ja-jp*",
      "guide/b.md: en-us(src) de-de* ja-jp*",
      "only-de.md: de-de*",
      "toc.yml: ja-jp*",
    ]);
    const b = result.groups[1]!;
    expect(b.key).toBe(`${tmp}/docs.{locale}/guide/b.md`);
    expect(b.files.map((f) => f.displayPath)).toEqual(["docs/guide/b.md", "docs.de-de/guide/b.md", "docs.ja-jp/guide/b.md"]);
    expect(b.files[1]).toEqual({
      path: path.join(tmp, "docs.de-de/guide/b.md"),
      displayPath: "docs.de-de/guide/b.md",
      locale: "de-de",
      root: path.join(tmp, "docs.de-de"),
      relPath: "guide/b.md",
      isSource: false,
      target: true,
      sourceRoot: path.join(tmp, "docs"),
    });
  });

  it("lints one root and finds the siblings of its files in the others", async () => {
    const result = await run(["docs.de-de"]);
    expect(summary(result)).toEqual(["a.md: en-us(src) de-de* ja-jp", "guide/b.md: en-us(src) de-de* ja-jp", "only-de.md: de-de*"]);
  });

  it("shows paths relative to the working folder, also when it is inside a locale root", async () => {
    const result = await discover(["b.md"], config(), path.join(tmp, "docs.de-de/guide"));
    expect(result.groups[0]!.files.map((f) => f.displayPath)).toEqual(["../../docs/guide/b.md", "b.md", "../../docs.ja-jp/guide/b.md"]);
  });

  it("counts a file given twice (directly and through its folder) once", async () => {
    const result = await run(["docs.de-de/a.md", ".", "docs.de-de"]);
    const targets = result.groups.flatMap((g) => g.files.filter((f) => f.target).map((f) => f.displayPath));
    expect(targets).toEqual([...new Set(targets)]);
    expect(targets).toHaveLength(6);
  });

  it("prefers the publish config's locale to the folder suffix", async () => {
    tree({ "docs.ja-jp/.openpublishing.publish.config.json": JSON.stringify({ docsets_to_publish: [{ locale: "ja-JP" }, { locale: "ja-jp" }] }) });
    tree({ "docs.de-de/.openpublishing.publish.config.json": JSON.stringify({ docsets_to_publish: [{ locale: "de-at" }] }) });
    const result = await run(["docs.ja-jp/a.md"]);
    expect(summary(result)).toEqual(["a.md: en-us(src) de-at ja-jp*"]);
  });

  it("uses the configured source tree instead of the plain folder", async () => {
    tree({ "english/a.md": "en", "english/toc.yml": "en" });
    const result = await run(["docs.ja-jp"], { source: path.join(tmp, "english"), sourceLocale: "en" });
    expect(summary(result)).toEqual(["a.md: en(src) de-de ja-jp*", "guide/b.md: de-de ja-jp*", "toc.yml: en(src) ja-jp*"]);
  });
});

describe("folder layout", () => {
  beforeEach(() => {
    tree({
      "docs/en-us/a.md": "en",
      "docs/en-us/x/b.md": "en",
      "docs/de-de/a.md": "de",
      "docs/de-de/x/b.md": "de",
      "docs/ja-jp/a.md": "ja",
      "docs/images/logo.md": "not in a locale",
    });
  });

  it("takes locale-tag folders with en-us as the source", async () => {
    const result = await run(["docs"]);
    expect(result.problems).toEqual([]);
    expect(summary(result)).toEqual(["a.md: en-us(src) de-de* ja-jp*", "x/b.md: en-us(src) de-de*"]);
    expect(result.groups[0]!.key).toBe(`${tmp}/docs/{locale}/a.md`);
  });

  it("says that the source tree is not linted", async () => {
    const result = await run(["docs/en-us"]);
    expect(result.groups).toEqual([]);
    expect(result.problems).toEqual([{ path: "docs/en-us", message: "docs/en-us: is in the en-us source tree, which is compared with, not linted" }]);
  });

  it("does not take a lone it/ folder for Italian", async () => {
    tree({ "i18n/it/a.md": "it?", "i18n/readme.md": "" });
    const result = await run(["i18n", "i18n/it/a.md"]);
    expect(result.groups).toEqual([]);
    expect(result.problems.map((p) => p.message)).toEqual([
      "i18n: no locale found in the path; use layout.pattern in the config",
      "i18n/it/a.md: no locale found in the path; use layout.pattern in the config",
    ]);
  });
});

describe("pattern layout", () => {
  beforeEach(() => {
    tree({
      "content/en-us/docs/a.md": "en",
      "content/de-de/docs/a.md": "de",
      "content/de-de/docs/sub/c.md": "de",
      "content/de-de/blog/not-docs.md": "de",
      "content/ja/docs/a.md": "ja",
      "content/ja/docs/sub/c.md": "ja",
    });
  });
  const layout = { pattern: "content/{locale}/docs" };

  it("fills {locale} in the pattern to find the roots", async () => {
    const result = await run(["."], { layout });
    expect(result.problems).toEqual([]);
    expect(summary(result)).toEqual(["a.md: en-us(src) de-de* ja*", "sub/c.md: de-de* ja*"]);
    expect(result.groups[0]!.key).toBe(`${tmp}/content/{locale}/docs/a.md`);
  });

  it("lints a file inside a root with its siblings, and reports a path outside every root", async () => {
    const result = await run(["content/ja/docs/sub/c.md", "content/de-de/blog"], { layout });
    expect(summary(result)).toEqual(["sub/c.md: de-de ja*"]);
    expect(result.problems.map((p) => p.message)).toEqual(["content/de-de/blog: no locale found in the path; use layout.pattern in the config"]);
  });
});

describe("single files and sub-folders", () => {
  beforeEach(() => {
    const files: Record<string, string> = {};
    for (const locale of ["de-de", "fr-fr", "ja-jp"]) {
      files[`repo.${locale}/guide/a.md`] = locale;
      files[`repo.${locale}/guide/many/n.md`] = locale;
      for (let i = 0; i < 12; i++) files[`repo.${locale}/guide/many/m${i}.md`] = locale;
      files[`repo.${locale}/other/z.md`] = locale;
    }
    files["repo/guide/a.md"] = "en";
    tree(files);
  });

  it("finds a single file's siblings without reading the other locales' folders", async () => {
    const readdir = vi.spyOn(fs.promises, "readdir");
    const result = await run(["repo.de-de/guide/a.md"]);
    expect(summary(result)).toEqual(["guide/a.md: en-us(src) de-de* fr-fr ja-jp"]);
    expect(readdir).not.toHaveBeenCalled();
    await run(["repo.de-de/guide"]);
    expect(readdir).toHaveBeenCalled();
  });

  it("lints a sub-folder: its files are targets, the other locales' files are comparisons", async () => {
    const result = await run(["repo.fr-fr/guide/many"]);
    expect(result.groups).toHaveLength(13);
    for (const group of result.groups) {
      expect(group.files.map((f) => `${f.locale}${f.target ? "*" : ""}`)).toEqual(["de-de", "fr-fr*", "ja-jp"]);
      expect(new Set(group.files.map((f) => f.relPath)).size).toBe(1);
    }
  });

  it("a missing sibling is simply absent from the group", async () => {
    fs.rmSync(path.join(tmp, "repo.ja-jp/guide/many/m3.md"));
    const result = await run(["repo.de-de/guide/many"]);
    const m3 = result.groups.find((g) => g.files[0]!.relPath === "guide/many/m3.md")!;
    expect(m3.files.map((f) => f.locale)).toEqual(["de-de", "fr-fr"]);
  });
});

describe("filters", () => {
  it("honours nested .gitignore files (with re-includes) and ignore globs", async () => {
    tree({
      ".gitignore": "drafts/\n",
      "site.de-de/.gitignore": "*.tmp.md\nbuild/\n",
      "site.de-de/a.md": "",
      "site.de-de/a.tmp.md": "",
      "site.de-de/build/x.md": "",
      "site.de-de/drafts/d.md": "",
      "site.de-de/keep/.gitignore": "!*.tmp.md\n",
      "site.de-de/keep/k.tmp.md": "",
      "site.de-de/Archive/old.md": "",
      "site.de-de/node_modules/pkg/readme.md": "",
      "site.ja-jp/a.md": "",
    });
    fs.mkdirSync(path.join(tmp, ".git"));
    const result = await run(["."], { ignore: ["Archive/", "**/node_modules/**"] });
    expect(summary(result)).toEqual(["a.md: de-de* ja-jp*", "keep/k.tmp.md: de-de*"]);

    const withoutGitignore = await run(["site.de-de"], { ignore: [], gitignore: false });
    expect(summary(withoutGitignore).map((s) => s.split(":")[0])).toEqual([
      "Archive/old.md",
      "a.md",
      "a.tmp.md",
      "build/x.md",
      "drafts/d.md",
      "keep/k.tmp.md",
    ]);
  });

  it("applies .gitignore rules from above a single file up to the repository top", async () => {
    tree({ ".gitignore": "*.draft.md\n", "site.de-de/a.draft.md": "", "site.de-de/a.md": "", "site.ja-jp/a.md": "" });
    fs.mkdirSync(path.join(tmp, ".git"));
    const result = await run(["site.de-de/a.draft.md", "site.de-de/a.md"]);
    expect(summary(result)).toEqual(["a.md: de-de* ja-jp"]);
    // Named, so said: not linted, and why (a warning, as ESLint gives for an ignored file it is given).
    expect(result.problems).toEqual([
      { path: "site.de-de/a.draft.md", message: "site.de-de/a.draft.md: not linted: git ignores it (.gitignore); set `gitignore: false` to lint it", kind: "warning" },
    ]);
  });

  it("leaves a locale root's own README, CONTRIBUTING, licence and .github out, unless scope is \"all\"", async () => {
    tree({
      "site.de-de/README.md": "# Repo\n",
      "site.de-de/CONTRIBUTING.md": "",
      "site.de-de/code_of_conduct.md": "",
      "site.de-de/LICENSE": "",
      "site.de-de/SECURITY.md": "",
      "site.de-de/.github/PULL_REQUEST_TEMPLATE.md": "",
      "site.de-de/guide/README.md": "# A page named README\n",
      "site.de-de/a.md": "",
      "site.ja-jp/README.md": "",
      "site.ja-jp/a.md": "",
      "site.ar-sa/a.md": "",
    });
    expect(summary(await run(["."]))).toEqual(["a.md: ar-sa* de-de* ja-jp*", "guide/README.md: de-de*"]);
    expect(summary(await run(["site.de-de/README.md"]))).toEqual([]);
    const all = summary(await run(["."], { scope: "all" })).map((s) => s.split(":")[0]);
    expect(all).toEqual([".github/PULL_REQUEST_TEMPLATE.md", "CONTRIBUTING.md", "README.md", "SECURITY.md", "a.md", "code_of_conduct.md", "guide/README.md"]);
  });

  it("lints only the docsets' build_source_folders of .openpublishing.publish.config.json, in any letter case", async () => {
    const publish = (locale: string) =>
      JSON.stringify({ docsets_to_publish: [{ build_source_folder: "docs", locale }, { build_source_folder: "china", locale }] });
    tree({
      "site.de-de/.openpublishing.publish.config.json": publish("de-de"),
      "site.de-de/docs/a.md": "",
      "site.de-de/China/c.md": "",
      "site.de-de/Archive/old.md": "",
      "site.de-de/docsold/x.md": "",
      "site.ja-jp/.openpublishing.publish.config.json": publish("ja-jp"),
      "site.ja-jp/docs/a.md": "",
      "site.ja-jp/Archive/old.md": "",
    });
    expect(summary(await run(["."]))).toEqual(["China/c.md: de-de*", "docs/a.md: de-de* ja-jp*"]);
    expect(summary(await run(["site.de-de/Archive/old.md"]))).toEqual([]);
    expect(summary(await run(["."], { scope: "all" })).map((s) => s.split(":")[0])).toEqual([
      "Archive/old.md",
      "China/c.md",
      "docs/a.md",
      "docsold/x.md",
    ]);
  });

  it("keeps only included files", async () => {
    tree({ "site.de-de/a.md": "", "site.de-de/b.yml": "", "site.de-de/c.json": "{}" });
    expect(summary(await run(["."], { include: ["**/*.md"] }))).toEqual(["a.md: de-de*"]);
  });
});

describe("problems", () => {
  it("reports a missing path and keeps going", async () => {
    tree({ "site.de-de/a.md": "" });
    const result = await run(["nope", "site.de-de"]);
    expect(result.problems).toEqual([{ path: "nope", message: "nope: no such file or folder" }]);
    expect(summary(result)).toEqual(["a.md: de-de*"]);
  });

  it("says why a named file the settings leave out is not linted, and lints the rest", async () => {
    tree({ "site.de-de/a.txt": "", "site.de-de/b.md": "", "site.de-de/drafts/c.md": "", "site.de-de/README.md": "" });
    const result = await run(["site.de-de/a.txt", "site.de-de/drafts/c.md", "site.de-de/README.md", "site.de-de/b.md"], { ignore: ["**/drafts/**"] });
    expect(summary(result)).toEqual(["b.md: de-de*"]);
    expect(result.problems.map((p) => [p.message, p.kind])).toEqual([
      ["site.de-de/a.txt: not linted: it matches no `include` pattern (**/*.md, **/*.yml, **/*.yaml)", "warning"],
      ["site.de-de/drafts/c.md: not linted: it matches an `ignore` pattern of the configuration", "warning"],
      ['site.de-de/README.md: not linted: it is not a published page (the repository\'s own files, or outside the docsets of .openpublishing.publish.config.json); set `scope: "all"` to lint it', "warning"],
    ]);
  });

  it("reports a file outside any locale layout", async () => {
    tree({ "plain/a.md": "" });
    const result = await run(["plain/a.md"]);
    expect(result.problems).toEqual([{ path: "plain/a.md", message: "plain/a.md: no locale found in the path; use layout.pattern in the config" }]);
  });

  it.skipIf(process.getuid?.() === 0)("reports an unreadable folder and keeps going", async () => {
    tree({ "site.de-de/a.md": "", "site.de-de/locked/b.md": "", "site.ja-jp/a.md": "" });
    const locked = path.join(tmp, "site.de-de/locked");
    fs.chmodSync(locked, 0o000);
    try {
      const result = await run(["."]);
      expect(result.problems).toEqual([{ path: "site.de-de/locked", message: "site.de-de/locked: cannot read the folder (EACCES)" }]);
      expect(summary(result)).toEqual(["a.md: de-de* ja-jp*"]);
    } finally {
      fs.chmodSync(locked, 0o755);
    }
  });

  it("reports a folder that fails to read (simulated EACCES, so it runs as root too)", async () => {
    tree({ "site.de-de/a.md": "", "site.de-de/locked/b.md": "", "site.ja-jp/a.md": "" });
    const locked = path.join(tmp, "site.de-de/locked");
    const readdir = fs.promises.readdir;
    vi.spyOn(fs.promises, "readdir").mockImplementation(((dir: fs.PathLike, options: unknown) => {
      if (dir === locked) return Promise.reject(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }));
      return (readdir as (d: fs.PathLike, o: unknown) => Promise<unknown>)(dir, options);
    }) as typeof fs.promises.readdir);
    const result = await run(["."]);
    expect(result.problems).toEqual([{ path: "site.de-de/locked", message: "site.de-de/locked: cannot read the folder (EACCES)" }]);
    expect(summary(result)).toEqual(["a.md: de-de* ja-jp*"]);
  });
});

describe("symbolic links", () => {
  it("follows a link to a folder outside the walk but not loops or links back into it", async () => {
    tree({
      "site.de-de/a.md": "",
      "site.de-de/sub/b.md": "",
      "site.de-de/sub/up": "-> ..",
      "site.de-de/self": "-> .",
      "site.de-de/again": "-> sub",
      "site.de-de/shared": "-> ../outside",
      "outside/s.md": "",
      "outside/back": "-> ../site.de-de",
      "outside/loop": "-> .",
      "site.ja-jp/a.md": "",
    });
    const result = await run(["site.de-de"]);
    expect(summary(result)).toEqual(["a.md: de-de* ja-jp", "shared/s.md: de-de*", "sub/b.md: de-de*"]);
  });

  it("does not loop when walking from above", async () => {
    tree({ "site.de-de/a.md": "", "site.de-de/loop": "-> ../..", "site.ja-jp/a.md": "", "site.ja-jp/x": "-> ../site.de-de" });
    const result = await run(["."]);
    expect(summary(result)).toEqual(["a.md: de-de* ja-jp*"]);
  });
});

describe("Docusaurus trees: current docs, versioned docs, blog and pages", () => {
  const site = {
    "docusaurus.config.js": "module.exports = { i18n: { defaultLocale: 'en', locales: ['en', 'ja', 'ar', 'ko'] } };\n",
    "docs/intro.md": "# Intro\n",
    "versioned_docs/version-1.0/intro.md": "# Intro (1.0)\n",
    "blog/2024-05-01-launch.md": "# Launch\n",
    "src/pages/about.md": "# About\n",
    "src/pages/index.js": "export default () => null;\n",
    "i18n/ja/code.json": "{}\n",
    "i18n/ja/docusaurus-plugin-content-docs/current.json": "{}\n",
    "i18n/ja/docusaurus-plugin-content-docs/current/intro.md": "# はじめに\n",
    "i18n/ja/docusaurus-plugin-content-docs/version-1.0/intro.md": "# はじめに (1.0)\n",
    "i18n/ja/docusaurus-plugin-content-blog/2024-05-01-launch.md": "# 公開\n",
    "i18n/ja/docusaurus-plugin-content-pages/about.md": "# 概要\n",
    "i18n/ar/docusaurus-plugin-content-docs/version-1.0/intro.md": "# مقدمة\n",
    "i18n/ar/docusaurus-plugin-content-blog/2024-05-01-launch.md": "# الإطلاق\n",
    // A docs plugin instance of its own and a version the English no longer has: no English tree known.
    "i18n/ar/docusaurus-plugin-content-docs-community/team.md": "# الفريق\n",
    "i18n/ar/docusaurus-plugin-content-docs-community/guide/rules.md": "# القواعد\n",
    "i18n/ar/docusaurus-plugin-content-docs/version-0.9/intro.md": "# مقدمة\n",
    "i18n/ar/notes.md": "# ملاحظات\n",
    // A locale with no known tree at all: said as one folder.
    "i18n/ko/docusaurus-plugin-content-docs-community/team.md": "# 팀\n",
  };
  const layouts = (d: Discovery) =>
    d.groups.map((g) => `${g.key.slice(tmp.length + 1)}: ${g.files.map((f) => `${f.displayPath}${f.isSource ? "(src)" : f.target ? "*" : ""}`).join(" ")}`);
  const unplaced = [
    "i18n/ar/docusaurus-plugin-content-docs-community: not linted: 2 files, in no Docusaurus tree whose English loclint knows (docs/, versioned_docs/<version>/, blog/, src/pages/); set layout.pattern and source in the config to lint it",
    "i18n/ar/docusaurus-plugin-content-docs/version-0.9: not linted: 1 file, in no Docusaurus tree whose English loclint knows (docs/, versioned_docs/<version>/, blog/, src/pages/); set layout.pattern and source in the config to lint it",
    "i18n/ar/notes.md: not linted: it is in no Docusaurus tree whose English loclint knows (docs/, versioned_docs/<version>/, blog/, src/pages/); set layout.pattern and source in the config to lint it",
    "i18n/ko: not linted: 1 file, in no Docusaurus tree whose English loclint knows (docs/, versioned_docs/<version>/, blog/, src/pages/); set layout.pattern and source in the config to lint it",
  ];

  it("pairs each tree with its English folder in a whole run (ja, ar) and says which files it cannot place (ar, ko)", async () => {
    tree(site);
    const whole = await run(["."], { include: ["**/*.md", "**/*.mdx"] });
    expect(layouts(whole)).toEqual([
      "i18n/{locale}/docusaurus-plugin-content-blog/2024-05-01-launch.md: blog/2024-05-01-launch.md(src) i18n/ar/docusaurus-plugin-content-blog/2024-05-01-launch.md* i18n/ja/docusaurus-plugin-content-blog/2024-05-01-launch.md*",
      "i18n/{locale}/docusaurus-plugin-content-docs/current/intro.md: docs/intro.md(src) i18n/ja/docusaurus-plugin-content-docs/current/intro.md*",
      "i18n/{locale}/docusaurus-plugin-content-docs/version-1.0/intro.md: versioned_docs/version-1.0/intro.md(src) i18n/ar/docusaurus-plugin-content-docs/version-1.0/intro.md* i18n/ja/docusaurus-plugin-content-docs/version-1.0/intro.md*",
      "i18n/{locale}/docusaurus-plugin-content-pages/about.md: src/pages/about.md(src) i18n/ja/docusaurus-plugin-content-pages/about.md*",
    ]);
    expect(whole.problems.map((p) => [p.message, p.kind])).toEqual(unplaced.map((m) => [m, "warning"]));
  });

  it("lints a named blog or version file against its English, and names a file it cannot place", async () => {
    tree(site);
    const blog = await run(["i18n/ar/docusaurus-plugin-content-blog/2024-05-01-launch.md"]);
    expect(blog.problems).toEqual([]);
    expect(summary(blog)).toEqual(["2024-05-01-launch.md: en-us(src) ar* ja"]);
    const version = await run(["i18n/ja/docusaurus-plugin-content-docs/version-1.0"]);
    expect(summary(version)).toEqual(["intro.md: en-us(src) ar ja*"]);
    expect((await run(["blog/2024-05-01-launch.md"])).problems.map((p) => p.message)).toEqual(["blog/2024-05-01-launch.md: is in the en-us source tree, which is compared with, not linted"]);
    const lost = await run(["i18n/ar/docusaurus-plugin-content-docs-community/team.md"]);
    expect(lost.groups).toEqual([]);
    expect(lost.problems.map((p) => [p.message, p.kind])).toEqual([
      ["i18n/ar/docusaurus-plugin-content-docs-community/team.md: in no Docusaurus tree whose English loclint knows (docs/, versioned_docs/<version>/, blog/, src/pages/); set layout.pattern and source in the config to lint it", undefined],
    ]);
    // A named folder of i18n/ walks its trees and says what it cannot place, once.
    const ar = await run(["i18n/ar"]);
    expect(summary(ar)).toEqual(["2024-05-01-launch.md: en-us(src) ar* ja", "intro.md: en-us(src) ar* ja"]);
    expect(ar.problems.map((p) => p.message)).toEqual(unplaced.slice(0, 3));
  });
});

describe("MkDocs suffix layout (page.<locale>.md beside page.md)", () => {
  const site = {
    "mkdocs.yml": "site_name: Lantern\ndocs_dir: pages\nplugins:\n  - i18n:\n      languages:\n        - locale: en\n          default: true\n        - locale: fr\n        - locale: ja\n",
    "pages/index.md": "# Lantern\n",
    "pages/index.fr.md": "# Lantern\n",
    "pages/guide/setup.md": "# Setup\n",
    "pages/guide/setup.fr.md": "# Installation\n",
    "pages/guide/setup.ja.md": "# セットアップ\n",
    "pages/guide/notes.it.md": "# Not a listed locale\n",
  };

  it("groups each English page with its suffixed translations, whole tree or one file", async () => {
    tree(site);
    const whole = await run(["."]);
    expect(whole.problems).toEqual([]);
    expect(summary(whole)).toEqual(["guide/setup.md: en-us(src) fr* ja*", "index.md: en-us(src) fr*"]);
    expect(whole.groups[0]!.files.map((f) => f.displayPath)).toEqual(["pages/guide/setup.md", "pages/guide/setup.fr.md", "pages/guide/setup.ja.md"]);
    expect(whole.coverage).toEqual([
      { locale: "fr", english: 3, translated: 2, missing: ["guide/notes.it.md"] },
      { locale: "ja", english: 3, translated: 1, missing: ["guide/notes.it.md", "index.md"] },
    ]);
    const one = await run(["pages/guide/setup.ja.md"]);
    expect(summary(one)).toEqual(["guide/setup.md: en-us(src) fr ja*"]);
    expect((await run(["pages/guide/setup.md"])).problems.map((p) => p.message)).toEqual([
      "pages/guide/setup.md: is in the en-us source tree, which is compared with, not linted",
    ]);
  });
});

describe("Hugo translation by file name (page.<lang>.md beside page.md in content/)", () => {
  const pages = {
    "content/_index.md": "# Lantern\n",
    "content/_index.de.md": "# Lantern\n",
    "content/docs/setup.md": "# Setup\n",
    "content/docs/setup.de.md": "# Einrichtung\n",
    "content/docs/setup.ja.md": "# セットアップ\n",
    "content/docs/setup.ar.md": "# الإعداد\n",
    "content/docs/bundle/index.md": "# Bundle\n",
    "content/docs/bundle/index.ja.md": "# バンドル\n",
  };

  it("reads the languages of hugo.toml and groups each English page with its translations", async () => {
    tree({ ...pages, "hugo.toml": 'defaultContentLanguage = "en"\n[languages]\n  [languages.en]\n    weight = 1\n  [languages.de]\n    weight = 2\n  [languages.ja]\n  [languages.ar]\n    languageDirection = "rtl"\n' });
    const whole = await run(["."]);
    expect(whole.problems).toEqual([]);
    expect(summary(whole)).toEqual(["_index.md: en-us(src) de*", "docs/bundle/index.md: en-us(src) ja*", "docs/setup.md: en-us(src) ar* de* ja*"]);
    expect(summary(await run(["content/docs/setup.ja.md"]))).toEqual(["docs/setup.md: en-us(src) ar de ja*"]);
  });

  it("reads hugo.yaml and config/_default/languages.toml alike", async () => {
    tree({ ...pages, "hugo.yaml": "defaultContentLanguage: en\nlanguages:\n  en: {weight: 1}\n  de: {weight: 2}\n  ja: {weight: 3}\n  ar: {weight: 4}\n" });
    expect(summary(await run(["."]))).toContain("docs/setup.md: en-us(src) ar* de* ja*");
    fs.rmSync(path.join(tmp, "hugo.yaml"));
    tree({ "config/_default/hugo.toml": 'title = "Lantern"\n', "config/_default/languages.toml": "[en]\nweight = 1\n[de]\nweight = 2\n[ja]\nweight = 3\n[ar]\nweight = 4\n" });
    expect(summary(await run(["."]))).toContain("docs/setup.md: en-us(src) ar* de* ja*");
  });

  it("reads hugo.json, and no configuration above the repository's top (a stray /tmp/hugo.json is someone else's)", async () => {
    const site = Object.fromEntries(Object.entries(pages).map(([k, v]) => [`repo/${k}`, v]));
    const json = JSON.stringify({ defaultContentLanguage: "en", languages: { en: {}, de: {}, ja: {}, ar: {} } });
    tree({ ...site, "repo/hugo.json": json });
    const inRepo = (cwd: string) => discover(["."], config({ baseDir: cwd }), cwd);
    expect(summary(await inRepo(path.join(tmp, "repo")))).toContain("docs/setup.md: en-us(src) ar* de* ja*");
    fs.renameSync(path.join(tmp, "repo/hugo.json"), path.join(tmp, "hugo.json"));
    fs.mkdirSync(path.join(tmp, "repo/.git"));
    expect(summary(await inRepo(path.join(tmp, "repo")))).not.toContain("docs/setup.md: en-us(src) ar* de* ja*");
  });

  it("an English page that carries its language too (about.en.md) is the English of about.de.md", async () => {
    tree({
      "hugo.toml": 'defaultContentLanguage = "en"\n[languages.en]\n[languages.de]\n[languages.ja]\n[languages.ar]\n',
      "content/docs/about.en.md": "# About\n",
      "content/docs/about.de.md": "# Über\n",
      "content/docs/about.ar.md": "# حول\n",
      "content/docs/news.en.md": "# News\n",
      "content/docs/setup.md": "# Setup\n",
      "content/docs/setup.ja.md": "# セットアップ\n",
    });
    const whole = await run(["."]);
    expect(whole.problems).toEqual([]);
    expect(summary(whole)).toEqual(["docs/about.md: en-us(src) ar* de*", "docs/setup.md: en-us(src) ja*"]);
    expect(whole.groups[0]!.files.map((f) => f.displayPath)).toEqual(["content/docs/about.en.md", "content/docs/about.ar.md", "content/docs/about.de.md"]);
    expect(whole.coverage.find((c) => c.locale === "de")).toEqual({ locale: "de", english: 3, translated: 1, missing: ["docs/news.md", "docs/setup.md"] });
    expect(summary(await run(["content/docs/about.de.md"]))).toEqual(["docs/about.md: en-us(src) ar de*"]);
  });

  it("a site with one content folder per language (contentDir) is not translated by file name", async () => {
    tree({ "hugo.toml": '[languages.en]\ncontentDir = "content/en"\n[languages.de]\ncontentDir = "content/de"\n', "content/en/setup.md": "# Setup\n", "content/de/setup.md": "# Einrichtung\n" });
    expect(summary(await run(["."]))).toEqual(["setup.md: en-us(src) de*"]);
  });
});

describe("English at the root, translations in locale sub-folders (Starlight, VitePress)", () => {
  const starlight = {
    "astro.config.mjs": "export default {};\n",
    "src/content/docs/index.md": "# Lantern\n",
    "src/content/docs/guides/install.md": "# Install\n",
    "src/content/docs/guides/settings.md": "# Settings\n",
    "src/content/docs/ja/index.md": "# ランタン\n",
    "src/content/docs/ja/guides/install.md": "# インストール\n",
    "src/content/docs/ar/guides/install.md": "# التثبيت\n",
    "src/content/docs/ar/guides/settings.md": "# الإعدادات\n",
  };

  it("takes the folder as the English tree of its mirroring locale folders (ja, ar), from above or from the folder itself", async () => {
    tree(starlight);
    for (const from of [".", "src/content/docs"]) {
      const result = await run([from]);
      expect(result.problems).toEqual([]);
      expect(summary(result)).toEqual([
        "guides/install.md: en-us(src) ar* ja*",
        "guides/settings.md: en-us(src) ar*",
        "index.md: en-us(src) ja*",
      ]);
      expect(result.groups[0]!.key).toBe(`${tmp}/src/content/docs/{locale}/guides/install.md`);
      expect(result.groups[0]!.files.map((f) => f.displayPath)).toEqual([
        "src/content/docs/guides/install.md",
        "src/content/docs/ar/guides/install.md",
        "src/content/docs/ja/guides/install.md",
      ]);
      expect(result.groups[0]!.files.every((f) => f.sourceRoot === `${tmp}/src/content/docs`)).toBe(true);
      // The English pages are the root's own, without the locale folders.
      expect(result.coverage).toEqual([
        { locale: "ar", english: 3, translated: 2, missing: ["index.md"] },
        { locale: "ja", english: 3, translated: 2, missing: ["guides/settings.md"] },
      ]);
    }
  });

  it("lints a named file or folder of a translation against the English at the root, and says the root's own files are the source", async () => {
    tree(starlight);
    expect(summary(await run(["src/content/docs/ja/guides/install.md"]))).toEqual(["guides/install.md: en-us(src) ar ja*"]);
    expect(summary(await run(["src/content/docs/ar/guides"]))).toEqual(["guides/install.md: en-us(src) ar* ja", "guides/settings.md: en-us(src) ar*"]);
    const english = await run(["src/content/docs/guides/install.md", "src/content/docs/guides"]);
    expect(english.groups).toEqual([]);
    expect(english.problems.map((p) => p.message)).toEqual([
      "src/content/docs/guides/install.md: is in the en-us source tree, which is compared with, not linted",
      "src/content/docs/guides: is in the en-us source tree, which is compared with, not linted",
    ]);
  });

  it("needs one locale folder only when it clearly mirrors the English (VitePress docs/zh/), whole run or named file", async () => {
    tree({
      "docs/index.md": "# Widget\n",
      "docs/guide/getting-started.md": "# Getting started\n",
      "docs/guide/config.md": "# Config\n",
      "docs/zh/index.md": "# 小部件\n",
      "docs/zh/guide/getting-started.md": "# 快速开始\n",
    });
    const whole = await run(["."]);
    expect(whole.problems).toEqual([]);
    expect(summary(whole)).toEqual(["guide/getting-started.md: en-us(src) zh*", "index.md: en-us(src) zh*"]);
    expect(whole.coverage).toEqual([{ locale: "zh", english: 3, translated: 2, missing: ["guide/config.md"] }]);
    expect(summary(await run(["docs/zh/guide/getting-started.md"]))).toEqual(["guide/getting-started.md: en-us(src) zh*"]);
    expect((await run(["docs/guide"])).problems.map((p) => p.message)).toEqual(["docs/guide: is in the en-us source tree, which is compared with, not linted"]);
  });

  it("still finds no locale for a lone locale folder that mirrors nothing, or only a front page (docs/zh/, docs/de/ about Delaware)", async () => {
    tree({
      "docs/index.md": "# Widget\n",
      "docs/zh/notes.md": "# 笔记\n",
      "states/index.md": "# States\n",
      "states/history.md": "# History\n",
      "states/de/index.md": "# Delaware\n",
      "states/de/counties.md": "# Counties\n",
    });
    const result = await run(["docs", "states", "states/de/counties.md"]);
    expect(result.groups).toEqual([]);
    expect(result.problems.map((p) => p.message)).toEqual([
      "docs: no locale found in the path; use layout.pattern in the config",
      "states: no locale found in the path; use layout.pattern in the config",
      "states/de/counties.md: no locale found in the path; use layout.pattern in the config",
    ]);
  });

  it("takes a young locale folder beside a mirroring one as a translation, and a locale-named folder sharing nothing as English content", async () => {
    tree({
      "docs/index.md": "# Widget\n",
      "docs/guide/setup.md": "# Setup\n",
      "docs/de/counties.md": "# Delaware counties\n",
      "docs/ja/guide/setup.md": "# セットアップ\n",
      "docs/ko/index.md": "# 위젯\n",
      "docs/ko/guide/new-page.md": "# 새 페이지\n",
    });
    const result = await run(["docs"]);
    expect(result.problems).toEqual([]);
    expect(summary(result)).toEqual(["guide/new-page.md: ko*", "guide/setup.md: en-us(src) ja*", "index.md: en-us(src) ko*"]);
    expect(result.coverage).toEqual([
      { locale: "ja", english: 3, translated: 1, missing: ["de/counties.md", "index.md"] },
      { locale: "ko", english: 3, translated: 1, missing: ["de/counties.md", "guide/setup.md"] },
    ]);
    expect((await run(["docs/de/counties.md"])).problems.map((p) => p.message)).toEqual([
      "docs/de/counties.md: is in the en-us source tree, which is compared with, not linted",
    ]);
  });

  it("leaves an English locale folder's layout (docs/en/ beside docs/ja/) and a configured English tree as they were", async () => {
    tree({
      "docs/setup.md": "# Setup (old copy)\n",
      "docs/en/setup.md": "# Setup\n",
      "docs/ja/setup.md": "# セットアップ\n",
      "site/setup.md": "# Setup\n",
      "site/ja/setup.md": "# セットアップ\n",
      "site/ar/setup.md": "# الإعداد\n",
      "english/setup.md": "# Setup\n",
    });
    expect(summary(await run(["docs"]))).toEqual(["setup.md: en-us(src) ja*"]);
    expect((await run(["docs"])).groups[0]!.files[0]!.path).toBe(path.join(tmp, "docs/en/setup.md"));
    const configured = await run(["site"], { source: path.join(tmp, "english") });
    expect(summary(configured)).toEqual(["setup.md: en-us(src) ar* ja*"]);
    expect(configured.groups[0]!.files[0]!.path).toBe(path.join(tmp, "english/setup.md"));
  });
});

describe("mirroredLocales", () => {
  const e = (name: string, sampled: number, matched: number, distinctive: number) => ({ name, locale: name, sampled, matched, distinctive });

  it("needs one locale folder with half its pages at the English paths, one more than a front page; then takes every one sharing a page", () => {
    expect(mirroredLocales([e("ja", 1, 1, 1)]).map((m) => m.name)).toEqual(["ja"]);
    expect(mirroredLocales([e("ja", 4, 2, 1), e("ko", 9, 1, 0), e("de", 3, 0, 0)]).map((m) => m.name)).toEqual(["ja", "ko"]);
    expect(mirroredLocales([e("ja", 5, 2, 2)])).toEqual([]);
    expect(mirroredLocales([e("de", 2, 1, 0), e("it", 1, 1, 0)])).toEqual([]);
    expect(mirroredLocales([e("zh", 0, 0, 0)])).toEqual([]);
  });

  it("calls a top-level index, README, _index or home page no evidence", () => {
    expect(["index.md", "README.md", "_index.md", "home.mdx"].map(isDistinctivePath)).toEqual([false, false, false, false]);
    expect(["guide/index.md", "install.md"].map(isDistinctivePath)).toEqual([true, true]);
  });
});
