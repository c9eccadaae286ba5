// markup-damaged: Hugo shortcodes, MkDocs admonitions, MDX imports and tags and MDN macros keep the English identifiers and balance.
import rule from "../../rules/markup-damaged.js";
import { page, testRule } from "../rule-tester.js";

/** Front matter on lines 1-3, the body from line 4. */
const doc = (title: string, body: string[]) => page({ title }, body.join("\n") + "\n");
const en = (name: string) => `docs/${name}`;
const at = (locale: string, name: string) => `docs.${locale}/${name}`;

// Hugo (made-up Kubernetes-like page).
const HUGO_EN = doc("Nodes", [
  'A {{< glossary_tooltip text="node" term_id="node" >}} runs {{< glossary_tooltip text="Pods" term_id="pod" >}}.',
  "",
  "{{< note >}}",
  "Nodes register with the API server.",
  "{{< /note >}}",
]);

// MkDocs (made-up).
const MKDOCS_EN = doc("Fetcher", ["Intro text.", "", '!!! note "Supported platforms"', "    Fetcher runs on Linux.", "", '???+ tip "Faster downloads"', "    Use a mirror."]);

// Docusaurus MDX (made-up).
const MDX_EN = doc("Installation", [
  "import Tabs from '@theme/Tabs';",
  "import TabItem from '@theme/TabItem';",
  "import Highlight from '@site/src/components/Highlight';",
  "",
  'The package is <Highlight color="#25c2a0">about 12 MB</Highlight>.',
  "",
  '<Tabs groupId="pm">',
  '  <TabItem value="npm" label="npm" default>',
  "",
  "Run the npm command.",
  "",
  "  </TabItem>",
  '  <TabItem value="yarn" label="Yarn">',
  "",
  "Run the Yarn command.",
  "",
  "  </TabItem>",
  "</Tabs>",
]);

// MDN (made-up).
const MDN_EN = doc("Window", [
  "The **`Window`** interface represents a window holding a {{Glossary(\"DOM\")}} document.",
  "",
  '- {{domxref("Window.document")}} {{ReadOnlyInline}}',
  "  - : Returns the document.",
  "",
  'See {{HTMLElement("header")}} and {{EmbedLiveSample("Simple_example")}}.',
]);

testRule(rule, {
  valid: [
    {
      name: "Hugo: display text translated, names and term ids kept, in Korean",
      files: {
        [at("ko-kr", "nodes.md")]: doc("노드", [
          '{{< glossary_tooltip text="노드" term_id="node" >}}는 {{< glossary_tooltip text="파드" term_id="pod" >}}를 실행한다.',
          "",
          "{{< note >}}",
          "노드는 API 서버에 등록된다.",
          "{{< /note >}}",
        ]),
        [en("nodes.md")]: HUGO_EN,
      },
    },
    {
      name: "Hugo: a shortcode shown as inline code is not markup",
      files: {
        [at("ko-kr", "code.md")]: doc("코드", ["`{{< 참고 >}}` 단축 코드를 쓴다."]),
        [en("code.md")]: doc("Code", ["Use the `{{< note >}}` shortcode."]),
      },
    },
    {
      name: "Hugo: another shortcode in an ASCII name is another version, not a translation",
      files: {
        [at("de-de", "nodes.md")]: doc("Knoten", ["{{< warning >}}", "Knoten registrieren sich beim API-Server.", "{{< /warning >}}"]),
        [en("nodes.md")]: doc("Nodes", ["{{< note >}}", "Nodes register with the API server.", "{{< /note >}}"]),
      },
    },
    {
      name: "a placeholder in angle brackets the English never closes, translated in a Markdown page, in Japanese",
      files: {
        [at("ja-jp", "setup.md")]: doc("セットアップ", ["<ユーザー名> を自分の名前に置き換えます。"]),
        [en("setup.md")]: doc("Setup", ["Replace <UserName> with your name."]),
      },
    },
    {
      name: "MkDocs: admonition titles translated, in Chinese",
      files: {
        [at("zh-cn", "fetcher.md")]: doc("Fetcher", ["介绍文字。", "", '!!! note "支持的平台"', "    Fetcher 可在 Linux 上运行。", "", '???+ tip "更快的下载"', "    使用镜像。"]),
        [en("fetcher.md")]: MKDOCS_EN,
      },
    },
    {
      name: "Docusaurus: labels and text translated, tags balanced, in Japanese",
      files: {
        [at("ja-jp", "install.mdx")]: doc("インストール", [
          "import Tabs from '@theme/Tabs';",
          "import TabItem from '@theme/TabItem';",
          "import Highlight from '@site/src/components/Highlight';",
          "",
          'パッケージは<Highlight color="#25c2a0">約 12 MB</Highlight>です。',
          "",
          '<Tabs groupId="pm">',
          '  <TabItem value="npm" label="npm" default>',
          "",
          "npm コマンドを実行します。",
          "",
          "  </TabItem>",
          '  <TabItem value="yarn" label="ヤーン">',
          "",
          "Yarn コマンドを実行します。",
          "",
          "  </TabItem>",
          "</Tabs>",
        ]),
        [en("install.mdx")]: MDX_EN,
      },
    },
    {
      name: "MDN: display arguments and live sample ids translated, macro names in another case, in French",
      files: {
        [at("fr", "window.md")]: doc("Window", [
          "L'interface **`Window`** représente une fenêtre contenant un document {{Glossary(\"DOM\", \"modèle objet\")}}.",
          "",
          '- {{DOMxRef("Window.document")}} {{ReadOnlyInline}}',
          "  - : Renvoie le document.",
          "",
          'Voir {{HTMLElement("header", "en-tête")}} et {{EmbedLiveSample("Exemple_élémentaire")}}.',
        ]),
        [en("window.md")]: MDN_EN,
      },
    },
  ],
  invalid: [
    {
      name: "Hugo: a translated shortcode name (opening and closing) and term id, in Korean",
      files: {
        [at("ko-kr", "nodes.md")]: doc("노드", [
          '{{< glossary_tooltip text="노드" term_id="노드" >}}는 {{< glossary_tooltip text="파드" term_id="pod" >}}를 실행한다.',
          "",
          "{{< 참고 >}}",
          "노드는 API 서버에 등록된다.",
          "{{< /참고 >}}",
        ]),
        [en("nodes.md")]: HUGO_EN,
      },
      errors: [
        {
          line: 4,
          column: 41,
          endColumn: 43,
          message: 'Expected "term_id" parameter "node" as in the English source but found "노드"',
          related: [{ path: en("nodes.md"), line: 4, column: 45 }],
        },
        { line: 6, column: 5, endColumn: 7, message: 'Expected shortcode name "note" as in the English source but found "참고"', related: [{ path: en("nodes.md"), line: 6, column: 5 }] },
        { line: 8, column: 6, endColumn: 8, message: 'Expected closing shortcode name "note" as in the English source but found "참고"', related: [{ path: en("nodes.md"), line: 8, column: 6 }] },
      ],
    },
    {
      name: "Hugo: a translated shortcode name, right to left",
      files: {
        [at("ar-sa", "nodes.md")]: doc("العقد", ["{{< ملاحظة >}}", "تسجل العقد لدى خادم API.", "{{< /ملاحظة >}}"]),
        [en("nodes.md")]: doc("Nodes", ["{{< note >}}", "Nodes register with the API server.", "{{< /note >}}"]),
      },
      errors: [
        { line: 4, column: 5, endColumn: 11, message: 'Expected shortcode name "note" as in the English source but found "ملاحظة"' },
        { line: 6, column: 6, endColumn: 12, message: 'Expected closing shortcode name "note" as in the English source but found "ملاحظة"' },
      ],
    },
    {
      name: "MkDocs: translated admonition types, titles translated, in Chinese",
      files: {
        [at("zh-cn", "fetcher.md")]: doc("Fetcher", ["介绍文字。", "", '!!! 注意 "支持的平台"', "    Fetcher 可在 Linux 上运行。", "", '???+ 提示 "更快的下载"', "    使用镜像。"]),
        [en("fetcher.md")]: MKDOCS_EN,
      },
      errors: [
        { line: 6, column: 5, endColumn: 7, message: 'Expected admonition type "note" as in the English source but found "注意"', related: [{ path: en("fetcher.md"), line: 6, column: 5 }] },
        { line: 9, column: 6, endColumn: 8, message: 'Expected admonition type "tip" as in the English source but found "提示"' },
      ],
    },
    {
      name: "Docusaurus: a translated import path, tag name and tab value, in Japanese",
      files: {
        [at("ja-jp", "install.mdx")]: doc("インストール", [
          "import Tabs from '@theme/Tabs';",
          "import TabItem from '@theme/TabItem';",
          "import Highlight from '@site/src/components/ハイライト';",
          "",
          'パッケージは<ハイライト color="#25c2a0">約 12 MB</ハイライト>です。',
          "",
          '<Tabs groupId="pm">',
          '  <TabItem value="npm" label="npm" default>',
          "",
          "npm コマンドを実行します。",
          "",
          "  </TabItem>",
          '  <TabItem value="ヤーン" label="Yarn">',
          "",
          "Yarn コマンドを実行します。",
          "",
          "  </TabItem>",
          "</Tabs>",
        ]),
        [en("install.mdx")]: MDX_EN,
      },
      errors: [
        { line: 6, column: 24, endColumn: 50, message: 'Expected import path "@site/src/components/Highlight" as in the English source but found "@site/src/components/ハイライト"' },
        { line: 8, column: 8, endColumn: 13, message: 'Expected tag name "Highlight" as in the English source but found "ハイライト"' },
        { line: 8, column: 39, endColumn: 44, message: 'Expected closing tag name "Highlight" as in the English source but found "ハイライト"' },
        { line: 16, column: 19, endColumn: 22, message: 'Expected "value" attribute "yarn" as in the English source but found "ヤーン"', related: [{ path: en("install.mdx"), line: 16, column: 19 }] },
      ],
    },
    {
      name: "Docusaurus: a dropped closing tag, right to left",
      files: {
        [at("ar-sa", "install.mdx")]: doc("التثبيت", [
          "import Tabs from '@theme/Tabs';",
          "import TabItem from '@theme/TabItem';",
          "import Highlight from '@site/src/components/Highlight';",
          "",
          'يبلغ حجم الحزمة <Highlight color="#25c2a0">حوالي ١٢ ميغابايت</Highlight>.',
          "",
          '<Tabs groupId="pm">',
          '  <TabItem value="npm" label="npm" default>',
          "",
          "شغّل أمر npm.",
          "",
          '  <TabItem value="yarn" label="Yarn">',
          "",
          "شغّل أمر Yarn.",
          "",
          "  </TabItem>",
          "</Tabs>",
        ]),
        [en("install.mdx")]: MDX_EN,
      },
      errors: [
        {
          line: 11,
          column: 3,
          message: 'Expected a closing "</TabItem>" for "<TabItem value="npm" label="npm" default>" as in the English source (2 of each) but found none',
          related: [{ path: en("install.mdx"), line: 15, column: 3 }],
        },
      ],
    },
    {
      name: "MDN: a translated cross-reference argument and macro name, in French",
      files: {
        [at("fr", "window.md")]: doc("Window", [
          "L'interface **`Window`** représente une fenêtre contenant un document {{Glossaire(\"DOM\")}}.",
          "",
          '- {{domxref("Fenêtre.document")}} {{ReadOnlyInline}}',
          "  - : Renvoie le document.",
          "",
          'Voir {{HTMLElement("en-tête")}} et {{EmbedLiveSample("Exemple_élémentaire")}}.',
        ]),
        [en("window.md")]: MDN_EN,
      },
      errors: [
        { line: 6, column: 14, endColumn: 30, message: 'Expected "domxref" argument "Window.document" as in the English source but found "Fenêtre.document"', related: [{ path: en("window.md"), line: 6, column: 14 }] },
        { line: 9, column: 21, endColumn: 28, message: 'Expected "HTMLElement" argument "header" as in the English source but found "en-tête"' },
      ],
    },
    {
      name: "Hugo: only the closing name translated (the rule doc's example), in Korean",
      files: {
        [at("ko-kr", "nodes.md")]: doc("노드", ["{{< note >}}", "노드는 API 서버에 등록된다.", "{{< /참고 >}}"]),
        [en("nodes.md")]: doc("Nodes", ["{{< note >}}", "Nodes register with the API server.", "{{< /note >}}"]),
      },
      errors: [{ line: 6, column: 6, endColumn: 8, message: 'Expected closing shortcode name "note" as in the English source but found "참고"' }],
    },
    {
      name: "Hugo: a translated term id still found when the block has another count of other shortcodes, in Korean",
      files: {
        [at("ko-kr", "nodes.md")]: doc("노드", ['{{< glossary_tooltip text="노드" term_id="노드" >}}는 {{< ref "a.md" >}} {{< ref "b.md" >}}를 본다.']),
        [en("nodes.md")]: doc("Nodes", ['A {{< glossary_tooltip text="node" term_id="node" >}} runs; see {{< ref "a.md" >}}.']),
      },
      errors: [{ line: 4, column: 41, endColumn: 43, message: 'Expected "term_id" parameter "node" as in the English source but found "노드"' }],
    },
  ],
});
