// rules/front-matter-invalid.ts: front matter or a YAML file that does not parse.
import { defineRule, findingAt } from "../src/engine/rule.js";

export default defineRule({
  id: "front-matter-invalid",
  description: "Front matter and YAML files parse as YAML",
  scope: "file",
  defaultSeverity: "error",
  fixable: false,
  check({ file }) {
    // Like a compiler's, the YAML parser's later errors are mostly echoes of the first (a mis-indented
    // key gives "Nested mappings ..." and "Implicit keys ...", a misaligned item a missing "-" below it).
    const first = file.parseProblems[0];
    return first ? [findingAt(file, first.offset, first.message)] : [];
  },
});
