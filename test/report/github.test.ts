import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty } from "../../src/report/github.js";
import { formatResults } from "../../src/report/index.js";
import { allClean, hostile, options, sample } from "./sample.js";

/** Reads one workflow command the way the Actions runner does: name, then properties, then data after "::". */
function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } {
  expect(line.startsWith("::")).toBe(true);
  const end = line.indexOf("::", 2);
  expect(end).toBeGreaterThan(2);
  const head = line.slice(2, end);
  const space = head.indexOf(" ");
  const command = space === -1 ? head : head.slice(0, space);
  const properties: Record<string, string> = {};
  if (space !== -1) {
    for (const pair of head.slice(space + 1).split(",")) {
      const eq = pair.indexOf("=");
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), /%(25|0D|0A|3A|2C)/g);
    }
  }
  return { command, properties, data: unescape(line.slice(end + 2), /%(25|0D|0A)/g) };
}

function unescape(text: string, pattern: RegExp): string {
  return text.replace(pattern, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

// eslint-disable-next-line no-control-regex -- the control characters are the point
const shownControls = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

describe("github", () => {
  it("prints one workflow command per finding", () => {
    expect(formatResults("github", sample, options)).toBe(
      [
        '::warning file=docs/ar-sa/دليل البدء.md,line=3,col=18,title=link-target-mismatch::Expected link target "../en-us/start.md" but found "بدء.md"',
        '::error file=docs/ja-jp/概要.md,line=7,col=14,endLine=7,endColumn=22,title=anchor-translated::Expected anchor "overview" but found "概要セクション"%0A↳ docs/en-us/overview.md:7:9 en-us has "overview"',
        '::warning file=docs/ja-jp/概要.md,line=12,col=3,title=metadata-mismatch::Expected "ms.date" to be "2024-05-01" but found "2024年5月1日"',
        "",
      ].join("\n"),
    );
  });

  it("prints nothing when there are no findings", () => {
    expect(formatResults("github", allClean, options)).toBe("");
  });

  it("escapes data and property values as the runner unescapes them", () => {
    expect(escapeData("100% done\r\n::x, y: z")).toBe("100%25 done%0D%0A::x, y: z");
    expect(escapeProperty("100% done\r\n::x, y: z")).toBe("100%25 done%0D%0A%3A%3Ax%2C y%3A z");
    expect(escapeData("%0A")).toBe("%250A");
  });

  it("cannot be made to start another command by a file name or message", () => {
    const out = formatResults("github", hostile, options);
    const lines = out.split(/\r\n|\r|\n/);
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) /);

    const file = hostile.results[0]!;
    const [first, second] = lines.map(parseCommand);
    expect(first).toEqual({
      command: "error",
      properties: { file: file.displayPath, line: "1", col: "1", title: "metadata-mismatch" },
      // Control characters from file content reach the log as visible escapes, never raw.
      data: `${shownControls(file.findings[0]!.message)}\n↳ docs/x#y?z.md:2:1 line\nbreak`,
    });
    expect(second!.properties.file).toBe(file.displayPath);
    expect(second!.properties.title).toBe("unreadable-file");
    // Every report is valid Unicode: the message's lone surrogate is written as U+FFFD.
    expect(second!.data).toBe(shownControls(file.findings[1]!.message).replace("\ud800", "\ufffd"));
  });
});

describe("github annotation limits", () => {
  /** `count` findings of each rule in one file, alternating error and warning. */
  function many(rules: string[], count: number) {
    const findings = rules.flatMap((ruleId, r) =>
      Array.from({ length: count }, (_, i) => ({ ruleId, severity: (i % 2 === 0 ? "error" : "warn") as "error" | "warn", line: r * 100 + i + 1, column: 1, message: `Finding ${i + 1} of ${ruleId}` })),
    );
    const errors = findings.filter((f) => f.severity === "error").length;
    const file = { ...sample.results[0]!, findings, errorCount: errors, warningCount: findings.length - errors, fixableErrorCount: 0, fixableWarningCount: 0 };
    return { ...sample, results: [file] };
  }

  it("annotates at most 10 findings per rule and 50 in all, errors first, then lists the rest and says how many", () => {
    const result = many(["a-rule", "b-rule", "c-rule", "d-rule", "e-rule", "f-rule"], 12);
    const lines = formatResults("github", result, options).trimEnd().split("\n");
    const annotations = lines.filter((l) => /^::(error|warning) /.test(l));
    expect(annotations).toHaveLength(50);
    const perRule = new Map<string, number>();
    for (const a of annotations) {
      const title = parseCommand(a).properties.title!;
      perRule.set(title, (perRule.get(title) ?? 0) + 1);
    }
    expect(Math.max(...perRule.values())).toBe(10);
    // 36 errors in all: every one is annotated before any warning.
    expect(annotations.filter((a) => a.startsWith("::error "))).toHaveLength(36);
    const plain = lines.filter((l) => /^docs\/ja-jp\/概要\.md:\d+:1 (error|warning) [a-f]-rule Finding \d+ of [a-f]-rule$/.test(l));
    expect(plain).toHaveLength(72 - 50);
    expect(lines.at(-1)).toMatch(/^::notice title=loclint::22 more findings \(0 errors, 22 warnings\) not annotated: .* 10 per rule and 50 in all\. They are listed in this step's log, above this notice\.$/);
  });

  it("takes other limits as an option and prints no notice when nothing is held back", () => {
    const result = many(["a-rule"], 4);
    expect(formatResults("github", result, options).split("\n").filter((l) => l.startsWith("::notice"))).toEqual([]);
    const capped = formatResults("github", result, { ...options, annotationLimits: { perRule: 1 } }).trimEnd().split("\n");
    expect(capped.filter((l) => /^::(error|warning) /.test(l))).toHaveLength(1);
    expect(capped.at(-1)).toMatch(/^::notice title=loclint::3 more findings \(1 error, 2 warnings\)/);
  });
});
