// block-extra: a block the translation has and the English source no longer has.
import rule from "../../rules/block-extra.js";
import { arFile, de, deFile, edit, en, enFile, ja, jaFile, set } from "../align/drift-docs.js";
import { glossary, glossaryEn, type Locale, pair, runEn, runJoined, setupEn, setupEnWithNotes, setupMoved } from "../align/move-docs.js";
import { testRule } from "../rule-tester.js";

testRule(rule, {
  valid: [
    { name: "the same blocks (Arabic)", files: set(), target: arFile },
    {
      name: "a block moved in the English: paired where it went, neither missing nor extra",
      files: set({ en: [en[0]!, en[1]!, en[4]!, en[5]!, "", en[2]!, ...en.slice(6)] }),
      target: arFile,
    },
    {
      name: "a sentence the translation moved into a paragraph of its own (German: the English ends its paragraph with it)",
      files: set({ de: [...de.slice(0, 9), "Bearbeiten Sie `config.yaml`.", "", "Starten Sie dann den Dienst neu:", ...de.slice(10)] }),
      target: deFile,
    },
    {
      name: "one long English paragraph the Japanese split into three, without tokens in the later ones (1:n)",
      files: set({
        en: edit(en, 3, "The collector runs on Linux and Windows, version 0.98 or later. It reads its settings once at start and\nkeeps them in memory until it stops. Each pipeline gets its own worker, so a slow exporter never holds up\nthe others, and a failed worker is restarted without losing the data it buffered."),
        ja: [...ja.slice(0, 2), "コレクターは Linux と Windows のバージョン 0.98 以降で動作します。", "", "設定は起動時に一度だけ読み込まれ、停止するまでメモリに保持されます。", "", "パイプラインごとに専用のワーカーがあるため、遅いエクスポーターが他を止めることはなく、失敗したワーカーはバッファ済みのデータを失わずに再起動されます。", ...ja.slice(3)],
      }),
      target: jaFile,
    },
    {
      name: "a sentence with the English paragraph's second code span split into the next paragraph (German, 1:2)",
      files: set({
        en: edit(en, 10, "Edit `config.yaml`, check it with `collector validate`, and restart the service:"),
        de: [...de.slice(0, 9), "Bearbeiten Sie `config.yaml`.", "", "Prüfen Sie die Datei mit `collector validate` und starten Sie den Dienst neu:", ...de.slice(10)],
      }),
      target: deFile,
    },
    {
      name: "a paragraph the Japanese split in two, its links localized with a two-letter locale segment (/ja/docs/ for /docs/)",
      files: set({
        en: edit(en, 19, "See [the guide](/docs/collector/guide/) for the 12 settings, and [the FAQ](/docs/collector/faq/) for the limits of version 1.29."),
        ja: [...ja.slice(0, 18), "12 個の設定については[ガイド](/ja/docs/collector/guide/)を参照してください。", "", "バージョン 1.29 の制限については[FAQ](/ja/docs/collector/faq/)を参照してください。", ""],
      }),
      target: jaFile,
    },
  ],
  invalid: [
    {
      name: "two paragraphs the English does not have, after a paragraph already as long as its English, are still extra (Japanese)",
      files: set({ ja: [...ja.slice(0, 3), "", "このページは古い版です。", "", "最新の情報については、英語版のページを参照してください。", ...ja.slice(3)] }),
      target: jaFile,
      errors: [{ line: 8, column: 1, message: 'Expected no paragraph here as in the English source but found "このページは古い版です。" (and 1 more block)' }],
    },
    {
      name: "a paragraph the translation added with a link of its own is still extra (German)",
      files: set({ de: [...de.slice(0, 9), "Bearbeiten Sie `config.yaml` und starten Sie den Dienst neu:", "", "Siehe auch [die FAQ](faq.md).", ...de.slice(10)] }),
      target: deFile,
      errors: [{ line: 15, column: 1, message: 'Expected no paragraph here as in the English source but found "Siehe auch [die FAQ](faq.md)."' }],
    },
    {
      name: "a paragraph removed from the English, still in the translation (right-to-left)",
      files: set({ en: edit(en, 3, null) }),
      target: arFile,
      errors: [
        {
          line: 6,
          column: 1,
          message: /^Expected no paragraph here as in the English source but found "يعمل المجمّع على Linux/,
          related: [{ path: enFile, line: 7, column: 1 }],
        },
      ],
    },
    {
      name: "a code block removed from the English",
      files: set({ en: [...en.slice(0, 11), ...en.slice(15)] }),
      target: arFile,
      errors: [{ line: 15, column: 1, message: 'Expected no code block here as in the English source but found "bash"' }],
    },
  ],
});

// What a translation moved or joined is no extra block: a glossary in its own alphabet, a paragraph moved and edited, two paragraphs joined.
testRule(rule, {
  valid: (["es", "ja", "ar"] as Locale[]).flatMap((locale) => [
    { name: `a glossary sorted in the translation's alphabet (${locale})`, ...pair("docs/glossary.md", glossaryEn, locale, glossary(locale)) },
    { name: `a glossary sorted in the translation's alphabet, one term left out (${locale})`, ...pair("docs/glossary.md", glossaryEn, locale, glossary(locale, "resource")) },
    { name: `a paragraph moved and edited, the English paragraph after it missing (${locale})`, ...pair("docs/setup.md", setupEnWithNotes, locale, setupMoved[locale]) },
    { name: `a paragraph moved and edited (${locale})`, ...pair("docs/setup.md", setupEn, locale, setupMoved[locale]) },
    { name: `two paragraphs joined, a long section left out (${locale})`, ...pair("docs/run.md", runEn, locale, runJoined[locale]) },
  ]),
  invalid: (
    [
      ["es", "Consulte también el [registro de cambios](changelog.md)."],
      ["ja", "[変更履歴](changelog.md)も参照してください。"],
      ["ar", "راجع أيضًا [سجل التغييرات](changelog.md)."],
    ] as [Locale, string][]
  ).map(([locale, line]) => ({
    name: `a paragraph the English does not have, right after one the translation moved: reported, the moved one not (${locale})`,
    ...pair("docs/setup.md", setupEn, locale, [...setupMoved[locale], line, ""]),
    errors: [{ line: 18, column: 1, message: `Expected no paragraph here as in the English source but found "${line.length > 40 ? `${line.slice(0, 39)}…` : line}"` }],
  })),
});
