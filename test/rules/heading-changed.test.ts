// heading-changed: headings keep the level of the English heading they stand for.
import rule from "../../rules/heading-changed.js";
import { de, deFile, edit, en, jaFile, set } from "../align/drift-docs.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "translated heading text, same levels", files: set(), target: jaFile },
    { name: "headings without ids on both sides", files: set({ en: edit(en, 8, "## Configure"), de: edit(de, 8, "## Konfigurieren") }), target: deFile },
    { name: "an id renamed in the English is anchor-translated's, not reported here", files: set({ en: edit(en, 8, "## Configure {#configuration}") }), target: deFile },
    {
      name: "a heading whose explicit id is not the English heading's (a section the English replaced) is not a level change",
      files: set({ en: edit(en, 8, "### Settings {#settings}") }),
      target: jaFile,
    },
    {
      name: "headings without ids whose sections contradict (other code, no token shared) are not a level change",
      files: set({
        en: edit(edit(edit(en, 8, "### Upgrade"), 10, "Stop the service and upgrade it:"), 14, "lantern upgrade --all"),
        de: edit(de, 8, "## Konfigurieren"),
      }),
      target: deFile,
    },
  ],
  invalid: [
    {
      name: "a heading level moved in the English (Japanese)",
      files: set({ en: edit(en, 17, "### Next steps {#next}") }),
      target: jaFile,
      errors: [{ line: 20, column: 1, message: "Expected a level-3 heading as in the English source but found level 2", related: [{ path: "site/docs/collector/install.md", line: 20, column: 1 }] }],
    },
    {
      name: "a heading promoted in the translation only (German)",
      files: set({ de: edit(de, 8, "# Konfigurieren {#configure}") }),
      target: deFile,
      errors: [{ line: 11, column: 1, message: "Expected a level-2 heading as in the English source but found level 1" }],
    },
  ],
});
