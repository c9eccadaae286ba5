// openlocfilehash-invalid: ms.openlocfilehash is present in localized files and is a lower-case SHA-1.
import rule from "../../rules/openlocfilehash-invalid.js";
import { page, testRule } from "../rule-tester.js";

const rel = "partner-center/account-settings/tax-profile.md";
const hash = "a212d7dbaca77f5a0160592372a45fa8b4f01197";

/** Lines: title 2, ms.date 3, ms.openlocfilehash 4, ms.sourcegitcommit 5, ms.translationtype 6, ms.contentlocale 7, ms.lasthandoff 8, ms.locfileid 9. */
function meta(title: string, contentlocale: string, openlocfilehash: string | undefined, locfileid: string): Record<string, string> {
  const m: Record<string, string> = { title, "ms.date": "05/11/2021" };
  if (openlocfilehash !== undefined) m["ms.openlocfilehash"] = openlocfilehash;
  return {
    ...m,
    "ms.sourcegitcommit": "5c1fe2a98d0b7e41f3a6c9d82b4e07a1c3f5d9e8",
    "ms.translationtype": "MT",
    "ms.contentlocale": contentlocale,
    "ms.lasthandoff": "05/13/2021",
    "ms.locfileid": locfileid,
  };
}

const ja = (h: string | undefined, opts = {}) => page(meta("税プロファイルを更新する", "ja-JP", h, '"110121331"'), "# 税プロファイルを更新する\n", opts);
const de = (h: string | undefined, opts = {}) => page(meta("Aktualisieren Ihres Steuerprofils", "de-DE", h, '"110121325"'), "# Aktualisieren Ihres Steuerprofils\n", opts);
const he = (h: string | undefined, opts = {}) => page(meta("עדכון פרופיל המס", "he-IL", h, '"110121340"'), "# עדכון פרופיל המס\n", opts);

testRule(rule, {
  valid: [
    { name: "a lower-case SHA-1", files: { [`pc.ja-jp/${rel}`]: ja(hash), [`pc.de-de/${rel}`]: de(hash) } },
    {
      name: "forty decimal digits with a leading zero, read by the YAML parser",
      files: { [`pc.ja-jp/${rel}`]: page({ title: "税プロファイルを更新する", "ms.custom": "[seodec18]", "ms.openlocfilehash": "0123456789012345678901234567890123456789" }) },
    },
    {
      name: "an English page copied into the locale folder has no localization metadata",
      files: { [`pc.de-de/${rel}`]: page({ title: "Update your tax profile", "ms.date": "05/11/2021" }, "# Update your tax profile\n"), [`pc/${rel}`]: page({ title: "Update your tax profile" }) },
    },
    { name: "no front matter", files: { [`pc.he-il/${rel}`]: "# עדכון פרופיל המס\n", [`pc.de-de/${rel}`]: de(hash) } },
  ],
  invalid: [
    {
      name: "upper-case digits",
      files: { [`pc.ja-jp/${rel}`]: ja(hash.toUpperCase()), [`pc.de-de/${rel}`]: de(hash) },
      errors: [
        {
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 61,
          message: `Expected "ms.openlocfilehash" to be 40 lower-case hexadecimal digits but found "${hash.toUpperCase()}" (upper-case digits)`,
        },
      ],
    },
    {
      name: "one digit short",
      files: { [`pc.de-de/${rel}`]: de(hash.slice(0, 39)) },
      errors: [{ line: 4, column: 21, endColumn: 60, message: `Expected "ms.openlocfilehash" to be 40 lower-case hexadecimal digits but found "${hash.slice(0, 39)}" (39 characters)` }],
    },
    {
      name: "a Japanese full stop added by machine translation",
      files: { [`pc.ja-jp/${rel}`]: ja(`${hash}。`) },
      errors: [{ line: 4, column: 21, endLine: 4, endColumn: 62, message: `Expected "ms.openlocfilehash" to be 40 lower-case hexadecimal digits but found "${hash}。" (41 characters)` }],
    },
    {
      name: "a space inside the quotes, in a CRLF file with a BOM",
      files: { [`pc.he-il/${rel}`]: he(`"${hash} "`, { eol: "\r\n", bom: true }) },
      errors: [{ line: 4, column: 21, endLine: 4, endColumn: 64, message: `Expected "ms.openlocfilehash" to be 40 lower-case hexadecimal digits but found "${hash} " (41 characters)` }],
    },
    {
      name: "no value",
      files: { [`pc.ja-jp/${rel}`]: ja("") },
      errors: [{ line: 4, column: 20, message: 'Expected "ms.openlocfilehash" to be 40 lower-case hexadecimal digits but found "" (0 characters)' }],
    },
    {
      name: "missing where the siblings have one",
      files: { [`pc.ja-jp/${rel}`]: page({ title: "税プロファイルを更新する", "ms.date": "05/11/2021" }), [`pc.de-de/${rel}`]: de(hash) },
      errors: [{ line: 1, column: 1, message: 'Expected "ms.openlocfilehash" in the metadata but found none' }],
    },
    {
      name: "missing in a file with other localization keys and no sibling",
      files: { [`pc.he-il/${rel}`]: he(undefined) },
      errors: [{ line: 1, column: 1, message: 'Expected "ms.openlocfilehash" in the metadata but found none' }],
    },
    {
      name: "YAML page: at the metadata: map",
      files: {
        "pc.ar-sa/partner-center/faq.yml": '### YamlMime:FAQ\nmetadata:\n  title: الأسئلة المتداولة\n  ms.translationtype: MT\n  ms.contentlocale: ar-SA\n  ms.locfileid: "110121350"\ntitle: الأسئلة المتداولة\n',
      },
      errors: [{ line: 3, column: 3, message: 'Expected "ms.openlocfilehash" in the metadata but found none' }],
    },
  ],
});
