// segment-code-mismatch on a plain translation says when the English changed the block's code since the
// version the translation was made from (its pin, or its last commit), as code-block-mismatch and
// block-changed do; code the translation got wrong against that version gets no such note.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeGitRepositories } from "../../src/git/history.js";
import { type Linted, TestRepo } from "./repo.js";

const englishV1 = ["---", "title: Setup", "---", "", "# Setup", "", "Install version `1.4.0` of the CLI.", "", "Then run `lantern init` in `~/project`.", ""].join("\n");
const englishV2 = englishV1.replace("`1.4.0`", "`1.5.0`");

const german = (pin: string) =>
  ["---", "title: Einrichtung", `default_lang_commit: ${pin}`, "---", "", "# Einrichtung", "", "Installieren Sie Version `1.4.0` der CLI.", "", "Führen Sie dann `lantern setup` in `~/project` aus.", ""].join("\n");
/** No pin: its last commit stands in. */
const japanese = ["---", "title: セットアップ", "---", "", "# セットアップ", "", "CLI のバージョン `1.4.0` をインストールします。", "", "次に `~/project` で `lantern init` を実行します。", ""].join("\n");
const arabic = (pin: string) =>
  ["---", "title: الإعداد", `default_lang_commit: ${pin}`, "---", "", "# الإعداد", "", "ثبّت الإصدار `1.4.0` من الأداة.", "", "ثم شغّل `lantern init` في `~/project`.", ""].join("\n");

function codeFindings(files: Linted[], file: string): string[] {
  return (files.find((f) => f.file === file)?.messages ?? []).filter((m) => m.ruleId === "segment-code-mismatch").map((m) => `${m.line} ${m.message}`);
}

describe("segment-code-mismatch through the English a translation was made from", () => {
  let repo: TestRepo;
  let c1 = "";
  beforeAll(() => {
    repo = new TestRepo("loclint-segment-since-");
    repo.write({ "content/en/docs/setup.md": englishV1, "content/en/_index.md": "---\ntitle: Lantern\n---\n\nWelcome.\n", "content/ja/docs/setup.md": japanese });
    repo.commitOnDay("English setup and its Japanese translation", 0);
    c1 = repo.git("rev-parse", "HEAD").trim();
    repo.write({ "content/de/docs/setup.md": german(c1) });
    repo.commitOnDay("German setup pinned to c1", 1);
    repo.write({ "content/en/docs/setup.md": englishV2 });
    repo.commitOnDay("Setup: version 1.5.0", 2);
    const c3 = repo.git("rev-parse", "HEAD").trim();
    repo.write({ "content/ar/docs/setup.md": arabic(c3) });
    repo.commitOnDay("Arabic setup pinned to c3", 3);
  });
  afterAll(() => {
    closeGitRepositories();
    repo.remove();
  });

  it("pinned: the English change since the pin is said so; the translation's own wrong code is not", async () => {
    const { files } = await repo.lint(["content"]);
    expect(codeFindings(files, "content/de/docs/setup.md")).toEqual([
      `8 Expected code "\`1.5.0\`" as in the English source (changed since default_lang_commit "${c1.slice(0, 12)}") but found "\`1.4.0\`"`,
      '10 Expected code "`lantern init`" as in the English source but found "`lantern setup`"',
    ]);
  });

  it("without a pin, the translation's last commit stands in (CJK)", async () => {
    const { files } = await repo.lint(["content"]);
    expect(codeFindings(files, "content/ja/docs/setup.md")).toEqual([
      `7 Expected code "\`1.5.0\`" as in the English source (changed since this translation's last commit "${c1.slice(0, 12)}") but found "\`1.4.0\`"`,
    ]);
  });

  it("pinned to the English as it is: no note, the translation's own defect (RTL)", async () => {
    const { files } = await repo.lint(["content"]);
    expect(codeFindings(files, "content/ar/docs/setup.md")).toEqual(['8 Expected code "`1.5.0`" as in the English source but found "`1.4.0`"']);
  });
});
