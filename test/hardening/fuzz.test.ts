// Fuzzing: mutated made-up sibling files through every rule and every report format, in bounded time.
// LOCLINT_FUZZ_RUNS sets the number of cases (`npm run fuzz` runs many more), LOCLINT_FUZZ_SEED the seed.
import { describe, expect, it } from "vitest";
import { formatNames, formatResults } from "../../src/report/index.js";
import type { FileResult, Finding, LintResult } from "../../src/types.js";
import { rules } from "../../rules/index.js";
import { pagesWith, segment } from "../../scripts/growth-families.js";
import { type FileContent, lintFiles } from "../rule-tester.js";
import { wellFormedXml } from "./xml.js";
import { seededRandom } from "../../scripts/seeded-random.js";

const RUNS = Number(process.env.LOCLINT_FUZZ_RUNS ?? 1200);
const SEED = Number(process.env.LOCLINT_FUZZ_SEED ?? 20261205);
/** The engine's limit of fix passes in one --fix run (src/engine/lint-group.ts). */
const FIX_PASSES = 10;
const TARGET = "docs.de-de/a.md";


const SYNTAX = ["[", "]", "(", ")", "<", ">", "`", "*", "_", "\\", "!", "#", "|", "{", "}", ":", "-", "\n", "\r\n", " ", "\t", '"', "'", "&", "\u00a0", "\u3000", "［", "］", "（", "）"];
const SPANS = [
  segment(150, "Neuer Text", "New text"),
  '<span data-ttu-id="1a2b3-151">',
  "</span>",
  '<span class="sxs-lookup">',
  '<a name="rechnungen"></a>',
  "<!-- loclint-disable -->",
  "<!-- loclint-disable-next-line markdown-syntax-broken -->",
  "<!--",
  "-->",
  "[Rechnungen](invoices.md)",
  "[Rechnungen] (invoices.md)",
  "![Bild](media/a.png)",
  "```\ncode\n```",
  "> [!NOTE]\n> Hinweis",
  "| a | b |\n| --- | --- |\n| 1 | 2 |",
  "- Punkt",
  "1. Schritt",
  "## Überschrift",
  "**fett**",
  "\\*nicht fett*",
  "`code`",
  "&amp;",
  "%s",
  "{0}",
];
const FRONT_MATTER_LINES = ["title: Rechnungen", "ms.date: 13/45/2022", "ms.locfileid: \"1\"", "ms.openlocfilehash: zz", "ms.contentlocale: ja-JP", "ms.translationtype: HT", "key: [a, b", "- x", "a: b: c", "---", "  nested: value", "# comment"];
const INVALID_UTF8 = [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x00]];

/** One mutation of the target page's text; some return bytes (invalid UTF-8, a BOM before a BOM). */
function mutate(text: string, random: () => number): FileContent {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const at = () => Math.floor(random() * (text.length + 1));
  let out = text;
  const steps = 1 + Math.floor(random() * 4);
  for (let s = 0; s < steps; s++) {
    const p = Math.floor(random() * (out.length + 1));
    switch (Math.floor(random() * 10)) {
      case 0:
        out = out.slice(0, p) + pick(SYNTAX) + out.slice(p);
        break;
      case 1:
        out = out.slice(0, p) + out.slice(p + 1 + Math.floor(random() * 20));
        break;
      case 2: {
        const len = Math.floor(random() * 60);
        out = out.slice(0, p) + out.slice(p, p + len) + out.slice(p);
        break;
      }
      case 3:
        out = out.slice(0, p) + pick(SPANS) + out.slice(p);
        break;
      case 4: {
        // A front matter line inserted after the first one, or the closing line removed.
        const nl = out.indexOf("\n");
        out = random() < 0.8 ? `${out.slice(0, nl + 1)}${pick(FRONT_MATTER_LINES)}\n${out.slice(nl + 1)}` : out.replace("\n---\n", "\n");
        break;
      }
      case 5:
        out = random() < 0.5 ? out.replace(/\r?\n/g, "\r\n") : out.replace(/\n/g, random() < 0.5 ? "\r" : "\n");
        break;
      case 6:
        out = out.slice(0, p) + pick(SYNTAX).repeat(50 + Math.floor(random() * 400)) + out.slice(p);
        break;
      case 7: {
        // Swap two stretches: reordered sentences, moved brackets.
        const q = at();
        const [a, b] = p < q ? [p, q] : [q, p];
        const mid = a + Math.floor((b - a) / 2);
        out = out.slice(0, a) + out.slice(mid, b) + out.slice(a, mid) + out.slice(b);
        break;
      }
      case 8:
        out = out.slice(0, p) + String.fromCharCode(Math.floor(random() * 0x10000)) + out.slice(p);
        break;
      default:
        out = out.slice(0, p) + pick(["[", "]", "(", ")", "<", "*"]).repeat(1 + Math.floor(random() * 4)) + out.slice(p);
    }
  }
  const bytes = new TextEncoder().encode(random() < 0.1 ? `\ufeff${out}` : out);
  if (random() < 0.08) {
    const p = Math.floor(random() * (bytes.length + 1));
    const bad = pick(INVALID_UTF8);
    const result = new Uint8Array(bytes.length + bad.length);
    result.set(bytes.subarray(0, p));
    result.set(bad, p);
    result.set(bytes.subarray(p), p + bad.length);
    return result;
  }
  return random() < 0.5 ? bytes : new TextDecoder().decode(bytes.subarray(bytes[0] === 0xef && bytes[1] === 0xbb ? 3 : 0));
}

/** The base pages: a side-by-side page with a few segments, links, a list, a table and an alert. */
function basePages(random: () => number): Record<string, string> {
  const body = [
    `${segment(103, "Siehe [Rechnungen](invoices.md#details) und **Zahlungen**.", "See [invoices](invoices.md#details) and **payments**.")}`,
    "",
    "| Spalte | Wert |\n| --- | --- |\n| a | `b` |",
    "",
    "> [!NOTE]\n> Hinweis mit [Link](https://example.org).",
    "",
    "```json\n{ \"a\": 1 }\n```",
    "",
    "## <a name=\"details\"></a>Details",
  ].join("\n");
  const pages = pagesWith("body", body);
  // The English source says what the translation came from; half the time it has the same extras.
  if (random() < 0.5) pages["docs/a.md"] = `${pages["docs/a.md"]}\n## Details\n\nSee [invoices](invoices.md#details).\n`;
  return pages;
}

function lineCount(text: string): number {
  let n = 1;
  for (let k = text.indexOf("\n"); k !== -1; k = text.indexOf("\n", k + 1)) n++;
  return n;
}

/** Lines as a finding counts them (after the BOM; "\r\n" and "\n" end a line), with their lengths. */
function lineLengths(text: string): number[] {
  return text.split("\n").map((l) => (l.endsWith("\r") ? l.length - 1 : l.length));
}

function checkPosition(what: string, text: string, line: number, column: number): string | null {
  const lengths = lineLengths(text);
  if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1) return `${what} ${line}:${column} is not a 1-based position`;
  if (line > lengths.length) return `${what} line ${line} is past the last line (${lengths.length})`;
  // A lone "\r" is not a line end for findings; allow the whole line's length then.
  if (column > lengths[line - 1]! + 1) return `${what} column ${column} is past the end of line ${line} (${lengths[line - 1]} characters)`;
  return null;
}

const descriptors = rules.map((r) => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity, fixable: r.fixable, scope: r.scope, docsPath: `rules/${r.id}.md` }));
const formatOptions = { cwd: "/virtual", color: false, rulesDocsBase: "https://example.org/rules/", toolVersion: "0.0.0" };

function resultOf(findings: Finding[], displayPath: string): LintResult {
  const errors = findings.filter((f) => f.severity === "error");
  const warnings = findings.filter((f) => f.severity === "warn");
  const file: FileResult = {
    filePath: `/virtual/${displayPath}`,
    displayPath,
    locale: "de-de",
    findings,
    errorCount: errors.length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((f) => f.fix).length,
    fixableWarningCount: warnings.filter((f) => f.fix).length,
  };
  return { results: [file], rules: descriptors, stats: { files: 1, groups: 1, durationMs: 1 } };
}

/** Every problem with one case: positions out of bounds, a report that does not parse, fixes that do not converge. */
function problemsOf(files: Record<string, FileContent>): string[] {
  const problems: string[] = [];
  const first = lintFiles(files, { target: TARGET });
  // An unreadable file has no text; its finding points into the bytes, read with replacement characters.
  const input = files[TARGET]!;
  const text = first.file.unreadable ? new TextDecoder().decode(typeof input === "string" ? new TextEncoder().encode(input) : input) : first.file.text;
  for (const f of first.findings) {
    const where = `${f.ruleId} "${f.message}"`;
    problems.push(...[checkPosition(where, text, f.line, f.column)].filter((p): p is string => p !== null));
    if (f.endLine !== undefined) {
      const end = checkPosition(`${where} end`, text, f.endLine, f.endColumn ?? 1);
      if (end) problems.push(end);
      else if (f.endLine < f.line || (f.endLine === f.line && (f.endColumn ?? f.column) < f.column)) problems.push(`${where} ends before it starts`);
    }
    for (const r of f.related ?? []) {
      const related = [...first.files.values()].find((file) => file.path === r.path);
      if (!related) problems.push(`${where} related location in an unknown file ${r.path}`);
      else {
        const p = checkPosition(`${where} related`, related.text, r.line, r.column);
        if (p) problems.push(p);
      }
    }
    if (f.fix && (f.fix.range[0] < 0 || f.fix.range[1] > text.length || f.fix.range[0] > f.fix.range[1])) problems.push(`${where} fix range ${f.fix.range} is outside the text`);
  }
  if (lineCount(text) < 1) problems.push("no lines");

  const result = resultOf(first.findings, TARGET);
  for (const name of formatNames) {
    let out: string;
    try {
      out = formatResults(name, result, formatOptions);
    } catch (error) {
      problems.push(`${name} format threw: ${String(error)}`);
      continue;
    }
    if (Buffer.from(out, "utf8").toString("utf8") !== out) problems.push(`${name} output is not valid Unicode`);
    if (name === "json" || name === "sarif" || name === "status-json") {
      try {
        JSON.parse(out);
      } catch (error) {
        problems.push(`${name} output does not parse: ${String(error)}`);
      }
    } else if (name === "junit") {
      const bad = wellFormedXml(out);
      if (bad) problems.push(`junit output is not well-formed XML: ${bad}`);
    } else if (name === "github") {
      for (const line of out.split("\n")) if (line !== "" && !/^::(error|warning|notice) /.test(line)) problems.push(`github output line is not a workflow command: ${JSON.stringify(line.slice(0, 80))}`);
    }
  }

  // --fix as the engine does it (passes until nothing changes), then a second --fix must change nothing.
  if (first.output !== null) {
    const prefix = (first.file.bom ? "\ufeff" : "");
    let current = first.output;
    let passes = 1;
    for (; passes < FIX_PASSES; passes++) {
      const next = lintFiles({ ...files, [TARGET]: current }, { target: TARGET }).output;
      if (next === null || next === current) break;
      current = next;
    }
    const again = lintFiles({ ...files, [TARGET]: current }, { target: TARGET });
    if (again.output !== null && again.output !== current) {
      const fixable = again.findings.filter((f) => f.fix).map((f) => `${f.ruleId}@${f.line}:${f.column}`);
      problems.push(`a second --fix changes the text again (${fixable.join(", ")})`);
    }
    if (!current.startsWith(prefix)) problems.push("--fix lost the BOM");
  }
  return problems;
}

describe(`fuzz: ${RUNS} mutated files (seed ${SEED}), every rule and format`, () => {
  it("keeps positions in bounds, writes reports that parse, and fixes that converge", () => {
    const random = seededRandom(SEED);
    const failures: string[] = [];
    for (let k = 0; k < RUNS && failures.length < 5; k++) {
      const pages = basePages(random);
      const files: Record<string, FileContent> = { ...pages, [TARGET]: mutate(pages[TARGET]!, random) };
      if (random() < 0.3) files["docs.ja-jp/a.md"] = mutate(pages["docs.ja-jp/a.md"]!, random);
      let problems: string[];
      try {
        problems = problemsOf(files);
      } catch (error) {
        problems = [`threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
      }
      if (problems.length > 0) {
        const input = files[TARGET]!;
        const shown = typeof input === "string" ? JSON.stringify(input) : `bytes ${Buffer.from(input).toString("base64")}`;
        failures.push(`case ${k} (seed ${SEED}): ${problems.slice(0, 3).join("; ")}\n  target: ${shown.slice(0, 2000)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
