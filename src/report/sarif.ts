// SARIF 2.1.0, the static-analysis log that GitHub code scanning and Azure DevOps ingest.
import path from "node:path";
import type { Finding, LintResult, RelatedLocation, RuleDescriptor } from "../types.js";
import { clampPosition, sortResults, validEnd, wellFormedValues, type FormatOptions } from "./shared.js";

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
}

interface SarifLocation {
  id?: number;
  physicalLocation: { artifactLocation: SarifArtifactLocation; region: SarifRegion };
  message?: { text: string };
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

function helpUriOf(base: string | undefined, ruleId: string): string | undefined {
  if (!base) return undefined;
  return `${base.endsWith("/") ? base : `${base}/`}${encodeURIComponent(ruleId)}.md`;
}

/** SARIF's "friendly name": the id in Pascal case ("anchor-translated" -> "AnchorTranslated"). */
function friendlyNameOf(ruleId: string): string {
  return ruleId
    .split(/[^\p{L}\p{N}]+/u)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

/** Code scanning rejects a rule without `help`; ours is the description and a link to the rule doc. */
function helpOf(description: string, helpUri: string | undefined): SarifRule["help"] {
  if (!helpUri) return { text: description, markdown: description };
  return { text: `${description}\n\nSee ${helpUri}`, markdown: `${description}\n\n[Rule documentation](${helpUri})` };
}

function describeRule(
  id: string,
  description: string,
  level: Level,
  helpUri: string | undefined,
): SarifRule {
  const rule: SarifRule = {
    id,
    name: friendlyNameOf(id),
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: helpOf(description, helpUri),
    defaultConfiguration: { level },
  };
  if (helpUri) rule.helpUri = helpUri;
  return rule;
}

function ruleOf(descriptor: RuleDescriptor, options: FormatOptions): SarifRule {
  const helpUri = helpUriOf(options.rulesDocsBase, descriptor.id);
  const rule = describeRule(descriptor.id, descriptor.description, levelOf(descriptor.defaultSeverity), helpUri);
  rule.properties = { fixable: descriptor.fixable, scope: descriptor.scope };
  return rule;
}

/** A finding whose rule was not among the enabled ones (a fatal parse finding, say) still needs a rule entry. */
function placeholderRule(finding: Finding, options: FormatOptions): SarifRule {
  const text = finding.fatal ? "The file could not be read or parsed" : `Findings of "${finding.ruleId}"`;
  const helpUri = finding.fatal ? undefined : helpUriOf(options.rulesDocsBase, finding.ruleId);
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

/** The SARIF log as an object (for callers that merge or post-process it). */
export function toSarif(result: LintResult, options: FormatOptions): SarifLog {
  const rules = result.rules.map((descriptor) => ruleOf(descriptor, options));
  const indexById = new Map(rules.map((rule, index) => [rule.id, index]));
  const results: SarifResult[] = [];

  for (const file of sortResults(result.results)) {
    const artifactLocation = artifactLocationOf(file.filePath, options.cwd);
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
      results.push(sarifResult);
    }
  }

  const driver: SarifLog["runs"][number]["tool"]["driver"] = { name: "loclint", version: options.toolVersion, rules };
  if (SEMVER.test(options.toolVersion)) driver.semanticVersion = options.toolVersion;
  if (options.informationUri) driver.informationUri = options.informationUri;

  return {
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
}

export function formatSarif(result: LintResult, options: FormatOptions): string {
  return `${JSON.stringify(toSarif(result, options), wellFormedValues, 2)}\n`;
}
