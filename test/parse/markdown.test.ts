// The Markdown line scanner: code, links, anchors, headings and structure, with offsets checked against the text.
import { describe, expect, it } from "vitest";
import { scanMarkdown } from "../../src/parse/markdown.js";
import { headingVisibleText, slugify } from "../../src/parse/slug.js";

/** Offset of a marker that must occur exactly once. */
function at(text: string, marker: string, from = 0): number {
  const i = text.indexOf(marker, from);
  if (i === -1) throw new Error(`marker not found: ${marker}`);
  return i;
}

function scan(text: string, bodyStart = 0) {
  return scanMarkdown(text, bodyStart);
}

function sxs(id: string, translation: string, source: string): string {
  return `<span data-ttu-id="4f2a1-${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="4f2a1-${id}">${source}</span></span>`;
}

function inCode(ranges: [number, number][], offset: number): boolean {
  return ranges.some(([s, e]) => offset >= s && offset < e);
}

describe("scanMarkdown: code", () => {
  it("records backtick and tilde fences with their info string and exact content, and no links inside", () => {
    const text = [
      "Előtte egy bekezdés.",
      "",
      "```powershell",
      "Get-Thing -Uri [nem link](http://fake.example/a)",
      '<a href="http://fake.example/b" name="fake-anchor">x</a>',
      "```",
      "",
      "~~~ json  ",
      "{ \"a\": \"[x](y)\" }",
      "~~~",
      "",
      "[utána](valodi.md)",
    ].join("\n");
    const s = scan(text);
    expect(s.structure.codeFences).toEqual([
      {
        offset: at(text, "```powershell"),
        info: "powershell",
        content: 'Get-Thing -Uri [nem link](http://fake.example/a)\n<a href="http://fake.example/b" name="fake-anchor">x</a>\n',
      },
      { offset: at(text, "~~~ json"), info: "json", content: '{ "a": "[x](y)" }\n' },
    ]);
    expect(s.links.map((l) => l.target)).toEqual(["valodi.md"]);
    expect(s.anchors).toEqual([]);
    expect(s.codeRanges).toEqual([
      [at(text, "```powershell"), at(text, "```\n\n~~~") + 3],
      [at(text, "~~~ json"), at(text, "~~~\n\n[") + 3],
    ]);
  });

  it("finds fences inside list items and block quotes, and the closer may be less indented", () => {
    const text = [
      "1. Első lépés:",
      "",
      "   ```azurecli",
      "   az login [x](y)",
      "   ```",
      "",
      "   - Beágyazott:",
      "",
      "     ```powershell",
      "     Get-Item",
      "     ```",
      "",
      "> ```text",
      "> [idézett](kód)",
      "> ```",
      "",
      "```csharp",
      "var a = 1;",
      "   ```",
      "[kint](outside.md)",
    ].join("\n");
    const s = scan(text);
    expect(s.structure.codeFences.map((f) => f.info)).toEqual(["azurecli", "powershell", "text", "csharp"]);
    expect(s.structure.codeFences[0]!.content).toBe("   az login [x](y)\n");
    expect(s.structure.codeFences[2]!.content).toBe("> [idézett](kód)\n");
    expect(s.links.map((l) => l.target)).toEqual(["outside.md"]);
    expect(s.structure.listItems).toBe(2);
  });

  it("ends a fence opened in a quote when the quote ends, and an unclosed fence at the end of the text", () => {
    const text = "> ```\n> kód\n\n[után](a.md)\n\n```\n[nem](b.md)\n";
    const s = scan(text);
    expect(s.structure.codeFences.map((f) => f.content)).toEqual(["> kód\n", "[nem](b.md)\n"]);
    expect(s.links.map((l) => l.target)).toEqual(["a.md"]);
    expect(s.codeRanges.at(-1)).toEqual([at(text, "```\n[nem"), text.length]);
  });

  it("does not open a backtick fence whose info string has a backtick", () => {
    const text = "```inline``` és [link](x.md)\n";
    const s = scan(text);
    expect(s.structure.codeFences).toEqual([]);
    expect(s.links.map((l) => l.target)).toEqual(["x.md"]);
    expect(s.codeRanges).toEqual([[0, 12]]);
  });

  it("matches inline code spans by backtick run length and hides links inside them", () => {
    const text = "Futtassa: ``a `[nem](x)` b`` majd `[sem](y)` és ``` ` ``` [igen](z.md) `nyitott\n";
    const s = scan(text);
    expect(s.links.map((l) => l.target)).toEqual(["z.md"]);
    expect(s.codeRanges).toEqual([
      [at(text, "``a"), at(text, "b``") + 3],
      [at(text, "`[sem]"), at(text, "(y)`") + 4],
      [at(text, "``` `"), at(text, "` ```") + 5],
    ]);
  });

  it("lets a code span bind tighter than link brackets", () => {
    const text = "[a `]` b](jo.md) and [c](d `e)`\n";
    const s = scan(text);
    expect(s.links).toEqual([{ target: "jo.md", offset: at(text, "jo.md"), kind: "inline", text: "a `]` b", start: 0 }]);
  });

  it("treats 4-space indented lines as code only outside lists and paragraphs", () => {
    const text = [
      "Bekezdés",
      "    folytatás [l1](p.md)",
      "",
      "    [kód](c.md)",
      "",
      "- elem",
      "",
      "    [folytatás](li.md)",
    ].join("\n");
    const s = scan(text);
    expect(s.links.map((l) => l.target)).toEqual(["p.md", "li.md"]);
    expect(s.codeRanges).toEqual([[at(text, "[kód]"), at(text, "(c.md)") + 6]]);
  });

  it("hides links and anchors in HTML comments, also in multi-line comment blocks", () => {
    const text = "Szöveg <!-- [a](x.md) --> [b](y.md)\n\n<!--\n[c](z.md)\n<a name=\"rejtett\"></a>\n-->\n[d](w.md)\n";
    const s = scan(text);
    expect(s.links.map((l) => l.target)).toEqual(["y.md", "w.md"]);
    expect(s.anchors).toEqual([]);
  });
});

describe("scanMarkdown: MkDocs containers (admonitions, details, content tabs)", () => {
  const kinds = (text: string) => scan(text).blocks.map((b) => `${b.kind}${b.level ? b.level : ""} ${JSON.stringify(text.slice(b.start, b.end))}`);

  it("reads a fence in a content tab as a fence with its exact content, not as indented code (zh)", () => {
    const text = ["安装软件包：", "", '=== "Python"', "", "    ```python", "    print(resp.状态)", "    ```", "", '===+ "Shell"', "    ```bash", "    pip install fetcher==1.9.0", "    ```", "", "之后。", ""].join("\n");
    const s = scan(text);
    expect(s.structure.codeFences).toEqual([
      { offset: at(text, "```python"), info: "python", content: "    print(resp.状态)\n" },
      { offset: at(text, "```bash"), info: "bash", content: "    pip install fetcher==1.9.0\n" },
    ]);
    expect(kinds(text)).toEqual([
      'paragraph "安装软件包："',
      'paragraph "=== \\"Python\\""',
      'code "```python\\n    print(resp.状态)\\n    ```"',
      'paragraph "===+ \\"Shell\\""',
      'code "```bash\\n    pip install fetcher==1.9.0\\n    ```"',
      'paragraph "之后。"',
    ]);
    const python = s.blocks.find((b) => b.info === "python")!;
    expect(text.slice(python.contentStart, python.contentEnd)).toBe("    print(resp.状态)\n");
  });

  it("reads an admonition's content as blocks, its list items at their own depth, until a line indented less (he)", () => {
    const text = [
      '!!! הערה "הערה"',
      "    הפקודה פועלת ב-Linux.",
      "",
      "    - פריט ראשון",
      "    - פריט שני",
      "",
      "??? example",
      "    ```bash",
      "    fetcher get https://example.org/",
      "    ```",
      "",
      "אחרי.",
      "",
      "    indented code again",
      "",
    ].join("\n");
    expect(kinds(text)).toEqual([
      'paragraph "!!! הערה \\"הערה\\""',
      'paragraph "הפקודה פועלת ב-Linux."',
      'list-item1 "- פריט ראשון"',
      'list-item1 "- פריט שני"',
      'paragraph "??? example"',
      'code "```bash\\n    fetcher get https://example.org/\\n    ```"',
      'paragraph "אחרי."',
      'code "indented code again"',
    ]);
    expect(scan(text).structure.listItems).toBe(2);
  });

  it("leaves lines that only look like openers alone: inside a paragraph, a tab without a quoted title, a type with punctuation, in a fence", () => {
    const text = ["Ein Absatz", "!!! note", "    läuft weiter.", "", "=== RUN   TestConsume", "", "!!! WARNUNG: nicht löschen", "", "    eingerückter Code", "", "```text", '=== "Nicht"', "```", ""].join("\n");
    expect(kinds(text)).toEqual([
      'paragraph "Ein Absatz\\n!!! note\\n    läuft weiter."',
      'paragraph "=== RUN   TestConsume"',
      'paragraph "!!! WARNUNG: nicht löschen"',
      'code "eingerückter Code"',
      'code "```text\\n=== \\"Nicht\\"\\n```"',
    ]);
  });
});

describe("scanMarkdown: links", () => {
  it("reads inline links with titles, angle destinations, balanced parens and images", () => {
    const text =
      'Lásd [a cikket](cikk.md "Cím (zárójel)") és [szóközös](<mappa/a b.md>) és ' +
      "[wiki](https://hu.example.org/Foo_(bar)) és ![kép alt](media/kép.png) kész.\n";
    const s = scan(text);
    expect(s.links).toEqual([
      { target: "cikk.md", offset: at(text, "cikk.md"), kind: "inline", text: "a cikket", start: at(text, "[a cikket]") },
      { target: "mappa/a b.md", offset: at(text, "mappa/"), kind: "inline", text: "szóközös", start: at(text, "[szóközös]") },
      {
        target: "https://hu.example.org/Foo_(bar)",
        offset: at(text, "https://hu"),
        kind: "inline",
        text: "wiki",
        start: at(text, "[wiki]"),
      },
      { target: "media/kép.png", offset: at(text, "media/"), kind: "image", text: "kép alt", start: at(text, "![kép") },
    ]);
    expect(s.structure.images).toEqual([{ offset: at(text, "media/"), target: "media/kép.png" }]);
  });

  it("handles nested brackets in link text, images inside links, and never a link inside a link", () => {
    const text = "[a [b] c](nested.md) [![logó](logo.png)](big.png) [kint [bent](inner.md)](outer.md)\n";
    const s = scan(text);
    expect(s.links.map((l) => [l.kind, l.target, l.text])).toEqual([
      ["inline", "nested.md", "a [b] c"],
      ["inline", "big.png", "![logó](logo.png)"],
      ["image", "logo.png", "logó"],
      ["inline", "inner.md", "bent"],
    ]);
    expect(s.links.map((l) => l.start)).toEqual([0, at(text, "[![logó"), at(text, "![logó"), at(text, "[bent]")]);
  });

  it("does not take a blank between ] and ( or a bad destination as a link", () => {
    const text = "[szóköz] (nem.md) [törött](a b.md) [nyitott](c.md [x]\n";
    expect(scan(text).links).toEqual([]);
  });

  it("reads an empty link text, as machine translation leaves it", () => {
    const text = "[**Ösztönzők**][itt [](https://partner.example.com/dash/)Áttekintés]\n";
    const s = scan(text);
    expect(s.links).toEqual([
      { target: "https://partner.example.com/dash/", offset: at(text, "https://"), kind: "inline", text: "", start: at(text, "[](") },
    ]);
  });

  it("reads reference definitions but not a label without a colon or a footnote", () => {
    const text = "[ref-egy]: https://example.com/egy \"Cím\"\n[Ref 2]: <docs/két szó.md>\n\n[nem definíció] szöveg\n\n[^1]: Lábjegyzet\n";
    const s = scan(text);
    expect(s.links).toEqual([
      { target: "https://example.com/egy", offset: at(text, "https://"), kind: "reference-def", text: "ref-egy", start: 0 },
      { target: "docs/két szó.md", offset: at(text, "docs/"), kind: "reference-def", text: "Ref 2", start: at(text, "[Ref 2]") },
    ]);
  });

  it("reads HTML links and images with either quote, and autolinks", () => {
    const text =
      "<p>Lásd <a href=\"#charge_types\" id='ct'>díjtípusok</a>, <IMG alt='ábra' SRC='media/a.png'/> és " +
      "<https://example.com/x?y=1>.</p>\n";
    const s = scan(text);
    expect(s.links).toEqual([
      { target: "#charge_types", offset: at(text, "#charge"), kind: "html", text: "díjtípusok", start: at(text, "<a href") },
      { target: "media/a.png", offset: at(text, "media/"), kind: "html", text: "ábra", start: at(text, "<IMG") },
      { target: "https://example.com/x?y=1", offset: at(text, "https://"), kind: "html", start: at(text, "<https") },
    ]);
    expect(s.anchors).toEqual([{ name: "ct", offset: at(text, "ct'"), kind: "id" }]);
    expect(s.structure.images).toEqual([{ offset: at(text, "media/"), target: "media/a.png" }]);
  });

  it("reads a heading's attribute list ({#id}) as its id, not its text (Spanish, Japanese, Arabic)", () => {
    const text = "## Exportadores {#exporters}\n\n### 計装ライブラリ {#instrumentation-libraries .tab}\n\n## المصدّرون {#}\n\n## Use {#each} blocks\n";
    const s = scan(text);
    expect(s.structure.headings.map((h) => [h.raw, h.slug])).toEqual([
      ["Exportadores", "exporters"],
      ["計装ライブラリ", "instrumentation-libraries"],
      ["المصدّرون {#}", slugify("المصدّرون {#}")],
      ["Use {#each} blocks", slugify("Use {#each} blocks")],
    ]);
    expect(s.anchors).toEqual([
      { name: "exporters", offset: at(text, "exporters}"), kind: "id" },
      { name: "instrumentation-libraries", offset: at(text, "instrumentation-libraries"), kind: "id" },
    ]);
  });

  it("reads the link inside [!INCLUDE] and the source and lightbox of :::image", () => {
    const text = [
      "[!INCLUDE [közös](../includes/kozos.md)]",
      "",
      ':::image type="content" source="media/kép.png" lightbox="media/kép-nagy.png" alt-text="Képernyőkép a &quot;Fizetés&quot; lapról.":::',
      "",
      ":::image type='icon' source='media/ikon.svg' border='false':::",
    ].join("\n");
    const s = scan(text);
    expect(s.links).toEqual([
      { target: "../includes/kozos.md", offset: at(text, "../includes"), kind: "inline", text: "közös", start: at(text, "[közös]") },
      {
        target: "media/kép.png",
        offset: at(text, "media/kép.png"),
        kind: "image",
        text: "Képernyőkép a &quot;Fizetés&quot; lapról.",
        start: at(text, ":::image"),
      },
      {
        target: "media/kép-nagy.png",
        offset: at(text, "media/kép-nagy"),
        kind: "image",
        text: "Képernyőkép a &quot;Fizetés&quot; lapról.",
        start: at(text, ":::image"),
      },
      { target: "media/ikon.svg", offset: at(text, "media/ikon"), kind: "image", start: at(text, ":::image type='icon'") },
    ]);
    expect(s.structure.images.map((i) => i.target)).toEqual(["media/kép.png", "media/ikon.svg"]);
  });

  it("finds links inside sxs spans in paragraphs, list items and table cells", () => {
    const para = sxs("101", "Lásd a [számlázást](billing.md).", "See [billing](billing.md).");
    const item = "- " + sxs("102", "[Ügyfelek](customers.md#lista)", "[Customers](customers.md#lista)");
    const row = `| ${sxs("103", "Díj", "Fee")} | ${sxs("104", "[Árak](prices.md)", "[Prices](prices.md)")} |`;
    const text = [para, "", item, "", "| A | B |", "|---|---|", row, ""].join("\n");
    const s = scan(text);
    expect(s.links.map((l) => [l.target, l.text])).toEqual([
      ["billing.md", "számlázást"],
      ["billing.md", "billing"],
      ["customers.md#lista", "Ügyfelek"],
      ["customers.md#lista", "Customers"],
      ["prices.md", "Árak"],
      ["prices.md", "Prices"],
    ]);
    expect(s.links[2]!.offset).toBe(at(text, "customers.md"));
    expect(s.links[5]!.offset).toBe(at(text, "prices.md", at(text, "prices.md") + 1));
  });

  it("reads link text that is itself sxs markup", () => {
    const inner = sxs("7", "Számlák", "Invoices");
    const text = `[${inner}](invoices.md)\n`;
    const s = scan(text);
    expect(s.links).toEqual([{ target: "invoices.md", offset: at(text, "invoices.md"), kind: "inline", text: inner, start: 0 }]);
  });

  it("keeps offsets right after Hungarian, Japanese and Arabic text", () => {
    const text = [
      "Árvíztűrő tükörfúrógép — ellenőrizze a [beállításokat](hu/beallitas.md).",
      "請求書を確認するには、[請求書](ja/請求書.md)を選択します。",
      "لمزيد من المعلومات، راجع [الفواتير](ar/invoices.md) <a name=\"مرساة\"></a>",
    ].join("\n\n");
    const s = scan(text);
    expect(s.links.map((l) => [l.offset, l.start])).toEqual([
      [at(text, "hu/beallitas.md"), at(text, "[beállításokat]")],
      [at(text, "ja/請求書.md"), at(text, "[請求書]")],
      [at(text, "ar/invoices.md"), at(text, "[الفواتير]")],
    ]);
    expect(s.links[1]!.target).toBe("ja/請求書.md");
    expect(s.anchors).toEqual([{ name: "مرساة", offset: at(text, "مرساة"), kind: "a-name" }]);
  });
});

describe("scanMarkdown: anchors", () => {
  it("reads <a name>, <a id>, self-closing anchors and any element's id", () => {
    const text = [
      '## <a name="elso-szakasz"></a>Első szakasz',
      "",
      '<a id="1"/> Szöveg <span id="jelolo">x</span>',
      "",
      "<h3 id='harmadik'>Cím</h3>",
      '<a name="ugyanaz" id="ugyanaz"></a><a name="egy" id="ketto"></a>',
      "",
    ].join("\n");
    const s = scan(text);
    expect(s.anchors).toEqual([
      { name: "elso-szakasz", offset: at(text, "elso-szakasz"), kind: "a-name" },
      { name: "1", offset: at(text, '1"/>'), kind: "id" },
      { name: "jelolo", offset: at(text, "jelolo"), kind: "id" },
      { name: "harmadik", offset: at(text, "harmadik"), kind: "id" },
      { name: "ugyanaz", offset: at(text, "ugyanaz"), kind: "a-name" },
      { name: "egy", offset: at(text, "egy"), kind: "a-name" },
      { name: "ketto", offset: at(text, "ketto"), kind: "id" },
    ]);
  });

  it("ignores data-*-id attributes and broken tags", () => {
    const text = '<span data-ttu-id="4f2a1-5">x</span> <a name="torott>y</a>\n';
    expect(scan(text).anchors).toEqual([]);
  });
});

describe("scanMarkdown: headings", () => {
  it("reads ATX headings with levels, closing hashes, indentation and line numbers", () => {
    const text = [
      "# Első ##",
      "   ### Harmadik szint #",
      "#nem cím",
      "####### hét",
      "##",
      "    # kód",
      "## C# és F\\#",
    ].join("\n");
    const s = scan(text);
    expect(s.structure.headings).toEqual([
      { level: 1, raw: "Első", slug: "első", offset: 0, line: 1 },
      { level: 3, raw: "Harmadik szint", slug: "harmadik-szint", offset: at(text, "### Harmadik"), line: 2 },
      { level: 2, raw: "", slug: "", offset: at(text, "\n##\n") + 1, line: 5 },
      { level: 2, raw: "C# és F\\#", slug: "c-és-f", offset: at(text, "## C#"), line: 7 },
    ]);
  });

  it("reads setext headings but not a --- after a blank line", () => {
    const text = "Fő cím\n===\n\nAlcím\n---\n\n---\n\nSzöveg\n- - -\n";
    const s = scan(text);
    expect(s.structure.headings).toEqual([
      { level: 1, raw: "Fő cím", slug: "fő-cím", offset: 0, line: 1 },
      { level: 2, raw: "Alcím", slug: "alcím", offset: at(text, "Alcím"), line: 4 },
    ]);
  });

  it("slugs the translation of an sxs heading, not its English lookup, and keeps the anchor", () => {
    const text = `## <a name="next-steps"></a>${sxs("151", "Következő lépések", "Next steps")}\n`;
    const s = scan(text);
    expect(s.structure.headings[0]!.slug).toBe("következő-lépések");
    expect(s.anchors).toEqual([{ name: "next-steps", offset: at(text, "next-steps"), kind: "a-name" }]);
  });

  it("makes duplicate slugs unique as GitHub does", () => {
    const text = "## Részletek\n## Részletek\n## Részletek-1\n## Részletek\n";
    expect(scan(text).structure.headings.map((h) => h.slug)).toEqual(["részletek", "részletek-1", "részletek-1-1", "részletek-2"]);
  });

  it("slugs Japanese and Arabic headings and strips Markdown", () => {
    const text = "# 請求書の**確認**方法\n## نظرة عامة على `API` و[الروابط](x.md)\n### _Kiemelt_ snake_case ~~törölt~~\n";
    expect(scan(text).structure.headings.map((h) => h.slug)).toEqual([
      "請求書の確認方法",
      "نظرة-عامة-على-api-والروابط",
      "kiemelt-snake_case-törölt",
    ]);
  });

  it("does not read headings in code and counts lines from the start of the whole text", () => {
    const front = "---\ntitle: Cím\nurl: '[nem](link.md)'\n---\n";
    const text = front + "```\n# nem cím\n```\n\n# Igazi\n";
    const s = scan(text, front.length);
    expect(s.structure.headings).toEqual([{ level: 1, raw: "Igazi", slug: "igazi", offset: at(text, "# Igazi"), line: 9 }]);
    expect(s.links).toEqual([]);
  });
});

describe("scanMarkdown: structure", () => {
  it("counts list items of every marker, nested, outside code, and not numbered sentences", () => {
    const text = [
      "- egy",
      "* kettő",
      "+ három",
      "  1. négy",
      "  2) öt",
      "",
      "Egy mondat",
      "2019. évben folytatódik.",
      "",
      "```",
      "- kód",
      "```",
      "-nem elem",
      "",
      "10. tíz",
    ].join("\n");
    expect(scan(text).structure.listItems).toBe(6);
  });

  it("reads tables with sxs cells: rows without the delimiter row, columns from the delimiter row", () => {
    const text = [
      `| ${sxs("1", "Ország", "Country")} | ${sxs("2", "Régió", "Region")} | Kód |`,
      "|:---|:---:|---:|",
      `| ${sxs("3", "Örményország", "Armenia")} | CEE | AM |`,
      "| Belarusz | CEE | BY |",
      "",
      "A | B",
      "--|--",
      "1 | 2",
      "",
      "| a | b |",
      "|---|---|---|",
      "",
    ].join("\n");
    const s = scan(text);
    expect(s.structure.tables).toEqual([
      { offset: 0, rows: 3, columns: 3 },
      { offset: at(text, "A | B"), rows: 2, columns: 2 },
    ]);
  });

  it("ends a table at a row that starts a list, as renderers do", () => {
    const text = "|Név|Kötelező|\n|---|---|\nÜgyfél|Igen\n1. címsor|Igen\nVáros|Igen\n";
    const s = scan(text);
    expect(s.structure.tables).toEqual([{ offset: 0, rows: 2, columns: 2 }]);
    expect(s.structure.listItems).toBe(1);
  });

  it("reads alerts only where they open a quote paragraph, kind upper-cased", () => {
    const text = [
      "> [!NOTE]",
      "> Megjegyzés.",
      "",
      ">[!Important]",
      "> Fontos.",
      "",
      "   > [!tip] rövid",
      "",
      "> Szöveg",
      "> [!WARNING]",
      "",
      "[!CAUTION] nem idézet",
      "",
      "> [!INCLUDE [x](y.md)]",
    ].join("\n");
    const s = scan(text);
    expect(s.structure.alerts).toEqual([
      { offset: at(text, "[!NOTE]"), kind: "NOTE" },
      { offset: at(text, "[!Important]"), kind: "IMPORTANT" },
      { offset: at(text, "[!tip]"), kind: "TIP" },
    ]);
  });

  it("reads alerts and fences inside list items", () => {
    const text = "1. Lépés\n\n    > [!WARNING]\n    > Vigyázat.\n\n2. Lépés\n";
    const s = scan(text);
    expect(s.structure.alerts).toEqual([{ offset: at(text, "[!WARNING]"), kind: "WARNING" }]);
    expect(s.structure.listItems).toBe(2);
    expect(s.codeRanges).toEqual([]);
  });
});

describe("scanMarkdown: CRLF", () => {
  it("keeps \\r out of targets, slugs and info strings, and fence content exact", () => {
    const text = [
      "# Áttekintés ",
      "",
      "```powershell ",
      "Get-Item",
      "```",
      "",
      "[egy](egy.md)",
      "",
      "[ref]: ketto.md",
      '<a name="harom"></a>',
      "",
      "| a | b |",
      "|---|---|",
      "| 1 | 2 |",
      "",
      "Setext",
      "---",
      "",
    ].join("\r\n");
    const s = scan(text);
    expect(s.structure.headings.map((h) => [h.raw, h.slug, h.line])).toEqual([
      ["Áttekintés", "áttekintés", 1],
      ["Setext", "setext", 16],
    ]);
    expect(s.structure.codeFences).toEqual([{ offset: at(text, "```powershell"), info: "powershell", content: "Get-Item\r\n" }]);
    expect(s.links.map((l) => l.target)).toEqual(["egy.md", "ketto.md"]);
    expect(s.anchors.map((a) => a.name)).toEqual(["harom"]);
    expect(s.structure.tables).toEqual([{ offset: at(text, "| a |"), rows: 2, columns: 2 }]);
    expect(inCode(s.codeRanges, at(text, "Get-Item"))).toBe(true);
  });

  it("reads a link whose text wraps onto the next line", () => {
    const text = "Lásd a [hosszú\r\nszöveget](tobb-sor.md) itt.\r\n";
    expect(scan(text).links.map((l) => [l.target, l.text])).toEqual([["tobb-sor.md", "hosszú\r\nszöveget"]]);
  });
});

describe("scanMarkdown: cost", () => {
  it("stays linear on unmatched brackets and backtick runs", () => {
    const line = "[ ` `` ![ ]( <a ".repeat(2000);
    const text = Array.from({ length: 50 }, () => line).join("\n");
    const started = performance.now();
    const s = scan(text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(s.links).toEqual([]);
  });
});

describe("slugify", () => {
  it("lower-cases, keeps letters of any script, - and _, drops punctuation, turns spaces into -", () => {
    expect(slugify("Első lépések: a Partner Center (CSP)")).toBe("első-lépések-a-partner-center-csp");
    expect(slugify("EU/EFTA-változás — 2020")).toBe("euefta-változás--2020");
    expect(slugify("İstanbul ŞUBESİ")).toBe("i̇stanbul-şubesi̇");
    expect(slugify("  A  B  ")).toBe("a--b");
    expect(slugify("snake_case és __kiemelt__")).toBe("snake_case-és-kiemelt");
    expect(slugify("Hindi: हिन्दी")).toBe("hindi-हिन्दी");
  });

  it("slugs as the two Unicode regex replaces it stands for, character by character", () => {
    // The definition slugify's single pass must match: punctuation, symbols, emoji and lone surrogates
    // dropped; letters, marks, digits, connectors and "-" kept; every kind of whitespace turned into "-".
    const byRegex = (s: string) => s.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\-\s]/gu, "").replace(/\s/g, "-");
    const samples = [
      "Erste Schritte: Übersicht (CSP) — 2020",
      "概要と「はじめに」・手順 1",
      "مقدمة: الخطوات\u00a0الأولى؟",
      "Ελληνικά – Δοκιμή‿ένωση",
      "emoji 🚀 and 𝒳 math, 𠀀 CJK ext B",
      "lone \ud800 high and \udc00 low",
      "tabs\tand\u2003em\u3000ideographic\ufeffbom\u2028line",
      "K Kelvin İ dotted ß sharp",
      "a-b_c‿d⁀e﹏f",
      "½ ² ⅷ ٣ १०",
    ];
    for (let c = 0; c < 0x3000; c += 7) samples.push(`x${String.fromCharCode(c)}y${String.fromCharCode(c + 3)}z`);
    for (const s of samples) expect(slugify(s), JSON.stringify(s)).toBe(byRegex(s));
  });

  it("reads the visible text of HTML and Markdown", () => {
    const raw = `<a name="x"></a>${sxs("9", "**Díjak** &amp; [árak](p.md)", "Fees")} \`kód\` ![kép](k.png)`;
    expect(headingVisibleText(raw)).toBe("**Díjak** & árak kód ");
    expect(slugify(raw)).toBe("díjak--árak-kód");
  });
});

describe("scanMarkdown: heading attributes, Hugo ref shortcodes and reference links", () => {
  it("takes a trailing {#id} as the heading's anchor and slug, and drops any attribute block from its text", () => {
    const text = "## 目標とガイドライン {#goals-and-guidelines}\n\nالعنوان {#sdk-install .x lang=en}\n---\n\n## `Easy CLA` {.notranslate lang=en}\n\n## Braces {kept}\n";
    const s = scan(text);
    expect(s.structure.headings.map((h) => [h.raw, h.slug, h.id])).toEqual([
      ["目標とガイドライン", "goals-and-guidelines", "goals-and-guidelines"],
      ["العنوان", "sdk-install", "sdk-install"],
      ["`Easy CLA`", "easy-cla", undefined],
      ["Braces {kept}", "braces-kept", undefined],
    ]);
    expect(s.anchors).toEqual([
      { name: "goals-and-guidelines", offset: at(text, "goals-and-guidelines"), kind: "id" },
      { name: "sdk-install", offset: at(text, "sdk-install"), kind: "id" },
    ]);
  });

  it("reads a Hugo ref or relref shortcode as a link destination", () => {
    const text = 'Lisez [le SDK]({{< relref "sdk#install" >}}) et [l’API]({{% ref path="/docs/api.md" %}}).\n';
    expect(scan(text).links.map((l) => [l.target, l.offset])).toEqual([
      ['{{< relref "sdk#install" >}}', at(text, "{{<")],
      ['{{% ref path="/docs/api.md" %}}', at(text, "{{%")],
    ]);
  });

  it("reads [text][label](x) as a reference link and text when the label is defined, as CommonMark does", () => {
    const text = "各[シグナル][signals](トレース、メトリクス)と[CNCF][](CNCF)、[未定義][nope](real.md)。\n\n[signals]: /docs/signals/\n[cncf]: https://cncf.io\n";
    expect(scan(text).links.map((l) => l.target)).toEqual(["real.md", "/docs/signals/", "https://cncf.io"]);
  });
});
