// The git plumbing behind the provenance rules: repository discovery, renames, shallow and partial clones, hooks' GIT_DIR.
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { closeGitRepositories, openSourceHistory } from "../../src/git/history.js";
import { EnglishRepo } from "../git-repo.js";

const repos: EnglishRepo[] = [];
function newRepo(): EnglishRepo {
  const repo = new EnglishRepo();
  repos.push(repo);
  return repo;
}
afterEach(() => closeGitRepositories());
afterAll(() => {
  for (const repo of repos) repo.remove();
});

describe("openSourceHistory", () => {
  it("is null outside a git checkout", () => {
    expect(openSourceHistory(path.join(os.tmpdir(), "no-such-folder", "docs"))).toBeNull();
  });

  it("follows a chain of renames back to the name at the commit, and counts every commit on the way", () => {
    const repo = newRepo();
    repo.write("learn/a.md", "# Alpha\n\nOne.\n");
    const c1 = repo.commit("add a");
    repo.git("mv", "a.md", "b.md");
    const c2 = repo.commit("a to b");
    repo.write("learn/b.md", "# Alpha\n\nOne. Two.\n");
    const c3 = repo.commit("edit b");
    repo.git("mv", "b.md", "c.md");
    const c4 = repo.commit("b to c");
    // A new file takes the old name: it is not the history of c.md.
    repo.write("learn/b.md", "# Beta\n");
    repo.commit("new b");
    const history = openSourceHistory(repo.sourceRoot)!;
    expect(history.blobAt(c1, "c.md")).toMatchObject({ path: "a.md" });
    expect(history.commitsSince(c1, "c.md")).toEqual({ count: 3, latest: c4, deleted: false, commits: [c4, c3, c2] });
    expect(history.blobAt(c1, "b.md")).toBeNull();
  });

  it("resolves abbreviated and upper-case commits, and only commits", () => {
    const repo = newRepo();
    repo.write("learn/a.md", "# Alpha\n");
    const c1 = repo.commit("add a");
    const history = openSourceHistory(repo.sourceRoot)!;
    expect(history.resolveCommit(c1.slice(0, 8).toUpperCase())).toBe(c1);
    expect(history.resolveCommit(repo.git("rev-parse", `${c1}^{tree}`))).toBeNull();
    expect(history.resolveCommit("HEAD")).toBeNull();
    expect(history.resolveCommit(`${c1}:a.md`)).toBeNull();
  });

  it("is incomplete in a shallow clone, so unknown commits are not errors", () => {
    const repo = newRepo();
    repo.write("learn/a.md", "# Alpha\n");
    repo.commit("one");
    repo.write("learn/a.md", "# Alpha\n\nMore.\n");
    repo.commit("two");
    const clone = path.join(repo.dir, "shallow");
    execFileSync("git", ["clone", "-q", "--depth=1", `file://${repo.top}`, clone], { env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: os.devNull } });
    expect(openSourceHistory(clone)!.complete).toBe(false);
    expect(openSourceHistory(repo.top)!.complete).toBe(true);
  });

  it("is null in a partial clone, whose missing objects git would fetch over the network", () => {
    const repo = newRepo();
    repo.write("learn/a.md", "# Alpha\n");
    repo.commit("one");
    repo.git("config", "extensions.partialClone", "origin");
    expect(openSourceHistory(repo.sourceRoot)).toBeNull();
  });

  it("ignores GIT_DIR and GIT_INDEX_FILE set by a hook of another repository", () => {
    const english = newRepo();
    english.write("learn/a.md", "# Alpha\n");
    const c1 = english.commit("one");
    const other = newRepo();
    other.write("learn/x.md", "# X\n");
    other.commit("other");
    const saved = { dir: process.env.GIT_DIR, index: process.env.GIT_INDEX_FILE };
    process.env.GIT_DIR = path.join(other.top, ".git");
    process.env.GIT_INDEX_FILE = path.join(other.top, ".git", "index");
    try {
      const history = openSourceHistory(english.sourceRoot)!;
      expect(history.top).toBe(english.top);
      expect(history.resolveCommit(c1)).toBe(c1);
      expect(history.tracked("a.md")).toBe(true);
    } finally {
      if (saved.dir === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved.dir;
      if (saved.index === undefined) delete process.env.GIT_INDEX_FILE;
      else process.env.GIT_INDEX_FILE = saved.index;
    }
  });

  it("reads binary-safe blobs of any size, and paths with spaces and non-ASCII letters", () => {
    const repo = newRepo();
    const big = `# Big\n\n${"Lorem ipsum dolor sit amet, consectetur adipiscing elit.\r\n".repeat(20000)}`;
    repo.write("learn/big file.md", big);
    repo.write("learn/größe/日本.md", "# 日本\n");
    const c1 = repo.commit("one");
    const history = openSourceHistory(repo.sourceRoot)!;
    const blob = history.blobAt(c1, "big file.md")!;
    expect(Buffer.from(blob.bytes).toString("utf8")).toBe(big);
    expect(Buffer.from(history.blobAt(c1, "größe/日本.md")!.bytes).toString("utf8")).toBe("# 日本\n");
    expect(history.commitsSince(c1, "größe/日本.md")).toEqual({ count: 0, latest: null, deleted: false, commits: [] });
  });
});
