// JUnit XML for CI test tabs (Azure Pipelines' PublishTestResults): a suite per file, a test case per finding.
import type { FileResult, Finding, LintResult } from "../types.js";
import { clampPosition, displayPathOf, noticesOf, severityWord, sortResults, type FormatOptions } from "./shared.js";

// Characters XML 1.0 forbids even as references: C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, lone surrogates.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text content: markup escaped, characters XML cannot carry replaced by U+FFFD. */
export function escapeXmlText(text: string): string {
  return text
    .replace(ILLEGAL, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

/** An attribute value in double quotes; tab and line breaks as references so parsers do not fold them to spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;");
}

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join("");
}

function testcaseOf(file: FileResult, finding: Finding, cwd: string): string {
  const { line, column } = clampPosition(finding.line, finding.column);
  const severity = severityWord(finding);
  const details = [`${file.displayPath}:${line}:${column} ${severity} ${finding.ruleId} ${finding.message}`];
  for (const related of finding.related ?? []) {
    const at = clampPosition(related.line, related.column);
    details.push(`↳ ${displayPathOf(related.path, cwd)}:${at.line}:${at.column} ${related.message}`);
  }
  // ESLint's junit format reports a file that could not be parsed as <error>, every other finding as <failure>.
  const element = finding.fatal ? "error" : "failure";
  return (
    `    <testcase${attributes({ classname: file.displayPath, name: `${finding.ruleId} at ${line}:${column}`, time: 0 })}>\n` +
    `      <${element}${attributes({ message: finding.message, type: severity })}>${escapeXmlText(details.join("\n"))}</${element}>\n` +
    `    </testcase>\n`
  );
}

function testsuiteOf(file: FileResult, cwd: string): string {
  const errors = file.findings.filter((f) => f.fatal).length;
  const failures = file.findings.length - errors;
  const head = attributes({
    name: file.displayPath,
    tests: Math.max(1, file.findings.length),
    failures,
    errors,
    skipped: 0,
    time: 0,
  });
  const cases =
    file.findings.length === 0
      ? `    <testcase${attributes({ classname: file.displayPath, name: "loclint", time: 0 })}/>\n`
      : file.findings.map((finding) => testcaseOf(file, finding, cwd)).join("");
  return `  <testsuite${head}>\n${cases}  </testsuite>\n`;
}

export function formatJunit(result: LintResult, options: FormatOptions): string {
  const files = sortResults(result.results);
  const findings = files.flatMap((file) => file.findings);
  const errors = findings.filter((f) => f.fatal).length;
  const head = attributes({
    name: "loclint",
    tests: files.reduce((sum, file) => sum + Math.max(1, file.findings.length), 0),
    failures: findings.length - errors,
    errors,
    time: (Math.max(0, result.stats.durationMs) / 1000).toFixed(3),
  });
  // Checks git could not run are skipped tests of a suite of their own.
  const notices = noticesOf(result);
  const skipped =
    notices.length === 0
      ? ""
      : `  <testsuite${attributes({ name: "loclint run", tests: notices.length, failures: 0, errors: 0, skipped: notices.length, time: 0 })}>\n` +
        notices
          .map((n) => `    <testcase${attributes({ classname: "loclint run", name: n.path || "loclint", time: 0 })}>\n      <skipped${attributes({ message: n.message })}/>\n    </testcase>\n`)
          .join("") +
        `  </testsuite>\n`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites${head}>\n${files.map((file) => testsuiteOf(file, options.cwd)).join("")}${skipped}</testsuites>\n`
  );
}
