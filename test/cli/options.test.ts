// One pipeline: every command-line flag is either presentation or exactly one library option.
import { describe, expect, it } from "vitest";
import { CLI_FLAGS, PRESENTATION_FLAGS } from "../../src/cli/index.js";
import { LINT_OPTION_FLAGS } from "../../src/lint.js";

describe("flags and library options", () => {
  const optionFlags = Object.values(LINT_OPTION_FLAGS).filter((f) => f.startsWith("--")).map((f) => f.slice(2));

  it("gives every flag that changes what is linted a library option", () => {
    const presentation = new Set<string>(PRESENTATION_FLAGS);
    const missing = CLI_FLAGS.filter((flag) => !presentation.has(flag) && !optionFlags.includes(flag));
    expect(missing).toEqual([]);
  });

  it("names only real flags for the options", () => {
    expect(optionFlags.filter((flag) => !CLI_FLAGS.includes(flag))).toEqual([]);
  });

  it("keeps presentation flags apart from options", () => {
    expect(PRESENTATION_FLAGS.filter((flag) => optionFlags.includes(flag))).toEqual([]);
    expect(PRESENTATION_FLAGS.filter((flag) => !CLI_FLAGS.includes(flag))).toEqual([]);
  });
});
