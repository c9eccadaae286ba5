// Every configuration mistake is a ConfigError with a one-line message naming the file and the key.
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError, type KnownRule, type RuleSetting, loadConfig } from "../../src/config/index.js";

const knownRules = new Map<string, KnownRule>([
  ["anchor-names", { id: "anchor-names", defaultSeverity: "error" }],
  [
    "span-pairing",
    {
      id: "span-pairing",
      defaultSeverity: "warn",
      defaultOptions: { maxMissing: 0 },
      validateOptions: (options) =>
        typeof options.maxMissing === "number" && options.maxMissing >= 0 ? null : '"maxMissing" must be a number of 0 or more',
    },
  ],
  [
    "metadata-mismatch",
    { id: "metadata-mismatch", defaultSeverity: "warn", validateOptions: (options) => ("keys" in options ? "first line\n  second line" : null) },
  ],
]);

let root: string;

beforeEach(async () => {
  root = await realpath(await mkdtemp(path.join(os.tmpdir(), "loclint-config-errors-")));
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

async function failure(options: { cwd?: string; configPath?: string; cliRules?: Record<string, RuleSetting> } = {}): Promise<ConfigError> {
  try {
    await loadConfig({ cwd: root, knownRules, ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).not.toContain("\n");
    return error as ConfigError;
  }
  throw new Error("expected loadConfig to fail");
}

/** Writes loclint.config.json with `config` and returns the error's message and key. */
async function jsonFailure(config: unknown): Promise<[string, string | null]> {
  const file = await write("loclint.config.json", JSON.stringify(config, null, 2));
  const error = await failure();
  expect(error.file).toBe(file);
  return [error.message, error.key];
}

describe("rule settings", () => {
  it("names an unknown rule and suggests the closest", async () => {
    expect(await jsonFailure({ rules: { "span-pairs": "warn" } })).toEqual([
      'loclint.config.json: rules."span-pairs": unknown rule "span-pairs"; did you mean "span-pairing"?',
      'rules."span-pairs"',
    ]);
  });

  it("names an unknown rule without a suggestion when nothing is close", async () => {
    expect(await jsonFailure({ rules: { "zzz-top": "warn" } })).toEqual([
      'loclint.config.json: rules."zzz-top": unknown rule "zzz-top"',
      'rules."zzz-top"',
    ]);
  });

  it("lists the allowed severities", async () => {
    expect(await jsonFailure({ rules: { "anchor-names": "warning" } })).toEqual([
      'loclint.config.json: rules."anchor-names": invalid severity "warning"; expected "off", "warn" or "error" (or 0, 1, 2); did you mean "warn"?',
      'rules."anchor-names"',
    ]);
    expect((await jsonFailure({ rules: { "anchor-names": 3 } }))[0]).toBe(
      'loclint.config.json: rules."anchor-names": invalid severity 3; expected "off", "warn" or "error" (or 0, 1, 2)',
    );
    expect(await jsonFailure({ rules: { "span-pairing": ["fatal", {}] } })).toEqual([
      'loclint.config.json: rules."span-pairing"[0]: invalid severity "fatal"; expected "off", "warn" or "error" (or 0, 1, 2)',
      'rules."span-pairing"[0]',
    ]);
  });

  it("refuses options that are not an object", async () => {
    expect(await jsonFailure({ rules: { "span-pairing": ["warn", ["br"]] } })).toEqual([
      'loclint.config.json: rules."span-pairing"[1]: options must be an object, found an array',
      'rules."span-pairing"[1]',
    ]);
  });

  it("reports the rule's own options check, on one line", async () => {
    expect((await jsonFailure({ rules: { "span-pairing": ["warn", { maxMissing: -1 }] } }))[0]).toBe(
      'loclint.config.json: rules."span-pairing"[1]: invalid options: "maxMissing" must be a number of 0 or more',
    );
    expect((await jsonFailure({ rules: { "metadata-mismatch": ["warn", { keys: [] }] } }))[0]).toBe(
      'loclint.config.json: rules."metadata-mismatch"[1]: invalid options: first line second line',
    );
  });

  it("refuses arrays of the wrong length and other shapes", async () => {
    expect((await jsonFailure({ rules: { "span-pairing": ["warn", {}, {}] } }))[0]).toBe(
      'loclint.config.json: rules."span-pairing": expected [severity] or [severity, options], found an array of 3 items',
    );
    expect((await jsonFailure({ rules: { "span-pairing": [] } }))[0]).toBe(
      'loclint.config.json: rules."span-pairing": expected [severity] or [severity, options], found an array of 0 items',
    );
    expect((await jsonFailure({ rules: { "anchor-names": { severity: "warn" } } }))[0]).toBe(
      'loclint.config.json: rules."anchor-names": expected a severity or [severity, options], found an object',
    );
    expect(await jsonFailure({ rules: ["anchor-names"] })).toEqual([
      "loclint.config.json: rules: expected an object of rule settings, found an array",
      "rules",
    ]);
  });
});

describe("top-level settings", () => {
  it("refuses a top level that is not an object", async () => {
    expect(await jsonFailure([])).toEqual(["loclint.config.json: expected an object at the top level, found an array", null]);
    await rm(path.join(root, "loclint.config.json"));
    await write("loclint.config.yaml", "just text\n");
    expect((await failure()).message).toBe('loclint.config.yaml: expected an object at the top level, found "just text"');
  });

  it("names unknown keys and suggests the closest", async () => {
    expect(await jsonFailure({ rule: {} })).toEqual(['loclint.config.json: rule: unknown key "rule"; did you mean "rules"?', "rule"]);
    expect((await jsonFailure({ sourcelocale: "en-us" }))[0]).toBe(
      'loclint.config.json: sourcelocale: unknown key "sourcelocale"; did you mean "sourceLocale"?',
    );
    expect((await jsonFailure({ colour: true }))[0]).toBe('loclint.config.json: colour: unknown key "colour"');
  });

  it("checks include and ignore", async () => {
    expect(await jsonFailure({ include: "**/*.md" })).toEqual([
      'loclint.config.json: include: expected an array of globs, found "**/*.md"',
      "include",
    ]);
    expect(await jsonFailure({ ignore: ["drafts/**", 3] })).toEqual([
      "loclint.config.json: ignore[1]: expected a glob (a non-empty string), found 3",
      "ignore[1]",
    ]);
  });

  it("checks source, sourceLocale, gitignore and markdownlint", async () => {
    expect((await jsonFailure({ source: 42 }))[0]).toBe("loclint.config.json: source: expected a folder path (a non-empty string), found 42");
    expect((await jsonFailure({ sourceLocale: "" }))[0]).toBe('loclint.config.json: sourceLocale: expected a locale (a non-empty string), found ""');
    expect((await jsonFailure({ gitignore: "yes" }))[0]).toBe('loclint.config.json: gitignore: expected true or false, found "yes"');
    expect((await jsonFailure({ markdownlint: 1 }))[0]).toBe(
      "loclint.config.json: markdownlint: expected true, false or the path of a .markdownlint file, found 1",
    );
  });

  it("checks layout", async () => {
    expect((await jsonFailure({ layout: "folders" }))[0]).toBe(
      'loclint.config.json: layout: expected "auto" or { "pattern": "..." }, found "folders"',
    );
    expect(await jsonFailure({ layout: { pattern: "docs/*/**" } })).toEqual([
      'loclint.config.json: layout.pattern: the pattern must contain "{locale}", found "docs/*/**"',
      "layout.pattern",
    ]);
    expect((await jsonFailure({ layout: { pattern: 7 } }))[0]).toBe(
      "loclint.config.json: layout.pattern: expected a path pattern (a non-empty string), found 7",
    );
    expect((await jsonFailure({ layout: { patern: "{locale}/**" } }))[0]).toBe(
      'loclint.config.json: layout.patern: unknown key "patern"; did you mean "pattern"?',
    );
    expect((await jsonFailure({ layout: {} }))[0]).toBe('loclint.config.json: layout: missing key "pattern"');
  });

  it("checks overrides", async () => {
    expect((await jsonFailure({ overrides: {} }))[0]).toBe("loclint.config.json: overrides: expected an array of overrides, found an object");
    expect(await jsonFailure({ overrides: ["de-de"] })).toEqual([
      'loclint.config.json: overrides[0]: expected an object, found "de-de"',
      "overrides[0]",
    ]);
    expect((await jsonFailure({ overrides: [{ rules: {} }] }))[0]).toBe(
      'loclint.config.json: overrides[0]: an override needs "files" or "locales"',
    );
    expect((await jsonFailure({ overrides: [{ files: ["**/toc.yml"] }] }))[0]).toBe(
      'loclint.config.json: overrides[0]: missing key "rules"',
    );
    expect((await jsonFailure({ overrides: [{ file: ["x"], rules: {} }] }))[0]).toBe(
      'loclint.config.json: overrides[0].file: unknown key "file"; did you mean "files"?',
    );
    expect((await jsonFailure({ overrides: [{ files: [], rules: {} }] }))[0]).toBe(
      "loclint.config.json: overrides[0].files: must not be empty",
    );
    expect((await jsonFailure({ overrides: [{ locales: "de-de", rules: {} }] }))[0]).toBe(
      'loclint.config.json: overrides[0].locales: expected an array of locales, found "de-de"',
    );
    expect(
      await jsonFailure({ overrides: [{ locales: ["de-de"], rules: {} }, { locales: ["ja-jp"], rules: { "anchor-name": "off" } }] }),
    ).toEqual([
      'loclint.config.json: overrides[1].rules."anchor-name": unknown rule "anchor-name"; did you mean "anchor-names"?',
      'overrides[1].rules."anchor-name"',
    ]);
  });
});

describe("syntax errors", () => {
  it("gives line and column of a JSON error", async () => {
    await write("loclint.config.json", '{\n  "rules": {\n    "anchor-names": "warn"\n    "span-pairing": "off"\n  }\n}\n');
    const error = await failure();
    expect([error.message, error.key]).toEqual(["loclint.config.json:4:5: invalid JSON: expected a comma", null]);
  });

  it("gives line and column of a JSONC error, after a BOM and CRLF line ends", async () => {
    await write("loclint.config.jsonc", '\uFEFF{\r\n  // rules\r\n  "rules": {\r\n    "anchor-names": \r\n  }\r\n}\r\n');
    expect((await failure()).message).toBe("loclint.config.jsonc:5:3: invalid JSONC: expected a value");
  });

  it("refuses duplicate keys in JSON", async () => {
    await write("loclint.config.json", '{\n  "rules": {},\n  "include": [],\n  "rules": {}\n}\n');
    const error = await failure();
    expect([error.message, error.key]).toEqual(["loclint.config.json:4:3: rules: duplicate key", "rules"]);
  });

  it("gives line and column of a YAML error", async () => {
    await write("loclint.config.yaml", 'rules:\n  anchor-names: off\n  span-pairing: "warn\n');
    expect((await failure()).message).toBe('loclint.config.yaml:4:1: invalid YAML: Missing closing "quote');
  });

  it("refuses duplicate keys in YAML", async () => {
    await write("loclint.config.yml", "rules: {}\ninclude: []\nrules: {}\n");
    expect((await failure()).message).toBe("loclint.config.yml:3:1: invalid YAML: Map keys must be unique");
  });
});

describe("package.json", () => {
  it("names the key path under loclint", async () => {
    const file = await write("package.json", JSON.stringify({ name: "docs", loclint: { rules: { "span-pairs": "warn" } } }));
    const error = await failure();
    expect([error.message, error.file, error.key]).toEqual([
      'package.json: loclint.rules."span-pairs": unknown rule "span-pairs"; did you mean "span-pairing"?',
      file,
      'loclint.rules."span-pairs"',
    ]);
  });

  it("refuses a loclint key that is not an object", async () => {
    await write("package.json", JSON.stringify({ loclint: "strict" }));
    expect((await failure()).message).toBe('package.json: loclint: expected an object, found "strict"');
  });

  it("refuses duplicate keys under loclint but leaves the rest of the file to npm", async () => {
    await write("package.json", '{\n  "name": "a",\n  "name": "b",\n  "loclint": {\n    "include": [],\n    "include": []\n  }\n}\n');
    expect((await failure()).message).toBe("package.json:6:5: loclint.include: duplicate key");
  });

  it("with --config, refuses a package.json without the key", async () => {
    await write("pkg/package.json", JSON.stringify({ name: "docs" }));
    expect((await failure({ configPath: "pkg/package.json" })).message).toBe('pkg/package.json: no "loclint" key');
  });
});

describe("where the file is", () => {
  it("shows a config file found further up relative to cwd", async () => {
    await write("loclint.config.json", JSON.stringify({ rule: {} }));
    const cwd = path.join(root, "docs", "de-de");
    await mkdir(cwd, { recursive: true });
    expect((await failure({ cwd })).message).toBe('../../loclint.config.json: rule: unknown key "rule"; did you mean "rules"?');
  });

  it("reports a missing --config file", async () => {
    const error = await failure({ configPath: "configs/missing.json" });
    expect([error.message, error.file, error.key]).toEqual([
      "configs/missing.json: config file not found",
      path.join(root, "configs", "missing.json"),
      null,
    ]);
  });

  it("reports a --config that is a folder", async () => {
    await mkdir(path.join(root, "configs"));
    expect((await failure({ configPath: "configs" })).message).toBe("configs: is a folder, not a config file");
  });
});

describe("--rule settings", () => {
  it("names an unknown rule given on the command line", async () => {
    const error = await failure({ cliRules: { "span-pairs": "warn" } });
    expect([error.message, error.file, error.key]).toEqual([
      '--rule "span-pairs": unknown rule "span-pairs"; did you mean "span-pairing"?',
      null,
      '"span-pairs"',
    ]);
  });

  it("reports the rule's options check for command-line options", async () => {
    const error = await failure({ cliRules: { "span-pairing": ["error", { maxMissing: "many" }] } });
    expect(error.message).toBe('--rule "span-pairing"[1]: invalid options: "maxMissing" must be a number of 0 or more');
  });
});
