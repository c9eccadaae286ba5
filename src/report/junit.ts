// JUnit XML for CI test tabs (Azure Pipelines' PublishTestResults): a suite per file, a test case per finding;
// errors fail, warnings pass.
import type { FileResult, Finding, LintResult } from "../types.js";
import { clampPosition, displayPathOf, maxWarningsExceeded, noticesOf, severityWord, sortResults, type FormatOptions } from "./shared.js";

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

function detailsOf(file: FileResult, finding: Finding, cwd: string): string {
  const { line, column } = clampPosition(finding.line, finding.column);
  const details = [`${file.displayPath}:${line}:${column} ${severityWord(finding)} ${finding.ruleId} ${finding.message}`];
  for (const related of finding.related ?? []) {
    const at = clampPosition(related.line, related.column);
    details.push(`↳ ${displayPathOf(related.path, cwd)}:${at.line}:${at.column} ${related.message}`);
  }
  return details.join("\n");
}

/** A finding fails its test case only when it fails the run: errors do, warnings pass with their text in system-out. */
function failsTest(finding: Finding): boolean {
  return finding.severity === "error" || finding.fatal === true;
}

function testcaseOf(file: FileResult, finding: Finding, cwd: string): string {
  const { line, column } = clampPosition(finding.line, finding.column);
  const head = `    <testcase${attributes({ classname: file.displayPath, name: `${finding.ruleId} at ${line}:${column}`, time: 0 })}>\n`;
  const details = escapeXmlText(detailsOf(file, finding, cwd));
  if (!failsTest(finding)) return `${head}      <system-out>${details}</system-out>\n    </testcase>\n`;
  // ESLint's junit format reports a file that could not be parsed as <error>, every other failure as <failure>.
  const element = finding.fatal ? "error" : "failure";
  return `${head}      <${element}${attributes({ message: finding.message, type: severityWord(finding) })}>${details}</${element}>\n    </testcase>\n`;
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
}

function countsOf(file: FileResult): Counts {
  const errors = file.findings.filter((f) => f.fatal).length;
  const failures = file.findings.filter((f) => failsTest(f) && !f.fatal).length;
  return { tests: Math.max(1, file.findings.length), failures, errors };
}

function testsuiteOf(file: FileResult, cwd: string): string {
  const head = attributes({ name: file.displayPath, ...countsOf(file), skipped: 0, time: 0 });
  const cases =
    file.findings.length === 0
      ? `    <testcase${attributes({ classname: file.displayPath, name: "loclint", time: 0 })}/>\n`
      : file.findings.map((finding) => testcaseOf(file, finding, cwd)).join("");
  return `  <testsuite${head}>\n${cases}  </testsuite>\n`;
}

/** `--max-warnings` exceeded fails the run without any failing finding: a test case of its own says so. */
function maxWarningsSuite(exceeded: { maxWarnings: number; foundWarnings: number }): string {
  const message = `Too many warnings (${exceeded.foundWarnings}); the maximum is ${exceeded.maxWarnings}`;
  return (
    `  <testsuite${attributes({ name: "loclint", tests: 1, failures: 1, errors: 0, skipped: 0, time: 0 })}>\n` +
    `    <testcase${attributes({ classname: "loclint", name: "max-warnings", time: 0 })}>\n` +
    `      <failure${attributes({ message, type: "max-warnings" })}>${escapeXmlText(message)}</failure>\n` +
    `    </testcase>\n  </testsuite>\n`
  );
}

/**
 * A suite per file and a test case per finding. Errors fail their test case (fatal ones as <error>),
 * warnings pass with their text in <system-out>, so the report fails exactly when the exit code is 1.
 */
export function formatJunit(result: LintResult, options: FormatOptions): string {
  const files = sortResults(result.results);
  const exceeded = maxWarningsExceeded(result, options);
  const total = files.map(countsOf).reduce((a, c) => ({ tests: a.tests + c.tests, failures: a.failures + c.failures, errors: a.errors + c.errors }), { tests: 0, failures: 0, errors: 0 });
  if (exceeded) {
    total.tests += 1;
    total.failures += 1;
  }
  // Checks git could not run are skipped tests of a suite of their own.
  const notices = noticesOf(result);
  total.tests += notices.length;
  const head = attributes({ name: "loclint", ...total, time: (Math.max(0, result.stats.durationMs) / 1000).toFixed(3) });
  const skipped =
    notices.length === 0
      ? ""
      : `  <testsuite${attributes({ name: "loclint run", tests: notices.length, failures: 0, errors: 0, skipped: notices.length, time: 0 })}>\n` +
        notices
          .map((n) => `    <testcase${attributes({ classname: "loclint run", name: n.path || "loclint", time: 0 })}>\n      <skipped${attributes({ message: n.message })}/>\n    </testcase>\n`)
          .join("") +
        `  </testsuite>\n`;
  const suites = files.map((file) => testsuiteOf(file, options.cwd)).join("") + (exceeded ? maxWarningsSuite(exceeded) : "") + skipped;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${head}>\n${suites}</testsuites>\n`;
}
