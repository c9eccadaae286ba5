import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatResults } from "../../src/report/index.js";
import { escapeXmlAttribute, escapeXmlText } from "../../src/report/junit.js";
import { hostile, options, sample } from "./sample.js";

interface XmlElement {
  tag: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlElement[];
}

// Python's expat is a strict, independent XML 1.0 parser: it rejects what XML forbids, such as control characters.
const PARSE_XML = `
import json, sys, xml.etree.ElementTree as ET
def walk(e):
    return {"tag": e.tag, "attributes": dict(e.attrib), "text": e.text or "", "children": [walk(c) for c in e]}
print(json.dumps(walk(ET.parse(sys.argv[1]).getroot())))
`;

function python(): string | undefined {
  for (const candidate of ["python3", "python"]) {
    const probe = spawnSync(candidate, ["-c", "import xml.etree.ElementTree"], { encoding: "utf8" });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

function parseXml(xml: string, interpreter: string): XmlElement {
  const dir = mkdtempSync(path.join(tmpdir(), "loclint-junit-"));
  try {
    const file = path.join(dir, "report.xml");
    writeFileSync(file, xml, "utf8");
    const run = spawnSync(interpreter, ["-c", PARSE_XML, file], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout) as XmlElement;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("junit", () => {
  const interpreter = python();

  it("escapes markup and replaces characters XML 1.0 cannot carry", () => {
    expect(escapeXmlText('a<b>&"c"\u0001\u001b\ud800x\r')).toBe('a&lt;b&gt;&amp;"c"\ufffd\ufffd\ufffdx&#13;');
    expect(escapeXmlAttribute("a\"b'c\td\ne")).toBe("a&quot;b&apos;c&#9;d&#10;e");
    expect(escapeXmlText("😀 ]]>")).toBe("😀 ]]&gt;");
  });

  it("has a suite per file, a case per finding (failing for errors, passing for warnings) and a passing case for a clean file", () => {
    const xml = formatResults("junit", sample, options);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="loclint" tests="4" failures="1" errors="0" time="0.042">\n')).toBe(true);
    expect(xml).toContain(
      '    <testcase classname="docs/ar-sa/دليل البدء.md" name="link-target-mismatch at 3:18" time="0">\n' +
        '      <system-out>docs/ar-sa/دليل البدء.md:3:18 warning link-target-mismatch Expected link target "../en-us/start.md" but found "بدء.md"</system-out>\n' +
        "    </testcase>\n",
    );
    expect(xml).toContain(
      '  <testsuite name="docs/fr-fr/propos.md" tests="1" failures="0" errors="0" skipped="0" time="0">\n' +
        '    <testcase classname="docs/fr-fr/propos.md" name="loclint" time="0"/>\n' +
        "  </testsuite>\n",
    );
    expect(xml).toContain(
      '    <testcase classname="docs/ja-jp/概要.md" name="anchor-translated at 7:14" time="0">\n' +
        '      <failure message="Expected anchor &quot;overview&quot; but found &quot;概要セクション&quot;" type="error">' +
        'docs/ja-jp/概要.md:7:14 error anchor-translated Expected anchor "overview" but found "概要セクション"\n' +
        '↳ docs/en-us/overview.md:7:9 en-us has "overview"</failure>\n' +
        "    </testcase>\n",
    );
  });

  it("parses as XML with the expected structure", (ctx) => {
    if (!interpreter) ctx.skip("no python3 to parse the XML with");
    const root = parseXml(formatResults("junit", sample, options), interpreter!);
    expect(root.tag).toBe("testsuites");
    expect(root.children.map((s) => [s.attributes.name, s.attributes.tests, s.attributes.failures])).toEqual([
      ["docs/ar-sa/دليل البدء.md", "1", "0"],
      ["docs/fr-fr/propos.md", "1", "0"],
      ["docs/ja-jp/概要.md", "2", "1"],
    ]);
    expect(root.children[2]!.children[1]!.children[0]!.tag).toBe("system-out");
    const failure = root.children[2]!.children[0]!.children[0]!;
    expect(failure.tag).toBe("failure");
    expect(failure.attributes).toEqual({ message: 'Expected anchor "overview" but found "概要セクション"', type: "error" });
  });

  it("fails a test case of its own when the warnings exceed --max-warnings", () => {
    const xml = formatResults("junit", sample, { ...options, maxWarnings: 1 });
    expect(xml).toContain('<testsuites name="loclint" tests="5" failures="2" errors="0"');
    expect(xml).toContain(
      '    <testcase classname="loclint" name="max-warnings" time="0">\n' +
        '      <failure message="Too many warnings (2); the maximum is 1" type="max-warnings">Too many warnings (2); the maximum is 1</failure>\n',
    );
    expect(formatResults("junit", sample, { ...options, maxWarnings: 2 })).not.toContain("max-warnings");
  });

  it("stays well-formed with hostile names and messages, and reports a fatal finding as <error>", (ctx) => {
    if (!interpreter) ctx.skip("no python3 to parse the XML with");
    const root = parseXml(formatResults("junit", hostile, options), interpreter!);
    expect(root.attributes).toMatchObject({ tests: "2", failures: "1", errors: "1" });
    const suite = root.children[0]!;
    // Line breaks and "%" in attribute values survive; only characters XML cannot hold became U+FFFD.
    expect(suite.attributes.name).toBe(hostile.results[0]!.displayPath);
    const [failure, error] = suite.children.map((c) => c.children[0]!);
    expect(failure!.tag).toBe("failure");
    expect(failure!.attributes.message).toBe(
      'Expected "a,b" but found "100%25 :: x\n::warning::injected\r\n%0A::error::also injected" <&>\ufffd\ufffd[31m]]>',
    );
    expect(failure!.text).toContain("↳ docs/x#y?z.md:2:1 line\nbreak");
    expect(error!.tag).toBe("error");
    expect(error!.attributes.message).toBe('Could not parse: unexpected "\ufffd" and a lone \ufffd surrogate');
  });
});
