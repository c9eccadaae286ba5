// Values that must be unique across files (e.g. ms.locfileid within a locale), judged after all groups.
import type { FileResult, FindingSeverity } from "../types.js";
import { compareFindings } from "./order.js";
import { quote, resolveMessage, resolveRelated } from "../shared/quote.js";

export interface UniqueClaim {
  ruleId: string;
  severity: FindingSeverity;
  scope: string;
  value: string;
  label: string;
  path: string;
  displayPath: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Adds a finding to every file whose claimed value another file in the same scope claims too. */
export function judgeClaims(results: (FileResult & { claims?: UniqueClaim[] })[]): void {
  const byKey = new Map<string, UniqueClaim[]>();
  const byPath = new Map<string, FileResult>();
  for (const r of results) {
    byPath.set(r.filePath, r);
    for (const c of r.claims ?? []) {
      const key = `${c.ruleId}\0${c.scope}\0${c.value}`;
      const list = byKey.get(key);
      if (list) list.push(c);
      else byKey.set(key, [c]);
    }
    delete r.claims;
  }
  const touched = new Set<FileResult>();
  for (const claims of byKey.values()) {
    if (claims.length < 2) continue;
    for (const c of claims) {
      const others = claims.filter((o) => o !== c);
      const names = others.slice(0, 3).map((o) => o.displayPath).join(", ") + (others.length > 3 ? ` and ${others.length - 3} more` : "");
      const result = byPath.get(c.path)!;
      result.findings.push({
        ruleId: c.ruleId,
        severity: c.severity,
        line: c.line,
        column: c.column,
        ...(c.endLine !== undefined ? { endLine: c.endLine, endColumn: c.endColumn } : {}),
        ...resolveMessage(`Expected ${c.label} to be unique in ${c.scope} but found ${quote(c.value)} also in ${names}`),
        related: others.slice(0, 3).map((o) => resolveRelated({ path: o.path, line: o.line, column: o.column, message: `${o.displayPath} has ${quote(o.value)}` })),
      });
      if (c.severity === "error") result.errorCount++;
      else result.warningCount++;
      touched.add(result);
    }
  }
  for (const r of touched) r.findings.sort(compareFindings);
}
