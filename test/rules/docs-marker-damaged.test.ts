// docs-marker-damaged: Docs markers ([!NOTE], [!INCLUDE ...], :::image ...:::) are kept intact and never translated.
import rule from "../../rules/docs-marker-damaged.js";
import { page, testRule } from "../rule-tester.js";

const seg = (id: string, translation: string, english: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

/** Front matter on lines 1-4, the body from line 5. */
const doc = (locale: string, body: string[], eol?: "\r\n") => page({ title: "Support", "ms.contentlocale": locale }, body.join("\n") + "\n", { eol });

const rel = "support/get-support.md";
const at = (locale: string) => `docs.${locale}/${rel}`;

const EN_NOTE = "[!NOTE] Support requests are answered within one business day.";
const EN_INCLUDE = "[!INCLUDE [Overview](includes/support-overview.md)]";
const EN_IMAGE = ':::image type="content" source="media/support-link.png" alt-text="The support link on an offer page.":::';

/** A Docusaurus page (plain translation, no segments): an admonition between two paragraphs. */
const docusaurus = (intro: string, marker: string, tip: string) => page({ title: "Install" }, [intro, "", marker, "", tip, "", ":::", "", "Next, see [Configuration](./configuration.md).", ""].join("\n"));
const DOCU_EN = docusaurus("Install Widget with npm.", ":::tip Use the CLI", "Run `npx widget init` to start.");

testRule(rule, {
  valid: [
    {
      name: "Docusaurus: an admonition with a translated title, in Japanese",
      files: {
        "docs.ja-jp/install.md": docusaurus("npm で Widget をインストールします。", ":::tip CLI を使う", "`npx widget init` を実行します。"),
        "docs/install.md": DOCU_EN,
      },
    },
    {
      name: "markers kept, text translated, in German",
      files: {
        [at("de-de")]: doc("de-DE", [
          seg("b9c0d-601", "[!NOTE] Supportanfragen werden innerhalb eines Werktags beantwortet.", EN_NOTE),
          "",
          "> [!Note]",
          `> ${seg("b9c0d-602", "Gilt für alle Angebote.", "Applies to all offers.")}`,
        ]),
      },
    },
    {
      name: "an include with a translated name, in Japanese",
      files: { [at("ja-jp")]: doc("ja-JP", [seg("b9c0d-603", "[!INCLUDE [概要](includes/support-overview.md)]", EN_INCLUDE)]) },
    },
    {
      name: "an image marker with translated alt text, right to left",
      files: { [at("ar-sa")]: doc("ar-SA", [seg("b9c0d-604", ':::image type="content" source="media/support-link.png" alt-text="رابط الدعم في صفحة العرض.":::', EN_IMAGE)]) },
    },
    {
      name: "an unknown alert kind the English source has too",
      files: {
        [at("de-de")]: doc("de-DE", ["> [!CUSTOM]", `> ${seg("b9c0d-605", "Eigener Hinweis.", "Custom note.")}`]),
        [`docs/${rel}`]: page({ title: "Support" }, "> [!CUSTOM]\n> Custom note.\n"),
      },
    },
  ],
  invalid: [
    {
      name: "a translated alert kind in a segment, after multi-byte text",
      files: { [at("de-de")]: doc("de-DE", [`Überblick: ${seg("b9c0d-601", "[!HINWEIS] Supportanfragen werden innerhalb eines Werktags beantwortet.", EN_NOTE)}`]) },
      errors: [
        {
          line: 5,
          column: 42,
          endColumn: 52,
          message: 'Expected "[!NOTE]" as in the English text but found "[!HINWEIS]"',
          related: [{ path: at("de-de"), line: 5, column: 175 }],
        },
      ],
    },
    {
      name: "a blank inside the marker, in Japanese",
      files: { [at("ja-jp")]: doc("ja-JP", [seg("b9c0d-601", "[! 注] サポート要求には 1 営業日以内に回答します。", EN_NOTE)]) },
      errors: [{ line: 5, column: 31, message: 'Expected "[!NOTE]" as in the English text but found "[! 注]"' }],
    },
    {
      name: "the image marker broken up in Chinese",
      files: { [at("zh-cn")]: doc("zh-CN", [seg("b9c0d-604", '::: image type="content" source="media/support-link.png" alt-text="产品页上的支持链接。":::', EN_IMAGE)]) },
      errors: [{ line: 5, column: 31, message: 'Expected ":::image" as in the English text but found "::: image"' }],
    },
    {
      name: "the ! lost at the start, right to left",
      files: { [at("ar-sa")]: doc("ar-SA", [seg("b9c0d-601", "[ملاحظة] يتم الرد على طلبات الدعم خلال يوم عمل واحد.", EN_NOTE)]) },
      errors: [{ line: 5, column: 31, message: 'Expected "[!NOTE]" as in the English text but found "[ملاحظة]"' }],
    },
    {
      name: "a translated include keyword",
      files: { [at("de-de")]: doc("de-DE", [seg("b9c0d-603", "[!EINSCHLIESSEN [Übersicht](includes/support-overview.md)]", EN_INCLUDE)]) },
      errors: [{ line: 5, column: 31, message: 'Expected "[!INCLUDE" as in the English text but found "[!EINSCHLIESSEN [Übersicht]"' }],
    },
    {
      name: "alerts outside segments: a translated kind and a damaged marker, with CRLF line endings",
      files: {
        [at("de-de")]: doc(
          "de-DE",
          ["> [!HINWEIS]", `> ${seg("b9c0d-602", "Gilt für alle Angebote.", "Applies to all offers.")}`, "", ">  [! WICHTIG]", `> ${seg("b9c0d-606", "Nur für Partner.", "Partners only.")}`],
          "\r\n",
        ),
      },
      errors: [
        { line: 5, column: 3, endColumn: 13, message: 'Expected an alert marker "[!NOTE]", "[!TIP]", "[!IMPORTANT]", "[!CAUTION]" or "[!WARNING]" but found "[!HINWEIS]"' },
        { line: 8, column: 4, message: 'Expected an alert marker "[!NOTE]", "[!TIP]", "[!IMPORTANT]", "[!CAUTION]" or "[!WARNING]" but found "[! WICHTIG]"' },
      ],
    },
    {
      name: "Docusaurus: a translated admonition type pairs with the English one and is reported there, in Japanese",
      files: {
        "docs.ja-jp/install.md": docusaurus("npm で Widget をインストールします。", ":::ヒント CLI を使う", "`npx widget init` を実行します。"),
        "docs/install.md": DOCU_EN,
      },
      errors: [{ line: 6, column: 1, endColumn: 7, message: 'Expected ":::tip" as in the English source but found ":::ヒント"', related: [{ path: "docs/install.md", line: 6, column: 1 }] }],
    },
  ],
});
