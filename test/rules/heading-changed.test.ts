// heading-changed: headings keep the level and the explicit id of the English heading they stand for.
import rule from "../../rules/heading-changed.js";
import { ar, arFile, de, deFile, edit, en, ja, jaFile, set } from "../align/drift-docs.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "translated heading text, same levels", files: set(), target: jaFile },
    { name: "headings without ids on both sides", files: set({ en: edit(en, 8, "## Configure"), de: edit(de, 8, "## Konfigurieren") }), target: deFile },
    { name: "an English heading renamed, its id kept: the translation keeps the id too", files: set({ en: edit(en, 8, "## Configure the collector {#configure}") }), target: jaFile },
    {
      name: "a translation without explicit ids translates its headings (its slugs are anchor-translated's)",
      files: set({ de: edit(edit(de, 8, "## Konfigurieren"), 17, "## Nächste Schritte") }),
      target: deFile,
    },
    {
      name: "an id that reads as translated is anchor-translated's, not reported here",
      files: set({ ja: edit(ja, 8, "## 構成する {#構成する}") }),
      target: jaFile,
    },
    {
      name: "an English heading without an id of its own: without git, its slug is not asked of the translation's id",
      files: set({ en: edit(en, 8, "## Configure the collector") }),
      target: deFile,
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
      name: "an id renamed in the English, kept in the translation (German)",
      files: set({ en: edit(en, 8, "## Configure {#configuration}") }),
      target: deFile,
      errors: [{ line: 11, column: 20, endLine: 11, endColumn: 29, message: 'Expected heading id "configuration" as in the English source but found "configure"', related: [{ path: "site/docs/collector/install.md", line: 11, column: 1 }] }],
    },
    {
      name: "an id renamed in the English, kept in the translation (Japanese, after multi-byte text)",
      files: set({ en: edit(en, 8, "## Configure {#configuration}") }),
      target: jaFile,
      errors: [{ line: 11, column: 11, message: 'Expected heading id "configuration" as in the English source but found "configure"' }],
    },
    {
      name: "an id renamed in the English, kept in an <a name> anchor of the translation (Arabic)",
      files: set({ en: edit(en, 17, "## Next steps {#whats-next}"), ar: edit(ar, 17, '## <a name="next"></a>الخطوات التالية') }),
      target: arFile,
      errors: [{ line: 20, column: 13, message: 'Expected heading id "whats-next" as in the English source but found "next"' }],
    },
    {
      name: "a section the English replaced, heading and id: the id is reported, not the level",
      files: set({ en: edit(en, 8, "### Settings {#settings}") }),
      target: jaFile,
      errors: [{ line: 11, column: 11, message: 'Expected heading id "settings" as in the English source but found "configure"' }],
    },
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
