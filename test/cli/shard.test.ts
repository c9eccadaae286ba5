// --shard i/n: every sibling group, whole, in exactly one shard; the shards together are the whole run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runIn } from "./run-in.js";
import { fnv1a, parseShard, shardOf } from "../../src/pipeline/shard.js";
import { lint } from "../../src/lint.js";

let tmp: string;
const locales = ["de-de", "ja-jp", "he-il"];
const articles = Array.from({ length: 24 }, (_, i) => `topics/article-${String(i + 1).padStart(2, "0")}.md`);

beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-shard-")));
  for (const rel of articles) {
    for (const locale of locales) {
      const file = path.join(tmp, `site.${locale}`, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const title = locale === "ja-jp" ? "記事" : locale === "he-il" ? "מאמר" : "Artikel";
      fs.writeFileSync(file, `---\ntitle: ${title}\nms.date: 06/02/2024\nms.contentlocale: ${locale}\n---\n# ${title}\n`);
    }
  }
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (argv: string[]) => runIn(tmp, argv);

/** The linted files of a `--format json` run, relative to the temporary folder. */
async function linted(argv: string[]): Promise<string[]> {
  const result = await run(["--format", "json", ...argv]);
  expect(result.stderr).toBe("");
  return (JSON.parse(result.stdout) as { filePath: string }[]).map((r) => path.relative(tmp, r.filePath).split(path.sep).join("/")).sort();
}

describe("--shard", () => {
  it("puts every sibling group, whole, in exactly one shard", async () => {
    const whole = await linted(["."]);
    expect(whole).toHaveLength(articles.length * locales.length);
    const shards = [];
    for (let i = 1; i <= 3; i++) shards.push(await linted(["--shard", `${i}/3`, "."]));

    expect(shards.flat().sort()).toEqual(whole);
    for (const rel of articles) {
      const holding = shards.map((files) => locales.filter((l) => files.includes(`site.${l}/${rel}`)).length);
      // All three locales of the article in one shard, none in the others.
      expect(holding.filter((n) => n === locales.length)).toHaveLength(1);
      expect(holding.filter((n) => n !== 0 && n !== locales.length)).toEqual([]);
    }
    // A hash that sends everything to one shard would pass the checks above: 24 groups spread out.
    expect(shards.every((files) => files.length > 0)).toBe(true);
  });

  it("gives the same split on every run and with 1/1 the whole run", async () => {
    expect(await linted(["--shard", "2/3", "."])).toEqual(await linted(["--shard", "2/3", "."]));
    expect(await linted(["--shard", "1/1", "."])).toEqual(await linted(["."]));
  });

  it("is available to the library as { index, count }", async () => {
    const cli = await linted(["--shard", "3/3", "."]);
    const outcome = await lint({ cwd: tmp, shard: { index: 3, count: 3 } });
    expect(outcome.results.map((r) => r.displayPath).sort()).toEqual(cli);
  });

  it.each(["0/3", "4/3", "1/0", "a/b", "2", "1/2/3", "-1/2", ""])("rejects %j with a usage error", async (value) => {
    const result = await run([`--shard=${value}`, "."]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`loclint: --shard expects i/n with 1 <= i <= n, such as 2/4, got "${value}"\nRun "loclint --help" for usage.\n`);
  });
});

describe("shard helpers", () => {
  it("parses i/n", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    expect(parseShard(" 1 / 1 ")).toEqual({ index: 1, count: 1 });
    expect(parseShard("5/4")).toBeNull();
  });

  it("hashes with 32-bit FNV-1a over UTF-8", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });

  it("hashes the group key relative to the working folder, so checkouts in different places agree", () => {
    const key = "site.{locale}/topics/article-01.md";
    expect(shardOf(path.join("/build/a", key), "/build/a", 7)).toBe(shardOf(path.join("/home/runner/work/b", key), "/home/runner/work/b", 7));
  });
});
