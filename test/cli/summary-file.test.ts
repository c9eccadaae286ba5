// --summary-file: the Markdown health summary appended (a CI job summary collects several), never through a link.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runIn } from "./run-in.js";

const examples = fileURLToPath(new URL("../../examples", import.meta.url));
let tmp: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "loclint-summary-"));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (argv: string[]) => runIn(examples, argv);

describe("--summary-file", () => {
  it("appends the markdown health summary beside the chosen format, run after run", async () => {
    const file = path.join(tmp, "step summary.md");
    fs.writeFileSync(file, "# Earlier step\n");
    const first = await run([".", "--format", "compact", "--summary-file", file]);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/^contoso-docs\./);
    await run([".", "--format", "compact", "--summary-file", file]);
    const text = fs.readFileSync(file, "utf8");
    expect(text.startsWith("# Earlier step\n## Locale health (loclint)\n")).toBe(true);
    expect(text.split("## Locale health (loclint)")).toHaveLength(3);
  });

  it("refuses to write through a symbolic link, in one line with exit 2", async () => {
    const target = path.join(tmp, "elsewhere.md");
    fs.writeFileSync(target, "");
    const link = path.join(tmp, "summary.md");
    fs.symlinkSync(target, link);
    const result = await run([".", "--format", "compact", "--summary-file", link]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`loclint: cannot write ${link}: it is a symbolic link, which loclint does not write through\n`);
    expect(fs.readFileSync(target, "utf8")).toBe("");
  });
});
