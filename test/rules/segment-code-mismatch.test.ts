// segment-code-mismatch: each segment's translation keeps the inline code spans of its English text.
import rule from "../../rules/segment-code-mismatch.js";
import { ar, arFile, de, deFile, edit, en, ja, jaFile, set } from "../align/drift-docs.js";
import { page, testRule } from "../rule-tester.js";

const seg = (id: string, translation: string, english: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

/** Front matter on lines 1-4, the body from line 5. */
const doc = (locale: string, body: string[], eol?: "\r\n") => page({ title: "Reports", "ms.contentlocale": locale }, body.join("\n") + "\n", { eol });

const at = (locale: string) => `docs.${locale}/insights/report-status.md`;

const EN_STATUS = "Valid values are `Pending`, `Running`, `Paused` and `Completed`.";
const EN_TOKEN = "Send the access token in the form `Bearer <token>`.";

testRule(rule, {
  valid: [
    {
      name: "a plain German translation that split the English paragraph in two keeps its code spans in the second (compared as one unit)",
      files: set({
        en: edit(en, 10, "Edit `config.yaml`, check it with `collector validate`, and restart the service:"),
        de: [...de.slice(0, 9), "Bearbeiten Sie `config.yaml`.", "", "Prüfen Sie die Datei mit `collector validate` und starten Sie den Dienst neu:", ...de.slice(10)],
      }),
      target: deFile,
    },
    {
      name: "a plain translation writes an English plural name in the singular (`ServiceMonitors` → `ServiceMonitor`, `` `Tracer`s ``)",
      files: set({
        en: edit(en, 10, "The collector watches `ServiceMonitors` and creates `Tracers` on demand:"),
        de: edit(de, 10, "Der Collector überwacht jeden `ServiceMonitor` und erzeugt `Tracer`s bei Bedarf:"),
      }),
      target: deFile,
    },
    {
      name: "a plain translation leaves out the full stop the English put inside the backticks (`otel.` → `otel`)",
      files: set({ en: edit(en, 10, "Attribute names start with `otel.`"), ja: edit(ja, 10, "属性名は `otel` で始まります。") }),
      target: jaFile,
    },
    {
      name: "the same code spans, reordered in German",
      files: { [at("de-de")]: doc("de-DE", [seg("c0d1e-201", "Gültige Werte sind `Completed`, `Paused`, `Running` und `Pending`.", EN_STATUS)]) },
    },
    {
      name: "blanks around code and spaces inside the backticks do not matter, in Japanese",
      files: { [at("ja-jp")]: doc("ja-JP", [seg("c0d1e-202", "アクセス トークンを ` Bearer <token> ` の形式で送信します。", EN_TOKEN)]) },
    },
    {
      name: "code in a table cell, right to left",
      files: {
        [at("ar-sa")]: doc("ar-SA", ["| الحقل | الوصف |", "| --- | --- |", `| ${seg("c0d1e-203", "`ExecutionStatus`", "`ExecutionStatus`")} | ${seg("c0d1e-204", "حالة `ExecutionStatus`.", "Status of `ExecutionStatus`.")} |`]),
      },
    },
    {
      name: "a plain translation writes a placeholder its own way (`<HASH>` → `<hash>`, `<ハッシュ>`)",
      files: set({
        en: edit(en, 10, "Edit `config.yaml`, set `commit` to `<HASH>` and restart the service:"),
        de: edit(de, 10, "Bearbeiten Sie `config.yaml`, setzen Sie `commit` auf `<hash>` und starten Sie den Dienst neu:"),
        ja: edit(ja, 10, "`config.yaml` を編集し、`commit` を `<ハッシュ>` にしてサービスを再起動します:"),
      }),
      target: deFile,
    },
    {
      name: "a segment without code",
      files: { [at("de-de")]: doc("de-DE", [seg("c0d1e-205", "Berichtsstatus", "Report status")]) },
    },
    {
      name: "code that is the whole text of a link is its label, which a Japanese translation that keeps the link translates",
      files: set({ en: edit(en, 19, "See the [`Span`](guide.md) for the 12 settings."), ja: edit(ja, 19, "12 個の設定については[スパン](guide.md)を参照してください。") }),
      target: jaFile,
    },
    {
      name: "a link label translated inside its backticks, right to left, the link kept",
      files: set({ en: edit(en, 19, "See the [`Tracer`](guide.md) for the 12 settings."), ar: edit(ar, 19, "راجع [`المتتبع`](guide.md) للإعدادات الـ 12.") }),
      target: arFile,
    },
    {
      name: "code naming a term the English page defines under a plain heading is translated with it, in German",
      files: set({
        en: edit(edit(en, 17, "## Log record {#next}"), 19, "Add a qualifier, for example `Log records`, and see [the guide](guide.md) for the 12 settings."),
        de: edit(edit(de, 17, "## Protokolleintrag {#next}"), 19, "Verwenden Sie einen Zusatz, etwa `Protokolleintrag`, und lesen Sie [den Leitfaden](guide.md) zu den 12 Einstellungen."),
      }),
      target: deFile,
    },
    {
      name: "a defined term written without backticks as the translation's heading writes it, right to left",
      files: set({
        en: edit(edit(en, 17, "## Exporter {#next}"), 19, "Vendors ship `Exporters`; see [the guide](guide.md) for the 12 settings."),
        ar: edit(edit(ar, 17, "## المصدِّر {#next}"), 19, "يوفّر الموردون المصدِّر؛ راجع [الدليل](guide.md) للإعدادات الـ 12."),
      }),
      target: arFile,
    },
    {
      name: "a Japanese glossary sorted anew: the term's heading, moved, still tells how the translation writes the term",
      files: set({
        en: [
          "# Glossary {#glossary}", "", "## Log {#log}", "", "Ambiguous: where it matters, use a qualifier, for example `Log record`.", "",
          "## Log record {#log-record}", "", "A recording with a timestamp.", "", "## Metric {#metric}", "", "A measurement taken at run time.", "",
        ],
        ja: [
          "# 用語集 {#glossary}", "", "## ログ {#log}", "", "曖昧です。重要な場合は、たとえば `ログレコード` のような修飾子を使います。", "",
          "## メトリクス {#metric}", "", "実行時に取得された測定値です。", "", "## ログレコード {#log-record}", "", "タイムスタンプ付きの記録です。", "",
        ],
      }),
      target: jaFile,
    },
    {
      name: "an English ordinal suffix on a variable is grammar: `Nth` is `N` in Japanese",
      files: set({ en: edit(en, 10, "Every `Nth` line of `config.yaml` is read:"), ja: edit(ja, 10, "`config.yaml` の `N` 番目ごとの行が読み込まれます:") }),
      target: jaFile,
    },
    {
      name: "a quote mark the English left inside the backticks without a partner is not code",
      files: set({ en: edit(en, 10, "Edit `config.yaml\"` and restart the service:"), de: edit(de, 10, "Bearbeiten Sie `config.yaml` und starten Sie den Dienst neu:") }),
      target: deFile,
    },
  ],
  invalid: [
    {
      name: "a plain translation that wrote a placeholder's value instead of the placeholder is still reported",
      files: set({ en: edit(en, 10, "Edit `config.yaml`, set `commit` to `<HASH>` and restart the service:"), ja: edit(ja, 10, "`config.yaml` を編集し、`commit` を `1ca30b4d` にしてサービスを再起動します:") }),
      target: jaFile,
      errors: [{ line: 13, column: 31, message: 'Expected code "`<HASH>`" as in the English source but found "`1ca30b4d`"' }],
    },
    {
      name: "a link label translated where the link's target changed is still reported, in Japanese",
      files: set({ en: edit(en, 19, "See the [`Span`](guide.md) for the 12 settings."), ja: edit(ja, 19, "12 個の設定については[スパン](other.md)を参照してください。") }),
      target: jaFile,
      errors: [{ line: 22, column: 1, message: 'Expected code "`Span`" as in the English source but found none' }],
    },
    {
      name: "code that is only part of a link's text is no label: its loss is reported, right to left",
      files: set({ en: edit(en, 19, "See [the `collector` guide](guide.md) for the 12 settings."), ar: edit(ar, 19, "راجع [دليل المجمّع](guide.md) للإعدادات الـ 12.") }),
      target: arFile,
      errors: [{ line: 22, column: 1, message: 'Expected code "`collector`" as in the English source but found none' }],
    },
    {
      name: "a heading set in code names a value, not a term: translating it is reported, in German",
      files: set({
        en: edit(edit(en, 17, "## `exporter` {#next}"), 19, "Set the type to `exporter` and see [the guide](guide.md) for the 12 settings."),
        de: edit(edit(de, 17, "## `Exporteur` {#next}"), 19, "Setzen Sie den Typ auf `Exporteur`, siehe [den Leitfaden](guide.md) zu den 12 Einstellungen."),
      }),
      target: deFile,
      errors: [
        { line: 20, column: 4, message: 'Expected code "`exporter`" as in the English source but found "`Exporteur`"' },
        { line: 22, column: 24, message: 'Expected code "`exporter`" as in the English source but found "`Exporteur`"' },
      ],
    },
    {
      name: "a defined term translated otherwise than the translation's own heading writes it is reported, in Japanese",
      files: set({
        en: edit(edit(en, 17, "## Log record {#next}"), 19, "Add a qualifier, for example `Log record`, and see [the guide](guide.md) for the 12 settings."),
        ja: edit(edit(ja, 17, "## ログレコード {#next}"), 19, "`ログ記録` のような修飾子を付け、12 個の設定については[ガイド](guide.md)を参照してください。"),
      }),
      target: jaFile,
      errors: [{ line: 22, column: 1, message: 'Expected code "`Log record`" as in the English source but found "`ログ記録`"' }],
    },
    {
      name: "a lower-case key under a capitalized heading is a value, not the heading's term: translating it is reported, in German",
      files: set({
        en: edit(edit(en, 17, "## Extensions {#next}"), 19, "List them under `extensions` and see [the guide](guide.md) for the 12 settings."),
        de: edit(edit(de, 17, "## Erweiterungen {#next}"), 19, "Führen Sie sie unter `erweiterungen` auf, siehe [den Leitfaden](guide.md) zu den 12 Einstellungen."),
      }),
      target: deFile,
      errors: [{ line: 22, column: 22, message: 'Expected code "`extensions`" as in the English source but found "`erweiterungen`"' }],
    },
    {
      name: "a term whose heading the translation keeps in English, translated in the text, is reported (Span → Spanne), in German",
      files: set({
        en: edit(edit(en, 17, "## Span {#next}"), 19, "Each `Span` has a name; see [the guide](guide.md) for the 12 settings."),
        de: edit(edit(de, 17, "## Span {#next}"), 19, "Jede `Spanne` hat einen Namen, siehe [den Leitfaden](guide.md) zu den 12 Einstellungen."),
      }),
      target: deFile,
      errors: [{ line: 22, column: 6, message: 'Expected code "`Span`" as in the English source but found "`Spanne`"' }],
    },
    {
      name: "a camel-case heading is a name, not a term: its code translated is reported, in Japanese",
      files: set({
        en: edit(edit(en, 17, "## TracerProvider {#next}"), 19, "Create one `TracerProvider` and see [the guide](guide.md) for the 12 settings."),
        ja: edit(edit(ja, 17, "## TracerProvider {#next}"), 19, "`トレーサープロバイダー` を 1 つ作成し、12 個の設定については[ガイド](guide.md)を参照してください。"),
      }),
      target: jaFile,
      errors: [{ line: 22, column: 1, message: 'Expected code "`TracerProvider`" as in the English source but found "`トレーサープロバイダー`"' }],
    },
    {
      name: "a plain translation with another name in code, though both end in s, is still reported",
      files: set({ en: edit(en, 10, "The collector watches `ServiceMonitors` on demand:"), de: edit(de, 10, "Der Collector überwacht `PodMonitors` bei Bedarf:") }),
      target: deFile,
      errors: [{ line: 13, column: 25, message: /^Expected code "`ServiceMonitors`"/ }],
    },
    {
      name: "a plain German translation that lost a code span the English paragraph has",
      files: set({ en: edit(en, 10, "Edit `config.yaml`, check it with `collector validate`, and restart the service:"), de: edit(de, 10, "Bearbeiten Sie `config.yaml`, prüfen Sie die Datei und starten Sie den Dienst neu:") }),
      target: deFile,
      errors: [{ line: 13, column: 1, message: /^Expected code "`collector validate`"/ }],
    },
    {
      name: "a command a Japanese translation kept as plain text is reported at the text, as having lost its backticks",
      files: set({ en: edit(en, 10, "Run `collector validate` after you edit `config.yaml`:"), ja: edit(ja, 10, "`config.yaml` を編集したら collector validate を実行します:") }),
      target: jaFile,
      errors: [{ line: 13, column: 22, endColumn: 40, message: 'Expected code "`collector validate`" as in the English source but found "collector validate" as plain text' }],
    },
    {
      name: "code whose name only appears inside a longer word is lost, not kept as plain text",
      files: set({ en: edit(en, 10, "Edit `config` and restart the service:"), de: edit(de, 10, "Bearbeiten Sie die configuration und starten Sie den Dienst neu:") }),
      target: deFile,
      errors: [{ line: 13, column: 1, message: 'Expected code "`config`" as in the English source but found none' }],
    },
    {
      name: "a translated code span after multi-byte text",
      files: { [at("de-de")]: doc("de-DE", [seg("c0d1e-201", "Gültige Werte sind `Ausstehend`, `Running`, `Paused` und `Completed`.", EN_STATUS)]) },
      errors: [
        {
          line: 5,
          column: 50,
          endColumn: 62,
          message: 'Expected code "`Pending`" as in the English text but found "`Ausstehend`"',
          related: [{ path: at("de-de"), line: 5, column: 179 }],
        },
      ],
    },
    {
      name: "two code spans run together in Japanese",
      files: { [at("ja-jp")]: doc("ja-JP", [seg("c0d1e-201", "有効な値は `Pending`、`Running`、`Paused``Completed` です。", EN_STATUS)]) },
      errors: [{ line: 5, column: 57, message: 'Expected code "`Paused`" and "`Completed`" as in the English text but found "`Paused``Completed`"' }],
    },
    {
      name: "a code span lost, right to left",
      files: { [at("ar-sa")]: doc("ar-SA", [seg("c0d1e-202", "أرسل رمز الوصول بالشكل Bearer <token>.", EN_TOKEN)]) },
      errors: [{ line: 5, column: 54, endColumn: 68, message: 'Expected code "`Bearer <token>`" as in the English text but found "Bearer <token>" as plain text' }],
    },
    {
      name: "code the English text does not have, in a table with CRLF line endings",
      files: {
        [at("de-de")]: doc("de-DE", ["| Spalte | Beschreibung |", "| --- | --- |", `| ${seg("c0d1e-206", "`Tags`", "Tags")} | ${seg("c0d1e-207", "Eine vom Benutzer festgelegte Gruppierung.", "A grouping set by the user.")} |`], "\r\n"),
      },
      errors: [{ line: 7, column: 33, endColumn: 39, message: 'Expected only the code spans of the English text but found "`Tags`"' }],
    },
  ],
});
