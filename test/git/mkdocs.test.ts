// translation-orphaned on a made-up MkDocs site translated by file name (`page.zh.md` beside `page.md`)
// whose git history the test builds: the path it names is where the translation belongs, as the user sees it.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeGitRepositories } from "../../src/git/history.js";
import { TestRepo } from "./repo.js";

describe("translation-orphaned on an MkDocs site (suffix layout)", () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = new TestRepo("loclint-mkdocs-");
    repo.write({
      "mkdocs.yml": "site_name: Widget\nplugins:\n  - i18n:\n      languages:\n        - locale: en\n          default: true\n        - locale: zh\n        - locale: he\n",
      "docs/index.md": "# Widget\n\nStart here.\n",
      "docs/index.zh.md": "# Widget\n\n从这里开始。\n",
      "docs/index.he.md": "# Widget\n\nהתחילו כאן.\n",
      "docs/user-guide/timeouts.md": "# Timeouts\n\nSet the timeout in seconds.\n",
      "docs/user-guide/timeouts.zh.md": "# 超时\n\n以秒为单位设置超时。\n",
      "docs/user-guide/timeouts.he.md": "# זמני קצובה\n\nהגדירו את הזמן הקצוב בשניות.\n",
    });
    repo.commit("English and translations");
    // Only the English page moves; its translations stay behind.
    fs.mkdirSync(path.join(repo.dir, "docs/guide"));
    repo.git("mv", "docs/user-guide/timeouts.md", "docs/guide/timeouts.md");
    repo.commit("Move the timeouts page");
  });
  afterAll(() => {
    closeGitRepositories();
    repo.remove();
  });

  const orphaned = async (cwd: string) => {
    const { files } = await repo.lint([], cwd);
    return files.flatMap((f) => f.messages.filter((m) => m.ruleId === "translation-orphaned").map((m) => m.message.replace(/ \(commit "[0-9a-f]+", [\d-]+\)/, "")));
  };

  it("names the translation's new path with its locale in the name, relative to the site (zh, he)", async () => {
    expect(await orphaned(".")).toEqual([
      'Expected this translation at "docs/guide/timeouts.he.md", where its English file "docs/user-guide/timeouts.md" moved in the English history, but found it at "docs/user-guide/timeouts.he.md"',
      'Expected this translation at "docs/guide/timeouts.zh.md", where its English file "docs/user-guide/timeouts.md" moved in the English history, but found it at "docs/user-guide/timeouts.zh.md"',
    ]);
  });

  it("names it relative to where the run starts, inside the docs folder", async () => {
    expect(await orphaned("docs/user-guide")).toEqual([
      'Expected this translation at "../guide/timeouts.he.md", where its English file "docs/user-guide/timeouts.md" moved in the English history, but found it at "timeouts.he.md"',
      'Expected this translation at "../guide/timeouts.zh.md", where its English file "docs/user-guide/timeouts.md" moved in the English history, but found it at "timeouts.zh.md"',
    ]);
  });
});
