// Drift through the English a translation was made from: its pin (default_lang_commit) or, without one, its
// last commit, read from a git history the test builds. A translation's own defects are told apart from the
// English changes since, and a later cosmetic commit to a translation cannot hide an untranslated English change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeGitRepositories } from "../../src/git/history.js";
import { type Linted, TestRepo } from "./repo.js";

const driftRules = new Set(["block-missing", "block-extra", "block-changed", "heading-changed", "code-block-mismatch"]);

const englishV1 = [
  "---",
  "title: Guide",
  "---",
  "",
  "## Install {#install}",
  "",
  "Download the [release](https://example.com/releases) for your system.",
  "",
  "Unpack it to `/opt/lantern`.",
  "",
  "## Run {#run}",
  "",
  "Start it on port 8080:",
  "",
  "```bash",
  "# start the service",
  "lantern start --port 8080",
  "```",
  "",
  "Old builds need the [legacy flag](legacy.md).",
  "",
].join("\n");

// c2: a link's target changed, a paragraph added, a number changed, a paragraph removed, a code line changed.
const englishV2 = englishV1
  .replace("(https://example.com/releases)", "(https://example.com/downloads)")
  .replace("Unpack it to `/opt/lantern`.\n", "Unpack it to `/opt/lantern`.\n\nCheck the [checksum](checksum.md) first.\n")
  .replace("Start it on port 8080:", "Start it on port 9090:")
  .replace("lantern start --port 8080", "lantern start --port 9090")
  .replace("\nOld builds need the [legacy flag](legacy.md).\n", "");

/** The Japanese, pinned: it lacks "Unpack it" (its own defect) and keeps the legacy paragraph the English removed since. */
const japanese = (pin: string) =>
  [
    "---",
    "title: ガイド",
    `default_lang_commit: ${pin}`,
    "---",
    "",
    "## インストール {#install}",
    "",
    "お使いのシステム用の[リリース](https://example.com/releases)をダウンロードします。",
    "",
    "## 実行 {#run}",
    "",
    "ポート 8080 で起動します:",
    "",
    "```bash",
    "# サービスを起動する",
    "lantern start --port 8080",
    "```",
    "",
    "古いビルドには[レガシーフラグ](legacy.md)が必要です。",
    "",
  ].join("\n");

/** The Arabic, with no pin: made at c1 (history stands in); a faithful translation of it. */
const arabic = [
  "---",
  "title: الدليل",
  "---",
  "",
  "## التثبيت {#install}",
  "",
  "نزّل [الإصدار](https://example.com/releases) لنظامك.",
  "",
  "فك ضغطه في `/opt/lantern`.",
  "",
  "## التشغيل {#run}",
  "",
  "شغّله على المنفذ 8080:",
  "",
  "```bash",
  "# تشغيل الخدمة",
  "lantern start --port 8080",
  "```",
  "",
  "تحتاج الإصدارات القديمة إلى [علامة قديمة](legacy.md).",
  "",
].join("\n");

function drift(files: Linted[], file: string): string[] {
  return (files.find((f) => f.file === file)?.messages ?? []).filter((m) => driftRules.has(m.ruleId)).map((m) => `${m.line} ${m.ruleId} ${m.message}`);
}

describe("drift through the English a translation was made from", () => {
  let repo: TestRepo;
  let c1 = "";
  beforeAll(() => {
    repo = new TestRepo("loclint-drift-base-");
    repo.write({ "content/en/docs/guide.md": englishV1, "content/en/_index.md": "---\ntitle: Lantern\n---\n\nWelcome.\n", "content/ar/docs/guide.md": arabic });
    repo.commitOnDay("English guide and its Arabic translation", 0);
    c1 = repo.git("rev-parse", "HEAD").trim();
    repo.write({ "content/ja/docs/guide.md": japanese(c1) });
    repo.commitOnDay("Japanese guide pinned to c1", 1);
    repo.write({ "content/en/docs/guide.md": englishV2 });
    repo.commitOnDay("Guide: checksum, port 9090, no legacy builds", 2);
  });
  afterAll(() => {
    closeGitRepositories();
    repo.remove();
  });
  const short = () => c1.slice(0, 12);

  it("pinned: the translation's own gap against its pin, and each English change since, told apart", async () => {
    const { files } = await repo.lint(["content"]);
    const since = `default_lang_commit "${short()}"`;
    expect(drift(files, "content/ja/docs/guide.md")).toEqual([
      `8 block-changed Expected link target "https://example.com/downloads" as in the English source's block, changed since ${since}, but found "https://example.com/releases"`,
      `10 block-missing Expected a paragraph "Check the [checksum](checksum.md) first.", added to the English source since ${since}, before this block but found none`,
      '10 block-missing Expected a paragraph "Unpack it to `/opt/lantern`." as in the English source before this block but found none',
      `12 block-changed Expected "9090" as in the English source's block, changed since ${since}, but found "8080"`,
      `16 code-block-mismatch Expected "9090" in this code line as in the English source (changed since ${since}) but found "8080"`,
      `19 block-extra Expected no paragraph here, removed from the English source since ${since}, but found "古いビルドには[レガシーフラグ](legacy.md)が必要です。"`,
    ]);
  });

  it("without a pin: the English at the translation's last commit stands in, and a later cosmetic commit cannot hide a change", async () => {
    const since = `this translation's last commit "${short()}"`;
    const before = drift((await repo.lint(["content/ar"])).files, "content/ar/docs/guide.md");
    expect(before).toEqual([
      `7 block-changed Expected link target "https://example.com/downloads" as in the English source's block, changed since ${since}, but found "https://example.com/releases"`,
      `11 block-missing Expected a paragraph "Check the [checksum](checksum.md) first.", added to the English source since ${since}, before this block but found none`,
      `13 block-changed Expected "9090" as in the English source's block, changed since ${since}, but found "8080"`,
      `17 code-block-mismatch Expected "9090" in this code line as in the English source (changed since ${since}) but found "8080"`,
      `20 block-extra Expected no paragraph here, removed from the English source since ${since}, but found "تحتاج الإصدارات القديمة إلى [علامة قديم…"`,
    ]);
    // A typo fixed in the Arabic after the English change: its last commit is now newer than the English one.
    repo.write({ "content/ar/docs/guide.md": arabic.replace("لنظامك.", "لنظام التشغيل لديك.") });
    repo.commitOnDay("Arabic: wording", 3);
    // A new run: what git said about the history before this commit is forgotten.
    closeGitRepositories();
    const after = drift((await repo.lint(["content/ar"])).files, "content/ar/docs/guide.md");
    expect(after).toEqual(before.map((m) => m.replace(/, added to the English source since [^,]*,/, " as in the English source").replace(/, changed since [^,]*,/, "").replace(/ \(changed since [^)]*\)/, "").replace(/, removed from the English source since [^,]*,/, " as in the English source")));
  });
});
