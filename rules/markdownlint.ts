// rules/markdownlint.ts: markdownlint's own rules on each localized Markdown file, reported as "markdownlint/MDnnn".
import type { Configuration, LintError } from "markdownlint";
import type { LocalizedFile } from "../src/parse/file.js";
import { defineRule, findingAt, quote } from "../src/engine/rule.js";
import type { Fix, RuleFinding } from "../src/types.js";

type LintSync = (typeof import("markdownlint/sync"))["lint"];

interface Options {
  /** A markdownlint configuration object, applied over {@link quietDefaults}. */
  config: Configuration;
}

/**
 * What loclint changes in markdownlint's defaults, because side-by-side markup, translation or the
 * Docs conventions make these rules fire on nearly every localized page (see rules/markdownlint.md).
 * The user's configuration is applied after these, so it can turn any of them back on.
 */
export const quietDefaults: Readonly<Configuration> = {
  MD013: false,
  MD033: false,
  MD060: false,
  MD024: { siblings_only: true },
  MD025: { front_matter_title: "" },
  MD051: { ignored_pattern: "^tab/" },
};

/** Loaded by `load()`: importing markdownlint takes a third of a second, which a run with the rule off must not pay. */
let lintSync: LintSync | null = null;

const CONTEXT_MAX = 40;

export default defineRule<Options>({
  id: "markdownlint",
  description: "Localized Markdown passes markdownlint's rules (when the markdownlint setting turns them on)",
  scope: "file",
  defaultSeverity: "warn",
  fixable: true,
  dynamicIds: true,
  defaultOptions: { config: {} },
  validateOptions(options) {
    const config = options.config;
    if (config === null || typeof config !== "object" || Array.isArray(config)) return '"config" must be a markdownlint configuration object';
    return null;
  },
  async load() {
    lintSync ??= (await import("markdownlint/sync")).lint;
  },
  check({ file, options }) {
    // Without load() (a tester running every registered rule) there is nothing to run.
    if (!lintSync || file.kind !== "markdown" || file.text === "") return [];
    const results = lintSync({
      strings: { [file.relPath]: file.text },
      config: configFor(options.config),
      handleRuleFailures: true,
    })[file.relPath];
    if (!results?.length) return [];
    const lines = new MarkdownlintLines(file);
    return results.map((result) => toFinding(file, lines, result));
  },
});

/** loclint's quiet defaults, then the user's settings; with `default: false`, only the rules they name run. */
function configFor(user: Configuration): Configuration {
  const defaultOff = Object.entries(user).some(([key, value]) => key.toLowerCase() === "default" && value === false);
  // An object value enables a rule, so the tuned rules would turn on under `default: false`.
  const base: Configuration = defaultOff ? { MD013: false, MD033: false, MD060: false } : quietDefaults;
  return { ...base, ...user };
}

function toFinding(file: LocalizedFile, lines: MarkdownlintLines, result: LintError): RuleFinding {
  const [column = 1, length = 0] = result.errorRange ?? [];
  const start = lines.offset(result.lineNumber, column);
  const end = length > 0 ? start + length : undefined;
  const fix = result.fixInfo ? toFix(file, lines, result.lineNumber, result.fixInfo) : undefined;
  const finding = findingAt(file, start, messageOf(result), { end, fix });
  finding.ruleId = `markdownlint/${result.ruleNames[0] ?? "unknown"}`;
  return finding;
}

/** markdownlint's description, then its detail and context: `Trailing spaces: Expected: 0 or 2; Actual: 1`. */
function messageOf(result: LintError): string {
  let message = result.ruleDescription.replace(/\.$/, "");
  if (result.errorDetail) message += `: ${result.errorDetail.replace(/\.$/, "")}`;
  if (result.errorContext) {
    const context = result.errorContext.length > CONTEXT_MAX ? `${result.errorContext.slice(0, CONTEXT_MAX - 1)}…` : result.errorContext;
    message += ` at ${quote(context)}`;
  }
  return message;
}

/** A fix that stays on its line (or deletes the whole line), in the file's own line endings; otherwise none. */
function toFix(file: LocalizedFile, lines: MarkdownlintLines, lineNumber: number, info: NonNullable<LintError["fixInfo"]>): Fix | undefined {
  const line = info.lineNumber ?? lineNumber;
  const bounds = lines.bounds(line);
  if (!bounds) return undefined;
  const deleteCount = info.deleteCount ?? 0;
  if (deleteCount === -1) {
    if (bounds.next > bounds.start) return { range: [bounds.start, bounds.next], text: "" };
    // The empty line after the final line break (MD012 at the end of a file): deleting it removes that line break.
    const previous = lines.bounds(line - 1);
    return previous && previous.next > previous.end ? { range: [previous.end, bounds.next], text: "" } : undefined;
  }
  const start = bounds.start + (info.editColumn ?? 1) - 1;
  if (deleteCount < 0 || start > bounds.end || start + deleteCount > bounds.end) return undefined;
  const text = (info.insertText ?? "").replace(/\r?\n/g, file.eol);
  if (deleteCount === 0 && text === "") return undefined;
  return { range: [start, start + deleteCount], text };
}

/** Lines as markdownlint counts them: `\r\n`, `\n` and a lone `\r` each end a line. */
class MarkdownlintLines {
  private readonly text: string;
  private readonly starts: number[];

  constructor(file: LocalizedFile) {
    this.text = file.text;
    if (this.text.search(/\r(?!\n)/) === -1) {
      this.starts = file.lines.starts;
    } else {
      this.starts = [0];
      for (const m of this.text.matchAll(/\r\n|\r|\n/g)) this.starts.push(m.index + m[0].length);
    }
  }

  bounds(line: number): { start: number; end: number; next: number } | undefined {
    const start = this.starts[line - 1];
    if (start === undefined) return undefined;
    const next = this.starts[line] ?? this.text.length;
    let end = next;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return { start, end, next };
  }

  offset(line: number, column: number): number {
    const bounds = this.bounds(line);
    if (!bounds) return this.text.length;
    return Math.min(bounds.start + column - 1, bounds.end);
  }
}
