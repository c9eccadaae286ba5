// The health report formats without a browser: html is self-contained and escapes what it quotes, markdown stays within its bound, status-json keeps its shape.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatResults } from "../../src/report/index.js";
import { formatMarkdown } from "../../src/report/markdown.js";
import { STATIC_FINDING_ROWS } from "../../src/report/html.js";
import type { FileResult, LintResult } from "../../src/types.js";
import { hostile, options, sample } from "./sample.js";

function many(count: number): LintResult {
  const results: FileResult[] = [];
  for (let i = 0; i < count; i++) {
    const displayPath = `docs.de-de/page-${String(i).padStart(5, "0")}.md`;
    results.push({
      filePath: path.join(options.cwd, displayPath),
      displayPath,
      locale: "de-de",
      findings: [{ ruleId: "link-target-mismatch", severity: i % 2 ? "warn" : "error", line: 3, column: 5, message: `Expected link target "a|b<c>.md" but found "${"x".repeat(80)}-${i}.md"` }],
      errorCount: i % 2 ? 0 : 1,
      warningCount: i % 2,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
  }
  return { results, rules: [], stats: { files: count, groups: count, durationMs: 1 } };
}

describe("html", () => {
  it("needs nothing from the network: no external script, style, font or image", () => {
    const html = formatResults("html", sample, options);
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">")).toBe(true);
    expect(html).not.toMatch(/<link\b|<script[^>]+src=|<img\b|@import|url\(/i);
    // The only addresses are the rule docs' links.
    for (const m of html.matchAll(/https?:\/\/[^"'\s<)]+/g)) expect(m[0]).toMatch(/^https:\/\/example\.org\/loclint\/rules\/[a-z-]+\.md$/);
  });

  it("escapes file names and messages, in the page and in the data the script reads", () => {
    const evil: LintResult = {
      ...hostile,
      results: hostile.results.map((r) => ({ ...r, locale: "de-de", findings: r.findings.map((f) => ({ ...f, message: `${f.message} </script><script>alert(1)</script> <img src=x onerror=alert(2)>` })) })),
    };
    const html = formatResults("html", evil, options);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("</script><script>alert");
  });

  it("writes the first findings as rows for readers without JavaScript and all of them as data", () => {
    const html = formatResults("html", many(STATIC_FINDING_ROWS + 50), options);
    const rows = html.slice(html.indexOf('<tbody id="finding-rows">'), html.indexOf("</tbody>", html.indexOf('<tbody id="finding-rows">')));
    expect(rows.match(/<tr /g)).toHaveLength(STATIC_FINDING_ROWS);
    expect(html).toContain(`The first ${STATIC_FINDING_ROWS} of 250 findings are listed`);
    const data = JSON.parse(/<script type="application\/json" id="finding-data">(.*?)<\/script>/s.exec(html)![1]!) as { rows: unknown[] };
    expect(data.rows).toHaveLength(250);
  });

  it("isolates quoted values so right-to-left text keeps its direction", () => {
    const html = formatResults("html", sample, options);
    expect(html).toContain('<td dir="auto">Expected link target &quot;<bdi>../en-us/start.md</bdi>&quot; but found &quot;<bdi>بدء.md</bdi>&quot;</td>'.replace(/&quot;/g, '"'));
  });
});

describe("markdown", () => {
  it("summarises locales and rules, and lists every finding when they fit", () => {
    const text = formatResults("markdown", sample, options);
    expect(text).toContain("| Locale | Files | Current | Behind | Orphaned | Missing | Untracked | Metadata | Segments | Links and anchors | Structure and drift | Provenance | Errors | Warnings |");
    expect(text).toContain("| `ar-sa` | 1 | 1 | 0 | 0 | — | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 |");
    expect(text).toContain("| [`anchor-translated`](https://example.org/loclint/rules/anchor-translated.md) | 1 | ja-jp |");
    expect(text.match(/^- `/gm)).toHaveLength(3);
    expect(text).not.toContain("more findings not shown");
  });

  it("stays within its limit and says how many findings were left out", () => {
    const limit = 20_000;
    const text = formatMarkdown(many(2000), options, limit);
    expect(text.length).toBeLessThanOrEqual(limit);
    const shown = text.match(/^- `/gm)!.length;
    expect(shown).toBeGreaterThan(50);
    expect(text).toContain(`…and ${(2000 - shown).toLocaleString("en-US")} more findings not shown here`);
    // Errors come first, so a cut list keeps what fails the build.
    expect(text.match(/^- `.*\*\*error\*\*/gm)).toHaveLength(shown);
    // Default: under GitHub's 65,536-character comment limit.
    expect(formatResults("markdown", many(5000), options).length).toBeLessThanOrEqual(65_536);
  });

  it("keeps file content from breaking the table or injecting HTML", () => {
    const text = formatMarkdown(many(1), options);
    expect(text).toContain('Expected link target "a\\|b\\<c\\>.md"');
    const line = formatMarkdown(hostile, options).split("\n").find((l) => l.startsWith("- `"))!;
    expect(line).not.toMatch(/[\r]/);
  });

  it("shows an HTML entity quoted in a message as written, not as the character it names", () => {
    const one = many(1);
    one.results[0]!.findings[0]!.message = 'Expected "&nbsp;" as in the English text but found "&#160;"';
    expect(formatMarkdown(one, options)).toContain('Expected "\\&nbsp;" as in the English text but found "\\&#160;"');
  });

  it("keeps a file name with a line break on its finding's line, as an escape", () => {
    const text = formatMarkdown(hostile, options);
    const findings = text.slice(text.indexOf("### Findings\n")).split("\n").slice(2).filter((l) => l !== "");
    expect(findings).toHaveLength(2);
    for (const l of findings) expect(l).toMatch(/^- `docs\/100%,a::b\\n::error file=x::pwned\\r\.md:1:1` \*\*error\*\* /);
  });
});

describe("status-json", () => {
  it("has a version and the status per locale and file", () => {
    const status = JSON.parse(formatResults("status-json", sample, options)) as Record<string, unknown> & { locales: { locale: string; fileStatuses: { status: string }[] }[] };
    expect(status.version).toBe(1);
    expect(Object.keys(status)).toEqual(["version", "generatedAt", "toolVersion", "docSets", "locales", "totals", "rules"]);
    expect(status.locales.map((l) => l.locale)).toEqual(["ar-sa", "fr-fr", "ja-jp"]);
    expect(status.locales[0]!.fileStatuses[0]!.status).toBe("current");
  });
});

describe("run notices", () => {
  // A made-up notice with markup and a right-to-left name in it: every format says it, escaped for that format.
  const message = "docs.he-il/<חשבון>.md: 1 fix not applied: the file is a symbolic link, which loclint does not write through; fix the file it links to";
  const noticed: LintResult = { ...sample, notices: [{ path: path.join(options.cwd, "docs.he-il/<חשבון>.md"), message }] };

  it("are in every format, as they are in stylish and on stderr", () => {
    expect(formatResults("stylish", noticed, options)).toContain(message);
    expect(formatResults("compact", noticed, options)).toContain(`loclint: warning ${message}`);
    expect(formatResults("github", noticed, options)).toContain(`::warning title=loclint::${message}`);
    const json = JSON.parse(formatResults("json", noticed, options)) as { messages: { message: string }[] }[];
    const withMeta = JSON.parse(formatResults("json-with-metadata", noticed, options)) as { results: { messages: { message: string }[] }[] };
    expect(withMeta.results).toEqual(json);
    expect(json.at(-1)!.messages).toEqual([{ ruleId: null, severity: 1, message }]);
    expect(formatResults("sarif", noticed, options)).toContain(JSON.stringify(message));
    expect(formatResults("junit", noticed, options)).toContain("docs.he-il/&lt;חשבון&gt;.md: 1 fix not applied");
    expect(formatResults("markdown", noticed, options)).toContain("\n- ⚠ docs.he-il/\\<חשבון\\>.md: 1 fix not applied: the file is a symbolic link");
    expect(formatResults("html", noticed, options)).toContain(
      '<ul class="notices"><li>⚠ <span dir="auto">docs.he-il/&lt;חשבון&gt;.md: 1 fix not applied: the file is a symbolic link, which loclint does not write through; fix the file it links to</span></li></ul>',
    );
  });

  it("leave the summaries alone when there is none", () => {
    expect(formatResults("markdown", sample, options)).not.toContain("⚠");
    expect(formatResults("html", sample, options)).not.toContain('class="notices"');
  });
});
