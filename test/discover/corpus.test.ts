// Discovery over the real side-by-side corpus (14 locale repositories), skipped when it is absent.
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ResolvedConfig } from "../../src/config/types.js";
import { discover } from "../../src/discover/index.js";

const dir = path.resolve(import.meta.dirname, "../../../shared/corpus/sxs");

const config: ResolvedConfig = {
  configFile: null,
  baseDir: dir,
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
};

describe.skipIf(!existsSync(dir))("discover on the sxs corpus", () => {
  it("finds 14 locales, each file a target once, siblings sharing their relative path", async () => {
    const result = await discover([dir], config, dir);
    expect(result.problems).toEqual([]);
    const files = result.groups.flatMap((g) => g.files);
    expect(new Set(files.map((f) => f.locale)).size).toBe(14);
    expect(files.every((f) => f.target && !f.isSource)).toBe(true);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    for (const group of result.groups) {
      expect(new Set(group.files.map((f) => f.relPath)).size).toBe(1);
      expect(group.key.endsWith(`/${group.files[0]!.relPath}`)).toBe(true);
    }
    const keys = result.groups.map((g) => g.key);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const activityLogs = result.groups.find((g) => g.files[0]!.relPath === "partner-center/activity-logs.md");
    expect(activityLogs?.files).toHaveLength(14);
  });

  it("lints one file against its 13 siblings on disk", async () => {
    const file = path.join(dir, "partner-center-pr.ja-jp/partner-center/activity-logs.md");
    const result = await discover([file], config, dir);
    expect(result.groups).toHaveLength(1);
    const files = result.groups[0]!.files;
    expect(files).toHaveLength(14);
    expect(files.filter((f) => f.target).map((f) => f.locale)).toEqual(["ja-jp"]);
  });
});
