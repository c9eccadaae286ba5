// SARIF 2.1.0, the static-analysis log that GitHub code scanning and Azure DevOps ingest.
import { createHash } from "node:crypto";
import path from "node:path";
import { readTextFile } from "../fs/index.js";
import { fingerprintOf, textOfResults } from "../pipeline/baseline.js";
import type { FileResult, Finding, Fix, LintResult, RelatedLocation, RuleDescriptor } from "../types.js";
import { clampPosition, noticesOf, ruleDocUrl, sortResults, validEnd, wellFormedValues, type FormatOptions } from "./shared.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export const SRCROOT = "%SRCROOT%";
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

type Level = "error" | "warning";

interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
  snippet?: { text: string };
}

interface SarifLocation {
  id?: number;
  physicalLocation: {
    artifactLocation: SarifArtifactLocation;
    region: SarifRegion;
    /** Whole lines around the region. */
    contextRegion?: { startLine: number; endLine: number; snippet: { text: string } };
  };
  message?: { text: string };
}

interface SarifFix {
  description: { text: string };
  artifactChanges: Array<{
    artifactLocation: SarifArtifactLocation;
    replacements: Array<{ deletedRegion: SarifRegion; insertedContent: { text: string } }>;
  }>;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  helpUri?: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: Level };
  properties?: { fixable: boolean; scope: string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints?: Record<string, string>;
  fixes?: SarifFix[];
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: Array<{
    tool: {
      driver: { name: string; version: string; semanticVersion?: string; informationUri?: string; rules: SarifRule[] };
    };
    originalUriBaseIds: Record<string, { uri: string; description?: { text: string } }>;
    columnKind: "utf16CodeUnits";
    results: SarifResult[];
    /** Present when loclint skipped checks (git could not answer): one notification each. */
    invocations?: Array<{ executionSuccessful: true; toolExecutionNotifications: Array<{ level: "warning"; message: { text: string } }> }>;
  }>;
}

// RFC 3986 unreserved characters plus the sub-delims and "@" that a path segment may hold as they are.
// ":" is encoded too: in a relative reference's first segment it would read as a URI scheme.
const SEGMENT_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=@]/;

/** Percent-encodes one path segment (UTF-8 for non-ASCII), so spaces, "%", "#", "?" survive as a URI. */
export function encodeSegment(segment: string): string {
  let out = "";
  for (const char of segment) {
    out += SEGMENT_SAFE.test(char) ? char : encodeURIComponent(char);
  }
  return out;
}

/**
 * An artifact location for an absolute path: relative to `cwd` against %SRCROOT% when the file is
 * inside `cwd` (what code scanning needs to place it in the repository), else an absolute file URI.
 * `pathApi` is a parameter so Windows paths can be tested anywhere.
 */
export function artifactLocationOf(
  filePath: string,
  cwd: string,
  pathApi: typeof path = path,
): SarifArtifactLocation {
  const relative = pathApi.relative(cwd, filePath);
  if (relative === "" || relative === ".." || relative.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(relative)) {
    return { uri: fileUriOf(filePath, pathApi) };
  }
  return { uri: relative.split(pathApi.sep).map(encodeSegment).join("/"), uriBaseId: SRCROOT };
}

function fileUriOf(absolutePath: string, pathApi: typeof path): string {
  const windows = pathApi.sep === "\\";
  const segments = absolutePath.split(pathApi.sep);
  // Keep a Windows drive letter ("C:") as written: file:///C:/...
  const encoded = segments.map((s, i) => (windows && i === 0 && /^[A-Za-z]:$/.test(s) ? s : encodeSegment(s)));
  const joined = encoded.join("/");
  return windows ? `file:///${joined}` : `file://${joined}`;
}

/** The folder URI for %SRCROOT%: absolute, ending with "/" as SARIF requires of a base. */
export function srcrootUriOf(cwd: string, pathApi: typeof path = path): string {
  const uri = fileUriOf(cwd, pathApi);
  return uri.endsWith("/") ? uri : `${uri}/`;
}

function levelOf(severity: "warn" | "error"): Level {
  return severity === "error" ? "error" : "warning";
}


/** SARIF's "friendly name": the id in Pascal case ("anchor-translated" -> "AnchorTranslated"). */
function friendlyNameOf(ruleId: string): string {
  return ruleId
    .split(/[^\p{L}\p{N}]+/u)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

/**
 * Code scanning rejects a rule without `help`, and shows it beside each alert: the rule's doc
 * (`rules/<id>.md`, shipped in the package) without its title, else the description, and a link to the doc.
 */
function helpOf(description: string, helpUri: string | undefined, doc?: string): SarifRule["help"] {
  const body = doc ?? description;
  if (!helpUri) return { text: body, markdown: body };
  return { text: `${body}\n\nSee ${helpUri}`, markdown: `${body}\n\n[Rule documentation](${helpUri})` };
}

/** A rule doc's text after its "# <id>" title, or undefined when there is no such doc. */
export function ruleDocBody(folder: string | undefined, ruleId: string): string | undefined {
  if (!folder || !/^[a-z0-9-]+$/.test(ruleId)) return undefined;
  let text: string;
  try {
    text = readTextFile(path.join(folder, `${ruleId}.md`));
  } catch {
    return undefined;
  }
  const body = text.replace(/\r\n?/g, "\n").replace(/^# [^\n]*\n+/, "").trim();
  return body || undefined;
}

function describeRule(
  id: string,
  description: string,
  level: Level,
  helpUri: string | undefined,
  doc?: string,
): SarifRule {
  const rule: SarifRule = {
    id,
    name: friendlyNameOf(id),
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: helpOf(description, helpUri, doc),
    defaultConfiguration: { level },
  };
  if (helpUri) rule.helpUri = helpUri;
  return rule;
}

function ruleOf(descriptor: RuleDescriptor, options: FormatOptions): SarifRule {
  const helpUri = ruleDocUrl(descriptor.id, options);
  const doc = ruleDocBody(options.rulesDocsFolder, descriptor.id);
  const rule = describeRule(descriptor.id, descriptor.description, levelOf(descriptor.defaultSeverity), helpUri, doc);
  rule.properties = { fixable: descriptor.fixable, scope: descriptor.scope };
  return rule;
}

/** A finding whose rule was not among the enabled ones (a fatal parse finding, say) still needs a rule entry. */
function placeholderRule(finding: Finding, options: FormatOptions): SarifRule {
  const text = finding.fatal ? "The file could not be read or parsed" : `Findings of "${finding.ruleId}"`;
  const helpUri = finding.fatal ? undefined : ruleDocUrl(finding.ruleId, options);
  return describeRule(finding.ruleId, text, levelOf(finding.severity), helpUri);
}

function regionOf(finding: Finding): SarifRegion {
  const { line, column } = clampPosition(finding.line, finding.column);
  const region: SarifRegion = { startLine: line, startColumn: column };
  const end = validEnd(finding);
  if (end) {
    region.endLine = end.endLine;
    if (end.endColumn !== undefined) region.endColumn = end.endColumn;
  }
  return region;
}

/** A file's text cut into lines as findings count them (BOM removed; "\r\n", "\n", "\r" end a line). */
class SourceLines {
  readonly text: string;
  /** Offset of each line's first character. */
  readonly starts: number[] = [0];
  readonly lines: string[];

  constructor(raw: string) {
    this.text = raw.startsWith("\ufeff") ? raw.slice(1) : raw;
    const breaks = /\r\n|\n|\r/g;
    for (let m = breaks.exec(this.text); m; m = breaks.exec(this.text)) this.starts.push(m.index + m[0].length);
    this.lines = this.text.split(/\r\n|\n|\r/);
  }

  /** 1-based line and column of a UTF-16 offset. */
  positionOf(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }

  /** Offset of a 1-based line and column, or undefined outside the text. */
  offsetOf(line: number, column: number): number | undefined {
    const start = this.starts[line - 1];
    if (start === undefined) return undefined;
    const offset = start + column - 1;
    return offset <= this.text.length ? offset : undefined;
  }
}

/** The region's own text, and a context region of the lines around it (one before, one after). */
function addSnippets(location: SarifLocation["physicalLocation"], source: SourceLines): void {
  const region = location.region;
  const last = source.lines.length;
  if (region.startLine > last) return;
  const endLine = Math.min(region.endLine ?? region.startLine, last);
  const from = source.offsetOf(region.startLine, region.startColumn);
  const to = region.endColumn !== undefined ? source.offsetOf(endLine, region.endColumn) : undefined;
  const lineEnd = source.offsetOf(endLine, source.lines[endLine - 1]!.length + 1);
  if (from !== undefined) {
    const until = to !== undefined && to >= from ? to : (lineEnd ?? source.text.length);
    // Snippets are optional: one of a whole minified line, repeated for each of its findings, would fill memory.
    if (until > from && until - from <= MAX_SNIPPET) region.snippet = { text: source.text.slice(from, until) };
  }
  // The lines around the region, one before and one after, else the region's own lines, when short enough.
  for (const [contextStart, contextEnd] of [
    [Math.max(1, region.startLine - 1), Math.min(last, endLine + 1)],
    [region.startLine, endLine],
  ] as const) {
    let size = contextEnd - contextStart;
    for (let line = contextStart; line <= contextEnd && size <= MAX_SNIPPET; line++) size += source.lines[line - 1]!.length;
    if (size > MAX_SNIPPET) continue;
    const text = source.lines.slice(contextStart - 1, contextEnd).join("\n");
    if (text !== "") location.contextRegion = { startLine: contextStart, endLine: contextEnd, snippet: { text } };
    return;
  }
}

/** The longest snippet a result carries, in characters (a few lines of prose); longer ones are left out. */
const MAX_SNIPPET = 4000;

/** A fix as a SARIF replacement of the region it deletes (empty for an insertion). */
function fixOf(fix: Fix, finding: Finding, artifactLocation: SarifArtifactLocation, source: SourceLines): SarifFix | undefined {
  const [start, end] = fix.range;
  if (!(start >= 0 && end >= start && end <= source.text.length)) return undefined;
  const from = source.positionOf(start);
  const to = source.positionOf(end);
  return {
    description: { text: `Apply the ${finding.ruleId} fix` },
    artifactChanges: [
      {
        artifactLocation: { ...artifactLocation },
        replacements: [
          {
            deletedRegion: { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column },
            insertedContent: { text: fix.text },
          },
        ],
      },
    ],
  };
}

/**
 * Plain text as a SARIF message: "[" and "]" are escaped (SARIF 3.11.6), so quoted Markdown such as
 * "[guide](1)" is not read as an embedded link; a backslash before a bracket is doubled first.
 */
export function escapeMessageText(text: string): string {
  return text.replace(/\\(?=[[\]])/g, "\\\\").replace(/[[\]]/g, "\\$&");
}

/** The message, with links to its related locations: code scanning shows only those the message links to. */
function messageTextOf(finding: Finding): string {
  const text = escapeMessageText(finding.message);
  const related = finding.related ?? [];
  if (related.length === 0) return text;
  const links = related.map((r, i) => `[${escapeMessageText(r.message)}](${i + 1})`);
  return `${text} (see ${links.join(", ")})`;
}

function relatedLocationOf(related: RelatedLocation, id: number, cwd: string): SarifLocation {
  const { line, column } = clampPosition(related.line, related.column);
  return {
    id,
    physicalLocation: {
      artifactLocation: artifactLocationOf(related.path, cwd),
      region: { startLine: line, startColumn: column },
    },
    message: { text: escapeMessageText(related.message) },
  };
}

/** The partialFingerprints key: versioned, as SARIF asks, so a change of recipe is not mistaken for new findings. */
export const FINGERPRINT_KEY = "loclintFingerprint/v1";

function sourceOf(file: FileResult, textOf: (result: FileResult) => string | undefined): SourceLines | undefined {
  if (file.findings.length === 0) return undefined;
  const text = textOf(file);
  return text === undefined ? undefined : new SourceLines(text);
}

/** The SARIF log as an object (for callers that merge or post-process it). */
export function toSarif(result: LintResult, options: FormatOptions): SarifLog {
  const rules = result.rules.map((descriptor) => ruleOf(descriptor, options));
  const indexById = new Map(rules.map((rule, index) => [rule.id, index]));
  const results: SarifResult[] = [];

  const textOf = options.textOf ?? textOfResults();
  for (const file of sortResults(result.results)) {
    const artifactLocation = artifactLocationOf(file.filePath, options.cwd);
    const source = sourceOf(file, textOf);
    const seen = new Map<string, number>();
    for (const finding of file.findings) {
      let ruleIndex = indexById.get(finding.ruleId);
      if (ruleIndex === undefined) {
        ruleIndex = rules.push(placeholderRule(finding, options)) - 1;
        indexById.set(finding.ruleId, ruleIndex);
      }
      const sarifResult: SarifResult = {
        ruleId: finding.ruleId,
        ruleIndex,
        level: levelOf(finding.severity),
        message: { text: messageTextOf(finding) },
        locations: [{ physicalLocation: { artifactLocation: { ...artifactLocation }, region: regionOf(finding) } }],
      };
      const related = finding.related ?? [];
      if (related.length > 0) {
        sarifResult.relatedLocations = related.map((r, i) => relatedLocationOf(r, i + 1, options.cwd));
      }
      if (source) {
        addSnippets(sarifResult.locations[0]!.physicalLocation, source);
        // The baseline's fingerprint (rule, message, the line's text: no line number) with the file, and a
        // count for identical findings, so code scanning follows an alert as lines move above it.
        const base = fingerprintOf(finding, source.lines[finding.line - 1] ?? "");
        const key = createHash("sha1").update(`${artifactLocation.uri}\0${base}`).digest("hex").slice(0, 16);
        const occurrence = (seen.get(key) ?? 0) + 1;
        seen.set(key, occurrence);
        sarifResult.partialFingerprints = { [FINGERPRINT_KEY]: `${key}:${occurrence}` };
        const fix = finding.fix ? fixOf(finding.fix, finding, artifactLocation, source) : undefined;
        if (fix) sarifResult.fixes = [fix];
      }
      results.push(sarifResult);
    }
  }

  const driver: SarifLog["runs"][number]["tool"]["driver"] = { name: "loclint", version: options.toolVersion, rules };
  if (SEMVER.test(options.toolVersion)) driver.semanticVersion = options.toolVersion;
  if (options.informationUri) driver.informationUri = options.informationUri;

  const log: SarifLog = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: { driver },
        originalUriBaseIds: {
          [SRCROOT]: { uri: srcrootUriOf(options.cwd), description: { text: "The folder loclint was run in" } },
        },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  const notices = noticesOf(result);
  if (notices.length > 0) {
    log.runs[0]!.invocations = [
      { executionSuccessful: true, toolExecutionNotifications: notices.map((n) => ({ level: "warning", message: { text: n.message } })) },
    ];
  }
  return log;
}

export function formatSarif(result: LintResult, options: FormatOptions): string {
  return `${JSON.stringify(toSarif(result, options), wellFormedValues, 2)}\n`;
}
