// File names that are not UTF-8 (issue 12, item 12): reported by name, never "no such file", never skipped silently.
import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { article, doc, TestRepo } from "../git/repo.js";

/** Latin-1 `café.md`: the byte 0xE9 alone is no UTF-8, so no JavaScript string names this file. */
const latin1Name = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6d, 0x64]);
const shown = "caf\\xE9.md";

let repo: TestRepo;
let byteNamesWork = true;

beforeEach(() => {
  repo = new TestRepo("loclint-names-");
  repo.write({ ...article("guide/setup.md") });
  repo.commit("Add the docs");
  // macOS and Windows file systems refuse or re-encode such names: nothing to test there.
  try {
    writeRaw("probe", "x");
    byteNamesWork = fs.readdirSync(path.join(repo.dir, "docs.de-de/guide")).some((n) => n.includes("\uFFFD"));
    fs.unlinkSync(rawPath("probe"));
  } catch {
    byteNamesWork = false;
  }
});

afterEach(() => repo.remove());

function rawPath(tag: string): Buffer {
  return Buffer.concat([Buffer.from(`${path.join(repo.dir, "docs.de-de/guide")}/${tag === "probe" ? "p-" : ""}`), latin1Name]);
}

function writeRaw(tag: string, text: string): void {
  fs.writeFileSync(rawPath(tag), text);
}

const problem = `loclint: docs.de-de/guide/${shown}: the file name is not valid UTF-8, so it cannot be linted; rename it\n`;

describe("file names that are not UTF-8", () => {
  it("a walk reports the file by its bytes instead of linting a lossy name that does not exist", async () => {
    if (!byteNamesWork) return;
    writeRaw("doc", doc("de-de"));
    const r = await repo.run(["--format", "compact", "docs.de-de"]);
    expect(r.stderr).toBe(problem);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain("no such file");
    expect(r.stdout).not.toContain("caf");
  });

  it("a name that is not UTF-8 but matches no include glob (an image) is left alone", async () => {
    if (!byteNamesWork) return;
    fs.writeFileSync(Buffer.concat([Buffer.from(path.join(repo.dir, "docs.de-de/guide/bild-")), Buffer.from([0xff, 0x2e, 0x70, 0x6e, 0x67])]), "png");
    const r = await repo.run(["--format", "compact", "docs.de-de"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("--staged reports a staged file with such a name", async () => {
    if (!byteNamesWork) return;
    writeRaw("doc", doc("de-de"));
    repo.git("add", "--all");
    const r = await repo.run(["--staged", "--format", "compact"]);
    expect(r.stderr).toBe(problem);
    expect(r.code).toBe(2);
  });

  it("--changed-since reports a changed or untracked file with such a name", async () => {
    if (!byteNamesWork) return;
    writeRaw("doc", doc("de-de"));
    const untracked = await repo.run(["--changed-since", "main", "--format", "compact"]);
    expect(untracked.stderr).toBe(problem);
    expect(untracked.code).toBe(2);
    repo.commit("Add a page with a Latin-1 name");
    writeRaw("doc", doc("de-de", { date: "12/31/2030" }));
    const changed = await repo.run(["--changed-since", "HEAD", "--format", "compact"]);
    expect(changed.stderr).toBe(problem);
    expect(changed.code).toBe(2);
  });

  it("--changed-since reports such a file among those that name a deleted file", async () => {
    if (!byteNamesWork) return;
    repo.write({ "docs.de-de/guide/alt.md": doc("de-de") });
    writeRaw("doc", doc("de-de", { extra: "Siehe [alt](alt.md)." }));
    repo.commit("Add a page linking to alt.md");
    fs.unlinkSync(path.join(repo.dir, "docs.de-de/guide/alt.md"));
    const r = await repo.run(["--changed-since", "HEAD", "--format", "compact"]);
    expect(r.stderr).toBe(problem);
    expect(r.code).toBe(2);
  });
});
