// The order findings are reported in: by position, then rule, then message (stable across runs and workers).
import type { Finding } from "../types.js";

/** Code-unit order: the same on every machine (localeCompare follows the locale), and cheap for thousands of findings on one line. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message);
}
