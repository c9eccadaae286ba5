// The data contracts shared by the engine, the rules and the reporters.

/** 1-based line and column. Columns count UTF-16 code units (as ESLint, SARIF and editors do), after a BOM. */
export interface Position {
  line: number;
  column: number;
}

export type Severity = "off" | "warn" | "error";
export type FindingSeverity = "warn" | "error";

/** A replacement in a file's decoded text (BOM removed): `range` is [start, end) in UTF-16 offsets. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** Another place that explains a finding: the sibling or English line that disagrees. */
export interface RelatedLocation {
  /** Absolute path. */
  path: string;
  line: number;
  column: number;
  message: string;
  /** Set by the engine: the quoted values' [start, end) UTF-16 ranges in `message` (see `quote()` in the rule API). */
  quoted?: [number, number][];
}

/** What a rule returns: a position and a message; the engine stamps rule id, severity and file. */
export interface RuleFinding {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  related?: RelatedLocation[];
  fix?: Fix;
  /**
   * Set when the same defect is in the English the file was translated from (a link copied as it was):
   * a key shared by every locale's copy of that one English defect. Reporters group the findings of a
   * rule with the same key into one root cause.
   */
  rootCause?: string;
  /**
   * Only for rules whose `dynamicIds` is set (rules that wrap another linter): the id to report,
   * `<rule id>/<inner id>` (`markdownlint/MD051`). The engine ignores it for every other rule.
   */
  ruleId?: string;
}

/** A finding as the engine reports it. */
export interface Finding extends RuleFinding {
  ruleId: string;
  severity: FindingSeverity;
  /** True for a file that could not be read or parsed at all (ESLint's `fatal`). */
  fatal?: boolean;
  /**
   * The quoted values' [start, end) UTF-16 ranges in `message`, quotes excluded: values a rule wrapped in
   * `quote()`, so a report can isolate them even when a value holds `"`. Absent when there is none.
   */
  quoted?: [number, number][];
}

export interface FileResult {
  /** Absolute path. */
  filePath: string;
  /** Path as shown to the user (relative to the working folder, `/` separators). */
  displayPath: string;
  locale: string | null;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Text after fixes, when fixes were applied in memory. */
  output?: string;
  /**
   * With `output`: what the file was when it was read (size, mtime, SHA-1), so that writing the fixes
   * can check nobody saved it meanwhile. Absent for staged content and for results made by hand.
   */
  readStamp?: { size: number; mtimeMs: number; sha1: string };
}

export interface RuleDescriptor {
  id: string;
  description: string;
  defaultSeverity: FindingSeverity;
  fixable: boolean;
  scope: "file" | "siblings";
  docsPath: string;
}

/**
 * Something the run could not do, said once: checks skipped because git could not answer (not
 * installed, a shallow or partial clone, missing objects, LFS pointers), or the fixes of a page that is a
 * symbolic link left unapplied. `path` is the repository, folder or file concerned (absolute), or "" for
 * the run as a whole.
 */
export interface RunNotice {
  path: string;
  message: string;
}

/** How much of the English a locale has: its files against the English tree's (for a locale folder linted whole). */
export interface LocaleCoverage {
  locale: string;
  /** Files of the English tree that pass the include and ignore settings. */
  english: number;
  /** Of those, the pages this locale has a file for. */
  translated: number;
  /** The English pages it lacks: paths relative to the English root, `/` separators, sorted. */
  missing: string[];
}

export interface LintResult {
  results: FileResult[];
  /**
   * Per locale, sorted by locale: the English tree's pages with and without a file in the locale. Only
   * locale folders the run walked whole are counted (linting one file or folder of a locale counts none).
   */
  coverage?: LocaleCoverage[];
  /** Run-level notices (see {@link RunNotice}), in the order first met; absent or empty when there is none. */
  notices?: RunNotice[];
  /** Rules that were on, for reporters that describe them (SARIF). */
  rules: RuleDescriptor[];
  stats: { files: number; groups: number; durationMs: number };
}
