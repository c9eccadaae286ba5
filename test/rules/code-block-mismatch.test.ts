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

/** A YAML block (second block, from line 16) as Prettier wraps a long value, and as one line. */
const yamlWrapped = ["specs:", "  - selector:", '      span[name="CurrencyService/Convert" rpc.system="grpc"]', "    assertions: []"];
const yamlOneLine = ["specs:", '  - selector: span[name="CurrencyService/Convert" rpc.system="grpc"]', "    assertions: []"];
const yamlDoc = (w: Words, second: string[]) => doc(w, body(w).slice(0, 10).concat(["```yaml", ...second, "```", ""]));

/** The same YAML with and without blanks inside its flow collections. */
const flowSpaced = ["volumes:", "  - name: cache", "    emptyDir: { }", '    args: [ "-v", "--once" ]'];
const flowTight = ["volumes:", "  - name: cache", "    emptyDir: {}", '    args: ["-v", "--once"]'];

const shellDoc = (w: Words, line: string) => doc(w, [`# ${w.title}`, "", "```bash", line, "```", ""]);

/**
 * MkDocs content tabs and an admonition (Python-Markdown syntax), each holding a fence indented four blanks:
 * the print line is line 13, the pip line 18.
 */
const tabbed = (w: Words, print = "print(resp.status)", pip = "pip install fetcher==1.9.0") =>
  doc(w, [`# ${w.title}`, "", w.intro, "", '=== "Python"', "", "    ```python", '    resp = fetcher.get("https://example.org/")', `    ${print}`, "    ```", "", `!!! example "${w.then}"`, "    ```bash", `    ${pip}`, "    ```", ""]);

const translatedScript = [script[0]!, 'Write-Host "合計 🙂" # 顧客の数を数える', script[2]!];
const changedScript = [script[0]!, script[1]!, "Get-PartnerCustomer | Select-Object 名前"];

testRule(rule, {
  valid: [
    {
      name: "the same code in three locales, prose translated",
      files: files({ de: doc(de), ja: doc(ja), ar: doc(ar) }),
      target: jaFile,
    },
    {
      name: "comments in another language's syntax translated (an Erlang %% line and a // line in a PowerShell block), Japanese and Arabic",
      files: (() => {
        const extra = ["%% Then list the customers", "// keep the session open"];
        const source = doc(en, body(en, [...script, ...extra]));
        const h = sha1(source);
        return files({
          en: source,
          ja: doc(ja, body(ja, [...script, "%% 次に顧客を一覧表示します", "// セッションを開いたままにする"]), { h }),
          ar: doc(ar, body(ar, [...script, "%% ثم اعرض العملاء", "// أبقِ الجلسة مفتوحة"]), { h }),
        });
      })(),
      target: jaFile,
    },
    {
      name: "a note to the reader at the end of a plain-text line translated (Japanese, Arabic); the text itself kept",
      files: (() => {
        const text = (note: string) => [`# ${en.title}`, "", en.intro, "", "```text", `document/d/CfMkAGbE_aivhFyd/edit ${note}`, "document/d/C2fMkAGb3E_aivhFyd5/edit", "```", ""];
        const source = page({ title: `"${en.title}"`, "ms.openlocfilehash": hash }, text("(no numbers in the ID)").join("\n"));
        const h = sha1(source);
        return files({
          en: source,
          ja: page({ title: `"${ja.title}"`, "ms.openlocfilehash": h }, text("(IDに数字を含まない)").join("\n")),
          ar: page({ title: `"${ar.title}"`, "ms.openlocfilehash": h }, text("(بلا أرقام في المعرّف)").join("\n")),
        });
      })(),
      target: jaFile,
    },
    {
      name: "CRLF in one locale and LF in the others is not a difference",
      files: files({ de: doc(de, body(de), { eol: "\r\n" }), ja: doc(ja), ar: doc(ar) }),
      target: deFile,
    },
    {
      name: "a comment translated inside the code (code may not be translated; comments may)",
      files: files({ de: doc(de), ar: doc(ar), ja: doc(ja, body(ja, translatedScript)) }),
      target: jaFile,
    },
    {
      name: "a no-break space or a zero-width space in a code line is the same line",
      files: files({ de: doc(de), ar: doc(ar), ja: doc(ja, body(ja, [script[0]!.replace(" -Tenant", "\u00a0-Tenant"), script[1]!, `${script[2]!}\u200b`])) }),
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
    {
      name: "a YAML value wrapped over two lines in the siblings and kept on one line here is the same YAML",
      files: files({ de: yamlDoc(de, yamlWrapped), ar: yamlDoc(ar, yamlWrapped), ja: yamlDoc(ja, yamlOneLine) }),
      target: jaFile,
    },
    {
      name: "a Markdown link definition wrapped over two lines in the siblings, on one line here, is the same Markdown",
      files: files({
        de: doc(de, [`# ${de.title}`, "", "```markdown", "[lantern-chat]:", "  https://chat.example.com/lantern", "```", ""]),
        ar: doc(ar, [`# ${ar.title}`, "", "```markdown", "[lantern-chat]:", "  https://chat.example.com/lantern", "```", ""]),
        ja: doc(ja, [`# ${ja.title}`, "", "```markdown", "[lantern-chat]: https://chat.example.com/lantern", "```", ""]),
      }),
      target: jaFile,
    },
    {
      name: "placeholders the reader fills in, translated (<PROJECT> → <プロジェクト>, <your_user_name> → <اسم_المستخدم>)",
      files: files({
        de: doc(de, body(de, ["dotnet add <PROJECT> package Lantern", "git clone git@example.com:<your_user_name>/site.git"])),
        ja: doc(ja, body(ja, ["dotnet add <プロジェクト> package Lantern", "git clone git@example.com:<your_user_name>/site.git"])),
        ar: doc(ar, body(ar, ["dotnet add <PROJECT> package Lantern", "git clone git@example.com:<اسم_المستخدم>/site.git"])),
      }),
      target: jaFile,
    },
    {
      name: "blanks just inside YAML flow collections are the same data ({ } and {}, [ \"-v\" ] and [\"-v\"])",
      files: files({ de: yamlDoc(de, flowSpaced), ar: yamlDoc(ar, flowSpaced), ja: yamlDoc(ja, flowTight) }),
      target: jaFile,
    },
    {
      name: "JSON written without blanks inside its braces and brackets is the same JSON",
      files: files({ de: doc(de, body(de, script, ['{ "tags": [ "a", "b" ], "meta": { } }'])), ar: doc(ar, body(ar, script, ['{ "tags": [ "a", "b" ], "meta": { } }'])), ja: doc(ja, body(ja, script, ['{"tags": ["a", "b"], "meta": {}}'])) }),
      target: jaFile,
    },
    {
      name: "the same YAML under another fence label (```yaml in the siblings, ```js here), with and without blanks inside its braces",
      files: files({ de: yamlDoc(de, flowSpaced), ar: yamlDoc(ar, flowSpaced), ja: doc(ja, body(ja).slice(0, 10).concat(["```js", ...flowTight, "```", ""])) }),
      target: jaFile,
    },
  ],
  invalid: [
    {
      name: "a plain-text line changed before its note is still reported (German)",
      files: (() => {
        const text = (line: string) => [`# ${en.title}`, "", en.intro, "", "```text", line, "```", ""];
        const source = page({ title: `"${en.title}"`, "ms.openlocfilehash": hash }, text("document/d/CfMkAGbE/edit (no numbers in the ID)").join("\n"));
        const h = sha1(source);
        return files({ en: source, de: page({ title: `"${de.title}"`, "ms.openlocfilehash": h }, text("document/d/XXXX/edit (keine Zahlen in der ID)").join("\n")) });
      })(),
      target: deFile,
      errors: [{ line: 10, column: 12, message: 'Expected "document/d/CfMkAGbE/edit" in this code line as in the English source but found "document/d/XXXX/edit"' }],
    },
    {
      name: "a code line changed inside an MkDocs content tab is reported at its line and column (ja)",
      files: files({ de: tabbed(de), ar: tabbed(ar), ja: tabbed(ja, "print(resp.状態)") }),
      target: jaFile,
      errors: [{ line: 13, column: 16, message: 'Expected "print(resp.status)" in this code line as in ar-sa, de-de but found "print(resp.状態)"' }],
      output: tabbed(ja),
    },
    {
      name: "a code line changed inside an MkDocs admonition is reported at its first differing character (ar)",
      files: files({ de: tabbed(de), ja: tabbed(ja), ar: tabbed(ar, undefined, "pip install fetcher==1.8.0") }),
      target: arFile,
      errors: [{ line: 18, column: 28, message: 'Expected "fetcher==1.9.0" in this code line as in de-de, ja-jp but found "fetcher==1.8.0"' }],
      output: tabbed(ar),
    },
    {
      name: "a shell test that lost the blanks inside its brackets is reported ([ -f lantern.yaml ] → [-f lantern.yaml])",
      files: files({ de: shellDoc(de, "if [ -f lantern.yaml ]; then lantern start; fi"), ar: shellDoc(ar, "if [ -f lantern.yaml ]; then lantern start; fi"), ja: shellDoc(ja, "if [-f lantern.yaml]; then lantern start; fi") }),
      target: jaFile,
      errors: [{ line: 8, column: 5, message: 'Expected "[ -f lantern.yaml ];" in this code line as in ar-sa, de-de but found "[-f lantern.yaml];"' }],
      output: shellDoc(ja, "if [ -f lantern.yaml ]; then lantern start; fi"),
    },
    {
      name: "blanks added around punctuation in PowerShell are damage, not layout (Get-PartnerCustomer → Get - PartnerCustomer)",
      files: files({ de: doc(de), ar: doc(ar), ja: doc(ja, body(ja, [script[0]!, script[1]!, "Get - PartnerCustomer | Select-Object Name"])) }),
      target: jaFile,
      errors: [{ line: 12, column: 4, message: 'Expected "Get-PartnerCustomer" in this code line as in ar-sa, de-de but found "Get - PartnerCustomer"' }],
      output: doc(ja),
    },
    {
      name: "a YAML value inside braces changed on a line indented differently: quoted without the indentation, at the first differing character",
      files: files({ de: yamlDoc(de, flowSpaced), ar: yamlDoc(ar, flowSpaced), ja: yamlDoc(ja, ["volumes:", "- name: cache", "  emptyDir: { medium: Memory }", '  args: ["-v", "--once"]']) }),
      target: jaFile,
      errors: [{ line: 18, column: 15, message: 'Expected "}" in this code line as in ar-sa, de-de but found "medium: Memory }"' }],
      output: yamlDoc(ja, flowSpaced),
    },
    {
      name: "a tag in code is not a placeholder: <PackageReference> changed is reported",
      files: files({
        de: doc(de, body(de, script, ['{ "item": "<PackageReference>" }'])),
        ar: doc(ar, body(ar, script, ['{ "item": "<PackageReference>" }'])),
        ja: doc(ja, body(ja, script, ['{ "item": "<PaketReferenz>" }'])),
      }),
      target: jaFile,
      errors: [{ line: 18, column: 15, message: 'Expected "<PackageReference>" in this code line as in ar-sa, de-de but found "<PaketReferenz>"' }],
      output: doc(ja, body(ja, script, ['{ "item": "<PackageReference>" }'])),
    },
    {
      name: "a YAML value wrapped differently and changed is still reported, once, at its first changed character",
      files: files({ de: yamlDoc(de, yamlWrapped), ar: yamlDoc(ar, yamlWrapped), ja: yamlDoc(ja, [yamlOneLine[0]!, yamlOneLine[1]!.replace("Convert", "変換"), yamlOneLine[2]!]) }),
      target: jaFile,
      errors: [{ line: 17, column: 42, message: 'Expected "CurrencyService/Convert" in this code line as in ar-sa, de-de but found "CurrencyService/変換"' }],
      output: yamlDoc(ja, yamlWrapped),
    },
    {
      name: "a YAML value kept on one line in the siblings, wrapped and changed here, right to left: one finding on the wrapped line",
      files: files({ de: yamlDoc(de, yamlOneLine), ja: yamlDoc(ja, yamlOneLine), ar: yamlDoc(ar, [yamlWrapped[0]!, yamlWrapped[1]!, yamlWrapped[2]!.replace("Convert", "تحويل"), yamlWrapped[3]!]) }),
      target: arFile,
      errors: [{ line: 18, column: 34, message: 'Expected "CurrencyService/Convert" in this code line as in de-de, ja-jp but found "CurrencyService/تحويل"' }],
      output: yamlDoc(ar, yamlOneLine),
    },
    {
      name: "a changed command after multi-byte text: fixed from the siblings",
      files: files({ de: doc(de), ar: doc(ar), ja: doc(ja, body(ja, changedScript)) }),
      target: jaFile,
      errors: [
        {
          line: 12,
          column: 37,
          message: 'Expected "Name" in this code line as in ar-sa, de-de but found "名前"',
          related: [{ path: arFile, line: 12, column: 1 }],
        },
      ],
      output: doc(ja),
    },
    {
      name: "a changed block in a CRLF file keeps CRLF when fixed",
      files: files({ de: doc(de, body(de, changedScript), { eol: "\r\n" }), ja: doc(ja), ar: doc(ar) }),
      target: deFile,
      errors: [{ line: 12, column: 37, message: 'Expected "Name" in this code line as in ar-sa, ja-jp but found "名前"' }],
      output: doc(de, body(de), { eol: "\r\n" }),
    },
    {
      name: "a translated comment does not hide a changed command on the next line; no fix that would undo the comment",
      files: files({ de: doc(de), ar: doc(ar), ja: doc(ja, body(ja, [translatedScript[0]!, translatedScript[1]!, changedScript[2]!])) }),
      target: jaFile,
      errors: [{ line: 12, column: 37, message: /^Expected "Name" in this code line/ }],
    },
    {
      name: "every changed line is reported, not the first only",
      files: files({ de: doc(de), ar: doc(ar), ja: doc(ja, body(ja, ["Connect-PartnerCenter -Tenant contoso.onmicrosoft.jp", script[1]!, changedScript[2]!])) }),
      target: jaFile,
      errors: [
        { line: 10, column: 51, message: /^Expected "contoso.onmicrosoft.com" in this code line as in ar-sa, de-de but found "contoso.onmicrosoft.jp"/ },
        { line: 12, column: 37, message: /^Expected "Name" in this code line/ },
      ],
      output: doc(ja),
    },
    {
      name: "a block replaced wholesale (another sample output) is one finding for the block, not one per unrelated line",
      files: (() => {
        const output = ["Name        Country", "----        -------", "Contoso     US", "Fabrikam    DE", "Northwind   JP", "Total: 3"];
        const other = ["CustomerId  Domain", "----------  ------", "a1b2        contoso.example", "c3d4        fabrikam.example", "Count: 2"];
        return files({ de: doc(de, body(de, output)), ar: doc(ar, body(ar, output)), ja: doc(ja, body(ja, other)) });
      })(),
      target: jaFile,
      errors: [{ line: 10, column: 1, message: "Expected the code of ar-sa, de-de but found a block that differs in 6 of its 6 lines, from here" }],
      output: doc(ja, body(ja, ["Name        Country", "----        -------", "Contoso     US", "Fabrikam    DE", "Northwind   JP", "Total: 3"])),
    },
    {
      name: "two blocks differ: both reported, nothing fixed",
      files: files({ de: doc(de), ar: doc(ar), ja: doc(ja, body(ja, changedScript, ['{ "name": "Contoso", "country": "米国" }'])) }),
      target: jaFile,
      errors: [
        { line: 12, column: 37, message: /^Expected "Name" in this code line / },
        { line: 18, column: 34, message: 'Expected "US" in this code line as in ar-sa, de-de but found "米国"' },
      ],
    },
    {
      name: "a line dropped at the end of the block",
      files: files({ de: doc(de), ja: doc(ja), ar: doc(ar, body(ar, script.slice(0, 2))) }),
      target: arFile,
      errors: [{ line: 12, column: 1, message: 'Expected code line "Get-PartnerCustomer | Select-Object Name" as in de-de, ja-jp at the end of the block but found none' }],
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
        return files({ en: source, de: doc(de, body(de, changedScript), { h }) });
      })(),
      target: deFile,
      errors: [{ line: 12, column: 37, message: /as in the English source but found/, related: [{ path: `learn/${rel}`, line: 12, column: 1 }] }],
      output: doc(de, body(de), { h: sha1(doc(en)) }),
    },
    {
      name: "a doc set without localization metadata is compared with the English source as it is",
      files: {
        [`learn/${rel}`]: page({ title: en.title }, body(en).join("\n")),
        [deFile]: page({ title: de.title }, body(de, changedScript).join("\n")),
      },
      target: deFile,
      // One front-matter key: the block's third line is line 11.
      errors: [{ line: 11, column: 37, message: /as in the English source but found/, related: [{ path: `learn/${rel}`, line: 11, column: 1 }] }],
      output: page({ title: de.title }, body(de).join("\n")),
    },
  ],
});
