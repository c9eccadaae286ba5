// compileGlob: the glob dialect used by include, ignore and overrides.
import { describe, expect, it } from "vitest";
import { compileGlob } from "../../src/config/index.js";

function check(glob: string, matches: string[], nonMatches: string[]): void {
  const re = compileGlob(glob);
  for (const path of matches) expect(re.test(path), `${glob} should match ${path}`).toBe(true);
  for (const path of nonMatches) expect(re.test(path), `${glob} should not match ${path}`).toBe(false);
}

describe("compileGlob", () => {
  it("** spans any number of segments, including none", () => {
    check("docs/**/*.md", ["docs/a.md", "docs/de-de/a.md", "docs/x/y/z.md"], ["docs.md", "other/a.md", "docs/a.mdx"]);
    check("**/de-de/**", ["de-de/a.md", "docs/de-de/a.md", "docs/de-de/x/y.yml", "docs/de-de"], ["docs/de-dex/a.md", "docs/xde-de/a.md"]);
    check("a/**/b", ["a/b", "a/x/b", "a/x/y/b"], ["a/xb", "ab", "a/b/c"]);
    check("**", ["a", "a/b/c.md"], []);
  });

  it("a trailing /** also matches the folder itself", () => {
    check("node_modules/**", ["node_modules", "node_modules/x/y.md"], ["node_modulesx", "a/node_modules/x.md"]);
  });

  it("* and ? stay within one segment", () => {
    check("docs/*.md", ["docs/a.md", "docs/.hidden.md", "docs/.md"], ["docs/x/a.md", "a.md"]);
    check("docs/?.md", ["docs/a.md", "docs/é.md"], ["docs/ab.md", "docs//.md"]);
    check("a**b/c", ["ab/c", "axxb/c"], ["ax/yb/c"]);
  });

  it("{a,b} alternatives, nested and holding slashes", () => {
    check("**/*.{md,yml}", ["a.md", "x/b.yml"], ["a.yaml", "a.mdyml"]);
    check("{docs/de-de,docs/ja-jp}/*.md", ["docs/de-de/a.md", "docs/ja-jp/b.md"], ["docs/fr-fr/a.md"]);
    check("a.{y{a,}ml,md}", ["a.yaml", "a.yml", "a.md"], ["a.yl", "a.y,ml"]);
    check("{**/,}x.md", ["x.md", "a/b/x.md"], ["ax.md"]);
  });

  it("[...] classes, ranges and negation never match a slash", () => {
    check("file[0-9].md", ["file1.md", "file9.md"], ["filea.md", "file10.md"]);
    check("[abc].md", ["a.md", "c.md"], ["d.md", "ab.md"]);
    check("x[!abc].md", ["xd.md", "xz.md"], ["xa.md", "x/.md"]);
    check("x[^a].md", ["xb.md"], ["xa.md"]);
    check("a[/]b", [], ["a/b"]);
    check("[]]x", ["]x"], ["x"]);
  });

  it("a glob without a slash matches the basename at any depth, as in .gitignore", () => {
    check("*.md", ["a.md", "docs/de-de/a.md"], ["a.md/x", "a.yml"]);
    check("toc.yml", ["toc.yml", "x/y/toc.yml"], ["xtoc.yml", "toc.yml.bak"]);
    check("node_modules/", ["node_modules/a.md", "x/node_modules/a/b.md", "node_modules"], ["node_modulesx/a.md"]);
  });

  it("a leading / anchors to the base folder, a leading ./ is dropped", () => {
    check("/toc.yml", ["toc.yml"], ["x/toc.yml"]);
    check("./docs/*.md", ["docs/a.md"], ["x/docs/a.md"]);
  });

  it("treats regular expression characters, escapes and unclosed brackets literally", () => {
    check("a+(b).md", ["a+(b).md"], ["aab.md"]);
    check("what\\?.md", ["what?.md"], ["whatx.md"]);
    check("\\*.md", ["*.md"], ["a.md"]);
    check("x[.md", ["x[.md"], ["x.md"]);
    check("{a}.md", ["{a}.md"], ["a.md"]);
    check("x{a,b.md", ["x{a,b.md"], ["xa.md"]);
    check("$^.md", ["$^.md"], []);
  });

  it("is case-sensitive", () => {
    check("**/de-DE/*.md", ["x/de-DE/a.md"], ["x/de-de/a.md"]);
  });
});

describe("isGlob and globBase", () => {
  it("tells globs from plain paths, escapes and unclosed brackets included", async () => {
    const { isGlob, globBase } = await import("../../src/config/glob.js");
    for (const glob of ["*.md", "docs/?.md", "docs.{de-de,fr-fr}", "x[0-9].md", "a/**/b"]) expect(isGlob(glob), glob).toBe(true);
    for (const plain of ["docs/setup (old).md", "a|b.md", "x[.md", "{a}.md", "what\\?.md", "docs.de-de"]) expect(isGlob(plain), plain).toBe(false);
    expect(globBase("docs.de-de/*/a.md")).toBe("docs.de-de");
    expect(globBase("docs.*/articles/**/*.md")).toBe("");
    expect(globBase("a/b/c.md")).toBe("a/b");
  });
});
