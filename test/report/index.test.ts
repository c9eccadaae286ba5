import { describe, expect, it } from "vitest";
import { formatNames, formatResults } from "../../src/report/index.js";
import type { LintResult } from "../../src/types.js";
import { allClean, hostile, options, sample } from "./sample.js";

describe("formatResults", () => {
  it("knows the ten built-in formats, stylish first", () => {
    expect(formatNames).toEqual(["stylish", "compact", "json", "json-with-metadata", "sarif", "github", "junit", "html", "markdown", "status-json"]);
    expect(Object.isFrozen(formatNames)).toBe(true);
  });

  it("rejects an unknown format by name, including inherited property names", () => {
    expect(() => formatResults("checkstyle", sample, options)).toThrow(
      'Unknown format "checkstyle"; expected one of "stylish", "compact", "json", "json-with-metadata", "sarif", "github", "junit", "html", "markdown", "status-json"',
    );
    expect(() => formatResults("toString", sample, options)).toThrow(/Unknown format "toString"/);
  });

  it("writes valid Unicode in every format: lone surrogates in messages, paths and fixes become U+FFFD", () => {
    // Half of "😀" (\ud83d\ude00) each, as a message cut between the halves or a file that is not valid text carries them.
    const broken: LintResult = {
      ...sample,
      results: sample.results.map((r) => ({
        ...r,
        displayPath: `${r.displayPath}\udfff`,
        findings: r.findings.map((f) => ({ ...f, message: `${f.message} \ud83d`, ...(f.fix ? { fix: { range: f.fix.range, text: "\ude00x" } } : {}) })),
      })),
    };
    const loneEscape = /\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}/;
    for (const name of formatNames) {
      const text = formatResults(name, broken, options);
      expect(Buffer.from(text, "utf8").toString("utf8") === text, `${name} is not valid Unicode`).toBe(true);
      expect(loneEscape.test(text), `${name} escapes a lone surrogate`).toBe(false);
      if (name === "json" || name === "sarif") expect(JSON.stringify(JSON.parse(text))).not.toMatch(/\\ud[89a-f]/i);
    }
    expect(formatResults("json", broken, options)).toContain("\ufffd");
  });

  it("returns text ending with a newline, or nothing, and never modifies the result", () => {
    const before = JSON.stringify(sample);
    for (const name of formatNames) {
      for (const result of [sample, allClean, hostile]) {
        const text = formatResults(name, result, options);
        if (text !== "") expect(text.endsWith("\n")).toBe(true);
      }
      expect(formatResults(name, sample, options)).not.toBe("");
    }
    expect(JSON.stringify(sample)).toBe(before);
  });

  it("is empty for the line-oriented formats when there is nothing to report", () => {
    for (const name of ["stylish", "compact", "github"]) expect(formatResults(name, allClean, options)).toBe("");
    for (const name of ["json", "json-with-metadata", "sarif", "junit"]) expect(formatResults(name, allClean, options)).not.toBe("");
  });
});
