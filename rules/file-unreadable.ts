// rules/file-unreadable.ts: a file that is not text (NUL bytes, invalid UTF-8), cannot be read, or is too large.
import { defineRule } from "../src/engine/rule.js";

export default defineRule({
  id: "file-unreadable",
  description: "Localized files are readable UTF-8 text",
  scope: "file",
  defaultSeverity: "error",
  fixable: false,
  check({ file }) {
    if (!file.unreadable) return [];
    const { line, column, message } = file.unreadable;
    return [{ line, column, message }];
  },
});
