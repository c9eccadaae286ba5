// Runs the rules over one sibling group: read, parse once, check, suppress, fix, sort.
import type { ResolvedConfig, RuleConfig } from "../config/types.js";
import { rulesForFile } from "../config/index.js";
import type { DiscoveredFile } from "../discover/index.js";
import { LocalizedFile } from "../parse/file.js";
import { isSymbolicLink } from "../fs/index.js";
import type { FileResult, Finding, FindingSeverity, RuleFinding } from "../types.js";
import type { UniqueClaim } from "./unique.js";
import { applyFixes, changesText } from "./fix.js";
import { compareFindings } from "./order.js";
import type { ProjectFacts } from "../shared/facts.js";
import { SiblingGroup } from "../shared/group.js";
import type { Rule } from "./rule.js";
import { suppressionsFor } from "./suppress.js";
import { dropOwnedFindings } from "./ownership.js";
import { resolveMessage, resolveRelated } from "../shared/quote.js";
import { deserialize, serialize } from "node:v8";

export interface GroupPlan {
  key: string;
  files: DiscoveredFile[];
}

export interface GroupOptions {
  config: ResolvedConfig;
  rules: ReadonlyMap<string, Rule<object>>;
  project: ProjectFacts;
  fix: boolean;
  /** Content to lint instead of the disk's (staged files), by absolute path. */
  readOverride?: (absPath: string) => Uint8Array | undefined;
}

/**
 * One group's results, serialized as soon as the group is linted. The bytes hold no slice of a file's text
 * (a finding's message or fix quotes its file, and a V8 slice keeps the whole text alive), they sit outside
 * the JavaScript heap until the run ends, and a worker's reply carries them as they are.
 */
export interface PackedGroup {
  files: number;
  bytes: Uint8Array;
}

export function packGroup(results: GroupFileResult[]): PackedGroup {
  return { files: results.length, bytes: serialize(results) };
}

export function unpackGroup(packed: PackedGroup): GroupFileResult[] {
  return deserialize(packed.bytes) as GroupFileResult[];
}

/** Thrown when a rule throws: our bug, named with the rule and the file. */
export class RuleCrash extends Error {
  constructor(
    readonly ruleId: string,
    readonly filePath: string,
    cause: unknown,
  ) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`Rule "${ruleId}" crashed on ${filePath}: ${detail}. This is a bug in loclint; please report it.`);
    if (cause instanceof Error && cause.stack) this.stack = cause.stack;
  }
}

const MAX_FIX_PASSES = 10;

/** Time spent in each rule's `check`, in ms, when LOCLINT_TIMING is set (measured in process only). */
export const ruleTimes: Map<string, number> | null = process.env.LOCLINT_TIMING ? new Map() : null;

/** A file's result plus the unique values it claims, judged once every group is done. */
export type GroupFileResult = FileResult & { claims?: UniqueClaim[] };

export function lintGroup(plan: GroupPlan, options: GroupOptions): GroupFileResult[] {
  const files = plan.files.map((d) => {
    const override = options.readOverride?.(d.path);
    const identity = { path: d.path, displayPath: d.displayPath, locale: d.locale, relPath: d.relPath, root: d.root, isSource: d.isSource };
    // Only a target that fixes may rewrite needs its bytes kept, to check before writing that it is unchanged.
    return override ? new LocalizedFile(identity, override) : LocalizedFile.read(identity, { stamp: options.fix && d.target });
  });
  if (ruleTimes) {
    // Parse up front so that parsing is not charged to whichever rule first asks for it.
    const started = performance.now();
    for (const f of files) void (f.segments, f.markdown);
    ruleTimes.set("(parsing)", (ruleTimes.get("(parsing)") ?? 0) + performance.now() - started);
  }
  let group = new SiblingGroup(plan.key, files);
  const targets = plan.files.flatMap((d, index) => (d.target ? [index] : []));
  // The targets as read, before fixes replace them: their text says what changed, their stamp what to check before writing.
  const read = new Map(targets.map((index) => [index, files[index]!]));
  // With fixes: the findings of fixGroup's last pass, which changed nothing, taken against the final group.
  let checked: ReadonlyMap<number, Finding[]> = new Map();
  // A page that is a symbolic link is not fixed (a fix would write through it): its findings stay, fixes and all.
  if (options.fix) ({ group, checked } = fixGroup(plan.key, files, targets.filter((index) => !isSymbolicLink(files[index]!.path)), group, options));
  const results: GroupFileResult[] = [];
  for (const index of targets) {
    const file = files[index]!;
    const ruleConfigs = rulesForFile(options.config, file.path, file.locale);
    // Checked against the siblings as they are after every fix, so related locations point into their fixed text.
    const findings = checked.get(index) ?? checkFile(file, group, ruleConfigs, options);
    const output = file.text !== read.get(index)!.text ? file.text : undefined;
    const result: GroupFileResult = toResult(file, findings, output);
    const stamp = output !== undefined ? read.get(index)!.stamp : null;
    if (stamp) result.readStamp = stamp;
    const claims = collectClaims(file, group, ruleConfigs, options);
    if (claims.length) result.claims = claims;
    results.push(result);
  }
  for (const f of files) {
    const scan = f.markdownIfScanned;
    if (scan && !f.unreadable) options.project.noteAnchors(f.path, scan);
  }
  return results;
}

/**
 * Applies fixes to the group's target files pass by pass, as ESLint does for one file: each pass checks
 * every target against its siblings as they are now and applies the fixes that do not overlap, until no
 * file changes. Replaces fixed files in `files` and returns the group over them, with the findings of the
 * last pass when it changed nothing (each target checked against that very group, so they are final).
 */
function fixGroup(
  key: string,
  files: LocalizedFile[],
  targets: readonly number[],
  group: SiblingGroup,
  options: GroupOptions,
): { group: SiblingGroup; checked: ReadonlyMap<number, Finding[]> } {
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    let changed = false;
    const checked = new Map<number, Finding[]>();
    for (const index of targets) {
      const file = files[index]!;
      if (file.unreadable) continue;
      const findings = checkFile(file, group, rulesForFile(options.config, file.path, file.locale), options);
      checked.set(index, findings);
      if (!findings.some((f) => f.fix)) continue;
      const fixed = applyFixes(file.text, findings, file.eol);
      if (fixed.text === file.text) continue;
      const identity = { path: file.path, displayPath: file.displayPath, locale: file.locale, relPath: file.relPath, root: file.root, isSource: file.isSource };
      files[index] = new LocalizedFile(identity, (file.bom ? "\ufeff" : "") + fixed.text);
      group = new SiblingGroup(key, files);
      changed = true;
    }
    if (!changed) return { group, checked };
  }
  return { group, checked: new Map() };
}

function checkFile(
  file: LocalizedFile,
  group: SiblingGroup,
  ruleConfigs: Map<string, RuleConfig>,
  options: GroupOptions,
): Finding[] {
  const findings: Finding[] = [];
  const suppressed = file.mayHaveDirectives ? suppressionsFor(file.text, file.lines, file.kind === "yaml") : null;
  for (const [id, ruleConfig] of ruleConfigs) {
    if (ruleConfig.severity === "off") continue;
    const rule = options.rules.get(id);
    if (!rule) continue;
    if (file.unreadable && id !== "file-unreadable") continue;
    let raw: RuleFinding[];
    try {
      const started = ruleTimes ? performance.now() : 0;
      raw = rule.check({ file, group, options: ruleConfig.options, project: options.project });
      if (ruleTimes) ruleTimes.set(id, (ruleTimes.get(id) ?? 0) + performance.now() - started);
    } catch (error) {
      throw new RuleCrash(id, file.displayPath, error);
    }
    if (raw.length > 0) addFindings(findings, raw, rule, id, ruleConfig.severity, suppressed, file);
  }
  return dropOwnedFindings(findings).sort(compareFindings);
}

/**
 * One rule's findings as the run reports them. A function of its own, called only when a rule reports
 * (rarely): rules return findings of many shapes, and each new shape used to deoptimize checkFile
 * (seven recompilations per run); now only this small function is recompiled.
 */
function addFindings(
  findings: Finding[],
  raw: readonly RuleFinding[],
  rule: Rule<object>,
  id: string,
  severity: FindingSeverity,
  suppressed: ReturnType<typeof suppressionsFor> | null,
  file: LocalizedFile,
): void {
  for (const f of raw) {
    const ruleId = rule.dynamicIds && f.ruleId !== undefined ? innerRuleId(id, f.ruleId, file) : id;
    if (suppressed && (suppressed(id, f.line) || (ruleId !== id && suppressed(ruleId, f.line)))) continue;
    const finding: Finding = { ...f, ruleId, severity, ...resolveMessage(f.message) };
    if (f.related) finding.related = f.related.map(resolveRelated);
    if (!rule.fixable || (finding.fix && !changesText(file.text, finding.fix, file.eol))) delete finding.fix;
    if (id === "file-unreadable") finding.fatal = true;
    findings.push(finding);
  }
}

/** A wrapping rule's per-finding id (`markdownlint/MD051`); one outside the rule's own prefix is a bug. */
function innerRuleId(id: string, ruleId: string, file: LocalizedFile): string {
  if (ruleId.length > id.length + 1 && ruleId.startsWith(`${id}/`)) return ruleId;
  throw new RuleCrash(id, file.displayPath, new Error(`finding id "${ruleId}" does not start with "${id}/"`));
}

function collectClaims(file: LocalizedFile, group: SiblingGroup, ruleConfigs: Map<string, RuleConfig>, options: GroupOptions): UniqueClaim[] {
  if (file.unreadable) return [];
  const claims: UniqueClaim[] = [];
  let suppressed: ReturnType<typeof suppressionsFor> | undefined;
  for (const [id, ruleConfig] of ruleConfigs) {
    const rule = options.rules.get(id);
    if (ruleConfig.severity === "off" || !rule?.unique) continue;
    let claim;
    try {
      claim = rule.unique({ file, group, options: ruleConfig.options, project: options.project });
    } catch (error) {
      throw new RuleCrash(id, file.displayPath, error);
    }
    if (!claim) continue;
    const start = file.positionAt(claim.offset);
    suppressed ??= file.mayHaveDirectives ? suppressionsFor(file.text, file.lines, file.kind === "yaml") : null;
    if (suppressed?.(id, start.line)) continue;
    const end = claim.end !== undefined ? file.positionAt(claim.end) : undefined;
    claims.push({
      ruleId: id,
      severity: ruleConfig.severity,
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

function toResult(file: LocalizedFile, findings: Finding[], output: string | undefined): FileResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const f of findings) {
    if (f.severity === "error") {
      errorCount++;
      if (f.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (f.fix) fixableWarningCount++;
    }
  }
  const result: FileResult = {
    filePath: file.path,
    displayPath: file.displayPath,
    locale: file.locale,
    findings,
    errorCount,
    warningCount,
    fixableErrorCount,
    fixableWarningCount,
  };
  if (output !== undefined) result.output = (file.bom ? "\ufeff" : "") + output;
  return result;
}
