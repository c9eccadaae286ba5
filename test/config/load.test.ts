// loadConfig: file formats, upward lookup, package.json, --config, defaults and merging.
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type KnownRule, loadConfig } from "../../src/config/index.js";

const knownRules = new Map<string, KnownRule>([
  ["anchor-names", { id: "anchor-names", defaultSeverity: "error" }],
  ["span-pairing", { id: "span-pairing", defaultSeverity: "warn", defaultOptions: { maxMissing: 0, ignoreTags: ["br"] } }],
  ["metadata-mismatch", { id: "metadata-mismatch", defaultSeverity: "warn", defaultOptions: { keys: ["title"] } }],
]);

let root: string;

beforeEach(async () => {
  // realpath: on macOS the temporary folder is behind a symlink.
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), "loclint-config-")));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function write(relative: string, text: string): Promise<string> {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

describe("config file formats", () => {
  it("reads loclint.config.json", async () => {
    const file = await write("loclint.config.json", JSON.stringify({ rules: { "anchor-names": "warn" } }));
    const config = await loadConfig({ cwd: root, knownRules });
    expect(config.configFile).toBe(file);
    expect(config.baseDir).toBe(root);
    expect(config.rules.get("anchor-names")).toEqual({ severity: "warn", options: {} });
  });

  it("reads loclint.config.jsonc with comments, trailing commas and a BOM", async () => {
    await write(
      "loclint.config.jsonc",
      '\uFEFF{\n  // German docs are reviewed by hand\n  "rules": { "anchor-names": "off", /* for now */ },\n}\n',
    );
    const config = await loadConfig({ cwd: root, knownRules });
    expect(config.rules.get("anchor-names")?.severity).toBe("off");
  });

  it("reads loclint.config.yaml and loclint.config.yml", async () => {
    await write("a/loclint.config.yaml", "rules:\n  anchor-names: off\n  span-pairing: [error, { maxMissing: 2 }]\n");
    await write("b/loclint.config.yml", "sourceLocale: en-gb\n");
    const a = await loadConfig({ cwd: path.join(root, "a"), knownRules });
    expect(a.rules.get("anchor-names")?.severity).toBe("off");
    expect(a.rules.get("span-pairing")).toEqual({ severity: "error", options: { maxMissing: 2, ignoreTags: ["br"] } });
    const b = await loadConfig({ cwd: path.join(root, "b"), knownRules });
    expect(b.sourceLocale).toBe("en-gb");
  });

  it("reads .loclintrc.json", async () => {
    const file = await write(".loclintrc.json", '{ "gitignore": false }');
    const config = await loadConfig({ cwd: root, knownRules });
    expect(config.configFile).toBe(file);
    expect(config.gitignore).toBe(false);
  });

  it("reads the loclint key of package.json", async () => {
    const file = await write("package.json", JSON.stringify({ name: "docs", loclint: { rules: { "anchor-names": 1 } } }));
    const config = await loadConfig({ cwd: root, knownRules });
    expect(config.configFile).toBe(file);
    expect(config.rules.get("anchor-names")?.severity).toBe("warn");
  });

  it("treats an empty or comment-only file as an empty config", async () => {
    await write("a/loclint.config.yaml", "# nothing yet\n");
    await write("b/loclint.config.jsonc", "// nothing yet\n");
    for (const dir of ["a", "b"]) {
      const config = await loadConfig({ cwd: path.join(root, dir), knownRules });
      expect(config.configFile).not.toBeNull();
      expect(config.rules.get("anchor-names")?.severity).toBe("error");
    }
  });
});

describe("config lookup", () => {
  it("searches upward from cwd, and the config folder is the base for relative paths", async () => {
    const file = await write("loclint.config.yaml", "source: ./docs.en-us\nmarkdownlint: .markdownlint.yaml\n");
    await mkdir(path.join(root, "docs.en-us"), { recursive: true });
    const cwd = path.join(root, "docs.de-de", "articles");
    await mkdir(cwd, { recursive: true });
    const config = await loadConfig({ cwd, knownRules });
    expect(config.configFile).toBe(file);
    expect(config.baseDir).toBe(root);
    expect(config.source).toBe(path.join(root, "docs.en-us"));
    expect(config.markdownlint).toBe(path.join(root, ".markdownlint.yaml"));
  });

  it("takes the nearest folder's config over one further up", async () => {
    await write("loclint.config.json", '{ "sourceLocale": "en-gb" }');
    const near = await write("sub/.loclintrc.json", '{ "sourceLocale": "en-au" }');
    const config = await loadConfig({ cwd: path.join(root, "sub"), knownRules });
    expect(config.configFile).toBe(near);
    expect(config.sourceLocale).toBe("en-au");
  });

  it("within a folder, takes the first name in the documented order", async () => {
    const names = ["loclint.config.json", "loclint.config.jsonc", "loclint.config.yaml", "loclint.config.yml", ".loclintrc.json"];
    for (const [index, name] of names.entries()) {
      const locale = `en-${index}`;
      await write(name, name.endsWith("json") || name.endsWith("jsonc") ? JSON.stringify({ sourceLocale: locale }) : `sourceLocale: ${locale}\n`);
    }
    await write("package.json", JSON.stringify({ loclint: { sourceLocale: "en-pkg" } }));
    const order = [...names, "package.json"];
    for (const [index, name] of order.entries()) {
      const config = await loadConfig({ cwd: root, knownRules });
      expect(config.configFile).toBe(path.join(root, name));
      expect(config.sourceLocale).toBe(index < names.length ? `en-${index}` : "en-pkg");
      await rm(path.join(root, name));
    }
  });

  it("skips a package.json without a loclint key and goes on upward", async () => {
    const file = await write("loclint.config.json", '{ "sourceLocale": "en-gb" }');
    await write("site/package.json", JSON.stringify({ name: "site", version: "1.0.0" }));
    const config = await loadConfig({ cwd: path.join(root, "site"), knownRules });
    expect(config.configFile).toBe(file);
  });

  it("with --config, reads that file (relative to cwd) and searches nowhere", async () => {
    await write("loclint.config.json", '{ "sourceLocale": "en-gb" }');
    const file = await write("configs/strict.yaml", "rules:\n  span-pairing: error\n");
    const config = await loadConfig({ cwd: root, configPath: "configs/strict.yaml", knownRules });
    expect(config.configFile).toBe(file);
    expect(config.baseDir).toBe(path.join(root, "configs"));
    expect(config.sourceLocale).toBe("en-us");
    expect(config.rules.get("span-pairing")?.severity).toBe("error");
  });

  it("with --config, reads a package.json's loclint key", async () => {
    await write("pkg/package.json", JSON.stringify({ loclint: { include: ["**/*.md"] } }));
    const config = await loadConfig({ cwd: root, configPath: "pkg/package.json", knownRules });
    expect(config.include).toEqual(["**/*.md"]);
  });
});

describe("zero configuration", () => {
  it("uses every default when there is no config file", async () => {
    const config = await loadConfig({ cwd: root, knownRules });
    expect(config).toEqual({
      configFile: null,
      baseDir: root,
      rules: new Map([
        ["anchor-names", { severity: "error", options: {} }],
        ["span-pairing", { severity: "warn", options: { maxMissing: 0, ignoreTags: ["br"] } }],
        ["metadata-mismatch", { severity: "warn", options: { keys: ["title"] } }],
      ]),
      layout: "auto",
      source: null,
      sourceLocale: "en-us",
      include: ["**/*.md", "**/*.mdx", "**/*.yml", "**/*.yaml"],
      ignore: ["**/node_modules/**", "**/.git/**"],
      gitignore: true,
      scope: "published",
      overrides: [],
      markdownlint: false,
      provenance: { commitKeys: ["ms.sourcegitcommit", "l10n.sourceCommit", "default_lang_commit"], hashKey: "ms.openlocfilehash" },
      cliRules: {},
    });
  });

  it("reads the provenance keys, and rejects a hash key that is not a string or null", async () => {
    const dir = path.join(root, "provenance-config");
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "loclint.config.json"), JSON.stringify({ provenance: { commitKey: "l10n.sourceCommit", hashKey: null } }));
    const config = await loadConfig({ cwd: dir, knownRules });
    expect(config.provenance).toEqual({ commitKeys: ["l10n.sourceCommit"], hashKey: null });
    await writeFile(path.join(dir, "loclint.config.json"), JSON.stringify({ provenance: { hashKey: 3 } }));
    await expect(loadConfig({ cwd: dir, knownRules })).rejects.toThrow(/provenance\.hashKey: expected a front-matter key or null/);
    await writeFile(path.join(dir, "loclint.config.json"), JSON.stringify({ provenance: { commitkey: "x" } }));
    await expect(loadConfig({ cwd: dir, knownRules })).rejects.toThrow(/unknown key "commitkey"; did you mean "commitKey"/);
  });

  it("gives each rule its own copy of the default options", async () => {
    const config = await loadConfig({ cwd: root, knownRules });
    expect(config.rules.get("span-pairing")?.options).not.toBe(knownRules.get("span-pairing")?.defaultOptions);
  });
});

describe("merging", () => {
  it("shallow-merges given options over the defaults", async () => {
    await write("loclint.config.json", JSON.stringify({ rules: { "metadata-mismatch": ["error", { keys: ["title", "description"], ignoreCase: true }] } }));
    const config = await loadConfig({ cwd: root, knownRules });
    expect(config.rules.get("metadata-mismatch")).toEqual({ severity: "error", options: { keys: ["title", "description"], ignoreCase: true } });
  });

  it("accepts ESLint's 0, 1, 2 and a one-item array", async () => {
    await write("loclint.config.json", JSON.stringify({ rules: { "anchor-names": 0, "span-pairing": [2], "metadata-mismatch": 1 } }));
    const config = await loadConfig({ cwd: root, knownRules });
    expect([...config.rules].map(([id, rule]) => [id, rule.severity])).toEqual([
      ["anchor-names", "off"],
      ["span-pairing", "error"],
      ["metadata-mismatch", "warn"],
    ]);
  });

  it("lets --rule win over the config file, keeping configured options when the flag gives none", async () => {
    await write("loclint.config.json", JSON.stringify({ rules: { "span-pairing": ["off", { maxMissing: 3 }], "anchor-names": "warn" } }));
    const config = await loadConfig({
      cwd: root,
      knownRules,
      cliRules: { "span-pairing": "error", "metadata-mismatch": ["off", { keys: [] }] },
    });
    expect(config.rules.get("span-pairing")).toEqual({ severity: "error", options: { maxMissing: 3, ignoreTags: ["br"] } });
    expect(config.rules.get("anchor-names")?.severity).toBe("warn");
    expect(config.rules.get("metadata-mismatch")).toEqual({ severity: "off", options: { keys: [] } });
  });

  it("puts configured ignore globs after the ones that are always ignored", async () => {
    await write("loclint.config.yaml", "ignore: ['**/drafts/**']\nlayout: { pattern: 'docs/{locale}/**' }\n");
    const config = await loadConfig({ cwd: root, knownRules });
    expect(config.ignore).toEqual(["**/node_modules/**", "**/.git/**", "**/drafts/**"]);
    expect(config.layout).toEqual({ pattern: "docs/{locale}/**" });
  });

  it("normalizes override rule settings and keeps their files and locales", async () => {
    await write(
      "loclint.config.yaml",
      "overrides:\n  - files: ['**/toc.yml']\n    rules: { anchor-names: 0, span-pairing: [warn, { maxMissing: 1 }] }\n",
    );
    const config = await loadConfig({ cwd: root, knownRules });
    expect(config.overrides).toEqual([
      { files: ["**/toc.yml"], rules: { "anchor-names": "off", "span-pairing": ["warn", { maxMissing: 1, ignoreTags: ["br"] }] } },
    ]);
  });
});
