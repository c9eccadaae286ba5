// parseRuleFlag and rulesForFile: command-line rule flags, and overrides per locale and per glob.
import { mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ConfigError,
  type KnownRule,
  type ResolvedConfig,
  type RuleSetting,
  loadConfig,
  parseRuleFlag,
  rulesForFile,
} from "../../src/config/index.js";

const knownRules = new Map<string, KnownRule>([
  ["anchor-names", { id: "anchor-names", defaultSeverity: "error" }],
  ["span-pairing", { id: "span-pairing", defaultSeverity: "warn", defaultOptions: { maxMissing: 0 } }],
  ["metadata-mismatch", { id: "metadata-mismatch", defaultSeverity: "warn" }],
]);

describe("parseRuleFlag", () => {
  it("parses id:severity, with words or ESLint's numbers", () => {
    expect(parseRuleFlag("anchor-names:warn")).toEqual(["anchor-names", "warn"]);
    expect(parseRuleFlag("anchor-names:0")).toEqual(["anchor-names", "off"]);
    expect(parseRuleFlag(" anchor-names : ERROR ")).toEqual(["anchor-names", "error"]);
  });

  it("parses options as id:severity:{json} or id:[json]", () => {
    expect(parseRuleFlag('span-pairing:error:{"maxMissing":2}')).toEqual(["span-pairing", ["error", { maxMissing: 2 }]]);
    expect(parseRuleFlag('span-pairing:["warn", {"maxMissing": 1}]')).toEqual(["span-pairing", ["warn", { maxMissing: 1 }]]);
    expect(parseRuleFlag("span-pairing:[2]")).toEqual(["span-pairing", "error"]);
  });

  function flagError(flag: string): [string, string | null, string | null] {
    try {
      parseRuleFlag(flag);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { message, file, key } = error as ConfigError;
      return [message, file, key];
    }
    throw new Error(`expected "${flag}" to be refused`);
  }

  it("refuses malformed flags with a one-line message", () => {
    expect(flagError("anchor-names")).toEqual([
      '--rule "anchor-names": expected "<rule-id>:<severity>", such as "anchor-names:warn"',
      null,
      "anchor-names",
    ]);
    expect(flagError(":warn")[0]).toBe('--rule ":warn": expected "<rule-id>:<severity>", such as "anchor-names:warn"');
    expect(flagError("anchor-names:warning")).toEqual([
      '--rule "anchor-names:warning": invalid severity "warning"; expected "off", "warn" or "error" (or 0, 1, 2); did you mean "warn"?',
      null,
      "anchor-names",
    ]);
    expect(flagError("anchor-names:3")[0]).toBe(
      '--rule "anchor-names:3": invalid severity 3; expected "off", "warn" or "error" (or 0, 1, 2)',
    );
    expect(flagError("anchor-names:")[0]).toBe(
      '--rule "anchor-names:": missing severity; expected "off", "warn" or "error" (or 0, 1, 2)',
    );
    expect(flagError("span-pairing:warn:[1]")[0]).toBe('--rule "span-pairing:warn:[1]": options must be a JSON object, found an array');
    expect(flagError('span-pairing:["warn", {}, 1]')[0]).toBe(
      '--rule "span-pairing:[\\"warn\\", {}, 1]": expected [severity] or [severity, options] after the rule id, found an array',
    );
    expect(flagError("span-pairing:warn:{max")[0]).toMatch(/^--rule "span-pairing:warn:\{max": invalid JSON: /);
  });
});

describe("rulesForFile", () => {
  let root: string;

  beforeEach(async () => {
    root = await realpath(await mkdtemp(path.join(os.tmpdir(), "loclint-config-rules-")));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function load(yaml: string, cliRules?: Record<string, RuleSetting>): Promise<ResolvedConfig> {
    await writeFile(path.join(root, "loclint.config.yaml"), yaml);
    return loadConfig({ cwd: root, knownRules, ...(cliRules ? { cliRules } : {}) });
  }

  function severities(config: ResolvedConfig, relative: string, locale: string | null): Record<string, string> {
    const rules = rulesForFile(config, path.join(root, ...relative.split("/")), locale);
    return Object.fromEntries([...rules].map(([id, rule]) => [id, rule.severity]));
  }

  it("applies an override to its locales only, case-insensitively", async () => {
    const config = await load("overrides:\n  - locales: [de-DE, ja-jp]\n    rules: { anchor-names: off }\n");
    expect(severities(config, "docs.de-de/a.md", "de-de")["anchor-names"]).toBe("off");
    expect(severities(config, "docs.ja-jp/a.md", "JA-JP")["anchor-names"]).toBe("off");
    expect(severities(config, "docs.fr-fr/a.md", "fr-fr")["anchor-names"]).toBe("error");
    expect(severities(config, "docs/a.md", null)["anchor-names"]).toBe("error");
  });

  it("applies an override to files matching its globs, relative to the config folder", async () => {
    const config = await load(
      "overrides:\n  - files: ['partner-center/**']\n    rules: { span-pairing: error }\n  - files: ['toc.yml']\n    rules: { metadata-mismatch: off }\n",
    );
    expect(severities(config, "partner-center/de-de/a.md", "de-de")["span-pairing"]).toBe("error");
    expect(severities(config, "docs/partner-center/a.md", "de-de")["span-pairing"]).toBe("warn");
    // A glob without a slash matches the basename at any depth.
    expect(severities(config, "docs/de-de/toc.yml", "de-de")["metadata-mismatch"]).toBe("off");
    expect(severities(config, "docs/de-de/a.md", "de-de")["metadata-mismatch"]).toBe("warn");
  });

  it("needs both files and locales when an override has both", async () => {
    const config = await load("overrides:\n  - files: ['**/*.yml']\n    locales: [ar-sa]\n    rules: { anchor-names: warn }\n");
    expect(severities(config, "docs/ar-sa/toc.yml", "ar-sa")["anchor-names"]).toBe("warn");
    expect(severities(config, "docs/ar-sa/a.md", "ar-sa")["anchor-names"]).toBe("error");
    expect(severities(config, "docs/de-de/toc.yml", "de-de")["anchor-names"]).toBe("error");
  });

  it("applies overrides in order, the later winning", async () => {
    const config = await load(
      [
        "rules: { span-pairing: [warn, { maxMissing: 1 }] }",
        "overrides:",
        "  - locales: [de-de]",
        "    rules: { span-pairing: [error, { maxMissing: 5 }] }",
        "  - files: ['**/legacy/**']",
        "    rules: { span-pairing: off }",
        "",
      ].join("\n"),
    );
    const rules = rulesForFile(config, path.join(root, "de-de", "legacy", "a.md"), "de-de");
    // The later override sets the severity only, so the earlier override's options stay.
    expect(rules.get("span-pairing")).toEqual({ severity: "off", options: { maxMissing: 5 } });
    expect(rulesForFile(config, path.join(root, "de-de", "a.md"), "de-de").get("span-pairing")).toEqual({
      severity: "error",
      options: { maxMissing: 5 },
    });
    expect(rulesForFile(config, path.join(root, "fr-fr", "a.md"), "fr-fr").get("span-pairing")).toEqual({
      severity: "warn",
      options: { maxMissing: 1 },
    });
  });

  it("lets --rule flags win over overrides", async () => {
    const [id, setting] = parseRuleFlag("anchor-names:warn");
    const config = await load("overrides:\n  - locales: [de-de]\n    rules: { anchor-names: off, span-pairing: off }\n", { [id]: setting });
    expect(severities(config, "de-de/a.md", "de-de")).toEqual({ "anchor-names": "warn", "span-pairing": "off", "metadata-mismatch": "warn" });
    expect(config.rules.get("anchor-names")?.severity).toBe("warn");
  });

  it("returns config.rules when no override matches, and one shared map per set of matches", async () => {
    const config = await load("overrides:\n  - locales: [de-de]\n    rules: { anchor-names: off }\n");
    expect(rulesForFile(config, path.join(root, "fr-fr", "a.md"), "fr-fr")).toBe(config.rules);
    const first = rulesForFile(config, path.join(root, "de-de", "a.md"), "de-de");
    expect(rulesForFile(config, path.join(root, "de-de", "b", "c.md"), "DE-DE")).toBe(first);
    expect(first).not.toBe(config.rules);
    expect(config.rules.get("anchor-names")?.severity).toBe("error");
  });

  it("matches no files glob for a file outside the config folder", async () => {
    const config = await load("overrides:\n  - files: ['**/*.md']\n    rules: { anchor-names: off }\n");
    expect(severities(config, "a.md", null)["anchor-names"]).toBe("off");
    expect(rulesForFile(config, path.join(path.dirname(root), "elsewhere.md"), null)).toBe(config.rules);
  });

  it("works with zero configuration", async () => {
    const config = await loadConfig({ cwd: root, knownRules });
    expect(rulesForFile(config, path.join(root, "a.md"), "de-de")).toBe(config.rules);
  });
});
