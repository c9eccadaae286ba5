// span-id-mismatch: a side-by-side file has the same segment numbers as its siblings of the same English version.
import rule from "../../rules/span-id-mismatch.js";
import { page, testRule } from "../rule-tester.js";

const rel = "marketplace/plan-pricing.md";
const hash = "0e5b7c9d1f3a5b7c9d1e3f5a7b9c1d3e5f7a9b1c";
const otherHash = "7c1d3e5f7a9b1c3d5e7f9a1b3c5d7e9f1a3b5c7d";

const english: Record<number, string> = {
  101: "Plan pricing",
  102: "Each plan has its own price.",
  103: "Prices are set per market.",
  104: "You can change a price later.",
  105: "Changes take effect in 90 days.",
  106: "Free trials are optional.",
};
const german: Record<number, string> = {
  101: "Preise für Pläne",
  102: "Jeder Plan hat seinen eigenen Preis.",
  103: "Preise werden pro Markt festgelegt.",
  104: "Sie können einen Preis später ändern.",
  105: "Änderungen werden nach 90 Tagen wirksam.",
  106: "Kostenlose Testversionen sind optional.",
};
const japanese: Record<number, string> = {
  101: "プランの価格",
  102: "各プランには独自の価格があります。",
  103: "価格は市場ごとに設定されます。",
  104: "価格は後で変更できます。",
  105: "変更は 90 日後に有効になります。",
  106: "無料試用版は省略可能です。",
};
const arabic: Record<number, string> = {
  101: "تسعير الخطة",
  102: "لكل خطة سعرها الخاص.",
  103: "يتم تعيين الأسعار لكل سوق.",
  104: "يمكنك تغيير السعر لاحقًا.",
  105: "تسري التغييرات بعد 90 يومًا.",
  106: "الإصدارات التجريبية المجانية اختيارية.",
};

const seg = (id: string, translation: string, source: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

interface Options {
  hash?: string;
  eol?: "\r\n";
  /** Puts every segment after the heading on one line, after `lead`. */
  lead?: string;
}

/**
 * A side-by-side page: the heading (segment 101) on line 6, then one segment per paragraph on lines
 * 8, 10, 12 … (or all on line 8 after `lead`).
 */
function doc(contentlocale: string, prefix: string, texts: Record<number, string>, numbers: number[], opts: Options = {}): string {
  const segs = numbers.map((n) => seg(`${prefix}-${n}`, texts[n]!, english[n]!));
  const [head, ...rest] = segs;
  const body = opts.lead === undefined ? [`# ${head}`, ...rest].join("\n\n") : `# ${head}\n\n${opts.lead}${rest.join(" ")}`;
  return page({ title: texts[101]!, "ms.openlocfilehash": opts.hash ?? hash, "ms.contentlocale": contentlocale }, `${body}\n`, { eol: opts.eol });
}

const all = [101, 102, 103, 104, 105];
const de = (numbers = all, opts: Options = {}) => doc("de-DE", "4a7e1", german, numbers, opts);
const ja = (numbers = all, opts: Options = {}) => doc("ja-JP", "c90b2", japanese, numbers, opts);
const ar = (numbers = all, opts: Options = {}) => doc("ar-SA", "e3d58", arabic, numbers, opts);
const fr = (numbers = all, opts: Options = {}) => doc("fr-FR", "b6f03", german, numbers, opts);

const at = (locale: string) => `mkt.${locale}/${rel}`;
const set = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([locale, text]) => [at(locale), text]));

/** The page as a table: heading 101, then rows of two cells (102-103, 104-105); `rows` picks the rows kept. */
function tablePage(contentlocale: string, prefix: string, texts: Record<number, string>, header: string, rows: [number, number][], extraRow?: string): string {
  const cell = (n: number) => seg(`${prefix}-${n}`, texts[n]!, english[n]!);
  const lines = rows.map(([a, b]) => `| ${cell(a)} | ${cell(b)} |`);
  if (extraRow !== undefined) lines.push(extraRow);
  const body = [`# ${cell(101)}`, "", header, "| --- | --- |", ...lines, ""].join("\n");
  return page({ title: texts[101]!, "ms.openlocfilehash": hash, "ms.contentlocale": contentlocale }, body);
}
const bothRows: [number, number][] = [
  [102, 103],
  [104, 105],
];

testRule(rule, {
  valid: [
    {
      name: "a table row dropped with its segments is the structure's defect (structure-mismatch reports it once), in Japanese",
      target: at("ja-jp"),
      files: set({
        "de-de": tablePage("de-DE", "4a7e1", german, "| Punkt | Beschreibung |", bothRows),
        "ja-jp": tablePage("ja-JP", "c90b2", japanese, "| 項目 | 説明 |", [[102, 103]]),
        "ar-sa": tablePage("ar-SA", "e3d58", arabic, "| البند | الوصف |", bothRows),
      }),
    },
    { name: "the same numbers everywhere, each file with its own prefix", target: at("ja-jp"), files: set({ "de-de": de(), "ja-jp": ja(), "ar-sa": ar() }) },
    {
      name: "a file of another English version is not compared",
      target: at("ja-jp"),
      files: set({ "de-de": de(), "ja-jp": ja([101, 102, 103], { hash: otherHash }), "ar-sa": ar() }),
    },
    { name: "two files that disagree: no majority", target: at("ja-jp"), files: set({ "de-de": de(), "ja-jp": ja([101, 102, 103, 105]) }) },
    {
      name: "half the files have the extra segment: no majority",
      target: at("ja-jp"),
      files: set({ "de-de": de([...all, 106]), "ja-jp": ja([...all, 106]), "ar-sa": ar(), "fr-fr": fr() }),
    },
    {
      name: "a sibling without segments does not vote",
      target: at("ja-jp"),
      files: set({ "de-de": de(), "ja-jp": ja(), "ar-sa": ar([101, 102]), "fr-fr": page({ title: "Tarifs", "ms.openlocfilehash": hash }, "# Tarifs des plans\n") }),
    },
    {
      name: "a file without segments is not compared",
      target: at("fr-fr"),
      files: set({ "de-de": de(), "ja-jp": ja(), "fr-fr": page({ title: "Tarifs", "ms.openlocfilehash": hash }, "# Tarifs des plans\n") }),
    },
  ],
  invalid: [
    {
      name: "one segment missing: reported at the segment after the gap, after multi-byte text",
      target: at("ja-jp"),
      files: set({ "de-de": de(), "ja-jp": ja([101, 102, 103, 105], { lead: "概要：" }), "ar-sa": ar() }),
      errors: [
        {
          line: 8,
          column: 304,
          endColumn: 334,
          message: "Expected segment numbered 104 as in ar-sa, de-de but found none",
          related: [{ path: at("ar-sa"), line: 12, column: 1 }],
        },
      ],
    },
    {
      name: "two consecutive segments missing: one finding",
      target: at("de-de"),
      files: set({ "de-de": de([101, 102, 105]), "ja-jp": ja(), "ar-sa": ar(), "fr-fr": fr() }),
      errors: [{ line: 10, column: 1, message: "Expected segments numbered 103 to 104 as in ar-sa, fr-fr, ja-jp but found none" }],
    },
    {
      name: "segments missing at the end: reported at the last segment",
      target: at("ar-sa"),
      files: set({ "de-de": de(), "ja-jp": ja(), "ar-sa": ar([101, 102, 103]) }),
      errors: [{ line: 10, column: 1, message: "Expected segments numbered 104 to 105 as in de-de, ja-jp but found none", related: [{ path: at("de-de"), line: 12, column: 1 }] }],
    },
    {
      name: "an extra segment in right-to-left text",
      target: at("ar-sa"),
      files: set({ "de-de": de(), "ja-jp": ja(), "ar-sa": ar([...all, 106]) }),
      errors: [{ line: 16, column: 1, endColumn: 31, message: 'Expected no segment numbered 106 as in de-de, ja-jp but found "e3d58-106"', related: [{ path: at("de-de"), line: 6, column: 1 }] }],
    },
    {
      name: "an extra segment in the middle: the related location is where the siblings go on",
      target: at("ja-jp"),
      files: set({ "de-de": de([101, 102, 104, 105]), "ja-jp": ja(), "ar-sa": ar([101, 102, 104, 105]) }),
      errors: [
        {
          line: 10,
          column: 1,
          message: 'Expected no segment numbered 103 as in ar-sa, de-de but found "c90b2-103"',
          related: [{ path: at("ar-sa"), line: 10, column: 1 }],
        },
      ],
    },
    {
      name: "extra and missing segments, with CRLF line endings",
      target: at("de-de"),
      files: set({ "de-de": de([101, 103, 104, 105, 106], { eol: "\r\n" }), "ja-jp": ja(), "ar-sa": ar(), "fr-fr": fr() }),
      errors: [
        { line: 8, column: 1, message: "Expected segment numbered 102 as in ar-sa, fr-fr, ja-jp but found none", related: [{ path: at("ar-sa"), line: 8, column: 1 }] },
        { line: 14, column: 1, message: 'Expected no segment numbered 106 as in ar-sa, fr-fr, ja-jp but found "4a7e1-106"' },
      ],
    },
    {
      name: "segments gone from a table row that is still there are the segments' defect (right to left)",
      target: at("ar-sa"),
      files: set({
        "de-de": tablePage("de-DE", "4a7e1", german, "| Punkt | Beschreibung |", bothRows),
        "ja-jp": tablePage("ja-JP", "c90b2", japanese, "| 項目 | 説明 |", bothRows),
        "ar-sa": tablePage("ar-SA", "e3d58", arabic, "| البند | الوصف |", [[102, 103]], "| تم تغيير السعر | بعد 90 يومًا |"),
      }),
      errors: [{ line: 10, column: 160, message: "Expected segments numbered 104 to 105 as in de-de, ja-jp but found none" }],
    },
    {
      name: "extra segments that are not consecutive numbers, inside a table",
      target: at("ja-jp"),
      files: set({
        "de-de": de(),
        "ja-jp": page(
          { title: "プランの価格", "ms.openlocfilehash": hash },
          [
            `# ${seg("c90b2-101", japanese[101]!, english[101]!)}`,
            "",
            "| 項目 | 説明 |",
            "| --- | --- |",
            `| ${seg("c90b2-102", japanese[102]!, english[102]!)} | ${seg("c90b2-103", japanese[103]!, english[103]!)} |`,
            `| ${seg("c90b2-104", japanese[104]!, english[104]!)} | ${seg("c90b2-105", japanese[105]!, english[105]!)} |`,
            `| 試用版 | ${seg("c90b2-106", japanese[106]!, english[106]!)} ${seg("c90b2-108", "月額", "Monthly")} |`,
            "",
          ].join("\n"),
        ),
        "ar-sa": ar(),
      }),
      errors: [{ line: 11, column: 9, message: 'Expected no segments numbered 106 and 108 as in ar-sa, de-de but found 2 ("c90b2-106" to "c90b2-108")' }],
    },
  ],
});
