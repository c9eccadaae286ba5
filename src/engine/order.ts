// The order findings are reported in: by position, then rule, then message (stable across runs and workers).
import type { Finding } from "../types.js";

export function compareFindings(a: Finding, b: Finding): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}
