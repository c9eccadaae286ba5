// ESLint's JSON result shape, so tools that read `eslint -f json` output read ours.
import type { FileResult, Finding, Fix, LintResult, RunNotice } from "../types.js";
import { rulesMetaOf } from "./meta.js";
import { clampPosition, noticesOf, sortResults, validEnd, wellFormedValues, type FormatOptions } from "./shared.js";

/** Not part of ESLint's shape: the sibling or source places that explain a message. Readers ignore unknown keys. */
export interface EslintRelatedLocation {
  filePath: string;
  line: number;
  column: number;
  message: string;
}

/** One message, as in ESLint's `LintMessage`. */
export interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: Fix;
  fatal?: true;
  relatedLocations: EslintRelatedLocation[];
}

/** One file, as in ESLint's `ESLint.LintResult`. */
export interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: never[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  output?: string;
  usedDeprecatedRules: never[];
}

function toMessage(finding: Finding): EslintMessage {
  const { line, column } = clampPosition(finding.line, finding.column);
  const message: Omit<EslintMessage, "relatedLocations"> = {
    ruleId: finding.ruleId,
    severity: finding.severity === "error" ? 2 : 1,
    message: finding.message,
    line,
    column,
  };
  const end = validEnd(finding);
  if (end) {
    message.endLine = end.endLine;
    if (end.endColumn !== undefined) message.endColumn = end.endColumn;
  }
  if (finding.fix) message.fix = { range: [finding.fix.range[0], finding.fix.range[1]], text: finding.fix.text };
  if (finding.fatal) message.fatal = true;
  const relatedLocations = (finding.related ?? []).map((related) => ({
    filePath: related.path,
    ...clampPosition(related.line, related.column),
    message: related.message,
  }));
  return { ...message, relatedLocations };
}

function toResult(file: FileResult): EslintResult {
  const result: EslintResult = {
    filePath: file.filePath,
    messages: file.findings.map(toMessage),
    suppressedMessages: [],
    errorCount: file.errorCount,
    fatalErrorCount: file.findings.filter((f) => f.fatal).length,
    warningCount: file.warningCount,
    fixableErrorCount: file.fixableErrorCount,
    fixableWarningCount: file.fixableWarningCount,
    usedDeprecatedRules: [],
  };
  if (file.output !== undefined) result.output = file.output;
  return result;
}

/** Every file, clean ones included (as ESLint does), in display-path order. */
export function toEslintResults(result: LintResult): EslintResult[] {
  return sortResults(result.results).map(toResult);
}

/**
 * A run-level notice in ESLint's shape for a path-level warning (as ESLint reports an ignored file):
 * the path it is about, one message with no rule id and no position.
 */
export interface EslintNoticeResult extends Omit<EslintResult, "messages"> {
  messages: { ruleId: null; severity: 1; message: string }[];
}

function toNotice(notice: RunNotice): EslintNoticeResult {
  return {
    filePath: notice.path,
    messages: [{ ruleId: null, severity: 1, message: notice.message }],
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

export function formatJson(result: LintResult, _options: FormatOptions): string {
  return `${JSON.stringify([...toEslintResults(result), ...noticesOf(result).map(toNotice)], wellFormedValues)}\n`;
}

/** ESLint's `json-with-metadata`: the results and, beside them, the working folder and each rule's metadata. */
export function formatJsonWithMetadata(result: LintResult, options: FormatOptions): string {
  const metadata = { cwd: options.cwd, rulesMeta: rulesMetaOf(result, options) };
  // The run's notices as in `json`: a result each, so neither JSON format drops what the other reports.
  return `${JSON.stringify({ results: [...toEslintResults(result), ...noticesOf(result).map(toNotice)], metadata }, wellFormedValues)}\n`;
}
