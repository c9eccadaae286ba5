// A throwaway git repository holding an English source tree, with localized folders beside it, for the provenance rules.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ProjectFacts } from "../src/shared/facts.js";
import { SiblingGroup } from "../src/shared/group.js";
import type { Rule } from "../src/engine/rule.js";
import { closeGitRepositories } from "../src/git/history.js";
import { afterAll, beforeAll } from "vitest";
import { LocalizedFile } from "../src/parse/file.js";
import { resolveMessage } from "../src/shared/quote.js";

/** git without the machine's or the user's configuration: no system config, no global config, no signing. */
const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: os.devNull, GIT_TERMINAL_PROMPT: "0" };

export const sha1 = (content: string | Uint8Array) => createHash("sha1").update(content).digest("hex");

export interface Finding {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
}

/**
 * A temporary folder `<dir>` with a git repository at `<dir>/<repoDir>` (the English repository's top) whose
 * `sourceDir` (repoDir itself, or a folder inside it) is the English source tree `<name>`; localized copies go
 * in `<dir>/<sourceDir>.<locale>/` beside it (outside the repository when the source tree is its top).
 */
export class EnglishRepo {
  readonly dir: string;
  readonly top: string;
  readonly sourceRoot: string;

  constructor(
    /** Folder of the repository, relative to the temporary folder. */
    repoDir = "learn",
    /** The English source tree, relative to the temporary folder: the repository's top or a folder in it. */
    readonly sourceDir = repoDir,
  ) {
    this.dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "loclint-git-")));
    this.top = path.join(this.dir, repoDir);
    this.sourceRoot = path.join(this.dir, sourceDir);
    mkdirSync(this.sourceRoot, { recursive: true });
    this.git("init", "-q");
    this.git("config", "user.name", "Test Writer");
    this.git("config", "user.email", "writer@example.com");
  }

  /** Runs git in the repository; its output without the final newline. */
  git(...args: string[]): string {
    return execFileSync("git", ["-c", "core.autocrlf=false", "-c", "commit.gpgsign=false", ...args], { cwd: this.top, env: gitEnv, encoding: "utf8" }).replace(/\n$/, "");
  }

  /** Writes a file of the temporary folder (`learn/a.md`, `learn.de-de/a.md`). */
  write(file: string, content: string | Uint8Array): void {
    const abs = path.join(this.dir, file);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }

  /** Stages everything in the repository and commits it; returns the commit id. */
  commit(message: string): string {
    this.git("add", "-A");
    this.git("commit", "-q", "-m", message);
    return this.git("rev-parse", "HEAD");
  }

  /** Writes the `locale` copy of a source file: `<sourceDir>.<locale>/<relPath>`. */
  translate(locale: string, relPath: string, content: string | Uint8Array): void {
    this.write(`${this.sourceDir}.${locale}/${relPath}`, content);
  }

  /**
   * Runs `rule` on the `locale` copy of `relPath` as the engine would: the file, its English source when
   * present on disk, and the locale root mapped to the source root.
   */
  lint(rule: Rule<object>, locale: string, relPath: string): Finding[] {
    const localeRoot = `${this.sourceRoot}.${locale}`;
    const file = LocalizedFile.read({
      path: path.join(localeRoot, relPath),
      displayPath: `${this.sourceDir}.${locale}/${relPath}`,
      locale,
      relPath,
      root: localeRoot,
      isSource: false,
    });
    const source = LocalizedFile.read({
      path: path.join(this.sourceRoot, relPath),
      displayPath: `${this.sourceDir}/${relPath}`,
      locale: "en-us",
      relPath,
      root: this.sourceRoot,
      isSource: true,
    });
    const group = new SiblingGroup(relPath, source.unreadable ? [file] : [source, file]);
    const project = new ProjectFacts(new Map([[localeRoot, this.sourceRoot]]));
    return rule.check({ file, group, options: rule.defaultOptions ?? {}, project }).map((f) => {
      const shown: Finding = { line: f.line, column: f.column, message: resolveMessage(f.message).message };
      if (f.endLine !== undefined) shown.endLine = f.endLine;
      if (f.endColumn !== undefined) shown.endColumn = f.endColumn;
      return shown;
    });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The English pages of the made-up Learn repository, version by version. */
export const english = {
  manageV1: [
    "---",
    "title: Manage subscriptions",
    "description: Learn how to view, change, or cancel your customers' subscriptions in Partner Center.",
    "ms.date: 04/12/2021",
    "---",
    "# Manage subscriptions",
    "",
    "**Appropriate roles**: Admin agent",
    "",
    "You can view and change a customer's subscriptions from the **Customers** workspace.",
    "",
  ].join("\n"),
  manageV2: "",
  manageV3: "",
  invoices: "---\ntitle: Understand your invoice\nms.date: 03/02/2021\n---\n# Understand your invoice\n\nYour invoice lists the charges for the billing period.\n",
  refundsV1:
    "---\ntitle: Request a refund\nms.date: 02/10/2021\n---\n# Request a refund\n\nYou can request a refund within 72 hours of a purchase.\n\n1. Sign in to Partner Center.\n2. Select **Billing**.\n3. Select **Request a refund**.\n",
  refundsV2: "",
  newPage: "---\ntitle: Billing overview\nms.date: 05/20/2021\n---\n# Billing overview\n\nStart here to learn about billing.\n",
  landingV1:
    "### YamlMime:Landing\ntitle: Partner Center billing\nsummary: Learn about invoices, subscriptions and refunds.\nmetadata:\n  title: Partner Center billing\n  ms.date: 04/12/2021\n",
  landingV2: "",
  /** Committed with CRLF line endings. */
  paymentCrlf: "---\r\ntitle: Add a payment method\r\n---\r\n# Add a payment method\r\n\r\nYou can pay by credit card or by invoice.\r\n",
};
english.manageV2 = english.manageV1.replace("04/12/2021", "06/01/2021") + "\nTo cancel a subscription, select **Cancel subscription**.\n";
english.manageV3 = english.manageV2.replace("Admin agent", "Admin agent or Sales agent");
english.refundsV2 = english.refundsV1.replace("Request a refund\n", "Request a refund or a credit\n");
english.landingV2 = english.landingV1.replace("04/12/2021", "07/01/2021");

export interface LearnRepo {
  repo: EnglishRepo;
  /** The three commits, oldest first. */
  c1: string;
  c2: string;
  c3: string;
}

/**
 * The English repository `learn` (its top is the source tree), committed in LF:
 * c1 adds billing/manage-subscriptions.md, billing/invoices.md, billing/old-name.md, billing/refunds.md, landing/index.yml,
 * billing/legacy-invoices.md and billing/payment-methods.md (committed with CRLF line endings);
 * c2 edits manage-subscriptions.md and landing/index.yml, adds billing/overview.md, renames old-name.md to renamed.md
 * (same text) and refunds.md to credits-and-refunds.md (edited); c3 edits manage-subscriptions.md again and
 * deletes legacy-invoices.md.
 * billing/draft.md is in the working tree but never committed.
 */
export function buildLearnRepo(sourceDir?: string): LearnRepo {
  const repo = new EnglishRepo("learn", sourceDir);
  const src = sourceDir ?? "learn";
  repo.write(`${src}/billing/manage-subscriptions.md`, english.manageV1);
  repo.write(`${src}/billing/invoices.md`, english.invoices);
  repo.write(`${src}/billing/old-name.md`, english.invoices.replace("Understand your invoice", "Read your invoice"));
  repo.write(`${src}/billing/refunds.md`, english.refundsV1);
  repo.write(`${src}/landing/index.yml`, english.landingV1);
  repo.write(`${src}/billing/payment-methods.md`, english.paymentCrlf);
  repo.write(`${src}/billing/legacy-invoices.md`, english.invoices.replace("Understand your invoice", "Legacy invoices"));
  const c1 = repo.commit("Add billing articles");
  repo.write(`${src}/billing/manage-subscriptions.md`, english.manageV2);
  repo.write(`${src}/landing/index.yml`, english.landingV2);
  repo.write(`${src}/billing/overview.md`, english.newPage);
  const inRepo = (p: string) => path.join(path.relative(repo.top, repo.sourceRoot), p);
  repo.git("mv", inRepo("billing/old-name.md"), inRepo("billing/renamed.md"));
  repo.git("rm", "-q", inRepo("billing/refunds.md"));
  repo.write(`${src}/billing/credits-and-refunds.md`, english.refundsV2);
  const c2 = repo.commit("Cancel subscriptions; rename refunds");
  repo.write(`${src}/billing/manage-subscriptions.md`, english.manageV3);
  repo.git("rm", "-q", inRepo("billing/legacy-invoices.md"));
  const c3 = repo.commit("Sales agents can manage subscriptions");
  repo.write(`${src}/billing/draft.md`, "---\ntitle: Draft\n---\n# Draft\n");
  return { repo, c1, c2, c3 };
}

/** Localization metadata as the pipeline writes it (lines 2 to 9 of the front matter, values as written). */
export function locMeta(title: string, hash: string, commit: string, contentLocale: string): Record<string, string> {
  return {
    title,
    "ms.date": "04/12/2021",
    "ms.openlocfilehash": hash,
    "ms.sourcegitcommit": commit,
    "ms.translationtype": "MT",
    "ms.contentlocale": contentLocale,
    "ms.lasthandoff": "04/14/2021",
    "ms.locfileid": '"120034521"',
  };
}

/** The two English pages most provenance tests translate. */
export const manage = "billing/manage-subscriptions.md";
export const invoices = "billing/invoices.md";
/** Translated bodies put under the localization metadata. */
export const deBody = "# Abonnements verwalten\n\n**Geeignete Rollen**: Administrator-Agent\n";
export const arBody = "# إدارة الاشتراكات\n\n**الأدوار المناسبة**: وكيل المسؤول\n";

export interface LearnSession {
  /** The repository, built before the file's tests run. */
  readonly learn: LearnRepo;
  /** Writes a translation into the locale's tree and lints it with the rule. */
  check(locale: string, relPath: string, text: string): Finding[];
}

/** Builds the English repository before a test file's tests and removes it after, ending git's processes. */
export function useLearnRepo(rule: Rule<object>): LearnSession {
  let learn: LearnRepo | undefined;
  beforeAll(() => {
    learn = buildLearnRepo();
  });
  afterAll(() => {
    closeGitRepositories();
    learn?.repo.remove();
  });
  const session: LearnSession = {
    get learn() {
      if (!learn) throw new Error("the English repository is built in beforeAll");
      return learn;
    },
    check(locale, relPath, text) {
      session.learn.repo.translate(locale, relPath, text);
      return session.learn.repo.lint(rule, locale, relPath);
    },
  };
  return session;
}
