// sourcegitcommit-unknown: ms.sourcegitcommit names a commit of the English source's git repository.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import rule from "../../rules/sourcegitcommit-unknown.js";
import { arBody, buildLearnRepo, deBody, english, invoices, type LearnRepo, locMeta, manage, sha1, useLearnRepo } from "../git-repo.js";
import { lintFiles, page } from "../rule-tester.js";

const unknown = "5c1fe2a98d0b7e41f3a6c9d82b4e07a1c3f5d9e8";
const jaBody = "# 請求書について\n\n請求書には、請求期間の料金が記載されています。\n";

const session = useLearnRepo(rule);

describe("sourcegitcommit-unknown with an English git repository", () => {
  const check = session.check;

  it("accepts a commit of the repository, full, abbreviated or in capitals", () => {
    expect(check("de-de", manage, page(locMeta("Abonnements verwalten", sha1(english.manageV1), session.learn.c1, "de-DE"), deBody))).toEqual([]);
    expect(check("ja-jp", manage, page(locMeta("サブスクリプションを管理する", sha1(english.manageV3), session.learn.c3.slice(0, 7), "ja-JP"), jaBody))).toEqual([]);
    expect(check("ar-sa", manage, page(locMeta("إدارة الاشتراكات", sha1(english.manageV1), session.learn.c1.toUpperCase(), "ar-SA"), arBody))).toEqual([]);
  });

  it("reports a commit the repository does not have", () => {
    expect(check("de-de", invoices, page(locMeta("Grundlegendes zu Ihrer Rechnung", sha1(english.invoices), unknown, "de-DE"), deBody))).toEqual([
      { line: 5, column: 21, endLine: 5, endColumn: 61, message: `Expected ms.sourcegitcommit to name a commit of the English repository but found "${unknown}"` },
    ]);
  });

  it("reports a branch name in a CRLF file in Arabic", () => {
    const text = page(locMeta("فهم فاتورتك", sha1(english.invoices), "main", "ar-SA"), arBody, { eol: "\r\n" });
    expect(check("ar-sa", invoices, text)).toEqual([
      { line: 5, column: 21, endLine: 5, endColumn: 25, message: 'Expected ms.sourcegitcommit to name a commit of the English repository but found "main"' },
    ]);
  });

  it("reports the id of an object that is not a commit (a blob)", () => {
    const blob = session.learn.repo.git("rev-parse", `${session.learn.c1}:billing/invoices.md`);
    expect(check("de-de", invoices, page(locMeta("Grundlegendes zu Ihrer Rechnung", sha1(english.invoices), blob, "de-DE"), deBody))).toEqual([
      { line: 5, column: 21, endLine: 5, endColumn: 61, message: `Expected ms.sourcegitcommit to name a commit of the English repository but found "${blob}"` },
    ]);
  });

  it("reports an unknown commit in a YAML file's flow metadata, after Japanese text on the same line", () => {
    const yaml = [
      "### YamlMime:Landing",
      "title: パートナー センターの課金",
      "summary: 請求書、サブスクリプション、返金について説明します。",
      `metadata: {title: "パートナー センターの課金", ms.sourcegitcommit: ${unknown}, ms.openlocfilehash: ${sha1(english.landingV1)}}`,
      "",
    ].join("\n");
    expect(check("ja-jp", "landing/index.yml", yaml)).toEqual([
      { line: 4, column: 56, endLine: 4, endColumn: 96, message: `Expected ms.sourcegitcommit to name a commit of the English repository but found "${unknown}"` },
    ]);
  });

  it("says nothing about an English file the repository does not track (a draft, or a source tree that is not this repository)", () => {
    expect(check("de-de", "billing/draft.md", page(locMeta("Entwurf", sha1("x"), unknown, "de-DE"), "# Entwurf\n"))).toEqual([]);
  });

  it("says nothing when ms.sourcegitcommit is absent or empty", () => {
    const meta = locMeta("Abonnements verwalten", sha1(english.manageV1), session.learn.c1, "de-DE");
    delete (meta as Record<string, string | undefined>)["ms.sourcegitcommit"];
    expect(check("de-de", manage, page(meta, deBody))).toEqual([]);
    expect(check("de-de", manage, page({ ...meta, "ms.sourcegitcommit": "" }, deBody))).toEqual([]);
  });
});

describe("sourcegitcommit-unknown with the source tree in a folder of the repository", () => {
  let nested: LearnRepo;
  beforeAll(() => {
    nested = buildLearnRepo("learn/articles");
  });
  afterAll(() => nested.repo.remove());

  it("finds the repository above the source tree", () => {
    nested.repo.translate("de-de", manage, page(locMeta("Abonnements verwalten", sha1(english.manageV1), nested.c1, "de-DE"), deBody));
    expect(nested.repo.lint(rule, "de-de", manage)).toEqual([]);
    nested.repo.translate("de-de", invoices, page(locMeta("Grundlegendes zu Ihrer Rechnung", sha1(english.invoices), session.learn.c1, "de-DE"), deBody));
    expect(nested.repo.lint(rule, "de-de", invoices)).toEqual([
      { line: 5, column: 21, endLine: 5, endColumn: 61, message: `Expected ms.sourcegitcommit to name a commit of the English repository but found "${session.learn.c1}"` },
    ]);
  });
});

// Without a git repository holding the English source (or without a source at all) the rule says nothing.
describe("sourcegitcommit-unknown without git", () => {
  it("says nothing about an English source tree that is not in git", () => {
    const files = {
      [`docs.de-de/${invoices}`]: page(locMeta("Grundlegendes zu Ihrer Rechnung", sha1(english.invoices), unknown, "de-DE"), deBody),
      [`docs/${invoices}`]: english.invoices,
    };
    expect(lintFiles(files, { rules: [rule], onDisk: true }).findings).toEqual([]);
    expect(lintFiles(files, { rules: [rule] }).findings).toEqual([]);
  });

  it("says nothing without an English source tree", () => {
    const files = { [`docs.ar-sa/${invoices}`]: page(locMeta("فهم فاتورتك", sha1(english.invoices), "main", "ar-SA"), arBody) };
    expect(lintFiles(files, { rules: [rule] }).findings).toEqual([]);
  });
});
