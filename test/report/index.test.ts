import { describe, expect, it } from "vitest";
import { formatNames, formatResults } from "../../src/report/index.js";
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
