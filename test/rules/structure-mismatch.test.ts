// structure-mismatch: headings, list items, tables, alerts and images match the English source or the siblings.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import rule, { firstDifference } from "../../rules/structure-mismatch.js";
import { page, testRule } from "../rule-tester.js";

const rel = "partner-center/billing/manage-subscriptions.md";
const sha1 = (text: string) => createHash("sha1").update(text, "utf8").digest("hex");
const hash = "4f1c2a9e8b7d6c5f4e3d2c1b0a9f8e7d6c5b4a39";

/** One locale's words; the body below puts them on fixed lines (front matter is lines 1-4, the body starts on line 5). */
interface Words {
  title: string;
  intro: string;
  prerequisites: string;
  account: string;
  role: string;
  steps: string;
  signIn: string;
  select: string;
  roleHeader: string;
  canView: string;
  admin: string;
  agent: string;
  yes: string;
  no: string;
  note: string;
  alt: string;
}

const en: Words = {
  title: "Manage subscriptions",
  intro: "You can view and change the subscriptions of your customers.",
  prerequisites: "Prerequisites",
  account: "A Partner Center account",
  role: "The Admin agent role",
  steps: "Steps",
  signIn: "Sign in to Partner Center.",
  select: "Select **Billing**.",
  roleHeader: "Role",
  canView: "Can view",
  admin: "Admin agent",
  agent: "Sales agent",
  yes: "Yes",
  no: "No",
  note: "Changes can take a day to appear.",
  alt: "Billing page",
};
const de: Words = {
  title: "Verwalten von Abonnements",
  intro: "Sie können die Abonnements Ihrer Kunden anzeigen und ändern.",
  prerequisites: "Voraussetzungen",
  account: "Ein Partner Center-Konto",
  role: "Die Rolle „Administrator-Agent“",
  steps: "Schritte",
  signIn: "Melden Sie sich beim Partner Center an.",
  select: "Wählen Sie **Abrechnung** aus.",
  roleHeader: "Rolle",
  canView: "Darf anzeigen",
  admin: "Administrator-Agent",
  agent: "Vertriebs-Agent",
  yes: "Ja",
  no: "Nein",
  note: "Es kann einen Tag dauern, bis Änderungen angezeigt werden.",
  alt: "Abrechnungsseite",
};
const ja: Words = {
  title: "サブスクリプションを管理する",
  intro: "顧客のサブスクリプションを表示および変更できます。",
  prerequisites: "前提条件",
  account: "パートナー センター アカウント",
  role: "管理エージェント ロール",
  steps: "手順",
  signIn: "パートナー センターにサインインします。",
  select: "**[課金]** を選択します。",
  roleHeader: "ロール",
  canView: "表示可能",
  admin: "管理エージェント",
  agent: "販売エージェント",
  yes: "はい",
  no: "いいえ",
  note: "変更が表示されるまでに 1 日かかる場合があります。",
  alt: "課金ページ",
};
const ar: Words = {
  title: "إدارة الاشتراكات",
  intro: "يمكنك عرض اشتراكات عملائك وتغييرها.",
  prerequisites: "المتطلبات الأساسية",
  account: "حساب في مركز الشركاء",
  role: "دور وكيل المسؤول",
  steps: "الخطوات",
  signIn: "سجّل الدخول إلى مركز الشركاء.",
  select: "حدد **الفوترة**.",
  roleHeader: "الدور",
  canView: "يمكنه العرض",
  admin: "وكيل المسؤول",
  agent: "وكيل المبيعات",
  yes: "نعم",
  no: "لا",
  note: "قد يستغرق ظهور التغييرات يومًا واحدًا.",
  alt: "صفحة الفوترة",
};

/** A side-by-side segment. */
const sxs = (id: number, translation: string, source: string) =>
  `<span data-ttu-id="7e8b9-${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="7e8b9-${id}">${source}</span></span>`;

/** The body as lines, index 0 = line 5 of the file. `side` writes each text as a segment with the English beside it. */
function bodyLines(w: Words, side = false): string[] {
  let id = 100;
  const t = (text: keyof Words) => (side ? sxs(id++, w[text], en[text]) : w[text]);
  return [
    `# ${t("title")}`, //  5
    "", //  6
    t("intro"), //  7
    "", //  8
    `## <a name="prerequisites"></a>${t("prerequisites")}`, //  9
    "", // 10
    `- ${t("account")}`, // 11
    `- ${t("role")}`, // 12
    "", // 13
    `## <a name="steps"></a>${t("steps")}`, // 14
    "", // 15
    `1. ${t("signIn")}`, // 16
    `2. ${t("select")}`, // 17
    "", // 18
    `| ${t("roleHeader")} | ${t("canView")} |`, // 19
    "| --- | --- |", // 20
    `| ${t("admin")} | ${t("yes")} |`, // 21
    `| ${t("agent")} | ${t("no")} |`, // 22
    "", // 23
    "> [!NOTE]", // 24
    `> ${t("note")}`, // 25
    "", // 26
    `![${t("alt")}](media/billing.png)`, // 27
    "",
  ];
}

const line = (n: number) => n - 5;
const meta = (title: string, h = hash) => ({ title: `"${title}"`, "ms.openlocfilehash": h });
const doc = (w: Words, lines = bodyLines(w), opts: { h?: string; eol?: "\n" | "\r\n" } = {}) =>
  page(meta(w.title, opts.h), lines.join("\n"), { eol: opts.eol });
/** `lines` with line `n` (file line number) replaced, removed (null) or followed by more lines. */
function edit(lines: string[], n: number, replacement: string | null, ...after: string[]): string[] {
  const out = [...lines];
  if (replacement === null) out.splice(line(n), 1, ...after);
  else out.splice(line(n), 1, replacement, ...after);
  return out;
}

const files = (docs: Partial<Record<"de" | "ja" | "ar" | "hu" | "en", string>>) => {
  const out: Record<string, string> = {};
  const roots = { de: "learn.de-de", ja: "learn.ja-jp", ar: "learn.ar-sa", hu: "learn.hu-hu", en: "learn" };
  for (const [key, text] of Object.entries(docs)) out[`${roots[key as keyof typeof roots]}/${rel}`] = text;
  return out;
};

const deFile = `learn.de-de/${rel}`;
const jaFile = `learn.ja-jp/${rel}`;
const arFile = `learn.ar-sa/${rel}`;
const huFile = `learn.hu-hu/${rel}`;

const hu: Words = {
  ...de,
  title: "Előfizetések kezelése",
  intro: "Megtekintheti és módosíthatja az ügyfelek előfizetéseit.",
  signIn: "Jelentkezzen be a Partnerközpontba.",
};

testRule(rule, {
  valid: [
    {
      name: "plain translations with the same structure in three locales",
      files: files({ de: doc(de), ja: doc(ja), ar: doc(ar) }),
      target: jaFile,
    },
    {
      name: "side-by-side segments in headings, lists and table cells change nothing",
      files: files({ de: doc(de, bodyLines(de, true)), ja: doc(ja, bodyLines(ja, true)), ar: doc(ar) }),
      target: deFile,
    },
    {
      name: "two siblings that disagree: no majority, no reference",
      files: files({ de: doc(de, edit(bodyLines(de), 14, `### <a name="steps"></a>${de.steps}`)), ja: doc(ja) }),
      target: deFile,
    },
    {
      name: "a sibling translated from another English version is not a reference",
      files: files({
        de: doc(de),
        ja: doc(ja, edit(bodyLines(ja), 12, null), { h: "0000000000000000000000000000000000000000" }),
        ar: doc(ar, edit(bodyLines(ar), 12, null), { h: "0000000000000000000000000000000000000000" }),
      }),
      target: deFile,
    },
    {
      name: "the majority's own dates read as list items do not make the correct file wrong",
      files: files({
        de: doc(de, edit(bodyLines(de), 8, "", "- 1. Februar 2021: Ende des Angebots")),
        hu: doc(hu, edit(bodyLines(hu), 8, "", "- 1. február 2021: az ajánlat vége")),
        ja: doc(ja, edit(bodyLines(ja), 8, "", "- 2021年2月1日: オファーの終了")),
      }),
      target: jaFile,
    },
    {
      name: "the majority renders a footnote as a bullet; the locale that escaped it (\\*) repaired it and is not at fault",
      files: files({
        de: doc(de, edit(bodyLines(de), 8, "", "* Die tatsächlichen Einsparungen variieren.")),
        hu: doc(hu, edit(bodyLines(hu), 8, "", "* A tényleges megtakarítás eltérhet.")),
        ja: doc(ja, edit(bodyLines(ja), 8, "", "\\* 実際の割引は異なる場合があります。")),
      }),
      target: jaFile,
    },
    {
      name: "alerts and images are not compared with the English source, headings are and agree",
      files: files({ de: doc(de), en: doc(en, edit(bodyLines(en), 24, "> [!TIP]")) }),
      target: deFile,
    },
  ],
  invalid: [
    {
      name: "a heading level changed in one locale",
      files: files({ de: doc(de), ja: doc(ja, edit(bodyLines(ja), 14, `### <a name="steps"></a>${ja.steps}`)), ar: doc(ar) }),
      target: jaFile,
      errors: [
        {
          line: 14,
          column: 1,
          message: "Expected a level-2 heading as in ar-sa, de-de but found level 3",
          related: [{ path: arFile, line: 14, column: 1 }],
        },
      ],
    },
    {
      name: "a heading level changed in a CRLF file",
      files: files({ de: doc(de, edit(bodyLines(de), 9, `### <a name="prerequisites"></a>${de.prerequisites}`), { eol: "\r\n" }), ja: doc(ja), ar: doc(ar) }),
      target: deFile,
      errors: [{ line: 9, column: 1, message: "Expected a level-2 heading as in ar-sa, ja-jp but found level 3" }],
    },
    {
      name: "a heading missing: the finding is at the heading that now stands in its place",
      files: files({ de: doc(de), ja: doc(ja), ar: doc(ar, edit(bodyLines(ar), 9, "")) }),
      target: arFile,
      errors: [
        {
          line: 14,
          column: 1,
          message: "Expected 3 headings as in de-de, ja-jp but found 2: a level-2 heading is missing before this one",
          related: [{ path: deFile, line: 9, column: 1 }],
        },
      ],
    },
    {
      name: "a list item missing in the right-to-left locale",
      files: files({ de: doc(de), ja: doc(ja), ar: doc(ar, edit(bodyLines(ar), 12, null)) }),
      target: arFile,
      errors: [
        {
          line: 15,
          column: 1,
          message: "Expected 4 list items as in de-de, ja-jp but found 3: a list item is missing before this one",
          related: [{ path: deFile, line: 12, column: 1 }],
        },
      ],
    },
    {
      name: "a translated date at the start of a line becomes a numbered list item",
      files: files({
        de: doc(de, edit(bodyLines(de), 8, "", "Ab dem 1. Februar 2021 gilt das neue Angebot.")),
        ja: doc(ja, edit(bodyLines(ja), 8, "", "2021 年 2 月 1 日から新しいオファーが適用されます。")),
        hu: doc(hu, edit(bodyLines(hu), 8, "", "2021. február 1-jétől az új ajánlat érvényes.")),
      }),
      target: huFile,
      errors: [
        {
          line: 9,
          column: 1,
          endLine: 9,
          endColumn: 6,
          message: 'Expected 4 list items as in de-de, ja-jp but found 5: "2021." here starts a numbered list item (write "2021\\." to keep it text)',
        },
      ],
    },
    {
      name: "a number right after a bullet opens a nested list",
      files: files({
        de: doc(de, edit(bodyLines(de), 12, `- ${de.role} (Option 1)`)),
        ja: doc(ja, edit(bodyLines(ja), 12, `- ${ja.role} (オプション 1)`)),
        hu: doc(hu, edit(bodyLines(hu), 12, "- 1. lehetőség: a rendszergazda-ügynök szerepkör")),
      }),
      target: huFile,
      errors: [{ line: 12, column: 3, message: 'Expected 4 list items as in de-de, ja-jp but found 5: "1." here starts a numbered list item (write "1\\." to keep it text)' }],
    },
    {
      name: "a table with a dropped column",
      files: files({ de: doc(de), ar: doc(ar), ja: doc(ja, edit(edit(edit(edit(bodyLines(ja), 19, `| ${ja.roleHeader} |`), 20, "| --- |"), 21, `| ${ja.admin} |`), 22, `| ${ja.agent} |`)) }),
      target: jaFile,
      errors: [
        {
          line: 20,
          column: 1,
          message: "Expected 2 columns in this table as in ar-sa, de-de but found 1",
          related: [{ path: arFile, line: 20, column: 1 }],
        },
      ],
    },
    {
      name: "a table that stops early: the finding is where it stops",
      files: files({ de: doc(de, edit(bodyLines(de, true), 22, `1. ${de.agent} | ${de.no} |`)), ja: doc(ja, bodyLines(ja, true)), ar: doc(ar) }),
      target: deFile,
      errors: [
        { line: 22, column: 1, message: "Expected 3 rows in this table as in ar-sa, ja-jp but found 2", related: [{ path: arFile, line: 22, column: 1 }] },
        { line: 22, column: 1, message: 'Expected 4 list items as in ar-sa, ja-jp but found 5: "1." here starts a numbered list item (write "1\\." to keep it text)' },
      ],
    },
    {
      name: "a translated alert kind",
      files: files({ de: doc(de, edit(bodyLines(de), 24, "> [!HINWEIS]")), ja: doc(ja), ar: doc(ar) }),
      target: deFile,
      errors: [{ line: 24, column: 3, endColumn: 13, message: 'Expected alert "[!NOTE]" as in ar-sa, ja-jp but found "[!HINWEIS]"' }],
    },
    {
      name: "an extra image after Japanese text on the same line",
      files: files({ de: doc(de), ar: doc(ar), ja: doc(ja, edit(bodyLines(ja), 25, `> ${ja.note}![設定画面](media/settings.png)`)) }),
      target: jaFile,
      errors: [
        {
          line: 25,
          column: 37,
          message: 'Expected 1 image as in ar-sa, de-de but found 2: this image "media/settings.png" is not in ar-sa',
          related: [{ path: arFile, line: 27, column: 17 }],
        },
      ],
    },
    {
      name: "the English source of the same version is the reference for headings",
      files: (() => {
        const source = doc(en, edit(bodyLines(en), 14, `### ${en.steps}`));
        const h = sha1(source);
        return files({ en: source, de: doc(de, bodyLines(de), { h }), ja: doc(ja, bodyLines(ja), { h }) });
      })(),
      target: deFile,
      errors: [{ line: 14, column: 1, message: "Expected a level-3 heading as in the English source but found level 2", related: [{ path: `learn/${rel}`, line: 14, column: 1 }] }],
    },
  ],
});

describe("firstDifference", () => {
  it("finds nothing in equal sequences", () => {
    expect(firstDifference(["2", "3"], ["2", "3"])).toBeNull();
  });
  it("finds a changed element by index when the lengths are equal", () => {
    expect(firstDifference(["2", "3", "2"], ["2", "2", "2"])).toEqual({ kind: "changed", index: 1 });
  });
  it("finds a missing element by alignment", () => {
    expect(firstDifference(["a", "c", "d"], ["a", "b", "c", "d"])).toEqual({ kind: "missing", ref: 1, mine: 1 });
  });
  it("finds an extra element by alignment", () => {
    expect(firstDifference(["a", "x", "b", "c"], ["a", "b", "c"])).toEqual({ kind: "extra", mine: 1, ref: 1 });
  });
  it("finds a trailing extra element", () => {
    expect(firstDifference(["a", "b", "z"], ["a", "b"])).toEqual({ kind: "extra", mine: 2, ref: 2 });
  });
});
