// block-changed: a translated block keeps the numbers and bare URLs of its English block.
import rule from "../../rules/block-changed.js";
import { de, deFile, edit, en, enFile, jaFile, set } from "../align/drift-docs.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "numbers kept; the Japanese adds its own (個)", files: set(), target: jaFile },
    { name: "a decimal comma for a decimal point is the same number", files: set({ de: edit(de, 3, "Der Collector läuft unter Linux und Windows, ab Version 0,98.") }), target: deFile },
    { name: "sentences reordered in the translation", files: set({ de: edit(de, 19, "[Der Leitfaden](guide.md) beschreibt die 12 Einstellungen.") }), target: deFile },
  ],
  invalid: [
    {
      name: "a version changed in the English (Japanese)",
      files: set({ en: edit(en, 3, "The collector runs on Linux and Windows, version 0.99 or later.") }),
      target: jaFile,
      errors: [{ line: 6, column: 1, message: 'Expected "99" as in the English source\'s block but found none', related: [{ path: enFile, line: 6, column: 1 }] }],
    },
    {
      name: "a bare URL added to the English",
      files: set({ en: edit(en, 19, "See [the guide](guide.md) for the 12 settings, or https://example.com/faq.") }),
      target: deFile,
      errors: [{ line: 22, column: 1, message: 'Expected "https://example.com/faq" as in the English source\'s block but found none' }],
    },
  ],
});
