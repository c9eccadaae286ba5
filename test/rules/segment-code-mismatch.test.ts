// segment-code-mismatch: each segment's translation keeps the inline code spans of its English text.
import rule from "../../rules/segment-code-mismatch.js";
import { de, deFile, edit, en, ja, jaFile, set } from "../align/drift-docs.js";
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
  ],
  invalid: [
    {
      name: "a plain translation that wrote a placeholder's value instead of the placeholder is still reported",
      files: set({ en: edit(en, 10, "Edit `config.yaml`, set `commit` to `<HASH>` and restart the service:"), ja: edit(ja, 10, "`config.yaml` を編集し、`commit` を `1ca30b4d` にしてサービスを再起動します:") }),
      target: jaFile,
      errors: [{ line: 13, column: 31, message: 'Expected code "`<HASH>`" as in the English source but found "`1ca30b4d`"' }],
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
      errors: [{ line: 5, column: 31, message: 'Expected code "`Bearer <token>`" as in the English text but found none' }],
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
