// The rule API: a rule is data (id, description, severity, fixability, options) plus one pure `check`.
import type { ResolvedConfig, RuleSetting } from "../config/types.js";
import type { LocalizedFile } from "../parse/file.js";
import type { Fix, RelatedLocation, RuleFinding } from "../types.js";
import type { ProjectFacts } from "../shared/facts.js";
import type { SiblingGroup } from "../shared/group.js";
import { quote } from "../shared/quote.js";

export { quote };

export interface RuleContext<Options> {
  /** The localized file being checked. */
  file: LocalizedFile;
  /** The file's siblings on disk (other locales, the English source when there is one), parsed. */
  group: SiblingGroup;
  /** The rule's options: defaults merged with the user's. */
  options: Options;
  /** Facts about files outside the group: existence, letter case, anchors. */
  project: ProjectFacts;
}

export interface Rule<Options extends object = Record<string, unknown>> {
  /** kebab-case id naming the defect; reads well after "disable". */
  id: string;
  /** One line, shown in `--help`, SARIF and the README table; the rule doc's first line repeats it. */
  description: string;
  defaultSeverity: "warn" | "error";
  fixable: boolean;
  /** "file": needs the file alone; "siblings": compares the file with its sibling group. */
  scope: "file" | "siblings";
  defaultOptions?: Options;
  /**
   * Set by a rule that wraps another linter: each finding may name its own id in `ruleId`, which must
   * start with `<id>/` (`markdownlint/MD051`). Suppression comments match either id.
   */
  dynamicIds?: boolean;
  /**
   * Loads what `check` needs (a heavy library) so that a rule left off costs nothing. The engine
   * awaits it once per thread, before linting, when the configuration turns the rule on anywhere.
   */
  load?(): Promise<void>;
  /** Returns a one-line message when options are invalid. */
  validateOptions?(options: Record<string, unknown>): string | null;
  check(context: RuleContext<Options>): RuleFinding[];
  /**
   * For values that must be unique across many files (`ms.locfileid` within a locale): returns the
   * value and where it is; the engine gathers these from every group and reports duplicates.
   */
  unique?(context: RuleContext<Options>): UniqueValue | null;
}

export interface UniqueValue {
  /** Uniqueness holds within this scope (e.g. the locale). */
  scope: string;
  value: string;
  /** What the value is, for the message (`ms.locfileid`). */
  label: string;
  offset: number;
  end?: number;
}

/**
 * Awaits `load()` of every rule that the configuration turns on somewhere (its own setting, an
 * override or `--rule`), so that `check` can run synchronously; a rule that stays off is never loaded.
 */
export async function loadRules(rules: readonly Rule<object>[], config: ResolvedConfig): Promise<void> {
  const on = (setting: RuleSetting | undefined) => setting !== undefined && (Array.isArray(setting) ? setting[0] : setting) !== "off";
  await Promise.all(
    rules
      .filter((r) => r.load)
      .filter((r) => (config.rules.get(r.id)?.severity ?? "off") !== "off" || config.overrides.some((o) => on(o.rules[r.id])) || on(config.cliRules?.[r.id]))
      .map((r) => r.load!()),
  );
}

/** Identity function that gives a rule literal its type. */
export function defineRule<Options extends object = Record<string, unknown>>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

export interface FindingExtras {
  /** End offset (exclusive) of the damaged text. */
  end?: number;
  related?: RelatedLocation[];
  fix?: Fix;
  /** See {@link RuleFinding.rootCause}. */
  rootCause?: string;
}

/** A finding at an offset of a file's text. */
export function findingAt(file: LocalizedFile, offset: number, message: string, extras: FindingExtras = {}): RuleFinding {
  const start = file.positionAt(offset);
  const finding: RuleFinding = { line: start.line, column: start.column, message };
  if (extras.end !== undefined && extras.end > offset) {
    const end = file.positionAt(extras.end);
    finding.endLine = end.line;
    finding.endColumn = end.column;
  }
  if (extras.related?.length) finding.related = extras.related;
  if (extras.fix) finding.fix = extras.fix;
  if (extras.rootCause) finding.rootCause = extras.rootCause;
  return finding;
}

/** A related location at an offset of another file (a sibling or the English source). */
export function relatedAt(file: LocalizedFile, offset: number, message: string): RelatedLocation {
  const { line, column } = file.positionAt(offset);
  return { path: file.path, line, column, message };
}

/** Formats a list of values for a message: `"a", "b" and 3 more`. */
export function quoteList(values: Iterable<string>, max = 5): string {
  const all = [...values];
  const shown = all.slice(0, max).map((v) => quote(v));
  const rest = all.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}
