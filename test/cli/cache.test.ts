// --cache: a second run replays unchanged groups with identical output; a touched file re-lints its group only.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runIn } from "./run-in.js";
import { loadConfig } from "../../src/config/index.js";
import type { RuleSetting } from "../../src/config/types.js";
import { cacheFilePath, cacheKey, FileCache } from "../../src/pipeline/cache.js";
import { runLint } from "../../src/engine/run.js";
import { lint } from "../../src/lint.js";
import { rules } from "../../rules/index.js";
import { page } from "../rule-tester.js";

let dir: string;
const PAST = new Date("2024-01-02T03:04:05.678Z");
const locales = ["de-de", "ja-jp", "he-il"];
const articles = ["billing/invoices.md", "billing/payments.md", "account/profile.md", "account/users.md"];

const meta = (locale: string, id: string, extra: Record<string, string> = {}) => ({
  title: "Rechnungen",
  "ms.topic": "how-to",
  "ms.date": "04/12/2021",
  "ms.openlocfilehash": "2f1e0c4b9a7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f",
  "ms.sourcegitcommit": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
  "ms.translationtype": "MT",
  "ms.contentlocale": locale,
  "ms.locfileid": id,
  "ms.lasthandoff": "05/01/2021",
  ...extra,
});

function write(rel: string, content: string, time: Date = PAST): void {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  fs.utimesSync(file, time, time);
}

const run = (argv: string[]) => runIn(dir, argv);

/** One run through the engine with a FileCache, to count the groups linted and replayed. */
async function cachedRun(cliRules: Record<string, RuleSetting> = {}) {
  const config = await loadConfig({ cwd: dir, knownRules: new Map(rules.map((r) => [r.id, r])), cliRules });
  const cache = new FileCache(cacheFilePath(dir), cacheKey({ config, cwd: dir, toolVersion: "9.9.9" }));
  const outcome = await runLint({ cwd: dir, paths: ["."], config, rules, cache });
  cache.save();
  return { hits: cache.hits, misses: cache.misses, results: outcome.results };
}

beforeEach(() => {
  dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-cache-")));
  articles.forEach((rel, i) => {
    for (const locale of locales) {
      // A wrong locale in de-de, and a locfileid shared by two ja-jp files (a finding judged across groups).
      const shown = locale === "de-de" && i === 0 ? "de-AT" : locale;
      const id = locale === "ja-jp" && i < 2 ? "shared-id" : `${locale}-${i}`;
      write(`docs.${locale}/${rel}`, page(meta(shown, id), "# Titel\n\nText.\n"));
    }
  });
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("--cache", () => {
  it("gives the same output as a run without it, first and second time", async () => {
    const plain = await run(["--format", "json", "."]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain("locfileid-duplicate");
    expect(plain.stdout).toContain("contentlocale-mismatch");
    const first = await run(["--cache", "--format", "json", "."]);
    expect(fs.existsSync(path.join(dir, ".loclintcache"))).toBe(true);
    const second = await run(["--cache", "--format", "json", "."]);
    expect(first).toEqual(plain);
    expect(second).toEqual(plain);
    for (const format of ["stylish", "compact", "sarif"]) {
      expect(await run(["--cache", "--format", format, "."])).toEqual(await run(["--format", format, "."]));
    }
  });

  it("lints no group the second time, and only a touched file's group after that", async () => {
    const first = await cachedRun();
    expect(first).toMatchObject({ hits: 0, misses: articles.length });
    const second = await cachedRun();
    expect(second).toMatchObject({ hits: articles.length, misses: 0 });
    expect(second.results).toEqual(first.results);

    const touched = path.join(dir, "docs.he-il", articles[2]!);
    fs.utimesSync(touched, new Date(PAST.getTime() + 60_000), new Date(PAST.getTime() + 60_000));
    const third = await cachedRun();
    expect(third).toMatchObject({ hits: articles.length - 1, misses: 1 });
    expect(third.results).toEqual(first.results);
  });

  it("sees a changed file's new findings, and the cross-file ones it no longer causes", async () => {
    await run(["--cache", "."]);
    write(`docs.ja-jp/${articles[1]}`, page(meta("ja-jp", "own-id"), "# Titel\n\nText.\n"), new Date(PAST.getTime() + 60_000));
    write(`docs.he-il/${articles[3]}`, page(meta("he-IL-x", "he-il-3"), "# Titel\n\nText.\n"), new Date(PAST.getTime() + 60_000));
    const cached = await run(["--cache", "--format", "json", "."]);
    expect(cached).toEqual(await run(["--format", "json", "."]));
    expect(cached.stdout).not.toContain("locfileid-duplicate");
    expect(cached.stdout).toContain('but found \\"he-IL-x\\"');
  });

  it("starts over when the config or loclint's version changes", async () => {
    await cachedRun();
    expect(await cachedRun({ "contentlocale-mismatch": "warn" })).toMatchObject({ hits: 0, misses: articles.length });
    fs.writeFileSync(path.join(dir, "loclint.config.json"), '{ "rules": { "metadata-mismatch": "off" } }');
    expect(await cachedRun()).toMatchObject({ hits: 0, misses: articles.length });
    expect(await cachedRun()).toMatchObject({ hits: articles.length, misses: 0 });
    const config = await loadConfig({ cwd: dir, knownRules: new Map(rules.map((r) => [r.id, r])) });
    expect(cacheKey({ config, cwd: dir, toolVersion: "9.9.9" })).not.toBe(cacheKey({ config, cwd: dir, toolVersion: "9.9.10" }));
    expect(cacheKey({ config, cwd: dir, toolVersion: "9.9.9" })).toBe(cacheKey({ config, cwd: dir, toolVersion: "9.9.9" }));
  });

  it("ignores a corrupt cache and rewrites it", async () => {
    const plain = await run(["--format", "json", "."]);
    for (const junk of ["{ not json", '{"version":1,"key":"x","groups":5}', "null", ""]) {
      fs.writeFileSync(path.join(dir, ".loclintcache"), junk);
      expect(await run(["--cache", "--format", "json", "."])).toEqual(plain);
      expect(() => JSON.parse(fs.readFileSync(path.join(dir, ".loclintcache"), "utf8"))).not.toThrow();
    }
    // Right key, broken entries: treated as misses, never a crash.
    const data = JSON.parse(fs.readFileSync(path.join(dir, ".loclintcache"), "utf8"));
    for (const key of Object.keys(data.groups)) data.groups[key] = { files: "x", results: [null] };
    fs.writeFileSync(path.join(dir, ".loclintcache"), JSON.stringify(data));
    expect(await run(["--cache", "--format", "json", "."])).toEqual(plain);
    // Right stamps, mangled results: misses too, with and without --fix.
    const fresh = JSON.parse(fs.readFileSync(path.join(dir, ".loclintcache"), "utf8"));
    for (const entry of Object.values(fresh.groups) as { results: unknown[] }[]) entry.results = [{ filePath: "x", displayPath: "x", findings: [null] }];
    fs.writeFileSync(path.join(dir, ".loclintcache"), JSON.stringify(fresh));
    expect(await run(["--cache", "--format", "json", "."])).toEqual(plain);
    fs.writeFileSync(path.join(dir, ".loclintcache"), JSON.stringify(fresh));
    expect((await run(["--cache", "--fix-dry-run", "."])).stderr).toBe("");
  });

  it("treats hand-edited entries with the right key as misses, and never trusts stored counts (issue 12, item 11)", async () => {
    const plain = await run(["--format", "json", "."]);
    expect(plain.code).toBe(1);
    await run(["--cache", "."]);
    const cacheFile = path.join(dir, ".loclintcache");
    const pristine = fs.readFileSync(cacheFile, "utf8");
    type Entry = { results: Record<string, unknown>[] };
    const edits: [string, (entry: Entry) => void][] = [
      ["related: 5", (e) => e.results.forEach((r) => ((r.findings as Record<string, unknown>[]).forEach((f) => (f.related = 5)), (r.findings as unknown[]).length || (r.findings = [{ ruleId: "x", severity: "error", line: 1, column: 1, message: "m", related: 5 }])))],
      ["claims: [null]", (e) => e.results.forEach((r) => (r.claims = [null]))],
      ["line: \"1\"", (e) => e.results.forEach((r) => (r.findings = [{ ruleId: "x", severity: "error", line: "1", column: 1, message: "m" }]))],
      ["severity: 2", (e) => e.results.forEach((r) => (r.findings = [{ ruleId: "x", severity: 2, line: 1, column: 1, message: "m" }]))],
      ["fix range reversed", (e) => e.results.forEach((r) => (r.findings = [{ ruleId: "x", severity: "warn", line: 1, column: 1, message: "m", fix: { range: [5, 1], text: "" } }]))],
      ["files: [[1, 2]]", (e) => ((e as unknown as { files: unknown }).files = [[1, 2]])],
    ];
    for (const [what, edit] of edits) {
      const data = JSON.parse(pristine);
      for (const entry of Object.values(data.groups) as Entry[]) edit(entry);
      fs.writeFileSync(cacheFile, JSON.stringify(data));
      const r = await run(["--cache", "--format", "json", "."]);
      expect(r, what).toEqual(plain);
    }
    // Counts that lie: a failing run must still fail, with the counts of its findings.
    const lying = JSON.parse(pristine);
    for (const entry of Object.values(lying.groups) as Entry[]) {
      for (const r of entry.results) Object.assign(r, { errorCount: "x", warningCount: -4, fixableErrorCount: null });
    }
    fs.writeFileSync(cacheFile, JSON.stringify(lying));
    const replayed = await run(["--cache", "--format", "json", "."]);
    expect(replayed).toEqual(plain);
    expect(replayed.code).toBe(1);
  });

  it("--cache-location takes a file or a folder", async () => {
    await run(["--cache", "--cache-location", "tmp/lint-cache.json", "."]);
    expect(fs.existsSync(path.join(dir, "tmp/lint-cache.json"))).toBe(true);
    fs.mkdirSync(path.join(dir, "caches"));
    await run(["--cache", "--cache-location", "caches", "."]);
    expect(fs.existsSync(path.join(dir, "caches/.loclintcache"))).toBe(true);
    await run(["--cache", "--cache-location", "new-folder/", "."]);
    expect(fs.existsSync(path.join(dir, "new-folder/.loclintcache"))).toBe(true);
    expect(fs.existsSync(path.join(dir, ".loclintcache"))).toBe(false);
    const alone = await run(["--cache-location", "x", "."]);
    expect(alone.code).toBe(2);
    expect(alone.stderr.split("\n")[0]).toBe("loclint: --cache-location needs --cache");
  });

  it("does not replay fixable findings to --fix, nor fixed results to a later run", async () => {
    const de = path.join(dir, "docs.de-de", articles[0]!);
    await run(["--cache", "."]);
    const fixed = await run(["--cache", "--fix", "--format", "compact", "."]);
    expect(fs.readFileSync(de, "utf8")).toContain("ms.contentlocale: de-DE\n");
    expect(fixed.stdout).not.toContain("contentlocale-mismatch");
    const after = await run(["--cache", "--format", "json", "."]);
    expect(after).toEqual(await run(["--format", "json", "."]));
  });

  it("lint({ cache }) uses the same cache", async () => {
    const plain = await lint({ cwd: dir });
    const first = await lint({ cwd: dir, cache: true });
    const second = await lint({ cwd: dir, cache: true });
    expect(first.results).toEqual(plain.results);
    expect(second.results).toEqual(plain.results);
    expect(fs.existsSync(path.join(dir, ".loclintcache"))).toBe(true);
  });
});
