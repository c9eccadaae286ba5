// quote() and resolveMessage(): quoted values in messages keep exact ranges even when a value holds `"`.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lint } from "../../src/lint.js";
import { quote, resolveMessage } from "../../src/shared/quote.js";
import type { Finding } from "../../src/types.js";
import { learnMeta, page } from "../rule-tester.js";

/** The quoted values of a resolved message, cut at its ranges. */
const values = (m: { message: string; quoted?: [number, number][] }) => (m.quoted ?? []).map(([s, e]) => m.message.slice(s, e));

describe("resolveMessage", () => {
  it("shows a quoted value between double quotes and records its range", () => {
    const resolved = resolveMessage(`Expected anchor ${quote("preise")} but found ${quote("تسعير")}`);
    expect(resolved.message).toBe('Expected anchor "preise" but found "تسعير"');
    expect(values(resolved)).toEqual(["preise", "تسعير"]);
  });

  it("keeps a value that holds double quotes whole, where splitting on quotes would not", () => {
    const resolved = resolveMessage(`Expected code line ${quote('print("こんにちは")')} but found ${quote('"')} and ${quote("")}`);
    expect(resolved.message).toBe('Expected code line "print("こんにちは")" but found """ and ""');
    expect(values(resolved)).toEqual(['print("こんにちは")', '"', ""]);
  });

  it("has no ranges for a message without quote(), and keeps its text", () => {
    expect(resolveMessage('Expected a "sxs-lookup" span but found none')).toEqual({ message: 'Expected a "sxs-lookup" span but found none' });
  });

  it("escapes invisible characters first, so ranges count the escapes", () => {
    const resolved = resolveMessage(`found ${quote("\u200fשלום\u00a0x")} here`);
    expect(resolved.message).toBe('found "\\u200Fשלום\\u00A0x" here');
    expect(values(resolved)).toEqual(["\\u200Fשלום\\u00A0x"]);
  });

  it("shows the internal marks as escapes when a file's text holds them, so a value cannot open or close a quote", () => {
    const resolved = resolveMessage(`found ${quote("a\ufdd1b\ufdd0c")} and ${quote("d")}`);
    expect(resolved.message).toBe('found "a\\uFDD1b\\uFDD0c" and "d"');
    expect(values(resolved)).toEqual(["a\\uFDD1b\\uFDD0c", "d"]);
  });

  it("shows a stray mark (text pasted without quote()) as an escape, and pairs only marks that match", () => {
    const resolved = resolveMessage(`in \ufdd1 folder ${quote("x")} \ufdd0`);
    expect(resolved.message).toBe('in \\uFDD1 folder "x" \\uFDD0');
    expect(values(resolved)).toEqual(["x"]);
  });

  it("never reads a value as marks: a quoted value quoted again shows the inner marks as escapes", () => {
    const resolved = resolveMessage(`found ${quote(`a ${quote("b")}`)} here`);
    expect(resolved.message).toBe('found "a \\uFDD0b\\uFDD1" here');
    expect(values(resolved)).toEqual(["a \\uFDD0b\\uFDD1"]);
  });
});

describe("quoted values through a real run", () => {
  let dir: string;
  let findings: Finding[];
  const agreed = 'billing "2024" docs';
  const hebrew = 'חיוב "2024" מסמכים';

  beforeAll(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "loclint-quote-")));
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    // Three siblings of one version agree on ms.custom, whose value holds double quotes; the Hebrew page has it translated.
    write("docs.de-de/billing/invoices.md", page(learnMeta("de-DE", { "ms.custom": agreed }), "# Rechnungen\n"));
    write("docs.ja-jp/billing/invoices.md", page(learnMeta("ja-JP", { "ms.custom": agreed }), "# 請求書\n"));
    write("docs.fr-fr/billing/invoices.md", page(learnMeta("fr-FR", { "ms.custom": agreed }), "# Factures\n"));
    write("docs.he-il/billing/invoices.md", page(learnMeta("he-IL", { "ms.custom": hebrew }), "# חשבוניות\n"));
    const outcome = await lint({ cwd: dir, paths: ["."] });
    findings = outcome.results.flatMap((r) => r.findings.filter((f) => f.ruleId === "metadata-mismatch"));
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("gives the finding and its related location the exact values as ranges", () => {
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding!.message).toMatch(/^Expected ms\.custom "billing "2024" docs" as in .+ but found "חיוב "2024" מסמכים"$/);
    expect(values(finding!)).toEqual([agreed, hebrew]);
    expect(finding!.related?.map(values)).toEqual([[agreed]]);
  });
});
