// englishBaseOf: the English text a translation was made from (its pin, else its last commit), for drift.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineRule, findingAt } from "../../src/engine/rule.js";
import { closeGitRepositories } from "../../src/git/history.js";
import { englishBaseOf } from "../../src/shared/provenance.js";
import { buildLearnRepo, deBody, english, type LearnRepo, locMeta, manage, sha1 } from "../git-repo.js";
import { page } from "../rule-tester.js";

/** Reports the base it finds as "<via> <commit> <English text's first heading>". */
const probe = defineRule({
  id: "probe",
  description: "Says which English version the translation was made from",
  scope: "siblings",
  defaultSeverity: "warn",
  fixable: false,
  check(context) {
    const base = englishBaseOf(context);
    if (!base) return [];
    const heading = /^# .*$/m.exec(Buffer.from(base.blob.bytes).toString("utf8"))?.[0] ?? "";
    return [findingAt(context.file, 0, `${base.via} ${base.commit} ${base.blob.path} ${heading}`)];
  },
});

describe("englishBaseOf", () => {
  let learn: LearnRepo;
  beforeAll(() => {
    learn = buildLearnRepo("learn/articles");
  });
  afterAll(() => {
    closeGitRepositories();
    learn.repo.remove();
  });

  it("is the English file at the pin, under its name then", () => {
    learn.repo.translate("de-de", "billing/credits-and-refunds.md", page(locMeta("Rückerstattung", sha1(english.refundsV1), learn.c1, "de-DE"), deBody));
    expect(learn.repo.lint(probe, "de-de", "billing/credits-and-refunds.md").map((f) => f.message)).toEqual([
      `pin ${learn.c1} articles/billing/refunds.md # Request a refund`,
    ]);
  });

  it("is the English file at the translation's last commit when there is no pin (same repository)", () => {
    learn.repo.translate("ja-jp", manage, "---\ntitle: サブスクリプションを管理する\n---\n# サブスクリプションを管理する\n");
    const translated = learn.repo.commit("Japanese translation, no pin");
    expect(learn.repo.lint(probe, "ja-jp", manage).map((f) => f.message)).toEqual([`history ${translated} articles/${manage} # Manage subscriptions`]);
  });

  it("is null for a translation never committed and without a pin", () => {
    learn.repo.translate("ko-kr", manage, "---\ntitle: 구독 관리\n---\n# 구독 관리\n");
    expect(learn.repo.lint(probe, "ko-kr", manage)).toEqual([]);
  });
});
