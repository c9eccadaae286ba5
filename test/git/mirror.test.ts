// The git rules on a made-up VitePress site whose English sits at the root of docs/ and whose one
// translation (Chinese) sits in docs/zh/: the English pages are docs/ without docs/zh/.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeGitRepositories } from "../../src/git/history.js";
import { TestRepo } from "./repo.js";

describe("translation-orphaned and translation-stale with the English at docs/ and the translation in docs/zh/", () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = new TestRepo("loclint-mirror-");
    repo.write({
      "docs/index.md": "# Widget\n\nStart here.\n",
      "docs/guide/timeouts.md": "# Timeouts\n\nSet the timeout in seconds.\n",
      "docs/guide/retries.md": "# Retries\n\nRetry three times.\n",
      "docs/guide/logging.md": "# Logging\n\nLogs go to standard error.\n",
      "docs/zh/index.md": "# Widget\n\n从这里开始。\n",
      "docs/zh/guide/timeouts.md": "# 超时\n\n以秒为单位设置超时。\n",
      "docs/zh/guide/retries.md": "# 重试\n\n重试三次。\n",
      "docs/zh/guide/logging.md": "# 日志\n\n日志写入标准错误。\n",
    });
    repo.commit("English and Chinese");
    // The English timeouts page moves; the retries page changes. The translations stay as they were.
    fs.mkdirSync(path.join(repo.dir, "docs/reference"));
    repo.git("mv", "docs/guide/timeouts.md", "docs/reference/timeouts.md");
    repo.write({ "docs/guide/retries.md": "# Retries\n\nRetry five times.\n" });
    repo.commit("Move the timeouts page, retry more");
  });
  afterAll(() => {
    closeGitRepositories();
    repo.remove();
  });

  it("names where the Chinese page belongs and which one lags the English, from the site or from docs/zh/", async () => {
    for (const [cwd, prefix] of [[".", "docs/zh/"], ["docs/zh", ""]] as const) {
      const { files } = await repo.lint([], cwd);
      const said = files.flatMap((f) => f.messages.filter((m) => m.ruleId.startsWith("translation-")).map((m) => `${f.file} ${m.ruleId}: ${m.message.replace(/ \(commit "[0-9a-f]+", [\d-]+\)/, "").replace(/\("[0-9a-f]+", \d+ days? after it\)/, "(…)")}`));
      expect(said).toEqual([
        `docs/zh/guide/retries.md translation-stale: Expected the English "docs/guide/retries.md" to be unchanged since this translation was last changed but found 1 later English commit that changes it (…)`,
        `docs/zh/guide/timeouts.md translation-orphaned: Expected this translation at "${prefix}reference/timeouts.md", where its English file "docs/guide/timeouts.md" moved in the English history, but found it at "${prefix}guide/timeouts.md"`,
      ]);
    }
  });
});
