// src/align: blocks from the scanner, the alignment's guarantees (insertions, drops and moves shift nothing), code without comments, bounded cost.
import { describe, expect, it } from "vitest";
import { alignBlocks as alignSequence, MAX_BAND_CELLS } from "../../src/align/align.js";
import { alignBlocks } from "../../src/align/blocks.js";
import { codeLines } from "../../src/align/code.js";
import { LocalizedFile } from "../../src/parse/file.js";

const fileOf = (text: string, locale = "de-de") =>
  new LocalizedFile({ path: `/virtual/${locale}/a.md`, displayPath: "a.md", locale, relPath: "a.md", root: `/virtual/${locale}`, isSource: locale === "en-us" }, text);

const en = [
  "# Title {#title}",
  "",
  "See [setup](setup.md) and run `install.sh` 3 times.",
  "",
  "- First [item](one.md)",
  "  - Nested `two`",
  "- Third item 2024",
  "",
  "| Key | Value |",
  "| --- | ----- |",
  "| a | `1` |",
  "",
  "> [!NOTE]",
  "> Keep https://example.com/keep open.",
  "",
  "{{< figure src=\"x.png\" >}}",
  "",
  "```bash",
  "# say hello",
  "echo hello",
  "```",
  "",
  "Last paragraph [end](end.md).",
  "",
].join("\n");

describe("alignBlocks (blocks of a file)", () => {
  it("lists kinds, levels and tokens in document order", () => {
    const blocks = alignBlocks(fileOf(en, "en-us"));
    expect(blocks.map((b) => `${b.kind}:${b.level}`)).toEqual([
      "heading:1",
      "paragraph:0",
      "list-item:1",
      "list-item:2",
      "list-item:1",
      "table-row:0",
      "table-row:0",
      "alert:0",
      "marker:0",
      "code:0",
      "paragraph:0",
    ]);
    expect(blocks[0]!.id).toBe("title");
    expect(blocks[1]!.tokens).toEqual(["l:setup.md", "c:install.sh", "n:3"]);
    expect(blocks[7]!.tokens).toContain("u:https://example.com/keep");
    expect(blocks[8]!.tokens).toContain("s:figure");
    expect(blocks[9]!.tokens).toEqual(["k:echo hello"]);
  });
});

describe("paragraph kinds", () => {
  it("a paragraph opening with inline HTML (<kbd>) is a paragraph; one that is only an attribute list is no block", () => {
    const blocks = alignBlocks(fileOf("<kbd>Ctrl+C</kbd> を押して `server.py` を停止します。\n\n{#bootstrap}\n\n### ブートストラップ {#bootstrap}\n\n<div class=\"note\">\nNote\n</div>\n", "ja-jp"));
    expect(blocks.map((b) => b.kind)).toEqual(["paragraph", "heading", "html"]);
  });
});

describe("footnotes", () => {
  it("a footnote is a definition whether its text follows the colon or the next, indented, lines", () => {
    const one = alignBlocks(fileOf("Text[^1]\n\n[^1]: 詳細は[ガイド](guide.md)を参照してください。\n", "ja-jp"));
    const wrapped = alignBlocks(fileOf("Text[^1]\n\n[^1]:\n    For more information, see\n    [the guide](guide.md).\n", "en-us"));
    expect(one.map((b) => b.kind)).toEqual(["paragraph", "definition"]);
    expect(wrapped.map((b) => b.kind)).toEqual(["paragraph", "definition"]);
  });
});

describe("alignment", () => {
  const de = en
    .replace("See [setup](setup.md) and run `install.sh` 3 times.", "Siehe [Einrichtung](setup.md) und führen Sie `install.sh` 3-mal aus.")
    .replace("Last paragraph [end](end.md).", "Letzter Absatz [Ende](end.md).");
  const pairsOf = (translation: string, reference: string) => alignSequence(alignBlocks(fileOf(translation)), alignBlocks(fileOf(reference, "en-us")));

  it("pairs every block of a faithful translation with its own", () => {
    const pairs = pairsOf(de, en);
    expect(pairs.every((p) => p.translation === p.reference)).toBe(true);
  });

  it("an inserted English paragraph shifts nothing after it", () => {
    const longer = en.replace("- First", "A new paragraph with [a link](new.md).\n\n- First");
    const pairs = pairsOf(de, longer);
    const missing = pairs.filter((p) => p.translation === -1);
    expect(missing.map((p) => p.reference)).toEqual([2]);
    for (const p of pairs) if (p.translation >= 2) expect(p.reference).toBe(p.translation + 1);
  });

  it("a dropped block is the only one without a partner", () => {
    const shorter = de.replace("- Third item 2024\n", "");
    const pairs = pairsOf(shorter, en);
    expect(pairs.filter((p) => p.translation === -1).map((p) => p.reference)).toEqual([4]);
    expect(pairs.filter((p) => p.reference === -1)).toEqual([]);
  });

  it("a moved block is paired where it went, as moved", () => {
    const moved = de.replace("{{< figure src=\"x.png\" >}}\n\n", "").replace("# Title {#title}\n", "# Title {#title}\n\n{{< figure src=\"x.png\" >}}\n");
    const pairs = pairsOf(moved, en);
    expect(pairs.filter((p) => p.translation === -1 || p.reference === -1)).toEqual([]);
    expect(pairs.filter((p) => p.moved)).toHaveLength(1);
  });

  it("a glossary sorted in the translation's language pairs each heading with the English heading of its id", () => {
    const glossary = (terms: [string, string][]) => terms.map(([h, p]) => `### ${h}\n\n${p}\n`).join("\n");
    const english = glossary([
      ["Client library", "See instrumented library."],
      ["Client-side app", "A component of an application."],
      ["Collector", "A vendor-neutral implementation."],
    ]);
    const spanish = glossary([
      ["Aplicación cliente {#client-side-app}", "Un componente de una aplicación."],
      ["Biblioteca cliente {#client-library}", "Ver biblioteca instrumentada."],
      ["Collector", "Una implementación neutral."],
    ]);
    const pairs = pairsOf(spanish, english);
    const heading = (t: number) => pairs.find((p) => p.translation === t)!.reference;
    expect([heading(0), heading(2), heading(4)]).toEqual([2, 0, 4]);
    // Each definition (no invariant tokens) moved with its heading.
    expect([heading(1), heading(3), heading(5)]).toEqual([3, 1, 5]);
    expect(pairs.filter((p) => p.translation === -1 || p.reference === -1)).toEqual([]);
  });

  it("a title repeated in the English (Usage under each section) still pairs in place", () => {
    const english = "## Tracer\n\n### Usage\n\nCall it.\n\n## Meter\n\n### Usage\n\nCall it too.\n";
    const japanese = "## トレーサー {#tracer}\n\n### 使い方 {#usage}\n\n呼び出します。\n\n## メーター {#meter}\n\n### 使い方\n\nこれも呼び出します。\n";
    const pairs = pairsOf(japanese, english);
    expect(pairs.map((p) => [p.translation, p.reference])).toEqual([0, 1, 2, 3, 4, 5].map((i) => [i, i]));
  });

  it("a heading whose id was renamed in the English still stands in its place", () => {
    const renamed = de.replace("# Title {#title}", "# Titel {#old-title}");
    expect(pairsOf(renamed, en)[0]).toMatchObject({ translation: 0, reference: 0 });
  });

  it("a section the English replaced is missing and extra, not paired block by block by position", () => {
    const english = "## Intro {#intro}\n\nStart [here](start.md).\n\n## Highlights {#highlights}\n\nRelease `v2` adds [tracing](tracing.md).\n\n- Use `traceparent` now.\n- Run [export](export.md).\n\n## End {#end}\n\nSee [more](more.md).\n";
    const japanese = "## はじめに {#intro}\n\n[ここ](start.md)から始めます。\n\n## 要件 {#requirements}\n\nLinux 5.8 以降が必要です。\n\n- `x86_64` または `arm64`。\n- [セキュリティ](security.md)の権限。\n\n## 終わりに {#end}\n\n[詳細](more.md)を参照してください。\n";
    const pairs = pairsOf(japanese, english);
    // Blocks 2-5 of each side (the replaced section) have no partner; the sections around it pair.
    expect(pairs.filter((p) => p.translation === -1).map((p) => p.reference)).toEqual([2, 3, 4, 5]);
    expect(pairs.filter((p) => p.reference === -1).map((p) => p.translation)).toEqual([2, 3, 4, 5]);
    expect(pairs.filter((p) => p.translation !== -1 && p.reference !== -1).map((p) => p.translation)).toEqual([0, 1, 6, 7]);
  });

  it("a section's first paragraph stands for the English section's first, when the English added more after it", () => {
    const english = "## Kafka {#kafka}\n\nProvides autoconfiguration for the Kafka client.\n\n{{< tabpane >}}\n\nEnables the capture of experimental span attributes.\n\n## Mongo {#mongo}\n";
    const japanese = "## Kafka {#kafka}\n\nKafka クライアントの自動設定を提供します。\n\n## Mongo {#mongo}\n";
    const pairs = pairsOf(japanese, english);
    expect(pairs.find((p) => p.translation === 1)?.reference).toBe(1);
    // With a code span the English intro lacks (`View`), and another in the later block: still the intro.
    const withCode = "## Views {#views}\n\nUna `View` personaliza la salida.\n\n## Next {#next}\n";
    const englishMore = "## Views {#views}\n\nA view customizes the output.\n\n## Limits\n\nWhen reached, `overflow=true` is set.\n\n## Next {#next}\n";
    expect(pairsOf(withCode, englishMore).find((p) => p.translation === 1)?.reference).toBe(1);
  });

  it("an admonition is its text whatever its syntax: > [!NOTE] on its own line, or a shortcode around prose", () => {
    const english = "## Run {#run}\n\n> [!CAUTION]\n>\n> `Register-Service` restarts IIS.\n\nThen run [it](run.md).\n";
    const spanish = '## Ejecutar {#run}\n\n{{% alert title="Nota" color="warning" %}} `Register-Service` reinicia IIS. {{% /alert %}}\n\nLuego [ejecútelo](run.md).\n';
    const pairs = pairsOf(spanish, english);
    expect(pairs.filter((p) => p.translation === -1 || p.reference === -1)).toEqual([]);
    expect(alignBlocks(fileOf(spanish)).map((b) => b.kind)).toEqual(["heading", "paragraph", "paragraph"]);
  });

  it("shortcodes indented into a code block are markers, paired with the same shortcodes in a list", () => {
    const blocks = alignBlocks(fileOf("Start:\n\n    {{% /tab %}} {{% tab Docker %}}\n", "en-us"));
    expect(blocks.map((b) => `${b.kind} ${b.tokens.join(",")}`)).toEqual(["paragraph ", "marker s:tab,s:tab"]);
  });

  it("an indented shortcode line after a column-0 fence is a marker, and the lines indented as far after it are no code", () => {
    const english = ["1.  Start it:", "", "    {{< tabpane >}} {{% tab Make %}}", "", "```shell", "make start", "```", "", "    {{% /tab %}} {{< /tabpane >}}", "", "    ### Minimal mode {#minimal}", "", "    Run it with less [memory](mem.md):", "", "    - `kafka`", "    - `flagd`", "", "    ```shell", "    make small", "    ```", "", "Done.", ""].join("\n");
    const kinds = alignBlocks(fileOf(english, "en-us")).map((b) => b.kind);
    expect(kinds).toEqual(["list-item", "marker", "code", "marker", "heading", "paragraph", "list-item", "list-item", "code", "paragraph"]);
    // The Japanese translation keeps the same content inside the list item (three columns): the same blocks pair one to one.
    const japanese = ["1. 起動します。", "", "   {{< tabpane >}} {{% tab Make %}}", "", "```shell", "make start", "```", "", "   {{% /tab %}} {{< /tabpane >}}", "", "   ### 最小モード {#minimal}", "", "   少ない[メモリ](mem.md)で実行します。", "", "   - `kafka`", "   - `flagd`", "", "   ```shell", "   make small", "   ```", "", "完了。", ""].join("\n");
    expect(pairsOf(japanese, english).filter((p) => p.translation === -1 || p.reference === -1)).toEqual([]);
  });

  it("a shortcode inside a fenced code block stays code, and real indented code stays code", () => {
    const text = ["Example:", "", "```markdown", "    {{< tab >}}", "```", "", "Code:", "", "    make all", "    {{< not-a-marker >}}", ""].join("\n");
    expect(alignBlocks(fileOf(text, "en-us")).map((b) => b.kind)).toEqual(["paragraph", "code", "paragraph", "code"]);
  });

  it("table rows without tokens pair by the cells the translation kept: rows added to the English are the missing ones (Japanese)", () => {
    const english = ["| Service | Language | Logs |", "| --- | --- | --- |", "| Billing | Go | yes |", "| Agent | Python | no |", "| Cart | Rust | yes |", "| Chatbot | Python | no |", "| Email | Ruby | no |", ""].join("\n");
    const japanese = ["| サービス | 言語 | ログ |", "| --- | --- | --- |", "| Billing | Go | yes |", "| Cart | Rust | yes |", "| Email | Ruby | no |", ""].join("\n");
    const pairs = pairsOf(japanese, english).map((p) => [p.translation, p.reference]);
    expect(pairs).toEqual([[0, 0], [1, 1], [-1, 2], [2, 3], [-1, 4], [3, 5]]);
  });

  it("a list item whose number the translation wrote out stays in its place; later items pair with their own (Spanish)", () => {
    const english = ["Features:", "", "- **Wide support**: Java 8 and newer, Go and Rust runtimes.", "- **Lightweight**: No code changes and no sidecars.", "- **Log enrichment**: Adds trace context to logs.", "- **Tracing**: Spans across services.", ""].join("\n");
    const spanish = ["Características:", "", "- **Amplio soporte**: Java, Go y los entornos de Rust.", "- **Ligero**: Sin cambios de código ni sidecars.", "- **Trazas**: Spans entre servicios.", ""].join("\n");
    expect(pairsOf(spanish, english).map((p) => [p.translation, p.reference])).toEqual([[0, 0], [1, 1], [2, 2], [-1, 3], [3, 4]]);
  });

  it("a paragraph that opens with the same code as one English paragraph pairs with it, not with the later one that shares a span too (German)", () => {
    const english = ["## Spelling {#spelling}", "", "If `cspell` reports an unknown word, check the spelling first.", "", "If the word appears on one page only, add it to `cSpell:ignore` in the front matter.", ""].join("\n");
    const german = ["## Rechtschreibung {#spelling}", "", "Meldet `cspell` ein unbekanntes Wort, prüfen Sie es oder tragen Sie es in `cSpell:ignore` ein.", ""].join("\n");
    expect(pairsOf(german, english).map((p) => [p.translation, p.reference])).toEqual([[0, 0], [1, 1], [-1, 2]]);
  });

  it("a list whose inline code gained a colon and code blocks whose commands changed syntax stay paired (Japanese): the same blocks edited", () => {
    const english = ["## Pipelines {#pipelines}", "", "- `traces` collects spans", "- `metrics` collects metrics", "", "Comment on your PR:", "", "```text", "/fix", "```", "", "Or one of these:", "", "```text", "/fix:dict", "/fix:format", "```", ""].join("\n");
    const japanese = ["## パイプライン {#pipelines}", "", "- `traces:` スパンを収集します", "- `metrics:` メトリクスを収集します", "", "PR にコメントします。", "", "```text", "/fix:all", "```", "", "または次のいずれかです。", "", "```text", "fix:dict", "fix:format", "```", ""].join("\n");
    const pairs = pairsOf(japanese, english);
    expect(pairs.filter((p) => p.translation === -1 || p.reference === -1)).toEqual([]);
  });

  it("a paragraph whose link the English retargeted (same page name) stays paired in its place", () => {
    const english = "## A {#a}\n\nSee [setup](/docs/new/setup/).\n\nThen [run](/docs/new/run/).\n";
    const german = "## A {#a}\n\nSiehe [Einrichtung](/docs/old/setup/).\n\nDann [ausführen](/docs/old/run/).\n";
    expect(pairsOf(german, english).map((p) => [p.translation, p.reference])).toEqual([[0, 0], [1, 1], [2, 2]]);
  });

  it("stays within bounded memory on a 100,000-line file (the band or the anchors, never n×m)", () => {
    const lines: string[] = [];
    for (let i = 0; i < 50_000; i++) lines.push(`Paragraph ${i} links to [page](p${i}.md).`, "");
    const big = lines.join("\n");
    // Different first and last blocks: the programme cannot trim the ends, so the anchors carry the middle.
    const shifted = `Inserted first.\n\n${big.replace("[page](p49999.md)", "[page](changed.md)")}`;
    const t = alignBlocks(fileOf(shifted));
    const r = alignBlocks(fileOf(big, "en-us"));
    expect(t.length * r.length).toBeGreaterThan(MAX_BAND_CELLS);
    const pairs = alignSequence(t, r);
    expect(pairs.filter((p) => p.translation !== -1 && p.reference !== -1)).toHaveLength(50_000);
    expect(pairs.find((p) => p.translation === 50_000)!.reference).toBe(49_999);
    expect(pairs.filter((p) => p.reference === -1).map((p) => p.translation)).toEqual([0]);
  });
});

describe("codeLines", () => {
  it("a block inside a quote or an alert compares without the quote's >", () => {
    expect(codeLines("> brew install coreutils\n>\n> brew upgrade\n", "shell").map((l) => l.key)).toEqual(["brew install coreutils", "brew upgrade"]);
    expect(codeLines("> brew install coreutils\nbrew upgrade\n", "shell").map((l) => l.key)).toEqual(["> brew install coreutils", "brew upgrade"]);
  });
  it("leaves out an HTML element's lines of bare text (prose) and keeps its tags", () => {
    const html = codeLines("<body>\n  コンソールエクスポーターを使用した例\n  <script src=\"app.js\"></script>\n</body>\n", "html");
    expect(html.map((l) => l.key)).toEqual(["<body>", '<script src="app.js"></script>', "</body>"]);
  });
  it("makes placeholders one, whatever their language, and leaves tags alone", () => {
    expect(codeLines("dotnet add <PROJECT> package X\ngit clone <tu_usuario>/x.git\nhelm install --values <チャートのパス>\n", "sh").map((l) => l.key)).toEqual([
      "dotnet add <…> package X",
      "git clone <…>/x.git",
      "helm install --values <…>",
    ]);
    expect(codeLines("<PackageReference Include=\"X\" />\n", "xml").map((l) => l.key)).toEqual(['<PackageReference Include="X" />']);
    expect(codeLines("git rebase origin/<nombre-de-tu-rama>\n", "sh").map((l) => l.key)).toEqual(["git rebase origin/<…>"]);
    expect(codeLines("const a: Array<my-type> = [];\n", "ts").map((l) => l.key)).toEqual(["const a: Array<my-type> = [];"]);
  });
  it("strips comments per language and keeps code, quotes and URLs", () => {
    const bash = codeLines('# Kommentar\ncurl https://example.com/#x # hole\necho "#not-a-comment"\n', "bash");
    expect(bash.map((l) => l.text)).toEqual(["curl https://example.com/#x", 'echo "#not-a-comment"']);
    const js = codeLines("const a = 1; // eins\n/* Block\n  Kommentar */ call(a);\nconst url = \"http://x\";\n", "js");
    expect(js.map((l) => l.key)).toEqual(["const a = 1;", "call(a);", 'const url = "http://x";']);
  });
  it("strips % comments in Erlang and TeX, but not a % inside a string or after a character", () => {
    const erlang = codeLines('%% Arbeit hier erledigen\ndo_work(), % und weiter\nio:format("~p%~n", [X]),\nC = $%.\n', "erlang");
    expect(erlang.map((l) => l.text)).toEqual(["do_work(),", 'io:format("~p%~n", [X]),', "C = $%."]);
    expect(codeLines("\\section{A} % Abschnitt\n", "latex").map((l) => l.text)).toEqual(["\\section{A}"]);
  });
  it("makes no-break and zero-width spaces plain, and ignores re-indentation", () => {
    const a = codeLines("  kubectl\u00a0apply -f x.yaml\u200b\n", "bash");
    const b = codeLines("kubectl apply  -f x.yaml\n", "bash");
    expect(a.map((l) => l.key)).toEqual(b.map((l) => l.key));
  });
  it("compares nothing in diagram languages and JSON keeps its #", () => {
    expect(codeLines("A[Start] --> B[Ende]\n", "mermaid")).toEqual([]);
    expect(codeLines('{ "color": "#fff" }\n', "json").map((l) => l.text)).toEqual(['{ "color": "#fff" }']);
  });
});

describe("link tokens as written differently to the same place", () => {
  it("read `+` as a blank and decode percent-escapes, leaving broken escapes as written (Spanish, Japanese)", () => {
    const target = (text: string, locale: string) => alignBlocks(fileOf(text, locale))[0]!.tokens.find((t) => t.startsWith("l:"));
    const english = target("- [Good first issue](https://example.com/issues?q=label%22good%20first%20issue%22)\n", "en-us");
    expect(target("- [Bueno para empezar](https://example.com/issues?q=label%22good+first+issue%22)\n", "es-es")).toBe(english);
    expect(target("- [初心者向け](https://example.com/issues?q=label%22good%20first+issue%22)\n", "ja-jp")).toBe(english);
    // A Hugo parameter in the target is no escape: kept, while the escapes after it are read.
    expect(target("- [x](<{{% param _issue %}}%22help+wanted%22>)\n", "es-es")).toBe('l:{{% param _issue %}}"help wanted"');
  });

  it("pair blocks whose links differ only in a query's punctuation in a gap between pairs (Arabic)", () => {
    const en = fileOf(["## Start {#start}", "", "- Pick an issue:", "  - [Help wanted](https://example.com/issues?q=%22help%20wanted%22)", "", "We do not assign issues.", "", "## End {#end}", ""].join("\n"), "en-us");
    const ar = fileOf(["## البدء {#start}", "", "- اختر مشكلة:", "  - [مطلوب مساعدة](https://example.com/issues?q=%3A%22help+wanted%22)", "", "لا نعيّن المشكلات.", "", "## النهاية {#end}", ""].join("\n"), "ar-sa");
    const pairs = alignSequence(alignBlocks(ar), alignBlocks(en));
    expect(pairs.every((p) => p.translation !== -1 && p.reference !== -1)).toBe(true);
  });
});

describe("code a translation renders its own way throughout the page", () => {
  const english = [
    "## Naming {#naming}",
    "",
    "Follow the `{verb} {object}` format for every span name.",
    "",
    "## Why it works {#why}",
    "",
    "So why is `process payment` good and `process_invoice_#98765` bad?",
    "",
    "Cardinality is the number of unique values a name can take.",
    "",
    "The `{verb} {object}` pattern gives names like `invoice_#98765`.",
    "",
    "## Next {#next}",
    "",
    "Keep the `{verb} {object}` format in mind.",
    "",
  ];
  const pairsOf = (lines: string[], locale: string) => alignSequence(alignBlocks(fileOf(lines.join("\n"), locale)), alignBlocks(fileOf(english.join("\n"), "en-us")));

  it("keeps a section's blocks paired whose examples the translation rendered, as it did elsewhere (Spanish, Japanese)", () => {
    const spanish = [
      "## Nombres {#naming}",
      "",
      "Sigue el formato `{verbo} {objeto}` en cada nombre de span.",
      "",
      "## Por qué funciona {#why}",
      "",
      "¿Por qué `procesar pago` es bueno y `procesar_factura_#98765` es malo?",
      "",
      "La cardinalidad es el número de valores únicos que puede tomar un nombre.",
      "",
      "El patrón `{verbo} {objeto}` da nombres como `factura_#98765`.",
      "",
      "## Siguiente {#next}",
      "",
      "Ten en cuenta el formato `{verbo} {objeto}`.",
      "",
    ];
    const japanese = spanish.map((l) => l.replace("{verbo} {objeto}", "{動詞} {目的語}").replace("procesar pago", "支払いを処理").replace("procesar_factura_#98765", "請求書_#98765を処理").replace("factura_#98765", "請求書_#98765"));
    for (const [lines, locale] of [[spanish, "es-es"], [japanese, "ja-jp"]] as const) {
      const pairs = pairsOf(lines, locale);
      expect(pairs.filter((p) => p.translation === -1 || p.reference === -1)).toEqual([]);
    }
  });
});

describe("code blocks the English edited", () => {
  it("pair with the translation's blocks when their lines share half their words, even around a paragraph (Spanish, Arabic)", () => {
    const en = fileOf(["## New post {#new-post}", "", "```sh", "npm exec --no -- hugo new content/en/blog/2024/short-name.md", "```", "", "Or, for a post with images:", "", "```sh", "npm exec --no -- hugo new content/en/blog/2024/short-name/index.md", "```", "", "## Next {#next}", ""].join("\n"), "en-us");
    const es = fileOf(["## Nueva entrada {#new-post}", "", "```sh", "npx hugo new content/en/blog/2024/short-name.md", "```", "", "O, para una entrada con imágenes:", "", "```sh", "npx hugo new content/en/blog/2024/short-name/index.md", "```", "", "## Siguiente {#next}", ""].join("\n"), "es-es");
    const ar = fileOf(["## منشور جديد {#new-post}", "", "```sh", "npx hugo new content/en/blog/2024/short-name.md", "```", "", "أو لمنشور فيه صور:", "", "```sh", "npx hugo new content/en/blog/2024/short-name/index.md", "```", "", "## التالي {#next}", ""].join("\n"), "ar-sa");
    for (const translation of [es, ar]) {
      const pairs = alignSequence(alignBlocks(translation), alignBlocks(en));
      expect(pairs.filter((p) => p.translation === -1 || p.reference === -1)).toEqual([]);
    }
  });
});
