// block-extra: a block the translation has and the English source no longer has.
import rule from "../../rules/block-extra.js";
import { arFile, edit, en, enFile, set } from "../align/drift-docs.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "the same blocks (Arabic)", files: set(), target: arFile },
    {
      name: "a block moved in the English: paired where it went, neither missing nor extra",
      files: set({ en: [en[0]!, en[1]!, en[4]!, en[5]!, "", en[2]!, ...en.slice(6)] }),
      target: arFile,
    },
  ],
  invalid: [
    {
      name: "a paragraph removed from the English, still in the translation (right-to-left)",
      files: set({ en: edit(en, 3, null) }),
      target: arFile,
      errors: [
        {
          line: 6,
          column: 1,
          message: /^Expected no paragraph here as in the English source but found "يعمل المجمّع على Linux/,
          related: [{ path: enFile, line: 7, column: 1 }],
        },
      ],
    },
    {
      name: "a code block removed from the English",
      files: set({ en: [...en.slice(0, 11), ...en.slice(15)] }),
      target: arFile,
      errors: [{ line: 15, column: 1, message: 'Expected no code block here as in the English source but found "bash"' }],
    },
  ],
});
