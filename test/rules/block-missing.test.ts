// block-missing: a block the English source has and the translation lacks, found by alignment, at the place it is missing.
import rule from "../../rules/block-missing.js";
import { ar, arFile, de, deFile, doc, edit, en, enFile, ja, jaFile, set } from "../align/drift-docs.js";
import { agentEn, agentShort, checksEn, checksShort, glossary, glossaryEn, type Locale, pair, runEn, runJoined, setupEn, setupEnWithNotes, setupMoved, tradeoffsEn, tradeoffsNoIntro } from "../align/move-docs.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "every block translated (German)", files: set(), target: deFile },
    { name: "every block translated (Japanese)", files: set(), target: jaFile },
    {
      name: "two English paragraphs the Japanese joined into one (every link of both in it)",
      files: set({
        en: [...en.slice(0, 19), "", "Read the [FAQ](faq.md) too.", ""],
        ja: edit(ja, 19, "12 個の設定については[ガイド](guide.md)を参照してください。[FAQ](faq.md)もお読みください。"),
      }),
      target: jaFile,
    },
    {
      name: "two English paragraphs without tokens that the Arabic joined into one (n:1, right-to-left)",
      files: set({
        en: [...en.slice(0, 3), "", "It reads its settings once at start and keeps them in memory until it stops, so a change\nneeds a restart before it takes effect on any of the running pipelines.", ...en.slice(3)],
        ar: edit(ar, 3, "يعمل المجمّع على Linux وWindows، الإصدار 0.98 أو أحدث. يقرأ إعداداته مرة واحدة عند البدء ويحتفظ بها في الذاكرة حتى يتوقف، لذا يحتاج أي تغيير إلى إعادة التشغيل قبل أن يسري على خطوط المعالجة العاملة."),
      }),
      target: arFile,
    },
    {
      name: "cosmetic English changes and a translation that reflows its paragraph stay quiet",
      files: set({
        en: edit(edit(en, 3, "The collector runs on _Linux_ and\nWindows, version 0.98 or later."), 10, "Edit `config.yaml` and   restart the service:"),
        de: edit(de, 3, "Ab Version 0.98 läuft der Collector\nunter Linux und Windows."),
      }),
      target: deFile,
    },
    {
      name: "a translation of another English version (it has an ms.openlocfilehash the source does not match) is not compared",
      files: { ...set({ de: edit(de, 6, null) }), [deFile]: `---\ntitle: x\nms.openlocfilehash: 0123456789012345678901234567890123456789\n---\n${edit(de, 6, null).join("\n")}` },
      target: deFile,
    },
    {
      name: "an alert the English wraps over two lines, written on one line by the Japanese (its text on the marker line)",
      files: set({
        en: [...en.slice(0, 10), "", "> [!NOTE] Restart the service after each edit, or the", "> old settings stay in memory.", ...en.slice(10)],
        ja: [...ja.slice(0, 10), "", "> [!NOTE] 編集のたびにサービスを再起動してください。再起動しないと古い設定がメモリに残ります。", ...ja.slice(10)],
      }),
      target: jaFile,
    },
    {
      name: "the same in Arabic, the alert inside a list item",
      files: set({
        en: [...en.slice(0, 5), "", "  > [!IMPORTANT] Take note of the path to the", "  > folder.", ...en.slice(5)],
        ar: [...ar.slice(0, 5), "", "  > [!IMPORTANT] دوّن مسار المجلد.", ...ar.slice(5)],
      }),
      target: arFile,
    },
    {
      name: "issue-search links the translation writes with `+` for blanks and its own query punctuation, among blocks without other tokens (Spanish, Japanese)",
      files: {
        "site/docs/contribute.md": doc("Contribute", ["## First time? {#first-time}", "", "- **[Choose an issue][]** with one of these labels:", "  - [Good first issue](https://example.com/issues?q=label%22good%20first%20issue%22)", "  - [Help wanted](https://example.com/issues?q=label%22help%20wanted%22)", "", "We **do not assign issues** to people who have not contributed yet.", "", "[choose an issue]: issues.md", ""]),
        "site.es-es/docs/contribute.md": doc("Contribuir", ["## ¿Primera vez? {#first-time}", "", "- **[Elige un issue][elegir]** con una de estas etiquetas:", "  - [Good first issue](https://example.com/issues?q=label%22good+first+issue%22)", "  - [Help wanted](https://example.com/issues?q=label%3A%22help+wanted%22)", "", "**No asignamos issues** a quienes aún no han contribuido.", "", "[elegir]: issues.md", ""]),
        "site.ja-jp/docs/contribute.md": doc("貢献", ["## 初めてですか？ {#first-time}", "", "- 次のラベルのいずれかが付いた **[Issue を選ぶ][choose an issue]**:", "  - [初心者向け](https://example.com/issues?q=label%22good+first+issue%22)", "  - [協力者募集](https://example.com/issues?q=label%3A%22help+wanted%22)", "", "まだ貢献したことのない人には **Issue を割り当てません**。", "", "[choose an issue]: issues.md", ""]),
      },
      target: "site.es-es/docs/contribute.md",
    },
  ],
  invalid: [
    {
      name: "one of two English paragraphs of like length and no links, code or names is missing: both named, at the paragraph the Japanese has",
      files: set({
        en: [...en.slice(0, 3), "", "A trace is made of one or more spans, and the first span is the root of the others.", "", "For example, a request may pass through a gateway, a service and a database on its way.", ...en.slice(3)],
        ja: [...ja.slice(0, 3), "", "トレースは 1 つ以上のスパンで構成され、最初のスパンが他のスパンのルートになります。", ...ja.slice(3)],
      }),
      target: jaFile,
      errors: [{ line: 8, column: 1, message: 'Expected 2 paragraphs as in the English source ("A trace is made of one or more spans, a…" and "For example, a request may pass through…") but found 1 here', related: [{ path: enFile, line: 8, column: 1 }] }],
    },
    {
      name: "the same in Arabic",
      files: set({
        en: [...en.slice(0, 3), "", "A trace is made of one or more spans, and the first span is the root of the others.", "", "For example, a request may pass through a gateway, a service and a database on its way.", ...en.slice(3)],
        ar: [...ar.slice(0, 3), "", "يتكون التتبع من امتداد واحد أو أكثر، وأول امتداد هو جذر الامتدادات الأخرى.", ...ar.slice(3)],
      }),
      target: arFile,
      errors: [{ line: 8, column: 1, message: /^Expected 2 paragraphs as in the English source \("A trace is made/ }],
    },
    {
      name: "a short paragraph and a long one: the length tells which is missing, and it is named (German)",
      files: set({
        en: [...en.slice(0, 3), "", "Pros:", "", "Skipping the collector keeps the setup small, but you lose batching, retries and the other processing it would do for you.", ...en.slice(3)],
        de: [...de.slice(0, 3), "", "Wenn Sie den Collector weglassen, bleibt die Einrichtung klein, aber Sie verlieren Batching, Wiederholungen und die übrige Verarbeitung.", ...de.slice(3)],
      }),
      target: deFile,
      errors: [{ line: 8, column: 1, message: 'Expected a paragraph "Pros:" as in the English source before this block but found none' }],
    },
    {
      name: "an alert on one line that the German lacks is still missing",
      files: set({ en: [...en.slice(0, 10), "", "> [!NOTE] Restart the service after each edit.", ...en.slice(10)] }),
      target: deFile,
      errors: [{ line: 15, column: 1, message: 'Expected an alert "[!NOTE] Restart the service after each …" as in the English source before this block but found none' }],
    },
    {
      name: "a paragraph added to the English after the last one, not in the Japanese",
      files: set({ en: [...en.slice(0, 19), "", "Read the [FAQ](faq.md) too.", ""] }),
      target: jaFile,
      errors: [{ line: 22, column: 38, message: 'Expected a paragraph "Read the [FAQ](faq.md) too." as in the English source at the end of the file but found none' }],
    },
    {
      name: "a list item dropped: reported before the block that now follows",
      files: set({ de: edit(de, 6, null) }),
      target: deFile,
      errors: [
        {
          line: 10,
          column: 1,
          message: 'Expected a list item "Unpack it to `/opt/collector`." as in the English source before this block but found none',
          related: [{ path: enFile, line: 9, column: 1 }],
        },
      ],
    },
    {
      name: "a whole section missing at the end (Japanese)",
      files: set({ ja: ja.slice(0, 16) }),
      target: jaFile,
      errors: [{ line: 18, column: 4, message: 'Expected the section "Next steps" as in the English source at the end of the file but found none', related: [{ path: enFile, line: 20, column: 1 }] }],
    },
    {
      name: "a paragraph added to the English: one finding, later blocks still paired",
      files: set({ en: [...en.slice(0, 4), "Both builds are signed.", "", ...en.slice(4)] }),
      target: deFile,
      errors: [{ line: 8, column: 1, message: 'Expected a paragraph "Both builds are signed." as in the English source before this block but found none' }],
    },
  ],
});

const locales: [Locale, string][] = [
  ["es", "Spanish"],
  ["ja", "Japanese"],
  ["ar", "Arabic, right-to-left"],
];

// Blocks a translation has elsewhere, or joined, are not missing; a block really missing beside them is, by name and place.
testRule(rule, {
  valid: locales.flatMap(([locale, language]) => [
    { name: `a glossary sorted in the translation's alphabet: each term's section, tokenless paragraphs too, pairs where it went (${language})`, ...pair("docs/glossary.md", glossaryEn, locale, glossary(locale)) },
    { name: `a paragraph moved to another section and edited (a link dropped): moved, not missing (${language})`, ...pair("docs/setup.md", setupEn, locale, setupMoved[locale]) },
  ]),
  invalid: locales.flatMap(([locale, language]) => [
    {
      name: `a glossary term the sorted translation lacks: its section, and no other term's paragraph (${language})`,
      ...pair("docs/glossary.md", glossaryEn, locale, glossary(locale, "resource")),
      errors: [{ line: locale === "es" ? 20 : 8, column: 1, message: 'Expected the section "Resource" as in the English source before this block but found none' }],
    },
    {
      name: `a paragraph really missing right after one the translation moved: reported, the moved one not (${language})`,
      ...pair("docs/setup.md", setupEnWithNotes, locale, setupMoved[locale]),
      errors: [{ line: 10, column: 1, message: 'Expected a paragraph "Keep the [release notes](notes.md) at h…" as in the English source before this block but found none', related: [{ path: "site/docs/setup.md", line: 12, column: 1 }] }],
    },
    {
      name: `two paragraphs joined in a translation that lacks a long section: the section is missing, the joined paragraph not (${language})`,
      ...pair("docs/run.md", runEn, locale, runJoined[locale]),
      errors: [{ line: 8, column: 1, message: 'Expected the section "Verify the image" as in the English source before this block but found none' }],
    },
    {
      name: `a long paragraph left out of a translation that also lacks a whole section: reported, neither taken for a join nor for the short one after it (${language})`,
      ...pair("docs/agent.md", agentEn, locale, agentShort[locale]),
      errors: [
        { line: 10, column: 1, message: 'Expected the section "Install" as in the English source before this block but found none' },
        { line: 14, column: 1, message: 'Expected a paragraph "The agent reads its settings once when …" as in the English source before this block but found none', related: [{ path: "site/docs/agent.md", line: 25, column: 1 }] },
      ],
    },
    {
      name: `a note left out of a translation that also lacks a long section: the note is reported, not the paragraph before it, whose share of the shorter file is larger (${language})`,
      ...pair("docs/checks.md", checksEn, locale, checksShort[locale]),
      errors: [
        { line: 8, column: 1, message: 'Expected the section "Build" as in the English source before this block but found none' },
        { line: 14, column: 1, message: 'Expected a paragraph "Only recent blog posts are checked. For…" as in the English source before this block but found none', related: [{ path: "site/docs/checks.md", line: 27, column: 3 }] },
      ],
    },
    {
      name: `a section's intro left out: the intro is reported, not the short "Pros:" the translation has (${language})`,
      ...pair("docs/tradeoffs.md", tradeoffsEn, locale, tradeoffsNoIntro[locale]),
      errors: [{ line: 10, column: 1, message: 'Expected a paragraph "Here are the key pros and cons of sendi…" as in the English source before this block but found none', related: [{ path: "site/docs/tradeoffs.md", line: 10, column: 1 }] }],
    },
  ]),
});
