// link-fragment-unresolved: #fragments resolve to an explicit anchor, else a heading slug, of the page linked to.
import rule from "../../rules/link-fragment-unresolved.js";
import { describe, expect, it } from "vitest";
import { lintFiles, page, testRule } from "../rule-tester.js";

const loc = (title: string, body: string, eol?: "\n" | "\r\n") => page({ title, "ms.openlocfilehash": "3f2a9c1e7b4d8a06c5e1f9b2d7a4c8e0f1b3d5a7" }, body, { eol });
const en = (body: string) => page({ title: "Billing" }, body);
const seg = (id: string, translation: string, english: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

const dePay = loc("Zahlen", "# Zahlen\n\n## <a name=\"payment-steps\"></a>Zahlungsschritte\n\nText.\n\n## Übersicht der Gebühren\n");

testRule(rule, {
  valid: [
    {
      name: "a link to an id the English page writes out ({#id}) and the translation translated is anchor-translated's (RTL)",
      files: {
        "docs/billing/pay.md": en("# Pay\n\nSee [steps](#payment-steps).\n\n## Payment steps {#payment-steps}\n"),
        "docs.ar-sa/billing/pay.md": loc("الدفع", "# الدفع\n\nراجع [الخطوات](#payment-steps).\n\n## خطوات الدفع {#خطوات-الدفع}\n"),
      },
      target: "docs.ar-sa/billing/pay.md",
    },
    {
      name: "same-file fragments: an explicit anchor, a translated heading's slug, percent-encoding, the top, a tab",
      onDisk: true,
      files: {
        "docs.de-de/billing/pay.md": loc(
          "Zahlen",
          "# Zahlen\n\nSiehe [Schritte](#payment-steps), [Gebühren](#übersicht-der-gebühren), [kodiert](#%C3%BCbersicht-der-geb%C3%BChren) und [oben](#).\n\n# [Windows](#tab/windows)\n\n## <a name=\"payment-steps\"></a>Zahlungsschritte\n\n## Übersicht der Gebühren\n",
        ),
      },
    },
    {
      name: "a fragment into another page of the locale, and into a page only the English source has",
      onDisk: true,
      files: {
        "docs.de-de/billing/index.md": loc("Abrechnung", "Siehe [Schritte](pay.md#payment-steps) und [Neu](whats-new.md#june-2021).\n"),
        "docs.de-de/billing/pay.md": dePay,
        "docs/billing/whats-new.md": en("# What's new\n\n## June 2021\n"),
      },
    },
    {
      name: "left to other rules: a target absent everywhere, a YAML page, the hidden English copy, code",
      onDisk: true,
      files: {
        "docs.ja-jp/billing/index.md": loc(
          "請求",
          `[欠落](missing.md#x) [FAQ](faq.yml#支払い) \`[code](#nowhere)\`\n\n${seg("4f1c2-103", "[支払い](pay.md#payment-steps)を参照してください。", "See [old](pay.md#old-heading).")}\n`,
        ),
        "docs.ja-jp/billing/pay.md": loc("支払い", '## <a name="payment-steps"></a>支払いの手順\n'),
        "docs.ja-jp/billing/faq.yml": "### YamlMime:FAQ\ntitle: FAQ\n",
      },
    },
    {
      name: "an explicit anchor the target's copy translated is the target's defect (anchor-translated), not the link's",
      onDisk: true,
      files: {
        "docs.de-de/billing/index.md": loc("Abrechnung", "Siehe [Schritte](pay.md#payment-steps).\n"),
        "docs.de-de/billing/pay.md": loc("Zahlen", '## <a name="zahlungsschritte"></a>Zahlungsschritte\n'),
        "docs/billing/pay.md": en('## <a name="payment-steps"></a>Payment steps\n'),
      },
    },
    {
      name: "without an English tree, most other locales' copies of the target keep the explicit anchor (CJK, RTL)",
      onDisk: true,
      files: {
        "docs.de-de/billing/index.md": loc("Abrechnung", "Siehe [Schritte](pay.md#payment-steps).\n"),
        "docs.de-de/billing/pay.md": loc("Zahlen", '## <a name="zahlungsschritte"></a>Zahlungsschritte\n'),
        "docs.ja-jp/billing/index.md": loc("請求", "[手順](pay.md#payment-steps)を参照してください。\n"),
        "docs.ja-jp/billing/pay.md": loc("支払い", '## <a name="payment-steps"></a>支払いの手順\n'),
        "docs.ar-sa/billing/index.md": loc("الفوترة", "راجع [الخطوات](pay.md#payment-steps).\n"),
        "docs.ar-sa/billing/pay.md": loc("الدفع", '## <a name="payment-steps"></a>خطوات الدفع\n'),
      },
    },
    {
      name: "a heading attribute list ({#id}) keeps the English id of a translated heading (Hugo, Pandoc)",
      onDisk: true,
      files: {
        "docs.es/docs/components.md": loc("Componentes", "- [Especificación](#specification)\n- [Exportadores](exporters.md#otlp)\n\n## Especificación {#specification}\n"),
        "docs.es/docs/exporters.md": loc("Exportadores", "## Exportador OTLP {#otlp .tab}\n"),
      },
    },
    {
      name: "letter case is not held against a fragment",
      onDisk: true,
      files: { "docs.fr-fr/billing/pay.md": loc("Payer", "Voir [Étapes](#Payment-Steps).\n\n## <a name=\"payment-steps\"></a>Étapes de paiement\n") },
    },
  ],
  invalid: [
    {
      name: "a link the English page resolves is this translation's defect: this page's and another page's heading translated (CJK)",
      onDisk: true,
      files: {
        "docs/billing/pay.md": en("# Pay\n\nSee [steps](#payment-steps) and [fees](fees.md#late-fees).\n\n## Payment steps\n"),
        "docs/billing/fees.md": en("# Fees\n\n## Late fees\n"),
        "docs.ja-jp/billing/pay.md": loc("支払い", "# 支払い\n\n[手順](#payment-steps)と[料金](fees.md#late-fees)を参照。\n\n## 支払いの手順\n"),
        "docs.ja-jp/billing/fees.md": loc("料金", "# 料金\n\n## 延滞料金\n"),
      },
      target: "docs.ja-jp/billing/pay.md",
      errors: [
        { line: 7, column: 6, message: 'Expected "#payment-steps" to resolve to an anchor in this file but found no such anchor or heading' },
        { line: 7, column: 34, message: 'Expected "#late-fees" to resolve to an anchor in "fees.md" but found no such anchor or heading' },
      ],
    },
    {
      name: "a link into another page broken in the English page too is the English's defect (RTL)",
      onDisk: true,
      files: {
        "docs/billing/pay.md": en("# Pay\n\nSee [fees](fees.md#late-fees).\n"),
        "docs/billing/fees.md": en("# Fees\n\n## Overdue fees\n"),
        "docs.ar-sa/billing/pay.md": loc("الدفع", "# الدفع\n\nراجع [الرسوم](fees.md#late-fees).\n"),
        "docs.ar-sa/billing/fees.md": loc("الرسوم", "# الرسوم\n\n## الرسوم المتأخرة\n"),
      },
      target: "docs.ar-sa/billing/pay.md",
      errors: [
        {
          line: 7,
          column: 22,
          message: 'Expected "#late-fees" to resolve to an anchor in "fees.md" but found no such anchor or heading (the English source has the same link: fix it there)',
        },
      ],
    },
    {
      name: "an English heading slug into a page whose heading is translated without an anchor, after CJK text",
      onDisk: true,
      files: {
        "docs.ja-jp/billing/index.md": loc("請求", "# 請求\n\n手順については、[支払い](pay.md#fees-overview)を参照してください。\n"),
        "docs.ja-jp/billing/pay.md": loc("支払い", "# 支払い\n\n## 料金の概要\n"),
        "docs/billing/pay.md": en("# Pay\n\n## Fees overview\n"),
      },
      errors: [
        {
          line: 7,
          column: 21,
          endLine: 7,
          endColumn: 35,
          message: 'Expected "#fees-overview" to resolve to an anchor in "pay.md" but found no such anchor or heading',
        },
      ],
    },
    {
      name: "a same-file fragment in a segment's translation, right-to-left text, CRLF",
      onDisk: true,
      files: {
        "docs.ar-sa/billing/pay.md": loc(
          "الدفع",
          `# الدفع\n\n${seg("7e8b9-104", "راجع [الخطوات](#خطوات-الدفع).", "See [the steps](#payment-steps).")}\n\n## <a name="payment-steps"></a>الدفع\n`,
          "\r\n",
        ),
      },
      errors: [{ line: 7, column: 46, message: 'Expected "#خطوات-الدفع" to resolve to an anchor in this file but found no such anchor or heading' }],
    },
    {
      name: "a fragment into a page that only the English source has, where no such heading exists",
      onDisk: true,
      files: {
        "docs.de-de/billing/index.md": loc("Abrechnung", "| Monat | Link |\n| --- | --- |\n| Juni | [Neu](whats-new.md#juli-2021) |\n"),
        "docs/billing/whats-new.md": en("# What's new\n\n## June 2021\n"),
      },
      errors: [{ line: 7, column: 28, message: 'Expected "#juli-2021" to resolve to an anchor in "whats-new.md" but found no such anchor or heading' }],
    },
  ],
});

// Each own-page link asks whether the English page has the same unresolved link: once per link, not
// once per link per English link or anchor (a page of thousands of `[a](#fN)` took 19 s at 60,000 links).
describe("own-page fragments the English page shares", () => {
  const pages = (links: number) => {
    // Links to fragments no page has, and as many explicit anchors, which a fragment may name in any case.
    const body = `# Abrechnung\n\n${Array.from({ length: links }, (_, k) => `<a name="A${k}"></a>[a](#f${k}) [b](#a${k})`).join(" ")}\n`;
    return { "docs/billing/pay.md": en(body), "docs.de-de/billing/pay.md": loc("Abrechnung", body), "docs.ja-jp/billing/pay.md": loc("請求", body) };
  };
  const cpuMs = (files: Record<string, string>) => {
    const before = process.cpuUsage();
    const { findings } = lintFiles(files, { rules: [rule], target: "docs.de-de/billing/pay.md" });
    const used = process.cpuUsage(before);
    expect(findings).toEqual([]);
    return (used.user + used.system) / 1000;
  };
  const linear = (small: Record<string, string>, large: Record<string, string>) => {
    cpuMs(small);
    const smallMs = Math.max(Math.min(cpuMs(small), cpuMs(small), cpuMs(small)), 2);
    let largeMs = Infinity;
    for (let attempt = 0; attempt < 4 && largeMs > 40 * smallMs; attempt++) largeMs = Math.min(largeMs, cpuMs(large));
    expect(largeMs / smallMs, `${largeMs.toFixed(1)} ms vs ${smallMs.toFixed(1)} ms`).toBeLessThanOrEqual(40);
  };
  it("grows linearly: 10 times the links, at most 40 times the CPU time (linear is 10, quadratic 100: GC on the larger input once made a linear run 21)", () => linear(pages(500), pages(5_000)));
});

// Each broken link asks whether the English has the same link (its defect then): once per English page,
// not once per broken link per English link (20,000 broken links took 44 s, 30,000 did not end in 120 s).
describe("own-page fragments broken in the translation only", () => {
  const pages = (links: number) => {
    const body = (prefix: string) => `# Abrechnung\n\n${Array.from({ length: links }, (_, k) => `[a](#${prefix}${k})`).join(" ")}\n`;
    return { "docs/billing/pay.md": en(body("e")), "docs.de-de/billing/pay.md": loc("Abrechnung", body("d")) };
  };
  it("grows linearly: 10 times the broken links, at most 40 times the CPU time (linear is 10, quadratic 100: GC on the larger input once made a linear run 21)", () => {
    const cpuMs = (files: Record<string, string>, links: number) => {
      const before = process.cpuUsage();
      const { findings } = lintFiles(files, { rules: [rule], target: "docs.de-de/billing/pay.md" });
      const used = process.cpuUsage(before);
      expect(findings.length).toBe(links);
      return (used.user + used.system) / 1000;
    };
    const small = pages(2_000);
    const large = pages(20_000);
    cpuMs(small, 2_000);
    const smallMs = Math.max(Math.min(cpuMs(small, 2_000), cpuMs(small, 2_000), cpuMs(small, 2_000)), 2);
    let largeMs = Infinity;
    for (let attempt = 0; attempt < 4 && largeMs > 40 * smallMs; attempt++) largeMs = Math.min(largeMs, cpuMs(large, 20_000));
    expect(largeMs / smallMs, `${largeMs.toFixed(1)} ms vs ${smallMs.toFixed(1)} ms`).toBeLessThanOrEqual(40);
  });
});
