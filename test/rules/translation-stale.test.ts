// translation-stale: the English file has not changed since ms.sourcegitcommit, the commit the translation was made from.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import rule from "../../rules/translation-stale.js";
import { arBody, buildLearnRepo, deBody, english, invoices, type LearnRepo, locMeta, manage, sha1, useLearnRepo } from "../git-repo.js";
import { lintFiles, page } from "../rule-tester.js";

const jaBody = "# サブスクリプションを管理する\n\n**適切なロール**: 管理エージェント\n";

const session = useLearnRepo(rule);

describe("translation-stale with an English git repository", () => {
  const check = session.check;
  const short = (commit: string) => commit.slice(0, 12);

  it("accepts a translation of the English file as it is at HEAD", () => {
    expect(check("de-de", manage, page(locMeta("Abonnements verwalten", sha1(english.manageV3), session.learn.c3, "de-DE"), deBody))).toEqual([]);
    expect(check("de-de", invoices, page(locMeta("Grundlegendes zu Ihrer Rechnung", sha1(english.invoices), session.learn.c1, "de-DE"), deBody))).toEqual([]);
  });

  it("accepts a file renamed since the commit without changing its text", () => {
    const oldText = english.invoices.replace("Understand your invoice", "Read your invoice");
    expect(check("de-de", "billing/renamed.md", page(locMeta("Rechnung lesen", sha1(oldText), session.learn.c1, "de-DE"), deBody))).toEqual([]);
  });

  it("reports an English file changed twice since the commit", () => {
    expect(check("de-de", manage, page(locMeta("Abonnements verwalten", sha1(english.manageV1), session.learn.c1, "de-DE"), deBody))).toEqual([
      {
        line: 5,
        column: 21,
        endLine: 5,
        endColumn: 61,
        message: `Expected the English "${manage}" to be unchanged since ms.sourcegitcommit "${session.learn.c1}" but found 2 later commits that change it (the latest "${short(session.learn.c3)}", 0 days after it)`,
      },
    ]);
  });

  it("reports an English file changed once since an abbreviated commit, in Japanese", () => {
    const rev = session.learn.c2.slice(0, 10);
    expect(check("ja-jp", manage, page(locMeta("サブスクリプションを管理する", sha1(english.manageV2), rev, "ja-JP"), jaBody))).toEqual([
      {
        line: 5,
        column: 21,
        endLine: 5,
        endColumn: 31,
        message: `Expected the English "${manage}" to be unchanged since ms.sourcegitcommit "${rev}" but found 1 later commit that changes it ("${short(session.learn.c3)}", 0 days after it)`,
      },
    ]);
  });

  it("reports a stale translation in a CRLF Arabic file", () => {
    const text = page(locMeta("إدارة الاشتراكات", sha1(english.manageV1.replace(/\n/g, "\r\n")), session.learn.c1, "ar-SA"), arBody, { eol: "\r\n" });
    expect(check("ar-sa", manage, text)).toEqual([
      {
        line: 5,
        column: 21,
        endLine: 5,
        endColumn: 61,
        message: `Expected the English "${manage}" to be unchanged since ms.sourcegitcommit "${session.learn.c1}" but found 2 later commits that change it (the latest "${short(session.learn.c3)}", 0 days after it)`,
      },
    ]);
  });

  it("counts the commit that renamed and edited the file", () => {
    expect(check("de-de", "billing/credits-and-refunds.md", page(locMeta("Rückerstattung anfordern", sha1(english.refundsV1), session.learn.c1, "de-DE"), deBody))).toEqual([
      {
        line: 5,
        column: 21,
        endLine: 5,
        endColumn: 61,
        message: `Expected the English "billing/credits-and-refunds.md" to be unchanged since ms.sourcegitcommit "${session.learn.c1}" but found 1 later commit that changes it ("${short(session.learn.c2)}", 0 days after it)`,
      },
    ]);
  });

  it("leaves an English file deleted since the commit to translation-orphaned", () => {
    const oldText = english.invoices.replace("Understand your invoice", "Legacy invoices");
    expect(check("de-de", "billing/legacy-invoices.md", page(locMeta("Ältere Rechnungen", sha1(oldText), session.learn.c1, "de-DE"), deBody))).toEqual([]);
  });

  it("reports a stale YAML file, the commit after Japanese text on the same line", () => {
    const yaml = [
      "### YamlMime:Landing",
      "title: パートナー センターの課金",
      `metadata: {title: "パートナー センターの課金", ms.sourcegitcommit: ${session.learn.c1}, ms.openlocfilehash: ${sha1(english.landingV1)}}`,
      "",
    ].join("\n");
    expect(check("ja-jp", "landing/index.yml", yaml)).toEqual([
      {
        line: 3,
        column: 56,
        endLine: 3,
        endColumn: 96,
        message: `Expected the English "landing/index.yml" to be unchanged since ms.sourcegitcommit "${session.learn.c1}" but found 1 later commit that changes it ("${short(session.learn.c2)}", 0 days after it)`,
      },
    ]);
  });

  it("says nothing about unknown commits, files missing at the commit and untracked English files", () => {
    expect(check("de-de", manage, page(locMeta("Abonnements verwalten", sha1("x"), "5c1fe2a98d0b7e41f3a6c9d82b4e07a1c3f5d9e8", "de-DE"), deBody))).toEqual([]);
    expect(check("de-de", "billing/overview.md", page(locMeta("Abrechnungsübersicht", sha1(english.newPage), session.learn.c1, "de-DE"), deBody))).toEqual([]);
    expect(check("de-de", "billing/draft.md", page(locMeta("Entwurf", sha1("x"), session.learn.c1, "de-DE"), deBody))).toEqual([]);
  });
});

describe("translation-stale with the source tree in a folder of the repository", () => {
  let nested: LearnRepo;
  beforeAll(() => {
    nested = buildLearnRepo("learn/articles");
  });
  afterAll(() => nested.repo.remove());

  it("names the file by its path in the repository", () => {
    nested.repo.translate("de-de", manage, page(locMeta("Abonnements verwalten", sha1(english.manageV1), nested.c2, "de-DE"), deBody));
    expect(nested.repo.lint(rule, "de-de", manage)).toEqual([
      {
        line: 5,
        column: 21,
        endLine: 5,
        endColumn: 61,
        message: `Expected the English "articles/${manage}" to be unchanged since ms.sourcegitcommit "${nested.c2}" but found 1 later commit that changes it ("${nested.c3.slice(0, 12)}", 0 days after it)`,
      },
    ]);
  });
});

describe("translation-stale without git", () => {
  it("says nothing about an English source tree that is not in git", () => {
    const files = {
      [`docs.de-de/${manage}`]: page(locMeta("Abonnements verwalten", sha1(english.manageV1), "5c1fe2a98d0b7e41f3a6c9d82b4e07a1c3f5d9e8", "de-DE"), deBody),
      [`docs/${manage}`]: english.manageV3,
    };
    expect(lintFiles(files, { rules: [rule], onDisk: true }).findings).toEqual([]);
  });
});
