// The "English changes" cell: a git log command a reader can paste into a shell as it is, whatever the page is called.
import { describe, expect, it } from "vitest";
import { englishChanges } from "../../src/report/shared.js";
import type { DocSetStatus } from "../../src/pipeline/status.js";

const pin = "0123456789abcdef0123456789abcdef01234567";
const head = "fedcba9876543210fedcba9876543210fedcba98";
const set = (source: string, sourceRepository: string | null = null): DocSetStatus => ({ name: "learn.{locale}", source, sourceHead: head, sourceRepository });

describe("englishChanges", () => {
  it("leaves plain paths as they are", () => {
    expect(englishChanges({ sourceCommit: pin, relPath: "billing/a-b_c.md", docSet: "learn.{locale}" }, [set("learn")])).toEqual({
      command: `git -C learn log ${pin}..${head.slice(0, 12)} -- billing/a-b_c.md`,
    });
  });

  it("quotes a page or source folder with blanks, quotes or shell syntax in its name, so the command runs as shown and nothing else", () => {
    const changes = (relPath: string, source = "learn") => englishChanges({ sourceCommit: pin, relPath, docSet: "learn.{locale}" }, [set(source)])!.command;
    expect(changes("getting started/first steps.md")).toBe(`git -C learn log ${pin}..${head.slice(0, 12)} -- 'getting started/first steps.md'`);
    expect(changes("a.md", "my docs")).toBe(`git -C 'my docs' log ${pin}..${head.slice(0, 12)} -- a.md`);
    expect(changes("$(touch pwned);x.md")).toBe(`git -C learn log ${pin}..${head.slice(0, 12)} -- '$(touch pwned);x.md'`);
    expect(changes("it's.md")).toBe(`git -C learn log ${pin}..${head.slice(0, 12)} -- 'it'\\''s.md'`);
  });
});
