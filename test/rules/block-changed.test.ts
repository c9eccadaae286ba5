// block-changed: a translated block keeps the numbers and bare URLs of its English block.
import rule from "../../rules/block-changed.js";
import { ar, arFile, de, deFile, doc, edit, en, enFile, ja, jaFile, set } from "../align/drift-docs.js";
import { testRule } from "../rule-tester.js";

const koFile = jaFile.replace("ja-jp", "ko-kr");

testRule(rule, {
  valid: [
    { name: "numbers kept; the Japanese adds its own (個)", files: set(), target: jaFile },
    { name: "a decimal comma for a decimal point is the same number", files: set({ de: edit(de, 3, "Der Collector läuft unter Linux und Windows, ab Version 0,98.") }), target: deFile },
    { name: "sentences reordered in the translation", files: set({ de: edit(de, 19, "[Der Leitfaden](guide.md) beschreibt die 12 Einstellungen.") }), target: deFile },
    {
      name: "large numbers the Japanese writes in myriads (40 million → 4,000 万, 10,000 → 1 万, 500-600 thousand → 50 万〜60 万)",
      files: set({
        en: edit(en, 3, "The collector handles 40 million spans on 10,000 nodes (500-600 thousand a second), version 0.98 or later."),
        ja: edit(ja, 3, "コレクターは 1 万ノードで 4,000 万スパン（毎秒 50 万〜60 万）を処理し、バージョン 0.98 以降で動作します。"),
      }),
      target: jaFile,
    },
    {
      name: "a time of day the Japanese writes its own way (0600 PT → 午前6時（PT）, 18:00 UTC → 午後6時)",
      files: set({
        en: edit(en, 3, "The collector runs on Linux and Windows, version 0.98 or later; the call is at 0600 PT and 18:00 UTC."),
        ja: edit(ja, 3, "コレクターは Linux と Windows のバージョン 0.98 以降で動作します。会議は午前6時（PT）と午後6時（UTC）です。"),
      }),
      target: jaFile,
    },
    {
      name: "a number with a thousand suffix written out (27K → 27,000, 1.5M → 150 万)",
      files: set({
        en: edit(en, 3, "The collector runs on Linux and Windows, version 0.98 or later, with 27K commits and 1.5M spans."),
        ja: edit(ja, 3, "コレクターは Linux と Windows のバージョン 0.98 以降で動作し、27,000 件のコミットと 150 万のスパンがあります。"),
      }),
      target: jaFile,
    },
    {
      name: "six in ten written in tenths by the Japanese (6 in 10 → 6 割)",
      files: set({
        en: edit(en, 3, "The collector runs on Linux and Windows, version 0.98 or later, for 6 in 10 users."),
        ja: edit(ja, 3, "コレクターは Linux と Windows のバージョン 0.98 以降で動作し、ユーザーの 6 割が使います。"),
      }),
      target: jaFile,
    },
    {
      name: "Arabic-Indic digits and a thousands separator of the locale (1,000 → ١٬٠٠٠)",
      files: set({
        en: edit(en, 3, "The collector runs on Linux and Windows, version 0.98 or later, with 1,000 nodes."),
        ar: edit(ar, 3, "يعمل المجمّع على Linux و Windows، الإصدار ٠.٩٨ أو أحدث، مع ١٬٠٠٠ عقدة."),
      }),
      target: arFile,
    },
    {
      name: "thousands written 1.000, 1 000 or 1000 by the German for the English 1,000 and 25000",
      files: set({
        en: edit(en, 3, "The collector runs on Linux and Windows, version 0.98 or later, with 1,000 nodes and 25000 spans."),
        de: edit(de, 3, "Der Collector läuft unter Linux und Windows, ab Version 0.98, mit 1.000 Knoten und 25\u00a0000 Spans."),
      }),
      target: deFile,
    },
    {
      name: "footnote markers the translation numbers its own way ([10] → [7], [^12] → [^8])",
      files: set({
        en: edit(en, 3, "The collector runs on Linux and Windows \\[10\\], version 0.98 or later [^12]."),
        de: edit(de, 3, "Der Collector läuft unter Linux und Windows \\[7\\], ab Version 0.98 [^8]."),
      }),
      target: deFile,
    },
    {
      name: "numbers the English repeats, written once by the translation (15x to 30x (15 to 30 times) → 15～30 倍, ١٥ إلى ٣٠ ضعفًا)",
      files: set({
        en: edit(en, 3, "The collector runs on Linux and Windows, version 0.98 or later, and is 15x to 30x faster (15 to 30 times)."),
        ja: edit(ja, 3, "コレクターは Linux と Windows のバージョン 0.98 以降で動作し、15～30 倍高速です。"),
        ar: edit(ar, 3, "يعمل المجمّع على Linux و Windows، الإصدار ٠.٩٨ أو أحدث، وهو أسرع بمقدار ١٥ إلى ٣٠ ضعفًا."),
      }),
      target: jaFile,
    },
    {
      name: "the Arabic writes the repeated numbers once, in its own digits",
      files: set({
        en: edit(en, 3, "The collector runs on Linux and Windows, version 0.98 or later, and is 15x to 30x faster (15 to 30 times)."),
        ar: edit(ar, 3, "يعمل المجمّع على Linux و Windows، الإصدار ٠.٩٨ أو أحدث، وهو أسرع بمقدار ١٥ إلى ٣٠ ضعفًا."),
      }),
      target: arFile,
    },
    {
      name: "a number glued into a word by a hyphen is part of the word (a catch-22 → ジレンマ, Zwickmühle)",
      files: set({
        en: edit(en, 3, "The collector runs on Linux and Windows, version 0.98 or later: a catch-22 for old systems."),
        ja: edit(ja, 3, "コレクターは Linux と Windows のバージョン 0.98 以降で動作します。古いシステムにとってはジレンマです。"),
        de: edit(de, 3, "Der Collector läuft unter Linux und Windows, ab Version 0.98: eine Zwickmühle für alte Systeme."),
      }),
      target: jaFile,
    },
    {
      name: "the German renders the hyphenated idiom in words",
      files: set({
        en: edit(en, 3, "The collector runs on Linux and Windows, version 0.98 or later: a catch-22 for old systems."),
        de: edit(de, 3, "Der Collector läuft unter Linux und Windows, ab Version 0.98: eine Zwickmühle für alte Systeme."),
      }),
      target: deFile,
    },
    {
      name: "a link written another way to the same page (relative or absolute, trailing slash, index page, fragment translated)",
      files: set({
        en: edit(en, 19, "See [the guide](guide.md) and [the FAQ](../faq/) for the 12 settings."),
        ja: edit(ja, 19, "12 個の設定については[ガイド](/docs/collector/guide/)と[FAQ](/docs/faq/index.md#よくある質問)を参照してください。"),
      }),
      target: jaFile,
      onDisk: true,
    },
    {
      name: "links localized to the reader's language (a language path segment, a Wikipedia in Arabic with its own title)",
      files: set({
        en: edit(en, 5, "- Download the [release](https://example.com/en-us/releases) and read about [collectors](https://en.wikipedia.org/wiki/Collector)."),
        ar: edit(ar, 5, "- نزّل [الإصدار](https://example.com/ar-sa/releases) واقرأ عن [المجمّعات](https://ar.wikipedia.org/wiki/مجمع)."),
      }),
      target: arFile,
      onDisk: true,
    },
    {
      name: "links in another order, and a link the translation adds, are not changed targets",
      files: set({
        en: edit(en, 19, "See [the guide](guide.md) and [the FAQ](faq.md) for the 12 settings."),
        de: edit(de, 19, "Die 12 Einstellungen beschreiben [die FAQ](faq.md) und [der Leitfaden](guide.md); siehe auch [Beispiele](examples.md)."),
      }),
      target: deFile,
      onDisk: true,
    },
    {
      name: "a large number the Korean writes in myriads (150,000 → 15만), and links localized with /ko/",
      files: {
        ...set({ en: edit(edit(en, 3, "The collector runs on Linux and Windows, version 0.98 or later, with 150,000 pods."), 19, "See [the guide](/docs/guide/) for the 12 settings.") }),
        [koFile]: doc("설치", [
          "# 컬렉터 설치 {#install}",
          "",
          "컬렉터는 Linux와 Windows의 버전 0.98 이상에서 15만 개의 파드와 함께 실행된다.",
          "",
          "- [릴리스](https://example.com/releases)를 다운로드한다.",
          "- `/opt/collector`에 압축을 푼다.",
          "",
          "## 구성 {#configure}",
          "",
          "`config.yaml`을 편집하고 서비스를 다시 시작한다:",
          "",
          "```bash",
          "# 서비스 다시 시작",
          "systemctl restart collector",
          "```",
          "",
          "## 다음 단계 {#next}",
          "",
          "12개의 설정은 [가이드](/ko/docs/guide/)를 참고한다.",
          "",
        ]),
      },
      target: koFile,
    },
  ],
  invalid: [
    {
      name: "a link to another page than the English block's (Japanese)",
      files: { ...set({ ja: edit(ja, 19, "12 個の設定については[ガイド](setup.md)を参照してください。") }), [jaFile.replace("install.md", "setup.md")]: doc("セットアップ", ["セットアップ。"]) },
      target: jaFile,
      onDisk: true,
      errors: [{ line: 22, column: 19, message: 'Expected link target "guide.md" as in the English source\'s block but found "setup.md"', related: [{ path: enFile, line: 22, column: 17 }] }],
    },
    {
      name: "a link to another page, its locale segment localized too (MDN: /de/docs/Web/API/Location for /en-US/docs/Web/API/Document)",
      files: set({
        en: edit(en, 19, "See [the Document interface](/en-US/docs/Web/API/Document) for the 12 settings."),
        de: edit(de, 19, "Die 12 Einstellungen beschreibt [die Schnittstelle](/de/docs/Web/API/Location)."),
      }),
      target: deFile,
      errors: [{ line: 22, column: 53, message: 'Expected link target "/en-US/docs/Web/API/Document" as in the English source\'s block but found "/de/docs/Web/API/Location"' }],
    },
    {
      name: "a link's target changed in the English, the Arabic still on the old one",
      files: set({ en: edit(en, 5, "- Download the [release](https://example.com/downloads).") }),
      target: arFile,
      errors: [{ line: 8, column: 18, message: 'Expected link target "https://example.com/downloads" as in the English source\'s block but found "https://example.com/releases"' }],
    },
    {
      name: "the wrong one of two links, though its target is the other English link's (German)",
      files: {
        ...set({
          en: edit(en, 19, "See [the guide](guide.md) and [the FAQ](faq.md) for the 12 settings."),
          de: edit(de, 19, "Die 12 Einstellungen beschreiben [der Leitfaden](faq.md) und [die FAQ](faq.md)."),
        }),
        [deFile.replace("install.md", "faq.md")]: doc("FAQ", ["FAQ."]),
      },
      target: deFile,
      onDisk: true,
      errors: [{ line: 22, column: 50, message: 'Expected link target "guide.md" as in the English source\'s block but found "faq.md"' }],
    },
    {
      name: "a number written in myriads with the wrong value is still a change (40 million → 400 万)",
      files: set({
        en: edit(en, 3, "The collector handles 40 million spans, version 0.98 or later."),
        ja: edit(ja, 3, "コレクターは 400 万スパンを処理し、バージョン 0.98 以降で動作します。"),
      }),
      target: jaFile,
      errors: [{ line: 6, column: 8, message: 'Expected "40" as in the English source\'s block but found "400"' }],
    },
    {
      name: "a version changed in the English (Japanese)",
      files: set({ en: edit(en, 3, "The collector runs on Linux and Windows, version 0.99 or later.") }),
      target: jaFile,
      errors: [{ line: 6, column: 33, message: 'Expected "99" (in "0.99") as in the English source\'s block but found "98" (in "0.98")', related: [{ path: enFile, line: 6, column: 1 }] }],
    },
    {
      name: "a number changed in the English, the Arabic in its own digits (1,000 → 2,000)",
      files: set({
        en: edit(en, 3, "The collector runs on Linux and Windows, version 0.98 or later, with 2,000 nodes."),
        ar: edit(ar, 3, "يعمل المجمّع على Linux و Windows، الإصدار ٠.٩٨ أو أحدث، مع ١٬٠٠٠ عقدة."),
      }),
      target: arFile,
      errors: [{ line: 6, column: 60, message: 'Expected "2000" (in "2,000") as in the English source\'s block but found "١٬٠٠٠"' }],
    },
    {
      name: "a bare URL added to the English",
      files: set({ en: edit(en, 19, "See [the guide](guide.md) for the 12 settings, or https://example.com/faq.") }),
      target: deFile,
      errors: [{ line: 22, column: 1, message: 'Expected "https://example.com/faq" as in the English source\'s block but found none' }],
    },
    {
      name: "a number both glued into a word and standing free in the English (catch-22 on 22 nodes): the free one is lacking",
      files: set({
        en: edit(en, 3, "The collector runs on Linux and Windows, version 0.98 or later: a catch-22 on 22 nodes."),
        ja: edit(ja, 3, "コレクターは Linux と Windows のバージョン 0.98 以降で動作します。多くのノードでのジレンマです。"),
      }),
      target: jaFile,
      errors: [{ line: 6, column: 1, message: 'Expected "22" as in the English source\'s block but found none' }],
    },
    {
      name: "a repeated number the translation lacks is named once; values it has are not listed (15x to 30x (15 to 30 times) → 15～40 倍)",
      files: set({
        en: edit(en, 3, "The collector runs on Linux and Windows, version 0.98 or later, and is 15x to 30x faster (15 to 30 times)."),
        ja: edit(ja, 3, "コレクターは Linux と Windows のバージョン 0.98 以降で動作し、15～40 倍高速です。"),
      }),
      target: jaFile,
      errors: [{ line: 6, column: 46, message: 'Expected "30" (in "30x") as in the English source\'s block but found "40"' }],
    },
    {
      name: "a version and a named release quoted as the English writes them (v0.10.0, Sonoma 14)",
      files: set({
        en: edit(en, 3, "The collector runs on macOS Sonoma 14 and Linux, version v0.10.0 or later."),
        ja: edit(ja, 3, "コレクターは macOS Sonoma 13 と Linux のバージョン v0.9.0 以降で動作します。"),
      }),
      target: jaFile,
      errors: [{ line: 6, column: 1, message: 'Expected "14" (in "Sonoma 14") and "10" (in "v0.10.0") as in the English source\'s block but found none of them' }],
    },
  ],
});
