// metadata-missing and metadata-mismatch on a Hugo site (content/<lang>/ beside hugo.toml), whose
// front-matter keys are case-insensitive: `Title:` is `title:`. Made-up pages in Spanish, Japanese and Arabic.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lint } from "../../src/lint.js";
import type { Finding } from "../../src/types.js";

const fm = (lines: string[], body: string) => ["---", ...lines, "---", "", body, ""].join("\n");

describe("metadata rules on a Hugo site", () => {
  let dir: string;
  const found = new Map<string, Finding[]>();
  const of = (rel: string, rule: string) => (found.get(rel) ?? []).filter((f) => f.ruleId === rule);

  beforeAll(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-hugo-meta-")));
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    write("hugo.toml", 'title = "Lantern"\ndefaultContentLanguage = "en"\n');
    write("content/en/_index.md", fm(["title: Lantern"], "Welcome."));
    write("content/es/_index.md", fm(["title: Lantern"], "Bienvenida."));
    write("content/ja/_index.md", fm(["title: Lantern"], "ようこそ。"));
    write("content/ar/_index.md", fm(["title: Lantern"], "مرحبًا."));
    // The English has title and description; the Spanish writes its keys capitalized.
    write("content/en/docs/charts.md", fm(["title: Lantern charts", "description: Install Lantern with charts"], "Install the chart."));
    write("content/es/docs/charts.md", fm(["Title: Charts de Lantern", "Description: Instalar Lantern con charts"], "Instale el chart."));
    write("content/ja/docs/charts.md", fm(["title: Lantern チャート"], "チャートをインストールします。"));
    // A blog post: the author as in the English, the Arabic key capitalized.
    write("content/en/blog/launch.md", fm(["title: Launch", "author: Ada Example"], "We launched."));
    write("content/ar/blog/launch.md", fm(["title: الإطلاق", "Author: Ada Example"], "أطلقنا."));
    write("content/ja/blog/launch.md", fm(["title: ローンチ", "author: Someone Else"], "ローンチしました。"));
    // A page only the Japanese has, without a description.
    write("content/ja/docs/android.md", fm(["title: Android", "# description:"], "近日公開！"));
    const outcome = await lint({ cwd: dir, paths: ["content"] });
    for (const r of outcome.results) found.set(path.relative(dir, path.resolve(dir, r.filePath)).split(path.sep).join("/"), r.findings);
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reads `Title:` and `Description:` as title and description (Hugo keys are case-insensitive)", () => {
    expect(of("content/es/docs/charts.md", "metadata-missing")).toEqual([]);
  });

  it("still reports a key the English has and the translation lacks in any case", () => {
    expect(of("content/ja/docs/charts.md", "metadata-missing").map((f) => [f.line, f.message])).toEqual([[1, 'Expected metadata key "description" but found none']]);
  });

  it("compares `Author:` with the English `author:`, and reports a different author", () => {
    expect(of("content/ar/blog/launch.md", "metadata-mismatch")).toEqual([]);
    expect(of("content/ja/blog/launch.md", "metadata-mismatch").map((f) => f.message)).toEqual(['Expected author "Ada Example" as in the English source but found "Someone Else"']);
  });

  it("asks a page with no English counterpart and no sibling for no key", () => {
    expect(of("content/ja/docs/android.md", "metadata-missing")).toEqual([]);
  });
});
