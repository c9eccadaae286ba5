// Made-up pages for the alignment's moves and joins: a glossary each translation sorts in its own
// alphabet, a paragraph moved and edited, two paragraphs joined in a translation that lacks a long
// section, and a section whose English intro a translation left out. Spanish, Japanese and Arabic.
import { doc } from "./drift-docs.js";

export type Locale = "es" | "ja" | "ar";
const folder: Record<Locale, string> = { es: "site.es-es", ja: "site.ja-jp", ar: "site.ar-sa" };

/** The English page and its translation at `site/<rel>` and `site.<locale>/<rel>`. */
export function pair(rel: string, english: string[], locale: Locale, translation: string[]): { files: Record<string, string>; target: string } {
  return { files: { [`site/${rel}`]: doc("Page", english), [`${folder[locale]}/${rel}`]: doc("Página", translation) }, target: `${folder[locale]}/${rel}` };
}

/** A glossary in English order; every term's first paragraph links to others, some have a second one with a reference link only. */
export const glossaryEn = [
  "# Glossary {#glossary}",
  "",
  "Terms used across these pages.",
  "",
  "### Attribute",
  "",
  "A key and a value on a [span](#span) or a [resource](#resource).",
  "",
  "See the [attribute reference][attribute].",
  "",
  "### Resource",
  "",
  "The entity that produces telemetry, such as a [service](#service).",
  "",
  "### Service",
  "",
  "One or more processes that answer requests, described by a [resource](#resource).",
  "",
  "See [Service naming][naming].",
  "",
  "### Span",
  "",
  "One operation within a [trace](#trace), with a start and an end.",
  "",
  "See [Tracing concepts][tracing].",
  "",
  "### Trace",
  "",
  "The path of one request through each [service](#service) it reaches, as [spans](#span).",
  "",
  "Also called a distributed trace.",
  "",
  "[attribute]: /docs/specs/attributes/",
  "[naming]: /docs/guides/naming/",
  "[tracing]: ../signals/traces/",
  "",
];

const definitions = ["[attribute]: /docs/specs/attributes/", "[naming]: /docs/guides/naming/", "[tracing]: ../signals/traces/", ""];

/** Each translation's sections by English term, in the order its alphabet sorts them. */
const glossaryTerms: Record<Locale, { head: string[]; sections: Record<string, string[]> }> = {
  es: {
    head: ["# Glosario {#glossary}", "", "Términos que se usan en estas páginas.", ""],
    sections: {
      attribute: ["### Atributo {#attribute}", "", "Una clave y un valor en un [tramo](#span) o un [recurso](#resource).", "", "Consulte la [referencia de atributos][attribute].", ""],
      trace: ["### Rastro {#trace}", "", "El camino de una solicitud por cada [servicio](#service) que alcanza, como [tramos](#span).", "", "También se llama rastro distribuido.", ""],
      resource: ["### Recurso {#resource}", "", "La entidad que produce telemetría, como un [servicio](#service).", ""],
      service: ["### Servicio {#service}", "", "Uno o más procesos que responden solicitudes, descritos por un [recurso](#resource).", "", "Consulte [Nombres de servicios][naming].", ""],
      span: ["### Tramo {#span}", "", "Una operación dentro de un [rastro](#trace), con un inicio y un fin.", "", "Consulte [Conceptos de rastreo][tracing].", ""],
    },
  },
  ja: {
    head: ["# 用語集 {#glossary}", "", "これらのページで使う用語です。", ""],
    sections: {
      service: ["### サービス {#service}", "", "リクエストに応答する 1 つ以上のプロセスで、[リソース](#resource)で記述されます。", "", "[サービスの命名][naming]を参照してください。", ""],
      span: ["### スパン {#span}", "", "[トレース](#trace)内の 1 つの操作で、開始と終了があります。", "", "[トレースの概念][tracing]を参照してください。", ""],
      attribute: ["### 属性 {#attribute}", "", "[スパン](#span)または[リソース](#resource)のキーと値です。", "", "[属性リファレンス][attribute]を参照してください。", ""],
      trace: ["### トレース {#trace}", "", "1 つのリクエストが到達する各[サービス](#service)を通る経路で、[スパン](#span)の集まりです。", "", "分散トレースとも呼ばれます。", ""],
      resource: ["### リソース {#resource}", "", "[サービス](#service)など、テレメトリーを生成するエンティティです。", ""],
    },
  },
  ar: {
    head: ["# مسرد المصطلحات {#glossary}", "", "مصطلحات مستخدمة في هذه الصفحات.", ""],
    sections: {
      span: ["### امتداد {#span}", "", "عملية واحدة داخل [تتبع](#trace)، لها بداية ونهاية.", "", "راجع [مفاهيم التتبع][tracing].", ""],
      trace: ["### تتبع {#trace}", "", "مسار طلب واحد عبر كل [خدمة](#service) يصل إليها، في صورة [امتدادات](#span).", "", "يسمى أيضًا التتبع الموزع.", ""],
      service: ["### خدمة {#service}", "", "عملية أو أكثر تجيب عن الطلبات، يصفها [مورد](#resource).", "", "راجع [تسمية الخدمات][naming].", ""],
      attribute: ["### سمة {#attribute}", "", "مفتاح وقيمة على [امتداد](#span) أو [مورد](#resource).", "", "راجع [مرجع السمات][attribute].", ""],
      resource: ["### مورد {#resource}", "", "الكيان الذي ينتج القياسات، مثل [خدمة](#service).", ""],
    },
  },
};

/** The glossary in `locale`, sorted in its alphabet; `drop` leaves out a term's section. */
export function glossary(locale: Locale, drop?: string): string[] {
  const { head, sections } = glossaryTerms[locale];
  return [...head, ...Object.entries(sections).flatMap(([term, lines]) => (term === drop ? [] : lines)), ...definitions];
}

/** A setup page: the "Set `OTEL_HOME`" paragraph is the one translations move. */
export const setupEn = [
  "# Setup {#setup}",
  "",
  "## Install {#install}",
  "",
  "Download the [package](https://example.com/pkg) and run `install.sh`.",
  "",
  "Set `OTEL_HOME`, then read the [checklist](checklist.md) and the [FAQ](faq.md).",
  "",
  "## Configure {#configure}",
  "",
  "Edit `config.yaml` to name your [service](service.md).",
  "",
  "Restart with `otelctl restart`.",
  "",
];

/** The paragraph the English has right after the moved one, in the variant where a translation lacks it. */
export const setupEnWithNotes = [...setupEn.slice(0, 8), "Keep the [release notes](notes.md) at hand.", "", ...setupEn.slice(8)];

/** The setup page translated, the `OTEL_HOME` paragraph moved to the end and its FAQ link dropped. */
export const setupMoved: Record<Locale, string[]> = {
  es: [
    "# Configuración {#setup}",
    "",
    "## Instalar {#install}",
    "",
    "Descargue el [paquete](https://example.com/pkg) y ejecute `install.sh`.",
    "",
    "## Configurar {#configure}",
    "",
    "Edite `config.yaml` para nombrar su [servicio](service.md).",
    "",
    "Reinicie con `otelctl restart`.",
    "",
    "Defina `OTEL_HOME` y lea la [lista de comprobación](checklist.md).",
    "",
  ],
  ja: [
    "# セットアップ {#setup}",
    "",
    "## インストール {#install}",
    "",
    "[パッケージ](https://example.com/pkg)をダウンロードし、`install.sh` を実行します。",
    "",
    "## 構成 {#configure}",
    "",
    "`config.yaml` を編集して[サービス](service.md)に名前を付けます。",
    "",
    "`otelctl restart` で再起動します。",
    "",
    "`OTEL_HOME` を設定し、[チェックリスト](checklist.md)を読んでください。",
    "",
  ],
  ar: [
    "# الإعداد {#setup}",
    "",
    "## التثبيت {#install}",
    "",
    "نزّل [الحزمة](https://example.com/pkg) وشغّل `install.sh`.",
    "",
    "## التكوين {#configure}",
    "",
    "حرّر `config.yaml` لتسمية [خدمتك](service.md).",
    "",
    "أعد التشغيل باستخدام `otelctl restart`.",
    "",
    "اضبط `OTEL_HOME` ثم اقرأ [قائمة التحقق](checklist.md).",
    "",
  ],
};

/** A page with a long "Verify" section and two short paragraphs in "Example" (the second without tokens). */
export const runEn = [
  "# Run the agent {#run}",
  "",
  "This page shows how to run the agent next to a service and how to check what it records.",
  "",
  "## Verify the image {#verify}",
  "",
  "The agent image is signed with [Cosign](https://example.com/cosign) by the release workflow, and every",
  "published tag carries a signature that you can check before you deploy it anywhere.",
  "",
  "```sh",
  "cosign verify --certificate-identity-regexp 'https://example.com/agent/' example/agent:v1.2.0",
  "cosign verify --certificate-identity-regexp 'https://example.com/agent/' ghcr.io/example/agent:v1.2.0",
  "```",
  "",
  "A successful check reports that the claims were validated and shows the signed digest of the image.",
  "If the check fails, confirm that the tag exists in the registry you queried, that you are checking a",
  "published release and not a development build, and that the identity matches the workflow above.",
  "",
  "## Example {#example}",
  "",
  "The command above starts a small web service on port `8443`, exposed on the host as port `18443`.",
  "",
  "Set these variables so that the agent prints what it sees and listens on that port:",
  "",
  "```sh",
  "export AGENT_PRINT=text",
  "export AGENT_PORT=8443",
  "```",
  "",
  "Then open `https://localhost:18443` in a browser and watch the agent print each request it sees.",
  "",
];

/** The run page without its "Verify" section, the two "Example" paragraphs joined into one. */
export const runJoined: Record<Locale, string[]> = {
  es: [
    "# Ejecutar el agente {#run}",
    "",
    "Esta página muestra cómo ejecutar el agente junto a un servicio y cómo comprobar lo que registra.",
    "",
    "## Ejemplo {#example}",
    "",
    "El comando anterior inicia un pequeño servicio web en el puerto `8443`, expuesto en el host como el",
    "puerto `18443`. Defina estas variables para que el agente imprima lo que ve y escuche en ese puerto:",
    "",
    "```sh",
    "export AGENT_PRINT=text",
    "export AGENT_PORT=8443",
    "```",
    "",
    "Luego abra `https://localhost:18443` en un navegador y observe cómo el agente imprime cada solicitud que ve.",
    "",
  ],
  ja: [
    "# エージェントを実行する {#run}",
    "",
    "このページでは、サービスの隣でエージェントを実行し、記録内容を確認する方法を説明します。",
    "",
    "## 例 {#example}",
    "",
    "上のコマンドはポート `8443` で小さな Web サービスを起動し、ホストではポート `18443` として公開します。エージェントが見たものを出力し、そのポートで待ち受けるように、次の変数を設定します。",
    "",
    "```sh",
    "export AGENT_PRINT=text",
    "export AGENT_PORT=8443",
    "```",
    "",
    "次に、ブラウザーで `https://localhost:18443` を開き、エージェントが見た各リクエストを出力する様子を確認します。",
    "",
  ],
  ar: [
    "# تشغيل الوكيل {#run}",
    "",
    "توضح هذه الصفحة كيفية تشغيل الوكيل بجانب خدمة وكيفية التحقق مما يسجله.",
    "",
    "## مثال {#example}",
    "",
    "يبدأ الأمر السابق خدمة ويب صغيرة على المنفذ `8443`، مكشوفة على المضيف بالمنفذ `18443`. اضبط هذه",
    "المتغيرات كي يطبع الوكيل ما يراه ويستمع على ذلك المنفذ:",
    "",
    "```sh",
    "export AGENT_PRINT=text",
    "export AGENT_PORT=8443",
    "```",
    "",
    "ثم افتح `https://localhost:18443` في متصفح وراقب الوكيل وهو يطبع كل طلب يراه.",
    "",
  ],
};

/** A section whose intro is followed by short "Pros:" and "Cons:" lines before their lists. */
export const tradeoffsEn = [
  "# No collector {#no-collector}",
  "",
  "Applications send their telemetry straight to a backend, with no collector between them.",
  "",
  "## Trade-offs {#trade-offs}",
  "",
  "Here are the key pros and cons of sending telemetry without a collector in between:",
  "",
  "Pros:",
  "",
  "- Simple to use in development and test environments",
  "- No extra process to deploy or to operate",
  "",
  "Cons:",
  "",
  "- Code changes whenever the backend or the processing changes",
  "- Tight coupling between the application code and the backend",
  "",
];

/** The trade-offs page translated without the intro of its section. */
export const tradeoffsNoIntro: Record<Locale, string[]> = {
  es: [
    "# Sin collector {#no-collector}",
    "",
    "Las aplicaciones envían su telemetría directamente a un backend, sin un collector entre ambos.",
    "",
    "## Ventajas y desventajas {#trade-offs}",
    "",
    "Ventajas:",
    "",
    "- Fácil de usar en entornos de desarrollo y de prueba",
    "- Ningún proceso adicional que desplegar u operar",
    "",
    "Desventajas:",
    "",
    "- Cambios de código cada vez que cambian el backend o el procesamiento",
    "- Fuerte acoplamiento entre el código de la aplicación y el backend",
    "",
  ],
  ja: [
    "# コレクターなし {#no-collector}",
    "",
    "アプリケーションはコレクターを介さずにテレメトリーをバックエンドへ直接送信します。",
    "",
    "## トレードオフ {#trade-offs}",
    "",
    "長所：",
    "",
    "- 開発環境やテスト環境で簡単に使える",
    "- デプロイや運用が必要な追加のプロセスがない",
    "",
    "短所：",
    "",
    "- バックエンドや処理が変わるたびにコードの変更が必要",
    "- アプリケーションコードとバックエンドの強い結合",
    "",
  ],
  ar: [
    "# بدون مجمّع {#no-collector}",
    "",
    "ترسل التطبيقات بيانات القياس مباشرة إلى الواجهة الخلفية، دون مجمّع بينهما.",
    "",
    "## المزايا والعيوب {#trade-offs}",
    "",
    "المزايا:",
    "",
    "- سهل الاستخدام في بيئات التطوير والاختبار",
    "- لا توجد عملية إضافية للنشر أو التشغيل",
    "",
    "العيوب:",
    "",
    "- تغييرات في الشيفرة كلما تغيرت الواجهة الخلفية أو المعالجة",
    "- ارتباط وثيق بين شيفرة التطبيق والواجهة الخلفية",
    "",
  ],
};
