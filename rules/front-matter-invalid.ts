// rules/front-matter-invalid.ts: front matter or a YAML file that does not parse.
import { defineRule, findingAt } from "../src/engine/rule.js";

export default defineRule({
  id: "front-matter-invalid",
  description: "Front matter and YAML files parse as YAML",
  scope: "file",
  defaultSeverity: "error",
  fixable: false,
  check({ file }) {
    return file.parseProblems.map((p) => findingAt(file, p.offset, p.message));
  },
});
