// translation-orphaned: the English file a translation was made from still exists at the translation's path.
import { describe, expect, it } from "vitest";
import rule from "../../rules/translation-orphaned.js";
import { deBody, english, invoices, locMeta, manage, sha1, useLearnRepo } from "../git-repo.js";
import { lintFiles, page } from "../rule-tester.js";

const jaBody = "# 古い請求書\n\n以前の請求書を表示します。\n";
const heBody = "# בקשת החזר\n\nניתן לבקש החזר תוך 72 שעות.\n";

const session = useLearnRepo(rule);

describe("translation-orphaned with an English git repository", () => {
  const check = session.check;
  const short = (commit: string) => commit.slice(0, 12);

  it("accepts translations whose English file is still at the same path, changed or not", () => {
    expect(check("de-de", manage, page(locMeta("Abonnements verwalten", sha1(english.manageV1), session.learn.c1, "de-DE"), deBody))).toEqual([]);
    expect(check("de-de", invoices, page(locMeta("Grundlegendes zu Ihrer Rechnung", sha1(english.invoices), session.learn.c1, "de-DE"), deBody))).toEqual([]);
  });

  it("reports an English file deleted since the pin, in Japanese, at the pin's value", () => {
    const oldText = english.invoices.replace("Understand your invoice", "Legacy invoices");
    const findings = check("ja-jp", "billing/legacy-invoices.md", page(locMeta("古い請求書", sha1(oldText), session.learn.c1, "ja-JP"), jaBody));
    expect(findings).toEqual([
      {
        line: 5,
        column: 21,
        endLine: 5,
        endColumn: 61,
        message: expect.stringMatching(
          new RegExp(`^Expected the English "billing/legacy-invoices\\.md" this file translates to exist but found it deleted since ms\\.sourcegitcommit "${session.learn.c1}" \\(commit "${short(session.learn.c3)}", \\d{4}-\\d\\d-\\d\\d\\)$`),
        ),
      },
    ]);
  });

  it("names the new path of an English file moved since the pin (renamed and edited), in Hebrew", () => {
    const findings = check("he-il", "billing/refunds.md", page(locMeta("בקשת החזר", sha1(english.refundsV1), session.learn.c1, "he-IL"), heBody));
    expect(findings.map((f) => [f.line, f.column, f.message.replace(/, \d{4}-\d\d-\d\d\)/, ")")])).toEqual([
      [
        5,
        21,
        `Expected this translation at "learn.he-il/billing/credits-and-refunds.md", where its English file "billing/refunds.md" moved since ms.sourcegitcommit "${session.learn.c1}" (commit "${short(session.learn.c2)}"), but found it at "learn.he-il/billing/refunds.md"`,
      ],
    ]);
  });

  it("names the new path of an English file renamed without edits", () => {
    const oldText = english.invoices.replace("Understand your invoice", "Read your invoice");
    const findings = check("de-de", "billing/old-name.md", page(locMeta("Rechnung lesen", sha1(oldText), session.learn.c1, "de-DE"), deBody));
    expect(findings.map((f) => f.message)).toEqual([expect.stringContaining(`Expected this translation at "learn.de-de/billing/renamed.md"`)]);
  });

  it("says nothing about files the English repository never had, or unknown commits", () => {
    expect(check("de-de", "billing/translated-only.md", page(locMeta("Nur übersetzt", sha1("x"), session.learn.c1, "de-DE"), deBody))).toEqual([]);
    expect(check("de-de", "billing/legacy-invoices.md", page(locMeta("Ältere Rechnungen", sha1("x"), "5c1fe2a98d0b7e41f3a6c9d82b4e07a1c3f5d9e8", "de-DE"), deBody))).toEqual([]);
  });
});

describe("translation-orphaned without git", () => {
  it("says nothing when the English tree is not in git", () => {
    const files = {
      [`docs.de-de/billing/legacy.md`]: page(locMeta("Alt", sha1("x"), "5c1fe2a98d0b7e41f3a6c9d82b4e07a1c3f5d9e8", "de-DE"), deBody),
      [`docs/${manage}`]: english.manageV3,
    };
    expect(lintFiles(files, { rules: [rule], onDisk: true }).findings).toEqual([]);
  });
});
