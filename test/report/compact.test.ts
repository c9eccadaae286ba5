/* eslint-disable no-control-regex -- these tests look for control characters in the output */
import { describe, expect, it } from "vitest";
import { formatResults } from "../../src/report/index.js";
import { allClean, hostile, options, sample } from "./sample.js";

describe("compact", () => {
  it("prints one line per finding, files and findings in order", () => {
    expect(formatResults("compact", sample, options)).toBe(
      [
        'docs/ar-sa/دليل البدء.md:3:18: warning link-target-mismatch Expected link target "../en-us/start.md" but found "بدء.md"',
        'docs/ja-jp/概要.md:7:14: error anchor-translated Expected anchor "overview" but found "概要セクション"',
        'docs/ja-jp/概要.md:12:3: warning metadata-mismatch Expected "ms.date" to be "2024-05-01" but found "2024年5月1日"',
        "",
      ].join("\n"),
    );
  });

  it("prints nothing when there are no findings", () => {
    expect(formatResults("compact", allClean, options)).toBe("");
  });

  it("never lets a file name or message add a line, and clamps position 0 to 1", () => {
    const lines = formatResults("compact", hostile, options).split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^docs\/100%,a::b\\n::error file=x::pwned\\r\.md:1:1: error metadata-mismatch /);
    expect(lines.join("")).not.toMatch(/[\u0000-\u001f]/);
  });
});
