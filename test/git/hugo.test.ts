// Provenance on a made-up Hugo site (content/en, content/ja pinned with default_lang_commit, content/es without
// pins) whose git history the test builds: staleness, deleted and moved English pages, and git that cannot answer.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeGitRepositories } from "../../src/git/history.js";
import { lint } from "../../src/lint.js";
import { TestRepo, type Linted } from "./repo.js";

const en = {
  home: "---\ntitle: Docs\n---\n\nWelcome.\n",
  api: "---\ntitle: API\n---\n\n## Goals and guidelines\n\nThe [SDK](../sdk/) implements the API. See [goals](#goals-and-guidelines).\n",
  sdk: "---\ntitle: SDK\n---\n\n## Install\n\nInstall the SDK.\n",
  guideV1: "---\ntitle: Guide\n---\n\n## Start\n\nRun `otel start`.\n",
  guideV2: "---\ntitle: Guide\n---\n\n## Start\n\nRun `otel start --all`.\n\n## Stop\n\nRun `otel stop`.\n",
  old: "---\ntitle: Old page\n---\n\nThis page is going away.\n",
  moving: "---\ntitle: Moving page\n---\n\nThis page moves to signals/.\n",
};

const ja = (commit: string, body: string) => `---\ntitle: ページ\ndefault_lang_commit: ${commit}\n---\n\n${body}\n`;
const jaApi = (commit: string) =>
  ja(commit, "## 目標とガイドライン {#goals-and-guidelines}\n\n[SDK](../sdk/)はAPIを実装します。[目標](#goals-and-guidelines)を参照してください。");
const es = (body: string) => `---\ntitle: Página\n---\n\n${body}\n`;

interface Site {
  repo: TestRepo;
  c1: string;
  c2: string;
}

/**
 * c1 (day 0): the English pages, the Japanese translations pinned to c1, the Spanish guide and old page.
 * c2 (day 12): the English guide edited, old.md deleted, moving.md moved to signals/moved.md.
 */
function buildSite(): Site {
  const repo = new TestRepo("loclint-hugo-");
  repo.write({
    "content/en/_index.md": en.home,
    "content/en/docs/languages/java/api.md": en.api,
    "content/en/docs/languages/java/sdk/_index.md": en.sdk,
    "content/en/docs/guide.md": en.guideV1,
    "content/en/docs/concepts/old.md": en.old,
    "content/en/docs/concepts/moving.md": en.moving,
    "content/es/docs/guide.md": es("## Inicio\n\nEjecute `otel start`."),
    "content/es/docs/concepts/old.md": es("Esta página desaparece."),
  });
  const c1 = repo.commitOnDay("English pages", 0);
  repo.write({
    "content/ja/_index.md": ja(c1, "ようこそ。"),
    "content/ja/docs/languages/java/api.md": jaApi(c1),
    "content/ja/docs/guide.md": ja(c1, "## 開始\n\n`otel start` を実行します。"),
    "content/ja/docs/concepts/old.md": ja(c1, "このページはなくなります。"),
    "content/ja/docs/concepts/moving.md": ja(c1, "このページは signals/ に移動します。"),
  });
  repo.commitOnDay("Japanese translations", 1);
  repo.write({ "content/en/docs/guide.md": en.guideV2 });
  repo.git("rm", "-q", "content/en/docs/concepts/old.md");
  fs.mkdirSync(path.join(repo.dir, "content/en/docs/concepts/signals"), { recursive: true });
  repo.git("mv", "content/en/docs/concepts/moving.md", "content/en/docs/concepts/signals/moved.md");
  const c2 = repo.commitOnDay("Guide: stop; remove old page; move moving page", 12);
  return { repo, c1, c2 };
}

const provenanceRules = new Set(["translation-stale", "translation-orphaned", "sourcegitcommit-unknown", "openlocfilehash-unverified"]);

/** The provenance findings of a run, by file. */
function provenance(files: Linted[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of files) {
    const messages = f.messages.filter((m) => provenanceRules.has(m.ruleId)).map((m) => `${m.line} ${m.ruleId} ${m.message}`);
    if (messages.length) out[f.file] = messages;
  }
  return out;
}

describe("provenance on a Hugo site with git history", () => {
  let site: Site;
  beforeAll(() => {
    site = buildSite();
  });
  afterAll(() => {
    closeGitRepositories();
    site.repo.remove();
  });
  const short = (c: string) => c.slice(0, 12);

  it("reports stale, deleted and moved pages by pin (ja) and by history (es), and no link or anchor findings", async () => {
    const { code, files, stderr } = await site.repo.lint(["content"]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    const { c1, c2 } = site;
    expect(provenance(files)).toEqual({
      "content/es/docs/concepts/old.md": [
        `1 translation-orphaned Expected the English "content/en/docs/concepts/old.md" this file translates to exist but found it deleted in the English history (commit "${short(c2)}", 2024-01-13)`,
      ],
      "content/es/docs/guide.md": [
        `1 translation-stale Expected the English "content/en/docs/guide.md" to be unchanged since this translation was last changed (commit "${short(c1)}", 2024-01-01) but found 1 later English commit that changes it ("${short(c2)}", 12 days after it)`,
      ],
      "content/ja/docs/concepts/moving.md": [
        `3 translation-orphaned Expected this translation at "content/ja/docs/concepts/signals/moved.md", where its English file "content/en/docs/concepts/moving.md" moved since default_lang_commit "${c1}" (commit "${short(c2)}", 2024-01-13), but found it at "content/ja/docs/concepts/moving.md"`,
      ],
      "content/ja/docs/concepts/old.md": [
        `3 translation-orphaned Expected the English "content/en/docs/concepts/old.md" this file translates to exist but found it deleted since default_lang_commit "${c1}" (commit "${short(c2)}", 2024-01-13)`,
      ],
      "content/ja/docs/guide.md": [
        `3 translation-stale Expected the English "content/en/docs/guide.md" to be unchanged since default_lang_commit "${c1}" but found 1 later commit that changes it ("${short(c2)}", 12 days after it)`,
      ],
    });
    const api = files.find((f) => f.file === "content/ja/docs/languages/java/api.md");
    expect(api?.messages.filter((m) => m.ruleId.startsWith("link-") || m.ruleId === "anchor-translated")).toEqual([]);
  });

  it("reports a deleted or moved English page the same way for one file, a folder, --staged and --changed-since", async () => {
    const whole = provenance((await site.repo.lint(["content"])).files);
    for (const file of ["content/ja/docs/concepts/old.md", "content/ja/docs/concepts/moving.md", "content/es/docs/concepts/old.md"]) {
      const alone = provenance((await site.repo.lint([file])).files);
      expect(alone).toEqual({ [file]: whole[file] });
    }
    // The English commit that deleted and moved the pages: their translations are linted as affected.
    const sinceDeletion = provenance((await site.repo.lint(["--changed-since", "HEAD~1", "content"])).files);
    for (const file of ["content/ja/docs/concepts/old.md", "content/ja/docs/concepts/moving.md", "content/es/docs/concepts/old.md"]) {
      expect(sinceDeletion[file]).toEqual(whole[file]);
    }
    const folder = provenance((await site.repo.lint(["content/ja/docs/concepts"])).files);
    expect(Object.keys(folder)).toEqual(["content/ja/docs/concepts/moving.md", "content/ja/docs/concepts/old.md"]);
    site.repo.write({ "content/ja/docs/concepts/old.md": ja(site.c1, "このページはなくなります。更新。") });
    site.repo.git("add", "content/ja/docs/concepts/old.md");
    try {
      const staged = provenance((await site.repo.lint(["--staged"])).files);
      expect(staged).toEqual({ "content/ja/docs/concepts/old.md": whole["content/ja/docs/concepts/old.md"] });
      const changed = provenance((await site.repo.lint(["--changed-since", "HEAD", "content"])).files);
      expect(changed).toEqual({ "content/ja/docs/concepts/old.md": whole["content/ja/docs/concepts/old.md"] });
    } finally {
      site.repo.git("reset", "-q", "--hard");
    }
  });
});

describe("coverage per locale", () => {
  it("counts the English pages each locale walked whole has and lacks, in the library result", async () => {
    const site = buildSite();
    try {
      const whole = await lint({ cwd: site.repo.dir, paths: ["content"] });
      expect(whole.coverage).toEqual([
        { locale: "es", english: 5, translated: 1, missing: ["_index.md", "docs/concepts/signals/moved.md", "docs/languages/java/api.md", "docs/languages/java/sdk/_index.md"] },
        { locale: "ja", english: 5, translated: 3, missing: ["docs/concepts/signals/moved.md", "docs/languages/java/sdk/_index.md"] },
      ]);
      // One locale folder linted whole counts that locale only; part of a folder counts nothing.
      expect((await lint({ cwd: site.repo.dir, paths: ["content/ja"] })).coverage?.map((c) => c.locale)).toEqual(["ja"]);
      expect((await lint({ cwd: site.repo.dir, paths: ["content/ja/docs"] })).coverage).toEqual([]);
    } finally {
      closeGitRepositories();
      site.repo.remove();
    }
  });
});

describe("provenance with another pin key", () => {
  it("reads a dotted key path into nested front matter (MDN's l10n.sourceCommit) from the configuration", async () => {
    const repo = new TestRepo("loclint-mdn-");
    try {
      repo.write({ "files/en-us/web/guide.md": en.guideV1 });
      const c1 = repo.commitOnDay("English", 0);
      repo.write({
        "files/en-us/web/guide.md": en.guideV2,
        "files/ja/web/guide.md": `---\ntitle: ガイド\nl10n:\n  sourceCommit: ${c1}\n---\n\n## 開始\n\n\`otel start\` を実行します。\n`,
        "loclint.config.json": JSON.stringify({ provenance: { commitKey: "l10n.sourceCommit", hashKey: null } }),
      });
      const c2 = repo.commitOnDay("Guide edited; Japanese added", 3);
      const { files } = await repo.lint(["files"]);
      expect(provenance(files)).toEqual({
        "files/ja/web/guide.md": [
          `4 translation-stale Expected the English "files/en-us/web/guide.md" to be unchanged since l10n.sourceCommit "${c1}" but found 1 later commit that changes it ("${c2.slice(0, 12)}", 3 days after it)`,
        ],
      });
    } finally {
      closeGitRepositories();
      repo.remove();
    }
  });
});

describe("translation by file name with the English named after its language (about.en.md)", () => {
  it("follows the English file as named: staleness by pin (ja) and by history (ar)", async () => {
    const repo = new TestRepo("loclint-hugo-en-");
    try {
      repo.write({ "hugo.toml": 'defaultContentLanguage = "en"\n[languages.en]\n[languages.ja]\n[languages.ar]\n', "content/docs/guide.en.md": en.guideV1 });
      const c1 = repo.commitOnDay("English", 0);
      repo.write({
        "content/docs/guide.ja.md": ja(c1, "## 開始\n\n`otel start` を実行します。"),
        "content/docs/guide.ar.md": "---\ntitle: الدليل\n---\n\n## البدء\n\nشغّل `otel start`.\n",
      });
      repo.commitOnDay("Japanese and Arabic", 1);
      repo.write({ "content/docs/guide.en.md": en.guideV2 });
      const c3 = repo.commitOnDay("Guide edited", 3);
      const { files } = await repo.lint(["content"]);
      expect(provenance(files)).toEqual({
        "content/docs/guide.ar.md": [
          expect.stringMatching(new RegExp(`^1 translation-stale Expected the English "content/docs/guide.en.md" to be unchanged since this translation was last changed .* \\("${c3.slice(0, 12)}", 2 days after it\\)$`)),
        ],
        "content/docs/guide.ja.md": [
          `3 translation-stale Expected the English "content/docs/guide.en.md" to be unchanged since default_lang_commit "${c1}" but found 1 later commit that changes it ("${c3.slice(0, 12)}", 3 days after it)`,
        ],
      });
      // The drift rules compare with the English file as named: the section it added since is missing.
      const japanese = files.find((f) => f.file === "content/docs/guide.ja.md")!.messages.map((m) => `${m.line} ${m.ruleId} ${m.message}`);
      expect(japanese).toContain(`8 block-missing Expected the section "Stop", added to the English source since default_lang_commit "${c1.slice(0, 12)}", at the end of the file but found none`);
    } finally {
      closeGitRepositories();
      repo.remove();
    }
  });
});

describe("when git cannot answer", () => {
  it("says once, on stderr and in the report, that a clone lacks objects, and still follows history without renames", async () => {
    const site = buildSite();
    try {
      // The blob of the English page as it was at c1 (before the move): rename detection needs it.
      const blob = site.repo.git("rev-parse", `${site.c1}:content/en/docs/concepts/moving.md`).trim();
      fs.rmSync(path.join(site.repo.dir, ".git", "objects", blob.slice(0, 2), blob.slice(2)));
      const run = await site.repo.run(["--format", "json", "content"]);
      const notices = run.stderr.split("\n").filter((l) => l.includes("lacks git objects") || l.includes("cannot detect renames"));
      expect(notices.length).toBeGreaterThanOrEqual(1);
      expect(new Set(notices).size).toBe(notices.length);
      const report = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string | null; message: string }[] }[];
      const inReport = report.filter((r) => r.messages.some((m) => m.ruleId === null));
      expect(inReport.map((r) => r.messages[0]!.message).sort()).toEqual([...notices].map((l) => l.replace(/^loclint: /, "")).sort());
      // The tree still lists the missing blob: the moved page is found, and the staleness of the guide too.
      const found = report.flatMap((r) => r.messages.filter((m) => m.ruleId === "translation-orphaned" || m.ruleId === "translation-stale").map((m) => `${path.basename(r.filePath)} ${m.ruleId}`));
      expect(found.sort()).toEqual(["guide.md translation-stale", "guide.md translation-stale", "moving.md translation-orphaned", "old.md translation-orphaned", "old.md translation-orphaned"]);
    } finally {
      closeGitRepositories();
      site.repo.remove();
    }
  });

  it("says that a shallow clone lacks the pinned commits, instead of calling them unknown", async () => {
    const site = buildSite();
    const clone = new TestRepo("loclint-shallow-");
    try {
      fs.rmSync(path.join(clone.dir, ".git"), { recursive: true, force: true });
      execFileSync("git", ["clone", "-q", "--depth", "1", `file://${site.repo.dir}`, clone.dir + "/site"], { env: clone.env });
      const run = await clone.run(["--format", "compact", "site/content/ja"]);
      expect(run.stdout).not.toMatch(/ (?:error|warning) (?:sourcegitcommit-unknown|translation-stale|openlocfilehash-unverified) /);
      expect(run.stderr).toMatch(/^loclint: .*is a shallow clone: commits that translations are pinned to are not in its history/m);
      expect(run.stdout).toMatch(/^loclint: warning .*site is a shallow clone/m);
    } finally {
      closeGitRepositories();
      site.repo.remove();
      clone.remove();
    }
  });

  it("says that a shallow clone may not reach what became of an English file, for translations without a pin", async () => {
    const site = buildSite();
    const clone = new TestRepo("loclint-shallow-log-");
    try {
      fs.rmSync(path.join(clone.dir, ".git"), { recursive: true, force: true });
      execFileSync("git", ["clone", "-q", "--depth", "1", `file://${site.repo.dir}`, clone.dir + "/site"], { env: clone.env });
      // content/es/docs/concepts/old.md: its English page was deleted in the commit the clone starts from.
      const run = await clone.run(["--format", "compact", "site/content/es"]);
      expect(run.stdout).not.toMatch(/ error translation-orphaned /);
      expect(run.stderr).toMatch(/^loclint: .*site is a shallow clone: its history may not reach the commits that deleted or moved English files, so translation-orphaned could not tell .*\(first: site\/content\/es\/docs\/concepts\/old\.md\)/m);
    } finally {
      closeGitRepositories();
      site.repo.remove();
      clone.remove();
    }
  });

  it("says that English files are Git LFS pointers rather than verify hashes against them", async () => {
    const repo = new TestRepo("loclint-lfs-");
    try {
      const pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345\n";
      repo.write({ "docs/guide.md": pointer });
      const c1 = repo.commitOnDay("English as an LFS pointer", 0);
      repo.write({
        "docs.de-de/guide.md": `---\ntitle: Anleitung\nms.sourcegitcommit: ${c1}\nms.openlocfilehash: 0123456789abcdef0123456789abcdef01234567\n---\n\n# Anleitung\n`,
      });
      const run = await repo.run(["--format", "sarif", "docs.de-de"]);
      expect(run.stdout).not.toContain('"ruleId": "openlocfilehash-unverified"');
      expect(run.stderr).toMatch(/Git LFS pointers \(first: docs\/guide\.md\), whose content git does not hold: openlocfilehash-unverified was skipped/);
      const sarif = JSON.parse(run.stdout) as { runs: { invocations?: { toolExecutionNotifications: { message: { text: string } }[] }[] }[] };
      expect(sarif.runs[0]!.invocations?.[0]?.toolExecutionNotifications.map((n) => n.message.text)).toEqual([
        expect.stringContaining("Git LFS pointers"),
      ]);
    } finally {
      closeGitRepositories();
      repo.remove();
    }
  });

  it("says that pinned translations could not be checked when the English tree has no git history", async () => {
    const site = buildSite();
    try {
      fs.rmSync(path.join(site.repo.dir, ".git"), { recursive: true, force: true });
      const run = await site.repo.run(["--format", "compact", "--workers", "1", "content/ja"]);
      expect(run.stderr.split("\n").filter((l) => l.includes("not in a git checkout"))).toEqual([
        `loclint: ${path.join(site.repo.dir, "content", "en")} is not in a git checkout, so translations pinned to English commits (first: content/ja/_index.md, default_lang_commit) were not checked by translation-stale, translation-orphaned, sourcegitcommit-unknown and openlocfilehash-unverified, and the drift rules compared them with the English as it is now, not as it was at the pin`,
      ]);
      expect(run.stdout).toContain("loclint: warning ");
    } finally {
      closeGitRepositories();
      site.repo.remove();
    }
  });

  it("says that git is not on the PATH, once, and which checks were skipped", async () => {
    const site = buildSite();
    const saved = site.repo.env.PATH;
    try {
      const emptyBin = path.join(site.repo.dir, ".no-git-bin");
      fs.mkdirSync(emptyBin);
      site.repo.env.PATH = emptyBin;
      const run = await site.repo.run(["--format", "github", "content/ja"]);
      const said = run.stderr.split("\n").filter((l) => l.includes("git is not installed or not on the PATH"));
      expect(said).toEqual([
        "loclint: git is not installed or not on the PATH: translation-stale, translation-orphaned, sourcegitcommit-unknown and openlocfilehash-unverified were skipped",
      ]);
      expect(run.stdout).toContain("::warning title=loclint::git is not installed or not on the PATH");
    } finally {
      site.repo.env.PATH = saved;
      closeGitRepositories();
      site.repo.remove();
    }
  });
});
