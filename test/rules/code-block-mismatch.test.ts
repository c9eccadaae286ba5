// code-block-mismatch: fenced code is never translated; each block equals the reference's, line endings aside.
import { createHash } from "node:crypto";
import rule from "../../rules/code-block-mismatch.js";
import { page, testRule } from "../rule-tester.js";

const rel = "partner-center/develop/get-customers.md";
const sha1 = (text: string) => createHash("sha1").update(text, "utf8").digest("hex");
const hash = "9d3e1f0c2b4a6d8e0f1a3c5e7b9d2f4a6c8e0b1d";

const script = ["Connect-PartnerCenter -Tenant contoso.onmicrosoft.com", 'Write-Host "合計 🙂" # Count the customers', "Get-PartnerCustomer | Select-Object Name"];
const json = ['{ "name": "Contoso", "country": "US" }'];

interface Words {
  title: string;
  intro: string;
  then: string;
}
const en: Words = { title: "Get customers", intro: "Run this script in PowerShell:", then: "The request body looks like this:" };
const de: Words = { title: "Abrufen von Kunden", intro: "Führen Sie dieses Skript in PowerShell aus:", then: "Der Anforderungstext sieht so aus:" };
const ja: Words = { title: "顧客を取得する", intro: "PowerShell で次のスクリプトを実行します:", then: "要求本文は次のようになります:" };
const ar: Words = { title: "الحصول على العملاء", intro: "شغّل هذا البرنامج النصي في PowerShell:", then: "يبدو نص الطلب كما يلي:" };

/** Front matter is lines 1-4; the body starts on line 5: the first block's code is lines 10-12, the second's line 18. */
function body(w: Words, code = script, second = json): string[] {
  return [`# ${w.title}`, "", w.intro, "", "```powershell", ...code, "```", "", w.then, "", "```json", ...second, "```", ""];
}

const doc = (w: Words, lines = body(w), opts: { h?: string; eol?: "\n" | "\r\n" } = {}) =>
  page({ title: `"${w.title}"`, "ms.openlocfilehash": opts.h ?? hash }, lines.join("\n"), { eol: opts.eol });

const files = (docs: Partial<Record<"de" | "ja" | "ar" | "en", string>>) => {
  const roots = { de: "learn.de-de", ja: "learn.ja-jp", ar: "learn.ar-sa", en: "learn" };
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(docs)) out[`${roots[key as keyof typeof roots]}/${rel}`] = text;
  return out;
};
const deFile = `learn.de-de/${rel}`;
const jaFile = `learn.ja-jp/${rel}`;
const arFile = `learn.ar-sa/${rel}`;

const translatedScript = [script[0]!, 'Write-Host "合計 🙂" # 顧客の数を数える', script[2]!];

testRule(rule, {
  valid: [
    {
      name: "the same code in three locales, prose translated",
      files: files({ de: doc(de), ja: doc(ja), ar: doc(ar) }),
      target: jaFile,
    },
    {
      name: "CRLF in one locale and LF in the others is not a difference",
      files: files({ de: doc(de, body(de), { eol: "\r\n" }), ja: doc(ja), ar: doc(ar) }),
      target: deFile,
    },
    {
      name: "no-break spaces and a zero-width space in the English code, plain spaces in the translation, are not a difference",
      files: (() => {
        const english = body(en, [script[0]!.replace(/ /g, "\u00a0"), script[1]!, `Get-PartnerCustomer\u200b | Select-Object\u00a0Name`]);
        const text = doc(en, english);
        return {
          ...files({ en: text, ja: page({ title: `"${ja.title}"`, "ms.openlocfilehash": sha1(text) }, body(ja).join("\n")) }),
          ...files({ ar: page({ title: `"${ar.title}"`, "ms.openlocfilehash": sha1(text) }, body(ar).join("\n")) }),
        };
      })(),
      target: jaFile,
    },
    {
      name: "two siblings that disagree: no majority",
      files: files({ de: doc(de), ja: doc(ja, body(ja, translatedScript)) }),
      target: jaFile,
    },
    {
      name: "a localized file with localization metadata but no ms.openlocfilehash: its version is unknown, no reference",
      files: {
        [`learn/${rel}`]: page({ title: en.title }, body(en).join("\n")),
        [deFile]: page({ title: de.title, "ms.contentlocale": "de-DE" }, body(de, translatedScript).join("\n")),
      },
      target: deFile,
    },
    {
      name: "a sibling of another English version is no reference",
      files: files({ de: doc(de, body(de, translatedScript)), ja: doc(ja, body(ja), { h: "1111111111111111111111111111111111111111" }), ar: doc(ar, body(ar), { h: "1111111111111111111111111111111111111111" }) }),
      target: deFile,
    },
  ],
  invalid: [
    {
      name: "a translated comment after multi-byte text: fixed from the siblings",
      files: files({ de: doc(de), ar: doc(ar), ja: doc(ja, body(ja, translatedScript)) }),
      target: jaFile,
      errors: [
        {
          line: 11,
          column: 22,
          message: 'Expected code line 2 "Write-Host "合計 🙂" # Count the customers" as in ar-sa, de-de but found "Write-Host "合計 🙂" # 顧客の数を数える"',
          related: [{ path: arFile, line: 11, column: 1 }],
        },
      ],
      output: doc(ja),
    },
    {
      name: "a translated block in a CRLF file keeps CRLF when fixed",
      files: files({ de: doc(de, body(de, translatedScript), { eol: "\r\n" }), ja: doc(ja), ar: doc(ar) }),
      target: deFile,
      errors: [{ line: 11, column: 22, message: /^Expected code line 2 .* as in ar-sa, ja-jp but found / }],
      output: doc(de, body(de), { eol: "\r\n" }),
    },
    {
      name: "two blocks differ: both reported, nothing fixed",
      files: files({ de: doc(de), ar: doc(ar), ja: doc(ja, body(ja, translatedScript, ['{ "name": "Contoso", "country": "米国" }'])) }),
      target: jaFile,
      errors: [
        { line: 11, column: 22, message: /^Expected code line 2 / },
        { line: 18, column: 34, message: 'Expected code line 1 "{ "name": "Contoso", "country": "US" }" as in ar-sa, de-de but found "{ "name": "Contoso", "country": "米国" }"' },
      ],
    },
    {
      name: "a line dropped at the end of the block",
      files: files({ de: doc(de), ja: doc(ja), ar: doc(ar, body(ar, script.slice(0, 2))) }),
      target: arFile,
      errors: [{ line: 12, column: 1, message: 'Expected code line 3 "Get-PartnerCustomer | Select-Object Name" as in de-de, ja-jp but found the end of the block' }],
      output: doc(ar),
    },
    {
      name: "a code block missing",
      files: files({ de: doc(de), ja: doc(ja), ar: doc(ar, [...body(ar).slice(0, 5), ar.then, ""]) }),
      target: arFile,
      errors: [{ line: 9, column: 1, message: "Expected 2 code blocks as in de-de, ja-jp but found 1", related: [{ path: deFile, line: 9, column: 1 }] }],
    },
    {
      name: "the English source of the same version is the reference",
      files: (() => {
        const source = doc(en);
        const h = sha1(source);
        return files({ en: source, de: doc(de, body(de, translatedScript), { h }) });
      })(),
      target: deFile,
      errors: [{ line: 11, column: 22, message: /as in the English source but found/, related: [{ path: `learn/${rel}`, line: 11, column: 1 }] }],
      output: doc(de, body(de), { h: sha1(doc(en)) }),
    },
    {
      name: "a doc set without localization metadata is compared with the English source as it is",
      files: {
        [`learn/${rel}`]: page({ title: en.title }, body(en).join("\n")),
        [deFile]: page({ title: de.title }, body(de, translatedScript).join("\n")),
      },
      target: deFile,
      // One front-matter key: the block's second line is line 10.
      errors: [{ line: 10, column: 22, message: /as in the English source but found/, related: [{ path: `learn/${rel}`, line: 10, column: 1 }] }],
      output: page({ title: de.title }, body(de).join("\n")),
    },
  ],
});
