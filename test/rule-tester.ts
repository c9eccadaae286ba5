// A RuleTester in ESLint's valid/invalid shape: runs one rule over sibling files held in memory (or in a temp folder).
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ProjectFacts } from "../src/shared/facts.js";
import { resolveMessage, resolveRelated } from "../src/shared/quote.js";
import { applyFixes, changesText } from "../src/engine/fix.js";
import { SiblingGroup } from "../src/shared/group.js";
import { compareFindings } from "../src/engine/order.js";
import type { Rule } from "../src/engine/rule.js";
import { suppressionsFor } from "../src/engine/suppress.js";
import { judgeClaims, type UniqueClaim } from "../src/engine/unique.js";
import { type FileIdentity, LocalizedFile } from "../src/parse/file.js";
import type { FileResult, Finding } from "../src/types.js";
import { rules as registeredRules } from "../rules/index.js";

/** A file's content: text (UTF-8 on disk, a leading "\ufeff" is a BOM) or raw bytes (binary, invalid UTF-8). */
export type FileContent = string | Uint8Array;

/** Root of the in-memory tree; files are `/virtual/<case path>`. */
export const VIRTUAL_ROOT = "/virtual";

/** The English source tree's locale, as discovery assigns it. */
export const SOURCE_LOCALE = "en-us";

export interface RuleCase {
  /** Test title; defaults to the target path and the case's index. */
  name?: string;
  /**
   * Path → content. The first folder names the locale root: `docs.de-de/a.md` is the de-de copy of `a.md`
   * in the `docs` set, and `docs/a.md` (no locale suffix) is its English source.
   */
  files: Record<string, FileContent>;
  /** The path to check; defaults to the first localized (non-source) file. */
  target?: string;
  /** Rule options, merged over the rule's `defaultOptions`. */
  options?: Record<string, unknown>;
  /** Set to false to leave the English source files out (same `files`, linted as if there were no source tree). */
  source?: boolean;
  /** Write the files to a temporary folder and read them from disk (for rules asking ProjectFacts about other files). */
  onDisk?: boolean;
}

export interface ExpectedFinding {
  line: number;
  column: number;
  /** Compared only when given. */
  endLine?: number;
  endColumn?: number;
  /** Exact text, or a pattern the message must match; compared only when given. */
  message?: string | RegExp;
  /** Related locations, `path` as written in `files`; compared only when given. */
  related?: { path: string; line: number; column: number }[];
}

export interface InvalidCase extends RuleCase {
  /** Exactly the findings the target must get (sorted by line, then column). */
  errors: ExpectedFinding[];
  /** The target's text after applying every fix once (BOM kept). Required when a finding carries a fix. */
  output?: string;
}

export interface LintFilesOptions {
  /** The rules to run; defaults to every registered rule (rules/index.ts). */
  rules?: readonly Rule<object>[];
  /** Options merged over each rule's `defaultOptions`. */
  options?: Record<string, unknown>;
  target?: string;
  source?: boolean;
  onDisk?: boolean;
}

export interface LintFilesResult {
  /** The target's findings as the engine would report them (rule id, severity, suppressions applied), sorted. */
  findings: Finding[];
  /** The target file, parsed. */
  file: LocalizedFile;
  /** The target's sibling group. */
  group: SiblingGroup;
  /** Every parsed file by its case path (source files included unless `source: false`). */
  files: Map<string, LocalizedFile>;
  /** The target's text after applying the fixes once (BOM kept), or null when no finding has a fix. */
  output: string | null;
  /** Maps an absolute path back to its case path (for related locations). */
  casePath(absPath: string): string;
}

/** What a case path says about a file. */
export interface ParsedCasePath {
  casePath: string;
  rootName: string;
  base: string;
  locale: string;
  isSource: boolean;
  relPath: string;
}

const localeSuffix = /^[a-z]{2,3}(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?$/i;

/** `docs.ja-jp/a/b.md` → the docs set's ja-jp copy of `a/b.md`; `docs/a/b.md` → its English source. */
export function parseCasePath(casePath: string): ParsedCasePath {
  const slash = casePath.indexOf("/");
  if (slash <= 0 || slash === casePath.length - 1) throw new Error(`Case path "${casePath}" must be "<name>.<locale>/<file>" or "<name>/<file>"`);
  const rootName = casePath.slice(0, slash);
  const relPath = casePath.slice(slash + 1);
  const dot = rootName.lastIndexOf(".");
  const suffix = dot > 0 ? rootName.slice(dot + 1) : "";
  if (localeSuffix.test(suffix)) {
    return { casePath, rootName, base: rootName.slice(0, dot), locale: suffix.toLowerCase().replace(/_/g, "-"), isSource: false, relPath };
  }
  return { casePath, rootName, base: rootName, locale: SOURCE_LOCALE, isSource: true, relPath };
}

function toBytes(content: FileContent): Uint8Array {
  return typeof content === "string" ? new TextEncoder().encode(content) : content;
}

/**
 * Runs rules over in-memory sibling files as the engine does for one target: parse every file, group
 * siblings by set and relative path, check, drop suppressed findings, judge `unique()` claims across
 * every localized file, and apply the fixes once.
 */
export function lintFiles(files: Record<string, FileContent>, opts: LintFilesOptions = {}): LintFilesResult {
  const rules = opts.rules ?? registeredRules;
  let parsed = Object.keys(files).map(parseCasePath);
  if (opts.source === false) parsed = parsed.filter((p) => !p.isSource);
  const targetPath = opts.target ?? parsed.find((p) => !p.isSource)?.casePath;
  if (targetPath === undefined) throw new Error("No file to check: give a localized file or `target`");
  if (!parsed.some((p) => p.casePath === targetPath)) throw new Error(`Target "${targetPath}" is not among the files`);

  const root = opts.onDisk ? realpathSync(mkdtempSync(path.join(os.tmpdir(), "loclint-rule-"))) : VIRTUAL_ROOT;
  try {
    const abs = (p: string) => (opts.onDisk ? path.join(root, ...p.split("/")) : path.posix.join(root, p));
    const bytesByPath = new Map<string, Uint8Array>();
    for (const p of parsed) bytesByPath.set(abs(p.casePath), toBytes(files[p.casePath]!));
    if (opts.onDisk) {
      for (const [file, bytes] of bytesByPath) {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, bytes);
      }
    }
    const parsedFiles = new Map<string, LocalizedFile>();
    for (const p of parsed) {
      const identity: FileIdentity = {
        path: abs(p.casePath),
        displayPath: p.casePath,
        locale: p.locale,
        relPath: p.relPath,
        root: abs(p.rootName),
        isSource: p.isSource,
      };
      parsedFiles.set(p.casePath, opts.onDisk ? LocalizedFile.read(identity) : new LocalizedFile(identity, bytesByPath.get(identity.path)!));
    }

    const groupKey = (p: ParsedCasePath) => `${p.base}/${p.relPath}`;
    // Discovery sorts a group's files by locale; so does the tester, whatever the order of `files`.
    const byLocale = (a: ParsedCasePath, b: ParsedCasePath) => (a.locale < b.locale ? -1 : a.locale > b.locale ? 1 : 0);
    const groups = new Map<string, SiblingGroup>();
    for (const key of new Set(parsed.map(groupKey))) {
      const members = parsed.filter((p) => groupKey(p) === key).sort(byLocale);
      groups.set(key, new SiblingGroup(key, members.map((p) => parsedFiles.get(p.casePath)!)));
    }
    const sourceRoots = new Map<string, string>();
    for (const p of parsed) {
      if (p.isSource) continue;
      const source = parsed.find((s) => s.isSource && s.base === p.base);
      if (source) sourceRoots.set(abs(p.rootName), abs(source.rootName));
    }
    const project = new ProjectFacts(sourceRoots, opts.onDisk ? undefined : (file) => bytesByPath.get(file));

    const optionsFor = (rule: Rule<object>): object => {
      const merged = { ...(rule.defaultOptions ?? {}), ...(opts.options ?? {}) };
      const problem = rule.validateOptions?.(merged);
      if (problem) throw new Error(`Invalid options for ${rule.id}: ${problem}`);
      return merged;
    };

    const target = parsedFiles.get(targetPath)!;
    const targetGroup = groups.get(groupKey(parseCasePath(targetPath)))!;
    const findings: Finding[] = [];
    const suppressed = suppressionsFor(target.text, target.lines, target.kind === "yaml");
    for (const rule of rules) {
      if (target.unreadable && rule.id !== "file-unreadable") continue;
      const raw = rule.check({ file: target, group: targetGroup, options: optionsFor(rule), project });
      for (const f of raw) {
        if (suppressed?.(rule.id, f.line)) continue;
        const finding: Finding = { ...f, ruleId: rule.id, severity: rule.defaultSeverity, ...resolveMessage(f.message) };
        if (f.related) finding.related = f.related.map(resolveRelated);
        if (!rule.fixable || (finding.fix && !changesText(target.text, finding.fix, target.eol))) delete finding.fix;
        if (rule.id === "file-unreadable") finding.fatal = true;
        findings.push(finding);
      }
    }

    // unique(): every localized file claims its value; duplicates within a scope are findings.
    const uniqueRules = rules.filter((r) => r.unique);
    if (uniqueRules.length) {
      const results: (FileResult & { claims?: UniqueClaim[] })[] = [];
      let targetResult: FileResult | undefined;
      for (const p of parsed) {
        if (p.isSource) continue;
        const file = parsedFiles.get(p.casePath)!;
        const result: FileResult & { claims?: UniqueClaim[] } = {
          filePath: file.path,
          displayPath: file.displayPath,
          locale: file.locale,
          findings: [],
          errorCount: 0,
          warningCount: 0,
          fixableErrorCount: 0,
          fixableWarningCount: 0,
          claims: file.unreadable ? [] : claimsOf(file, groups.get(groupKey(p))!, uniqueRules, optionsFor, project),
        };
        if (p.casePath === targetPath) targetResult = result;
        results.push(result);
      }
      judgeClaims(results);
      if (targetResult) findings.push(...targetResult.findings);
    }

    findings.sort(compareFindings);
    const fixable = findings.some((f) => f.fix);
    const output = fixable && !target.unreadable ? (target.bom ? "\ufeff" : "") + applyFixes(target.text, findings).text : null;
    const prefix = opts.onDisk ? root + path.sep : `${root}/`;
    return {
      findings,
      file: target,
      group: targetGroup,
      files: parsedFiles,
      output,
      casePath: (absPath) => (absPath.startsWith(prefix) ? absPath.slice(prefix.length).split(path.sep).join("/") : absPath),
    };
  } finally {
    if (opts.onDisk) rmSync(root, { recursive: true, force: true });
  }
}

function claimsOf(
  file: LocalizedFile,
  group: SiblingGroup,
  rules: readonly Rule<object>[],
  optionsFor: (rule: Rule<object>) => object,
  project: ProjectFacts,
): UniqueClaim[] {
  const claims: UniqueClaim[] = [];
  const suppressed = suppressionsFor(file.text, file.lines, file.kind === "yaml");
  for (const rule of rules) {
    const claim = rule.unique?.({ file, group, options: optionsFor(rule), project });
    if (!claim) continue;
    const start = file.positionAt(claim.offset);
    if (suppressed?.(rule.id, start.line)) continue;
    const end = claim.end !== undefined ? file.positionAt(claim.end) : undefined;
    claims.push({
      ruleId: rule.id,
      severity: rule.defaultSeverity,
      scope: claim.scope,
      value: claim.value,
      label: claim.label,
      path: file.path,
      displayPath: file.displayPath,
      line: start.line,
      column: start.column,
      endLine: end?.line,
      endColumn: end?.column,
    });
  }
  return claims;
}

interface Comparable {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message?: string | RegExp;
  related?: { path: string; line: number; column: number }[];
}

/** The actual findings reduced to what each expected finding states, so `toEqual` shows a readable diff. */
function comparable(actual: Finding[], expected: ExpectedFinding[], casePath: (p: string) => string): { actual: Comparable[]; expected: Comparable[] } {
  const shownActual: Comparable[] = [];
  const shownExpected: Comparable[] = [];
  const count = Math.max(actual.length, expected.length);
  for (let i = 0; i < count; i++) {
    const a = actual[i];
    const e = expected[i];
    if (a) {
      const shown: Comparable = { line: a.line, column: a.column };
      if (e ? e.endLine !== undefined : a.endLine !== undefined) shown.endLine = a.endLine;
      if (e ? e.endColumn !== undefined : a.endColumn !== undefined) shown.endColumn = a.endColumn;
      shown.message = a.message;
      if (e ? e.related !== undefined : a.related !== undefined) {
        shown.related = (a.related ?? []).map((r) => ({ path: casePath(r.path), line: r.line, column: r.column }));
      }
      shownActual.push(shown);
    }
    if (e) {
      const shown: Comparable = { line: e.line, column: e.column };
      if (e.endLine !== undefined) shown.endLine = e.endLine;
      if (e.endColumn !== undefined) shown.endColumn = e.endColumn;
      // A pattern that matches shows as the actual text; one that does not shows as itself in the diff.
      if (e.message === undefined) shown.message = a?.message;
      else if (e.message instanceof RegExp) shown.message = a && e.message.test(a.message) ? a.message : e.message;
      else shown.message = e.message;
      if (e.related !== undefined) shown.related = e.related;
      shownExpected.push(shown);
    }
  }
  return { actual: shownActual, expected: shownExpected };
}

function caseTitle(c: RuleCase, index: number): string {
  return c.name ?? `${c.target ?? Object.keys(c.files).find((p) => !parseCasePath(p).isSource) ?? "?"} #${index + 1}`;
}

/**
 * Defines vitest `describe`/`it` blocks for one rule: every valid case must produce no finding, every
 * invalid case exactly the listed findings and, when fixes apply, the `output` text.
 */
export function testRule(rule: Rule<object>, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    describe("valid", () => {
      cases.valid.forEach((c, index) => {
        it(caseTitle(c, index), () => {
          const result = lintFiles(c.files, { rules: [rule], options: c.options, target: c.target, source: c.source, onDisk: c.onDisk });
          expect(result.findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
        });
      });
    });
    describe("invalid", () => {
      cases.invalid.forEach((c, index) => {
        it(caseTitle(c, index), () => {
          if (c.errors.length === 0) throw new Error("An invalid case must list at least one finding");
          const result = lintFiles(c.files, { rules: [rule], options: c.options, target: c.target, source: c.source, onDisk: c.onDisk });
          const { actual, expected } = comparable(result.findings, c.errors, result.casePath);
          expect(actual).toEqual(expected);
          if (result.output !== null) {
            if (c.output === undefined) throw new Error(`The rule fixed the file; add \`output\`:\n${result.output}`);
            expect(result.output).toBe(c.output);
          } else if (c.output !== undefined) {
            expect(c.output, "`output` is given but no finding has a fix").toBe(targetText(c));
          }
        });
      });
    });
  });
}

function targetText(c: RuleCase): string | undefined {
  const target = c.target ?? Object.keys(c.files).find((p) => !parseCasePath(p).isSource);
  const content = target === undefined ? undefined : c.files[target];
  return typeof content === "string" ? content : undefined;
}

/**
 * Front matter of a Microsoft Learn translation in the made-up Contoso set (German title, one hash, one
 * commit): what the CLI and file-layer tests lint. `extra` overrides or adds keys.
 */
export function learnMeta(locale: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    title: "Rechnungen verwalten",
    description: "Verwalten Sie Ihre Rechnungen.",
    "ms.topic": "how-to",
    "ms.date": "04/12/2021",
    author: "contoso-writer",
    "ms.openlocfilehash": "2f1e0c4b9a7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f",
    "ms.sourcegitcommit": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678",
    "ms.translationtype": "MT",
    "ms.contentlocale": locale,
    "ms.lasthandoff": "05/01/2021",
    ...extra,
  };
}

/**
 * A Markdown page with front matter: one `key: value` line per entry of `meta` from line 2 on, values as
 * written (quotes included; "" writes `key:` with no value), then the closing `---` and `body`.
 */
export function page(meta: Record<string, string>, body = "", opts: { eol?: "\n" | "\r\n"; bom?: boolean } = {}): string {
  const eol = opts.eol ?? "\n";
  const lines = ["---", ...Object.entries(meta).map(([key, value]) => (value === "" ? `${key}:` : `${key}: ${value}`)), "---"];
  return (opts.bom ? "\ufeff" : "") + lines.join(eol) + eol + body.replace(/\r?\n/g, eol);
}
