// One defect, one finding: the rule that owns a defect keeps its finding where rules of one chain overlap.
import { describe, expect, it } from "vitest";
import { dropOwnedFindings } from "../../src/engine/ownership.js";
import type { Finding } from "../../src/types.js";

const at = (ruleId: string, line: number, column: number, endColumn?: number): Finding => ({
  ruleId,
  severity: "error",
  line,
  column,
  ...(endColumn !== undefined ? { endLine: line, endColumn } : {}),
  message: ruleId,
});

describe("dropOwnedFindings", () => {
  it("keeps the owner of an overlapping range and drops the rest of its chain", () => {
    const kept = dropOwnedFindings([
      at("segment-link-mismatch", 26, 675, 686),
      at("link-target-case", 26, 675, 686),
      at("link-target-mismatch", 26, 675, 686),
      at("link-fragment-unresolved", 32, 100, 128),
      at("segment-link-mismatch", 32, 82, 128),
    ]);
    expect(kept.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual(["26:675 link-target-case", "32:82 segment-link-mismatch"]);
  });

  it("leaves findings of other chains, other places and the same rule alone", () => {
    const findings = [
      at("metadata-date-invalid", 6, 12, 22),
      at("link-target-case", 6, 12, 22),
      at("link-target-missing", 9, 1, 5),
      at("link-target-mismatch", 9, 6, 9),
      at("link-backslash", 12, 3, 9),
      at("link-backslash", 12, 3, 9),
    ];
    expect(dropOwnedFindings(findings)).toEqual(findings);
  });

  it("lets the next rule of the chain report when the owner is off (did not report)", () => {
    const findings = [at("metadata-mismatch", 6, 12, 22), at("link-target-mismatch", 12, 9, 19)];
    expect(dropOwnedFindings(findings)).toEqual(findings);
  });
});
