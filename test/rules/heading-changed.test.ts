// heading-changed: headings keep the level and the {#id} of the English heading they stand for.
import rule from "../../rules/heading-changed.js";
import { de, deFile, edit, en, enFile, ja, jaFile, set } from "../align/drift-docs.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "translated heading text, same ids and levels", files: set(), target: jaFile },
    { name: "headings without ids on both sides", files: set({ en: edit(en, 8, "## Configure"), de: edit(de, 8, "## Konfigurieren") }), target: deFile },
  ],
  invalid: [
    {
      name: "an id renamed in the English: fixed",
      files: set({ en: edit(en, 8, "## Configure {#configuration}") }),
      target: deFile,
      errors: [{ line: 11, column: 20, message: 'Expected heading id "{#configuration}" as in the English source but found "{#configure}"', related: [{ path: enFile, line: 11, column: 14 }] }],
      output: `---\ntitle: "Installieren"\n---\n${edit(de, 8, "## Konfigurieren {#configuration}").join("\n")}`,
    },
    {
      name: "a heading level moved in the English (Japanese)",
      files: set({ en: edit(en, 17, "### Next steps {#next}") }),
      target: jaFile,
      errors: [{ line: 20, column: 1, message: "Expected a level-3 heading as in the English source but found level 2" }],
    },
    {
      name: "an id the translation dropped",
      files: set({ ja: edit(ja, 8, "## 構成する") }),
      target: jaFile,
      errors: [{ line: 11, column: 1, message: 'Expected heading id "{#configure}" as in the English source but found none' }],
      output: `---\ntitle: "インストール"\n---\n${edit(ja, 8, "## 構成する {#configure}").join("\n")}`,
    },
  ],
});
