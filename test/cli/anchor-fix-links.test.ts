// `--fix` of anchor-translated never breaks a link that works: a translated heading id that other pages of
// the same locale link to keeps its name, while one nothing links to is put back to the English. A made-up
// MkDocs site translated by file name (`index.he.md` beside `index.md`), where every locale shares a folder.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestRepo } from "../git/repo.js";

describe("anchor-translated --fix and the links of the locale (MkDocs suffix layout)", () => {
  let repo: TestRepo;
  const files = {
    "mkdocs.yml": "site_name: Widget\nplugins:\n  - i18n:\n      docs_structure: suffix\n      languages:\n        - locale: en\n          default: true\n        - locale: zh\n        - locale: he\n        - locale: de\n",
    "docs/index.md": "# Widget\n\n## Quick start {#quick-start}\n\nInstall it.\n",
    // Hebrew: the translated id is what the Hebrew guide links to.
    "docs/index.he.md": "# Widget\n\n## התחלה מהירה {#התחלה-מהירה}\n\nהתקינו אותו.\n",
    "docs/guide/timeouts.md": "# Timeouts\n\nSee [quick start](../index.md#quick-start).\n",
    "docs/guide/timeouts.he.md": "# זמנים קצובים\n\nראו [התחלה מהירה](../index.md#התחלה-מהירה).\n",
    // Chinese: a translated id nothing in Chinese links to; the German page links to that name, which is not Chinese's concern.
    "docs/index.zh.md": "# Widget\n\n## 快速入门 {#快速入门}\n\n安装它。\n",
    "docs/guide/timeouts.zh.md": "# 超时\n\n参见[快速入门](../index.md#quick-start)。\n",
    "docs/index.de.md": "# Widget\n\n## Schnellstart {#quick-start}\n\nInstallieren Sie es.\n",
    "docs/guide/timeouts.de.md": "# Zeitlimits\n\nSiehe [Schnellstart](../index.md#快速入门).\n",
  };
  beforeAll(() => {
    repo = new TestRepo("loclint-anchor-fix-");
    repo.write(files);
  });
  afterAll(() => repo.remove());

  it("reports both, and says why the linked one has no fix (RTL, CJK)", async () => {
    const { files: linted } = await repo.lint([]);
    const found = linted.flatMap((f) => f.messages.filter((m) => m.ruleId === "anchor-translated").map((m) => `${f.file}:${m.line} ${m.message}`));
    expect(found).toEqual([
      'docs/index.he.md:3 Expected anchor "quick-start" as in the English source but found "התחלה-מהירה" (no automatic fix: "guide/timeouts.he.md" links to it)',
      'docs/index.zh.md:3 Expected anchor "quick-start" as in the English source but found "快速入门"',
    ]);
  });

  it("--fix renames only the anchor no link of its locale uses, and every link still resolves", async () => {
    const run = await repo.run(["--fix", "--format", "compact"]);
    expect(repo.read("docs/index.zh.md")).toBe("# Widget\n\n## 快速入门 {#quick-start}\n\n安装它。\n");
    expect(repo.read("docs/index.he.md")).toBe(files["docs/index.he.md"]);
    expect(run.stdout).not.toMatch(/link-fragment-unresolved.*timeouts\.he\.md/);
    expect(run.stdout).toMatch(/docs\/index\.he\.md:3:\d+: error anchor-translated/);
  });
});
