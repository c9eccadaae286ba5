// Made-up input families that once made loclint's scanners or rules super-linear, shared by the
// linear-time test (test/hardening/linear.test.ts) and `node scripts/growth.js`.
import { createHash } from "node:crypto";

/** The body of a side-by-side segment: translated text, then the English text in the lookup span. */
export function segment(id, translated, english) {
  return `<span data-ttu-id="1a2b3-${id}">${translated}</span><span class="sxs-lookup"><span data-stu-id="1a2b3-${id}">${english}</span></span>`;
}

/** `text` repeated until it is at least `size` characters long (whole repetitions). */
export function repeat(text, size) {
  return text.repeat(Math.max(1, Math.ceil(size / text.length)));
}

/** `"`" "``" "```" …`: runs of backticks one longer each time, `size` characters in all. */
function growingBackticks(size) {
  const parts = [];
  let total = 0;
  for (let k = 1; total < size; k++) {
    parts.push("`".repeat(k) + "a");
    total += k + 1;
  }
  return parts.join(" ");
}

/** Characters that mean something to Markdown, HTML, YAML or a link: a long line of each is a family. */
export const SYNTAX_CHARACTERS = ["|", "*", "_", "`", "<", "[", "]", "(", ")", "!", "#", ">", "\\", "{", "}", ":", "-", "=", "~", "&", '"', "'", " ", "\t", "$", "^", "+", "."];

const EN_META = ["---", "title: Billing overview", "description: How billing works.", "ms.date: 03/14/2022", "ms.topic: overview", "ms.locfileid: \"100\"", "---"];

function localizedMeta(locale, title, sourceHash) {
  return [
    "---",
    `title: ${title}`,
    "description: Wie die Abrechnung funktioniert.",
    "ms.date: 03/14/2022",
    "ms.topic: overview",
    `ms.openlocfilehash: ${sourceHash}`,
    "ms.sourcegitcommit: 5d3b8e0c61f2a9d47b1e6c30f8a25d9e4c7b1a06",
    "ms.translationtype: MT",
    `ms.contentlocale: ${locale}`,
    "ms.lasthandoff: 03/22/2022",
    `ms.locfileid: "${locale === "de-DE" ? "101" : "102"}"`,
    "---",
  ];
}

/**
 * The pages of one sibling group (English source, de-de and ja-jp copies) with `payload` placed in
 * the de-de copy only, so that every rule comparing siblings finds it different: in the front matter
 * title, a heading, a segment's translated text, or a body line.
 */
export function pagesWith(place, payload) {
  const en = [
    ...EN_META,
    "",
    "# Billing overview",
    "",
    "Contoso Billing sends you one invoice every month. See [invoices](invoices.md).",
    "",
    "- Review invoices",
    "- Pay invoices",
    "",
    "Body line.",
    "",
  ].join("\n");
  // The translations say they were made from this very English text, so rules compare them with it.
  const sourceHash = createHash("sha1").update(en).digest("hex");
  const localized = (locale, heading, paragraph, withPayload) => {
    const at = withPayload ? place : "";
    const title = at === "frontmatter" ? payload : heading;
    const lines = [...localizedMeta(locale, title, sourceHash), ""];
    lines.push(`# ${at === "heading" ? payload : heading}`, "");
    const translated = at === "segment" ? payload : paragraph;
    lines.push(`${segment(101, translated, "Contoso Billing sends you one invoice every month.")} ${segment(102, "Siehe [Rechnungen](invoices.md).", "See [invoices](invoices.md).")}`, "");
    lines.push("- Rechnungen prüfen", "- Rechnungen bezahlen", "");
    lines.push(at === "body" ? payload : "Textzeile.", "");
    return lines.join("\n");
  };
  return {
    "docs/a.md": en,
    "docs/invoices.md": "# Invoices\n",
    // The target of the families' many links, so that they are links to follow and not one finding each.
    "docs/b.md": "# B\n",
    "docs.de-de/b.md": "# B\n",
    "docs.de-de/a.md": localized("de-DE", "Abrechnung im Überblick", "Contoso Billing sendet Ihnen jeden Monat eine Rechnung.", true),
    "docs.ja-jp/a.md": localized("ja-JP", "課金の概要", "Contoso Billing は毎月 1 通の請求書を送信します。", false),
  };
}

/**
 * Every family: a name and the pages (case path → text) holding about `size` characters of it.
 * @type {{ name: string; pages: (size: number) => Record<string, string> }[]}
 */
export const families = [
  // The input families of issue 12, as reported.
  { name: "heading ' _a' runs", pages: (n) => pagesWith("heading", repeat(" _a", n)) },
  { name: "front matter 'x<spaces>y'", pages: (n) => pagesWith("frontmatter", `x${" ".repeat(n)}y`) },
  { name: "segment '[a]('", pages: (n) => pagesWith("segment", repeat("[a](", n)) },
  { name: "body '[a]('", pages: (n) => pagesWith("body", repeat("[a](", n)) },
  { name: "segment ']('", pages: (n) => pagesWith("segment", repeat("](", n)) },
  { name: "body ']('", pages: (n) => pagesWith("body", repeat("](", n)) },
  { name: "segment '<!--'", pages: (n) => pagesWith("segment", repeat("<!--", n)) },
  { name: "body '<!--'", pages: (n) => pagesWith("body", repeat("<!--", n)) },
  { name: "unclosed '<!-- loclint-disable '", pages: (n) => pagesWith("body", repeat("<!-- loclint-disable ", n)) },
  { name: "segment growing backtick runs", pages: (n) => pagesWith("segment", growingBackticks(n)) },
  { name: "body growing backtick runs", pages: (n) => pagesWith("body", growingBackticks(n)) },
  { name: "extra list item + '> ' runs", pages: (n) => pagesWith("body", `- extra item\n\n${repeat("> ", n)}`) },
  // Ones of our own: nesting, emphasis, HTML, tables, many small constructs.
  { name: "nested brackets", pages: (n) => pagesWith("body", "[".repeat(n / 2) + "a" + "]".repeat(n / 2)) },
  { name: "segment nested brackets", pages: (n) => pagesWith("segment", "[".repeat(n / 2) + "a" + "](".repeat(n / 4)) },
  { name: "nested link images '![['", pages: (n) => pagesWith("body", repeat("![[", n)) },
  { name: "emphasis runs '*a_'", pages: (n) => pagesWith("segment", repeat("*a_**b__", n)) },
  { name: "emphasis runs in a heading", pages: (n) => pagesWith("heading", repeat("**a _b", n)) },
  { name: "segment '<span '", pages: (n) => pagesWith("segment", repeat("<span ", n)) },
  { name: "segment '<span data-ttu-id=\"'", pages: (n) => pagesWith("segment", repeat('<span data-ttu-id="', n)) },
  { name: "heading '<a name=\"'", pages: (n) => pagesWith("heading", repeat('<a name="', n)) },
  { name: "body '<a href=\"x\">'", pages: (n) => pagesWith("body", repeat('<a href="x">', n)) },
  { name: "body '-->'", pages: (n) => pagesWith("body", repeat("a-->", n)) },
  { name: "body '<!-- a -->' comments", pages: (n) => pagesWith("body", repeat("<!-- a -->", n)) },
  { name: "table row '|a'", pages: (n) => pagesWith("body", `| a | b |\n| --- | --- |\n${repeat("|a", n)}`) },
  { name: "table rows", pages: (n) => pagesWith("body", `| a | b |\n| --- | --- |\n${repeat("| a | b |\n", n)}`) },
  { name: "many list items", pages: (n) => pagesWith("body", repeat("- a\n", n)) },
  { name: "nested list markers '- '", pages: (n) => pagesWith("body", `${repeat("- ", n)}x`) },
  { name: "many headings", pages: (n) => pagesWith("body", repeat("## a\n\n", n)) },
  { name: "many links", pages: (n) => pagesWith("body", repeat("[a](b.md) ", n)) },
  { name: "many reference links", pages: (n) => pagesWith("body", repeat("[a][b] ", n)) },
  { name: "many segments", pages: (n) => pagesWith("segment", repeat(`</span>${segment(103, "Text", "Text")}<span>`, n)) },
  { name: "many '[!NOTE]' markers", pages: (n) => pagesWith("body", repeat("> [!NOTE]\n", n)) },
  { name: "many damaged '[!NOTE]' markers", pages: (n) => pagesWith("body", repeat("> [!HINWEIS]\n", n)) },
  { name: "many blank lines", pages: (n) => pagesWith("body", "\n".repeat(n)) },
  { name: "many front matter lines", pages: (n) => pagesWith("frontmatter", `t\n${repeat("k: v\n", n)}x`) },
  { name: "code fences", pages: (n) => pagesWith("body", repeat("```\na\n", n)) },
  { name: "backslash escapes '\\['", pages: (n) => pagesWith("segment", repeat("\\[", n)) },
  { name: "entities '&#'", pages: (n) => pagesWith("body", repeat("&#", n)) },
  { name: "link targets '[a](<'", pages: (n) => pagesWith("body", `[a](<${repeat("(", n)}`) },
  { name: "segment link titles '[a](x ('", pages: (n) => pagesWith("segment", repeat("[a](x (", n)) },
  { name: "body link titles '[a](x ('", pages: (n) => pagesWith("body", repeat("[a](x (", n)) },
  { name: "segment damaged link target '] (x.md#'", pages: (n) => pagesWith("segment", `[a] (${repeat("x.md#", n)}`) },
  { name: "segment half-escaped emphasis and code", pages: (n) => pagesWith("segment", repeat("\\*a* `c` ", n)) },
  { name: "segment openers then links", pages: (n) => pagesWith("segment", "[".repeat(n / 2) + repeat("[a](b.md)", n / 2)) },
  { name: "body openers then links", pages: (n) => pagesWith("body", "[".repeat(n / 2) + repeat("[a](b.md)", n / 2)) },
  { name: "nested list then lazy lines", pages: (n) => pagesWith("body", `${repeat("- ", n / 2)}x
${repeat("a\n", n / 2)}`) },
  ...SYNTAX_CHARACTERS.map((c) => ({ name: `line of ${JSON.stringify(c)}`, pages: (n) => pagesWith("body", c.repeat(n)) })),
  ...SYNTAX_CHARACTERS.map((c) => ({ name: `segment of ${JSON.stringify(c)}`, pages: (n) => pagesWith("segment", c.repeat(n)) })),
  ...SYNTAX_CHARACTERS.map((c) => ({ name: `front matter value of ${JSON.stringify(c)}`, pages: (n) => pagesWith("frontmatter", c.repeat(n)) })),
  { name: "front matter nested maps", pages: (n) => pagesWith("frontmatter", `\n${Array.from({ length: Math.sqrt(n) }, (_, k) => `${" ".repeat(k)}a:`).join("\n")}`) },
  { name: "front matter flow nesting", pages: (n) => pagesWith("frontmatter", "[".repeat(n / 2) + "]".repeat(n / 2)) },
];
