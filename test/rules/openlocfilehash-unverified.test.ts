// openlocfilehash-unverified: ms.openlocfilehash is the SHA-1 of the English file at ms.sourcegitcommit.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import rule from "../../rules/openlocfilehash-unverified.js";
import { arBody, buildLearnRepo, deBody, english, invoices, type LearnRepo, locMeta, manage, sha1, useLearnRepo } from "../git-repo.js";
import { lintFiles, page } from "../rule-tester.js";

const jaBody = "# サブスクリプションを管理する\n\n**適切なロール**: 管理エージェント\n";
const crlf = (text: string) => text.replace(/\n/g, "\r\n");

const session = useLearnRepo(rule);

describe("openlocfilehash-unverified with an English git repository", () => {
  const check = session.check;

  it("accepts the SHA-1 of the English file at the commit, whatever the English file is today", () => {
    expect(check("de-de", manage, page(locMeta("Abonnements verwalten", sha1(english.manageV1), session.learn.c1, "de-DE"), deBody))).toEqual([]);
    expect(check("ja-jp", manage, page(locMeta("サブスクリプションを管理する", sha1(english.manageV3), session.learn.c3.slice(0, 7), "ja-JP"), jaBody))).toEqual([]);
  });

  it("accepts the SHA-1 of the file checked out with CRLF line endings, in a CRLF Arabic file", () => {
    const text = page(locMeta("إدارة الاشتراكات", sha1(crlf(english.manageV1)), session.learn.c1, "ar-SA"), arBody, { eol: "\r\n" });
    expect(check("ar-sa", manage, text)).toEqual([]);
  });

  it("accepts the SHA-1 of a file committed with CRLF line endings, as stored or with LF", () => {
    const rel = "billing/payment-methods.md";
    expect(check("de-de", rel, page(locMeta("Zahlungsmethode hinzufügen", sha1(english.paymentCrlf), session.learn.c1, "de-DE"), deBody))).toEqual([]);
    expect(check("fr-fr", rel, page(locMeta("Ajouter un mode de paiement", sha1(english.paymentCrlf.replace(/\r\n/g, "\n")), session.learn.c1, "fr-FR"), deBody))).toEqual([]);
  });

  it("follows a rename made after the commit", () => {
    const oldText = english.invoices.replace("Understand your invoice", "Read your invoice");
    expect(check("de-de", "billing/renamed.md", page(locMeta("Rechnung lesen", sha1(oldText), session.learn.c1, "de-DE"), deBody))).toEqual([]);
    expect(check("de-de", "billing/credits-and-refunds.md", page(locMeta("Rückerstattung anfordern", sha1(english.refundsV1), session.learn.c1, "de-DE"), deBody))).toEqual([]);
  });

  it("reports the hash of another version of the English file", () => {
    const found = sha1(english.manageV1);
    expect(check("de-de", manage, page(locMeta("Abonnements verwalten", found, session.learn.c3, "de-DE"), deBody))).toEqual([
      {
        line: 4,
        column: 21,
        endLine: 4,
        endColumn: 61,
        message: `Expected ms.openlocfilehash "${sha1(english.manageV3)}", the SHA-1 of the English "${manage}" at ms.sourcegitcommit "${session.learn.c3}", but found "${found}"`,
      },
    ]);
  });

  it("reports the hash of another English file, in a CRLF Arabic file", () => {
    const found = sha1(english.manageV1);
    const text = page(locMeta("فهم فاتورتك", found, session.learn.c1, "ar-SA"), arBody, { eol: "\r\n" });
    expect(check("ar-sa", invoices, text)).toEqual([
      {
        line: 4,
        column: 21,
        endLine: 4,
        endColumn: 61,
        message: `Expected ms.openlocfilehash "${sha1(english.invoices)}", the SHA-1 of the English "${invoices}" at ms.sourcegitcommit "${session.learn.c1}", but found "${found}"`,
      },
    ]);
  });

  it("reports a wrong hash in a YAML file's flow metadata, after Japanese text on the same line", () => {
    const found = sha1(english.landingV2);
    const yaml = [
      "### YamlMime:Landing",
      "title: パートナー センターの課金",
      `metadata: {title: "パートナー センターの課金", ms.openlocfilehash: ${found}, ms.sourcegitcommit: ${session.learn.c1}}`,
      "",
    ].join("\n");
    expect(check("ja-jp", "landing/index.yml", yaml)).toEqual([
      {
        line: 3,
        column: 56,
        endLine: 3,
        endColumn: 96,
        message: `Expected ms.openlocfilehash "${sha1(english.landingV1)}", the SHA-1 of the English "landing/index.yml" at ms.sourcegitcommit "${session.learn.c1}", but found "${found}"`,
      },
    ]);
  });

  it("reports an English file that did not exist yet at the commit", () => {
    expect(check("de-de", "billing/overview.md", page(locMeta("Abrechnungsübersicht", sha1(english.newPage), session.learn.c1, "de-DE"), deBody))).toEqual([
      {
        line: 5,
        column: 21,
        endLine: 5,
        endColumn: 61,
        message: `Expected the English "billing/overview.md" to exist at ms.sourcegitcommit "${session.learn.c1}" but found no such file in that commit`,
      },
    ]);
  });

  it("leaves unknown commits, malformed hashes and untracked English files to others", () => {
    expect(check("de-de", manage, page(locMeta("Abonnements verwalten", sha1("x"), "5c1fe2a98d0b7e41f3a6c9d82b4e07a1c3f5d9e8", "de-DE"), deBody))).toEqual([]);
    expect(check("de-de", manage, page(locMeta("Abonnements verwalten", "7b1c2e", session.learn.c1, "de-DE"), deBody))).toEqual([]);
    expect(check("de-de", "billing/draft.md", page(locMeta("Entwurf", sha1("x"), session.learn.c1, "de-DE"), deBody))).toEqual([]);
  });
});

describe("openlocfilehash-unverified with the source tree in a folder of the repository", () => {
  let nested: LearnRepo;
  beforeAll(() => {
    nested = buildLearnRepo("learn/articles");
  });
  afterAll(() => nested.repo.remove());

  it("names the file by its path in the repository", () => {
    const found = sha1(english.manageV1);
    nested.repo.translate("de-de", invoices, page(locMeta("Grundlegendes zu Ihrer Rechnung", found, nested.c1, "de-DE"), deBody));
    expect(nested.repo.lint(rule, "de-de", invoices)).toEqual([
      {
        line: 4,
        column: 21,
        endLine: 4,
        endColumn: 61,
        message: `Expected ms.openlocfilehash "${sha1(english.invoices)}", the SHA-1 of the English "articles/${invoices}" at ms.sourcegitcommit "${nested.c1}", but found "${found}"`,
      },
    ]);
  });
});

describe("openlocfilehash-unverified without git", () => {
  it("says nothing about an English source tree that is not in git", () => {
    const files = {
      [`docs.de-de/${invoices}`]: page(locMeta("Grundlegendes zu Ihrer Rechnung", sha1("x"), "5c1fe2a98d0b7e41f3a6c9d82b4e07a1c3f5d9e8", "de-DE"), deBody),
      [`docs/${invoices}`]: english.invoices,
    };
    expect(lintFiles(files, { rules: [rule], onDisk: true }).findings).toEqual([]);
  });
});
