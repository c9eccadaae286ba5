// Made-up pages shared by the drift rule tests: an English page and its German, Japanese and Arabic translations, no localization metadata.
import { page } from "../rule-tester.js";

export const rel = "docs/collector/install.md";
export const enFile = `site/${rel}`;
export const deFile = `site.de-de/${rel}`;
export const jaFile = `site.ja-jp/${rel}`;
export const arFile = `site.ar-sa/${rel}`;

/** Front matter is lines 1-3; the body starts on line 4. */
export const en = [
  "# Install the collector {#install}",
  "",
  "The collector runs on Linux and Windows, version 0.98 or later.",
  "",
  "- Download the [release](https://example.com/releases).",
  "- Unpack it to `/opt/collector`.",
  "",
  "## Configure {#configure}",
  "",
  "Edit `config.yaml` and restart the service:",
  "",
  "```bash",
  "# restart the service",
  "systemctl restart collector",
  "```",
  "",
  "## Next steps {#next}",
  "",
  "See [the guide](guide.md) for the 12 settings.",
  "",
];

export const de = [
  "# Den Collector installieren {#install}",
  "",
  "Der Collector läuft unter Linux und Windows, ab Version 0.98.",
  "",
  "- Laden Sie das [Release](https://example.com/releases) herunter.",
  "- Entpacken Sie es nach `/opt/collector`.",
  "",
  "## Konfigurieren {#configure}",
  "",
  "Bearbeiten Sie `config.yaml` und starten Sie den Dienst neu:",
  "",
  "```bash",
  "# Dienst neu starten",
  "systemctl restart collector",
  "```",
  "",
  "## Nächste Schritte {#next}",
  "",
  "Die 12 Einstellungen beschreibt [der Leitfaden](guide.md).",
  "",
];

export const ja = [
  "# コレクターをインストールする {#install}",
  "",
  "コレクターは Linux と Windows のバージョン 0.98 以降で動作します。",
  "",
  "- [リリース](https://example.com/releases)をダウンロードします。",
  "- `/opt/collector` に展開します。",
  "",
  "## 構成する {#configure}",
  "",
  "`config.yaml` を編集してサービスを再起動します:",
  "",
  "```bash",
  "# サービスを再起動する",
  "systemctl restart collector",
  "```",
  "",
  "## 次のステップ {#next}",
  "",
  "12 個の設定については[ガイド](guide.md)を参照してください。",
  "",
];

export const ar = [
  "# تثبيت المجمّع {#install}",
  "",
  "يعمل المجمّع على Linux وWindows، الإصدار 0.98 أو أحدث.",
  "",
  "- نزّل [الإصدار](https://example.com/releases).",
  "- فك ضغطه إلى `/opt/collector`.",
  "",
  "## التكوين {#configure}",
  "",
  "حرّر `config.yaml` وأعد تشغيل الخدمة:",
  "",
  "```bash",
  "# أعد تشغيل الخدمة",
  "systemctl restart collector",
  "```",
  "",
  "## الخطوات التالية {#next}",
  "",
  "راجع [الدليل](guide.md) للإعدادات الـ 12.",
  "",
];

export const doc = (title: string, lines: string[]) => page({ title: `"${title}"` }, lines.join("\n"));

/** The four files; `edit` changes one locale's lines first. */
export function set(changes: { en?: string[]; de?: string[]; ja?: string[]; ar?: string[] } = {}): Record<string, string> {
  return {
    [enFile]: doc("Install", changes.en ?? en),
    [deFile]: doc("Installieren", changes.de ?? de),
    [jaFile]: doc("インストール", changes.ja ?? ja),
    [arFile]: doc("تثبيت", changes.ar ?? ar),
  };
}

/** `lines` with the line at 1-based body line `at` replaced (or removed when `value` is null). */
export function edit(lines: string[], at: number, value: string | null): string[] {
  const copy = [...lines];
  if (value === null) copy.splice(at - 1, 1);
  else copy[at - 1] = value;
  return copy;
}
