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

  it("drops what a range of an earlier rule covers, from a point to several lines, and a point at an owner's start", () => {
    const owner = { ...at("link-target-missing", 4, 10), endLine: 6, endColumn: 3 };
    const kept = dropOwnedFindings([
      owner,
      at("link-fragment-unresolved", 5, 80),
      at("link-fragment-unresolved", 6, 3),
      at("link-target-mismatch", 4, 10),
      at("link-target-mismatch", 4, 9, 11),
      at("link-target-mismatch", 4, 2, 10),
      at("link-fragment-unresolved", 6, 2, 4),
    ]);
    expect(kept.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual(["4:10 link-target-missing", "6:3 link-fragment-unresolved", "4:2 link-target-mismatch"]);
  });

  it("grows linearly: 10 times the findings of two rules of one chain, at most 40 times the CPU time (linear is 10, quadratic 100: GC on the larger input once made a linear run 21)", () => {
    // Every other link of a long line is broken twice over; a page of 10,000 broken links took 7 s here.
    const findings = (n: number) =>
      Array.from({ length: n }, (_, k) => [at("link-fragment-unresolved", 3, 10 * k + 1, 10 * k + 6), ...(k % 2 ? [at("link-target-mismatch", 3, 10 * k + 2, 10 * k + 4)] : [])]).flat();
    const cpuMs = (list: Finding[]) => {
      const before = process.cpuUsage();
      const kept = dropOwnedFindings(list);
      const used = process.cpuUsage(before);
      expect(kept.length).toBe(list.length - Math.floor(list.length / 3));
      return (used.user + used.system) / 1000;
    };
    const small = findings(3_000);
    const large = findings(30_000);
    cpuMs(small);
    const smallMs = Math.max(Math.min(cpuMs(small), cpuMs(small), cpuMs(small)), 2);
    let largeMs = Infinity;
    for (let attempt = 0; attempt < 4 && largeMs > 40 * smallMs; attempt++) largeMs = Math.min(largeMs, cpuMs(large));
    expect(largeMs / smallMs, `${largeMs.toFixed(1)} ms vs ${smallMs.toFixed(1)} ms`).toBeLessThanOrEqual(40);
  });
});
