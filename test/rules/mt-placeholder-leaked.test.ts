// mt-placeholder-leaked: no machine-translation placeholders in a segment's translation that its English text lacks.
import rule from "../../rules/mt-placeholder-leaked.js";
import { page, testRule } from "../rule-tester.js";

const seg = (id: string, translation: string, english: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

/** Front matter on lines 1-4, the body from line 5. */
const doc = (locale: string, body: string[], eol?: "\r\n") => page({ title: "Vouchers", "ms.contentlocale": locale }, body.join("\n") + "\n", { eol });

const at = (locale: string) => `docs.${locale}/benefits/vouchers.md`;

const EN_STEP = "Follow the instructions in [step 2](vouchers-step-2.md) to assign the voucher.";
const EN_BOLD = "Select **Vouchers**, then **Assign**.";

testRule(rule, {
  valid: [
    {
      name: "a number as link text and a heading tag are no placeholders, in German",
      files: {
        [at("de-de")]: doc("de-DE", [seg("a7b8c-501", "Folgen Sie den Anweisungen in Schritt [2](vouchers-step-2.md), um den Gutschein zuzuweisen.", EN_STEP), "", seg("a7b8c-502", "Siehe <h2>Gutscheine</h2> und [Gutschein][1].", "See <h2>Vouchers</h2> and [voucher][1].")]),
      },
    },
    {
      name: "the English text has the token too, in Japanese",
      files: { [at("ja-jp")]: doc("ja-JP", [seg("a7b8c-503", "書式は {0} 件の引換券です。", "The format is {0} vouchers.")]) },
    },
    {
      name: "a placeholder-like token inside code, right to left",
      files: { [at("ar-sa")]: doc("ar-SA", [seg("a7b8c-504", "استخدم `printf(\"%s\")` للطباعة.", "Use `printf` to print.")]) },
    },
    {
      name: "a footnote marker whose note the file writes out (**[1]**: …) is the author's, not MT's, in Spanish",
      files: {
        [at("es-es")]: doc("es-ES", [seg("a7b8c-506", "Los cupones caducan al final del año [1].", "Vouchers expire at the end of the year."), "", "**[1]**: Salvo en los mercados donde la ley lo impide."]),
      },
    },
    {
      name: "percentages and braces in prose",
      files: { [at("de-de")]: doc("de-DE", [seg("a7b8c-505", "Sie erhalten 50 % Rabatt {gültig bis Juni}.", "You get 50% off (valid until June).")]) },
    },
  ],
  invalid: [
    {
      name: "numbered tags left by MT after multi-byte text, in German",
      files: { [at("de-de")]: doc("de-DE", [seg("a7b8c-502", "Wählen Sie <c0>Gutscheine</c0> und dann **Zuweisen** aus.", EN_BOLD)]) },
      errors: [
        {
          line: 5,
          column: 42,
          endColumn: 46,
          message: 'Expected no machine-translation placeholder but found "<c0>", which the English text does not have',
          related: [{ path: at("de-de"), line: 5, column: 150 }],
        },
        { line: 5, column: 56, message: 'Expected no machine-translation placeholder but found "</c0>", which the English text does not have' },
      ],
    },
    {
      name: "a numbered brace in Chinese",
      files: { [at("zh-cn")]: doc("zh-CN", [seg("a7b8c-502", "选择 {0}，然后选择 **分配**。", EN_BOLD)]) },
      errors: [{ line: 5, column: 34, message: 'Expected no machine-translation placeholder but found "{0}", which the English text does not have' }],
    },
    {
      name: "a numbered bracket and a printf conversion, right to left",
      files: { [at("ar-sa")]: doc("ar-SA", [seg("a7b8c-502", "حدد [1] ثم %s.", EN_BOLD)]) },
      errors: [
        { line: 5, column: 35, message: 'Expected no machine-translation placeholder but found "[1]", which the English text does not have' },
        { line: 5, column: 42, message: 'Expected no machine-translation placeholder but found "%s", which the English text does not have' },
      ],
    },
    {
      name: "an XLIFF element in a table, with CRLF line endings",
      files: {
        [at("de-de")]: doc("de-DE", ["| Schritt | Aktion |", "| --- | --- |", `| 1 | ${seg("a7b8c-506", 'Gutschein <ph id="1"/> zuweisen', "Assign the voucher")} |`], "\r\n"),
      },
      errors: [{ line: 7, column: 47, message: 'Expected no machine-translation placeholder but found "<ph id="1"/>", which the English text does not have' }],
    },
  ],
});
