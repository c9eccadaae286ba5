// The run's status per locale and per file as JSON (`--format status-json`), documented in docs/status-json.md.
import type { LintResult } from "../types.js";
import { statusOf, wellFormedValues, type FormatOptions } from "./shared.js";

export function formatStatusJson(result: LintResult, options: FormatOptions): string {
  return `${JSON.stringify(statusOf(result, options), wellFormedValues, 1)}\n`;
}
