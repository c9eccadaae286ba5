// Drift that an English change must not hide: a heading id the English renamed (kept in the translation),
// and a paragraph the English inserted right after a block the translation damaged. Git histories built
// here; the same trees without git are linted too.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeGitRepositories } from "../../src/git/history.js";
import { type Linted, TestRepo } from "./repo.js";

const driftRules = new Set(["block-missing", "block-extra", "block-changed", "heading-changed", "anchor-translated"]);

function drift(files: Linted[], file: string): string[] {
  return (files.find((f) => f.file === file)?.messages ?? []).filter((m) => driftRules.has(m.ruleId)).map((m) => `${m.line} ${m.ruleId} ${m.message}`);
}

/** The repository's files without .git, in a new folder: the same tree as a download without history. */
function copyWithoutGit(repo: TestRepo): TestRepo {
  const copy = new TestRepo("loclint-drift-recall-nogit-");
  fs.rmSync(path.join(copy.dir, ".git"), { recursive: true, force: true });
  fs.cpSync(path.join(repo.dir, "content"), path.join(copy.dir, "content"), { recursive: true });
  return copy;
}

const page = (title: string, body: string[], pin?: string) => ["---", `title: ${title}`, ...(pin ? [`default_lang_commit: ${pin}`] : []), "---", "", ...body, ""].join("\n");

describe("a heading id the English renamed since the translation", () => {
  let repo: TestRepo;
  let c1 = "";
  const english = (nodes: string, pods: string) =>
    page("Components", [
      "A cluster consists of a control plane and one or more worker nodes.",
      "",
      "## Control plane components {#control-plane-components}",
      "",
      "The control plane runs `kube-apiserver` and `etcd`.",
      "",
      nodes,
      "",
      "Node components run on every node, maintaining running pods.",
      "",
      pods,
      "",
      "Each pod runs one or more containers.",
    ]);
  const v1 = english("## Node components {#node-components}", "## Pods");
  const v2 = english("## Worker node components {#worker-node-components}", "## Pods and containers");
  /** Korean (CJK), no pin: its last commit stands in. It took the English slug of "Pods" as its id. */
  const korean = page("컴포넌트", [
    "클러스터는 컨트롤 플레인과 하나 이상의 워커 노드로 구성된다.",
    "",
    "## 컨트롤 플레인 컴포넌트 {#control-plane-components}",
    "",
    "컨트롤 플레인은 `kube-apiserver`와 `etcd`를 실행한다.",
    "",
    "## 노드 컴포넌트 {#node-components}",
    "",
    "노드 컴포넌트는 모든 노드에서 실행되며, 실행 중인 파드를 유지한다.",
    "",
    "## 파드 {#pods}",
    "",
    "각 파드는 하나 이상의 컨테이너를 실행한다.",
  ]);
  /** Arabic (right to left), pinned to c1, its id in an <a name> anchor; its last heading has no id of its own (nothing to compare). */
  const arabic = (pin: string) =>
    page(
      "المكونات",
      [
        "تتكون المجموعة من مستوى تحكم وعقدة عاملة واحدة أو أكثر.",
        "",
        "## مكونات مستوى التحكم {#control-plane-components}",
        "",
        "يشغّل مستوى التحكم `kube-apiserver` و`etcd`.",
        "",
        '## <a name="node-components"></a>مكونات العقدة',
        "",
        "تعمل مكونات العقدة على كل عقدة، وتحافظ على الـ pods العاملة.",
        "",
        "## الحاويات",
        "",
        "يشغّل كل pod حاوية واحدة أو أكثر.",
      ],
      pin,
    );
  /** German, no pin, updated after the rename: nothing to report. */
  const german = page("Komponenten", [
    "Ein Cluster besteht aus einer Steuerungsebene und einem oder mehreren Worker-Knoten.",
    "",
    "## Komponenten der Steuerungsebene {#control-plane-components}",
    "",
    "Die Steuerungsebene führt `kube-apiserver` und `etcd` aus.",
    "",
    "## Komponenten der Worker-Knoten {#worker-node-components}",
    "",
    "Knotenkomponenten laufen auf jedem Knoten und halten laufende Pods aufrecht.",
    "",
    "## Pods und Container {#pods-and-containers}",
    "",
    "Jeder Pod führt einen oder mehrere Container aus.",
  ]);
  beforeAll(() => {
    repo = new TestRepo("loclint-drift-recall-");
    repo.write({ "content/en/docs/components.md": v1, "content/ko/docs/components.md": korean });
    repo.commitOnDay("Components, and the Korean", 0);
    c1 = repo.git("rev-parse", "HEAD").trim();
    repo.write({ "content/ar/docs/components.md": arabic(c1) });
    repo.commitOnDay("Arabic pinned to c1", 1);
    repo.write({ "content/en/docs/components.md": v2 });
    repo.commitOnDay("Rename the node and pod sections", 2);
    repo.write({ "content/de/docs/components.md": german });
    repo.commitOnDay("German", 3);
  });
  afterAll(() => {
    closeGitRepositories();
    repo.remove();
  });

  it("with git: the explicit id and the slug the translation took are both reported as changed since its base, the kept ids not", async () => {
    const { files } = await repo.lint(["content"]);
    const since = `this translation's last commit "${c1.slice(0, 12)}"`;
    expect(drift(files, "content/ko/docs/components.md")).toEqual([
      `11 heading-changed Expected heading id "worker-node-components" as in the English source, changed since ${since}, but found "node-components"`,
      `15 heading-changed Expected heading id "pods-and-containers" as in the English source, changed since ${since}, but found "pods"`,
    ]);
    expect(drift(files, "content/ar/docs/components.md")).toEqual([
      `12 heading-changed Expected heading id "worker-node-components" as in the English source, changed since default_lang_commit "${c1.slice(0, 12)}", but found "node-components"`,
    ]);
    expect(drift(files, "content/de/docs/components.md")).toEqual([]);
  });

  it("without git: the explicit id is still reported, the English slug is not asked of the translation", async () => {
    const copy = copyWithoutGit(repo);
    try {
      closeGitRepositories();
      const { files } = await copy.lint(["content"]);
      expect(drift(files, "content/ko/docs/components.md")).toEqual(['11 heading-changed Expected heading id "worker-node-components" as in the English source but found "node-components"']);
      expect(drift(files, "content/ar/docs/components.md")).toEqual(['12 heading-changed Expected heading id "worker-node-components" as in the English source but found "node-components"']);
      expect(drift(files, "content/de/docs/components.md")).toEqual([]);
    } finally {
      copy.remove();
    }
  });
});

describe("a paragraph the English inserted right after a block the translation damaged", () => {
  let repo: TestRepo;
  let c1 = "";
  const v1 = page("Setup", ["First, read [the guide](/docs/guide/) before you start.", "", "The cluster needs 16 GB of memory on each node."]);
  const v2 = page("Setup", ["First, read [the guide](/docs/guide/) before you start.", "", "A second cluster can share the same control plane.", "", "The cluster needs 16 GB of memory on each node."]);
  const korean = page("설정", ["시작하기 전에 먼저 [가이드](/docs/guid/)를 읽는다.", "", "클러스터의 각 노드에는 16 GB의 메모리가 필요하다."]);
  const arabic = (pin: string) => page("الإعداد", ["اقرأ أولًا [الدليل](/docs/guid/) قبل أن تبدأ.", "", "تحتاج المجموعة إلى 16 GB من الذاكرة على كل عقدة."], pin);
  const german = page("Einrichtung", ["Lesen Sie zuerst [den Leitfaden](/docs/guide/), bevor Sie beginnen.", "", "Der Cluster braucht 16 GB Speicher auf jedem Knoten."]);
  beforeAll(() => {
    repo = new TestRepo("loclint-drift-recall-");
    repo.write({ "content/en/docs/setup.md": v1, "content/ko/docs/setup.md": korean, "content/de/docs/setup.md": german });
    repo.commitOnDay("Setup, Korean and German", 0);
    c1 = repo.git("rev-parse", "HEAD").trim();
    repo.write({ "content/ar/docs/setup.md": arabic(c1) });
    repo.commitOnDay("Arabic pinned to c1", 1);
    repo.write({ "content/en/docs/setup.md": v2 });
    repo.commitOnDay("Setup: a second cluster", 2);
  });
  afterAll(() => {
    closeGitRepositories();
    repo.remove();
  });

  const link = (line: number) => `${line} block-changed Expected link target "/docs/guide/" as in the English source's block but found "/docs/guid/"`;

  it("with git: the damaged link (the translation's own) and the new paragraph (added since) are both reported", async () => {
    const { files } = await repo.lint(["content"]);
    const added = (since: string, line: number) => `${line} block-missing Expected a paragraph "A second cluster can share the same con…", added to the English source since ${since}, before this block but found none`;
    const history = `this translation's last commit "${c1.slice(0, 12)}"`;
    expect(drift(files, "content/ko/docs/setup.md")).toEqual([link(5), added(history, 7)]);
    expect(drift(files, "content/ar/docs/setup.md")).toEqual([link(6), added(`default_lang_commit "${c1.slice(0, 12)}"`, 8)]);
    expect(drift(files, "content/de/docs/setup.md")).toEqual([added(history, 7)]);
  });

  it("without git: both are reported too, as the translation's own", async () => {
    const copy = copyWithoutGit(repo);
    try {
      closeGitRepositories();
      const { files } = await copy.lint(["content"]);
      const missing = (line: number) => `${line} block-missing Expected a paragraph "A second cluster can share the same con…" as in the English source before this block but found none`;
      expect(drift(files, "content/ko/docs/setup.md")).toEqual([link(5), missing(7)]);
      expect(drift(files, "content/ar/docs/setup.md")).toEqual([link(6), missing(8)]);
      expect(drift(files, "content/de/docs/setup.md")).toEqual([missing(7)]);
    } finally {
      copy.remove();
    }
  });
});
