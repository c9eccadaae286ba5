// A throw-away git repository of made-up localized docs, and runCli against it with a fake terminal.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli, type CliIo } from "../../src/cli/index.js";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** One file of `--format json` output, reduced to what the tests look at. */
export interface Linted {
  /** Relative to the repository, `/` separators. */
  file: string;
  messages: { ruleId: string; line: number; message: string }[];
}

export class TestRepo {
  readonly dir: string;
  /** The environment git runs with: no system or user configuration, only the repository's own. */
  readonly env: NodeJS.ProcessEnv;

  constructor(prefix = "loclint-git-") {
    this.dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
    const globalConfig = path.join(this.dir, ".git-global-config");
    fs.writeFileSync(globalConfig, "");
    const inherited = Object.entries(process.env).filter(([key]) => !key.startsWith("GIT_"));
    this.env = { ...Object.fromEntries(inherited), GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: globalConfig, GIT_TERMINAL_PROMPT: "0" };
    this.git("init", "-q", "-b", "main");
    this.git("config", "user.name", "Test Writer");
    this.git("config", "user.email", "writer@example.com");
    this.git("config", "core.autocrlf", "false");
    this.git("config", "commit.gpgsign", "false");
    fs.writeFileSync(path.join(this.dir, ".git", "info", "exclude"), ".git-global-config\n");
  }

  git(...args: string[]): string {
    return execFileSync("git", ["-c", "core.autocrlf=false", ...args], { cwd: this.dir, env: this.env, encoding: "utf8" });
  }

  write(files: Record<string, string>): void {
    for (const [rel, text] of Object.entries(files)) {
      const file = path.join(this.dir, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
  }

  read(rel: string): string {
    return fs.readFileSync(path.join(this.dir, rel), "utf8");
  }

  commit(message: string): void {
    this.git("add", "--all");
    this.git("commit", "-q", "-m", message);
  }

  /** Commits everything with author and committer dates `day` days after 2024-01-01 (so history orders commits as made); returns the commit id. */
  commitOnDay(message: string, day: number): string {
    const date = `${1_704_067_200 + day * 86_400} +0000`;
    this.env.GIT_AUTHOR_DATE = date;
    this.env.GIT_COMMITTER_DATE = date;
    this.commit(message);
    delete this.env.GIT_AUTHOR_DATE;
    delete this.env.GIT_COMMITTER_DATE;
    return this.git("rev-parse", "HEAD").trim();
  }

  /**
   * runCli in process, from `cwd` (relative to the repository). Git runs as the CLI's child with the
   * test process's environment, so the repository's isolation is applied to it for the call's duration.
   */
  async run(argv: string[], cwd = "."): Promise<Run> {
    let stdout = "";
    let stderr = "";
    const io: CliIo = {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      cwd: path.join(this.dir, cwd),
      env: {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
    };
    const saved = { ...process.env };
    replaceEnv(this.env);
    try {
      const code = await runCli(argv, io);
      return { code, stdout, stderr };
    } finally {
      replaceEnv(saved);
    }
  }

  /** Runs with `--format json` and returns the linted files (sorted) with their messages. */
  async lint(argv: string[], cwd = "."): Promise<{ code: number; files: Linted[]; stderr: string }> {
    const result = await this.run(["--format", "json", ...argv], cwd);
    if (result.code === 2) throw new Error(`loclint failed: ${result.stderr}`);
    const parsed = JSON.parse(result.stdout) as { filePath: string; messages: Linted["messages"] }[];
    const files = parsed
      .map((r) => ({
        file: path.relative(this.dir, r.filePath).split(path.sep).join("/"),
        messages: r.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, message: m.message })),
      }))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { code: result.code, files, stderr: result.stderr };
  }

  remove(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

function replaceEnv(env: NodeJS.ProcessEnv): void {
  for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
  Object.assign(process.env, env);
}

/** Title, heading and a line of body text per locale: one CJK and one right-to-left among them. */
const wording: Record<string, { title: string; body: string }> = {
  "en-us": { title: "Set up the tool", body: "Install the tool, then sign in." },
  "de-de": { title: "Tool einrichten", body: "Installieren Sie das Tool und melden Sie sich an." },
  "fr-fr": { title: "Configurer l’outil", body: "Installez l’outil, puis connectez-vous." },
  "ja-jp": { title: "ツールの設定", body: "ツールをインストールしてから、サインインします。" },
  "ar-sa": { title: "إعداد الأداة", body: "ثبّت الأداة، ثم سجّل الدخول." },
};

export interface DocOptions {
  date?: string;
  author?: string;
  hash?: string;
  /** Extra Markdown after the first paragraph. */
  extra?: string;
}

/**
 * A made-up localized article (or the English source for "en-us") in the Microsoft Learn shape:
 * front matter with the hand-off keys, a heading and a paragraph. ms.date is on line 4, author on line 5.
 */
export function doc(locale: string, options: DocOptions = {}): string {
  const w = wording[locale] ?? wording["en-us"]!;
  const region = locale.split("-");
  const contentLocale = `${region[0]}-${(region[1] ?? "").toUpperCase()}`;
  const front = [
    "---",
    `title: ${w.title}`,
    "description: How to set up the tool.",
    `ms.date: ${options.date ?? "03/14/2024"}`,
    `author: ${options.author ?? "jdoe"}`,
    "ms.author: jdoe",
    "ms.topic: how-to",
  ];
  if (locale !== "en-us") {
    front.push(
      `ms.openlocfilehash: ${options.hash ?? "4b6f0c1e9d2a7b3c8e5f1a0d6c2b9e7f3a1d5c8b"}`,
      "ms.sourcegitcommit: 9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d",
      "ms.translationtype: MT",
      `ms.contentlocale: ${contentLocale}`,
      "ms.lasthandoff: 03/20/2024",
      `ms.locfileid: "${locale === "de-de" ? 1001 : locale === "fr-fr" ? 1002 : locale === "ja-jp" ? 1003 : 1004}"`,
    );
  }
  front.push("---", "");
  return `${front.join("\n")}# ${w.title}\n\n${w.body}\n${options.extra ? `\n${options.extra}\n` : ""}`;
}

/** The localized locales of the test doc sets (the source is `en-us`, in the plain `docs/` folder). */
export const locales = ["ar-sa", "de-de", "fr-fr", "ja-jp"];

/** One article in every locale under `docs.<locale>/` (and the English source under `docs/` when asked). */
export function article(rel: string, options: DocOptions & { source?: boolean } = {}): Record<string, string> {
  const files: Record<string, string> = {};
  for (const locale of locales) files[`docs.${locale}/${rel}`] = doc(locale, options);
  if (options.source) files[`docs/${rel}`] = doc("en-us", options);
  return files;
}
