// translation-stale and English commits that only rewrap: an English file that differs from the version a
// translation was made from only in whitespace and line wrapping (front matter too) is not stale, and when
// some commits since are cosmetic and some are not, only the others are counted and the latest named.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeGitRepositories } from "../../src/git/history.js";
import { type Linted, TestRepo } from "./repo.js";

const englishV1 = [
  "---",
  "title: Getting started",
  "description: Install Lantern and start the service.",
  "---",
  "",
  "# Getting started",
  "",
  "Download the release for your system, unpack it to `/opt/lantern` and start the service. The first start takes a minute.",
  "",
].join("\n");
/** The same words, rewrapped, with CRLF line endings and blanks added in the front matter. */
const englishRewrapped = [
  "---",
  "title:   Getting started",
  "description: Install Lantern and",
  "  start the service.",
  "---",
  "",
  "# Getting started",
  "",
  "Download the release for your system, unpack it to `/opt/lantern`",
  "and start the service.  The first start takes a minute.",
  "",
].join("\r\n");
/** A real change: another number of minutes. */
const englishV2 = englishRewrapped.replace("a minute", "two minutes");
const englishV2Rewrapped = englishV2.replace("`/opt/lantern`\r\nand", "`/opt/lantern` and").replace("service.  The", "service.\r\nThe");

const german = (pin: string) =>
  ["---", "title: Erste Schritte", `default_lang_commit: ${pin}`, "---", "", "# Erste Schritte", "", "Laden Sie das Release herunter und starten Sie den Dienst. Der erste Start dauert eine Minute.", ""].join("\n");
const japanese = ["---", "title: はじめに", "---", "", "# はじめに", "", "リリースをダウンロードしてサービスを起動します。初回の起動には 1 分かかります。", ""].join("\n");
const arabic = ["---", "title: البدء", "---", "", "# البدء", "", "نزّل الإصدار وشغّل الخدمة. يستغرق التشغيل الأول دقيقة.", ""].join("\n");

const guide = "docs/start.md";

function stale(files: Linted[]): string[] {
  return files.flatMap((f) => f.messages.filter((m) => m.ruleId === "translation-stale").map((m) => `${f.file}: ${m.message}`));
}

describe("translation-stale and English commits that change only whitespace and line wrapping", () => {
  let repo: TestRepo;
  let c1 = "";
  beforeAll(() => {
    repo = new TestRepo("loclint-stale-cosmetic-");
    repo.write({ [`content/en/${guide}`]: englishV1, "content/en/_index.md": "---\ntitle: Lantern\n---\n\nWelcome.\n", [`content/ja/${guide}`]: japanese, [`content/ar/${guide}`]: arabic });
    c1 = repo.commitOnDay("English guide, Japanese and Arabic", 0);
    repo.write({ [`content/de/${guide}`]: german(c1) });
    repo.commitOnDay("German guide pinned to c1", 1);
  });
  afterAll(() => {
    closeGitRepositories();
    repo.remove();
  });

  it("a rewrap alone (body, front matter, CRLF) leaves every translation current: pinned, and by history (CJK, RTL)", async () => {
    repo.write({ [`content/en/${guide}`]: englishRewrapped });
    repo.commitOnDay("English: rewrap", 2);
    closeGitRepositories();
    const { files } = await repo.lint(["content"]);
    expect(stale(files)).toEqual([]);
    // Nor do the drift rules see anything to translate.
    const drift = files.flatMap((f) => f.messages.filter((m) => /^block-|heading-changed|code-block-mismatch/.test(m.ruleId)));
    expect(drift).toEqual([]);
  });

  it("a real change after the rewrap is reported, counted without the rewrap, which is said apart", async () => {
    repo.write({ [`content/en/${guide}`]: englishV2 });
    const c3 = repo.commitOnDay("English: the first start takes longer", 5);
    closeGitRepositories();
    const { files } = await repo.lint(["content"]);
    const c = c1.slice(0, 12);
    const latest = c3.slice(0, 12);
    const cosmetic = ", and 1 that changes only whitespace and line wrapping";
    expect(stale(files)).toEqual([
      `content/ar/${guide}: Expected the English "content/en/${guide}" to be unchanged since this translation was last changed (commit "${c}", 2024-01-01) but found 1 later English commit that changes it ("${latest}", 5 days after it)${cosmetic}`,
      `content/de/${guide}: Expected the English "content/en/${guide}" to be unchanged since default_lang_commit "${c1}" but found 1 later commit that changes it ("${latest}", 5 days after it)${cosmetic}`,
      `content/ja/${guide}: Expected the English "content/en/${guide}" to be unchanged since this translation was last changed (commit "${c}", 2024-01-01) but found 1 later English commit that changes it ("${latest}", 5 days after it)${cosmetic}`,
    ]);
  });

  it("a rewrap after the real change does not become the latest change", async () => {
    repo.write({ [`content/en/${guide}`]: englishV2Rewrapped });
    const c4 = repo.commitOnDay("English: rewrap again", 9);
    closeGitRepositories();
    const { files } = await repo.lint(["content/de"]);
    const found = stale(files);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/but found 1 later commit that changes it \("[0-9a-f]{12}", 5 days after it\), and 2 that change only whitespace and line wrapping$/);
    expect(found[0]).not.toContain(c4.slice(0, 12));
  });

  it("a translation updated after the real change is current again, whatever rewraps follow", async () => {
    repo.write({ [`content/ja/${guide}`]: japanese.replace("1 分", "2 分") });
    repo.commitOnDay("Japanese: two minutes", 10);
    repo.write({ [`content/en/${guide}`]: englishV2 });
    repo.commitOnDay("English: rewrap back", 11);
    closeGitRepositories();
    const { files } = await repo.lint(["content/ja"]);
    expect(stale(files)).toEqual([]);
  });
});
