// link-backslash: relative links separate folders with "/", never "\".
import rule from "../../rules/link-backslash.js";
import { page, testRule } from "../rule-tester.js";

const loc = (title: string, body: string, eol?: "\n" | "\r\n") => page({ title, "ms.openlocfilehash": "3f2a9c1e7b4d8a06c5e1f9b2d7a4c8e0f1b3d5a7" }, body, { eol });
const seg = (id: string, translation: string, english: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${english}</span></span>`;

testRule(rule, {
  valid: [
    { name: "forward slashes", files: { "docs.de-de/a.md": loc("Sicherheit", "Siehe [Anforderungen](../security/requirements.md#mfa).\n") } },
    {
      name: "a CommonMark escape is not a separator",
      files: { "docs.de-de/a.md": loc("Sicherheit", "Siehe [Datei](partner\\_center.md) und [Liste](notes\\(2021\\).md).\n") },
    },
    { name: "URLs and code are left alone", files: { "docs.de-de/a.md": loc("Pfade", "Öffnen Sie `..\\docs\\a.md` oder [Freigabe](file:///C:\\share\\a.md).\n") } },
    {
      name: "a backslash in the hidden English copy of a segment is the English page's",
      files: { "docs.ja-jp/a.md": loc("セキュリティ", `${seg("4f1c2-103", "[要件](../requirements.md)を参照してください。", "See [requirements](..\\requirements.md).")}\n`) },
    },
  ],
  invalid: [
    {
      name: "Windows separators, after CJK text",
      files: { "docs.zh-cn/announcements/2020-april.md": loc("公告", "有关详细信息，请参阅[合作伙伴安全要求](..\\partner-security-requirements.md#mfa)。\n") },
      errors: [
        {
          line: 5,
          column: 22,
          endLine: 5,
          endColumn: 57,
          message: 'Expected link target "../partner-security-requirements.md" with "/" separators but found "..\\partner-security-requirements.md"',
        },
      ],
      output: loc("公告", "有关详细信息，请参阅[合作伙伴安全要求](../partner-security-requirements.md#mfa)。\n"),
    },
    {
      name: "an HTML link and an image in a table, right-to-left text, CRLF",
      files: {
        "docs.ar-sa/a.md": loc(
          "الأمان",
          '| العنصر | الرابط |\n| --- | --- |\n| المتطلبات | <a href="security\\requirements.md">المتطلبات</a> ![صورة](media\\mfa\\step1.png) |\n',
          "\r\n",
        ),
      },
      errors: [
        { line: 7, column: 24, message: 'Expected link target "security/requirements.md" with "/" separators but found "security\\requirements.md"' },
        { line: 7, column: 72, message: 'Expected link target "media/mfa/step1.png" with "/" separators but found "media\\mfa\\step1.png"' },
      ],
      output: loc(
        "الأمان",
        '| العنصر | الرابط |\n| --- | --- |\n| المتطلبات | <a href="security/requirements.md">المتطلبات</a> ![صورة](media/mfa/step1.png) |\n',
        "\r\n",
      ),
    },
    {
      name: "a TOC.yml href",
      files: { "docs.fr-fr/TOC.yml": "- name: Sécurité\n  href: security\\requirements.md\n" },
      errors: [{ line: 2, column: 9, message: 'Expected link target "security/requirements.md" with "/" separators but found "security\\requirements.md"' }],
      output: "- name: Sécurité\n  href: security/requirements.md\n",
    },
    {
      name: "copied from the segment's English text: the message says the English is where to fix it (CJK)",
      files: { "docs.ja-jp/a.md": loc("セキュリティ", `${seg("4f1c2-103", "[要件](..\\requirements.md)を参照してください。", "See [requirements](..\\requirements.md).")}\n`) },
      errors: [
        {
          line: 5,
          column: 36,
          message: 'Expected link target "../requirements.md" with "/" separators but found "..\\requirements.md" (the English text of the segment has the same link: fix it in the English source)',
        },
      ],
      output: loc("セキュリティ", `${seg("4f1c2-103", "[要件](../requirements.md)を参照してください。", "See [requirements](..\\requirements.md).")}\n`),
    },
    {
      name: "copied from the English source file, in right-to-left text",
      files: {
        "docs.ar-sa/a.md": loc("الأمان", "راجع [المتطلبات](security\\requirements.md).\n"),
        "docs/a.md": page({ title: "Security" }, "See [requirements](security\\requirements.md).\n"),
      },
      errors: [
        {
          line: 5,
          column: 18,
          message: 'Expected link target "security/requirements.md" with "/" separators but found "security\\requirements.md" (the English source has the same link: fix it there)',
        },
      ],
      output: loc("الأمان", "راجع [المتطلبات](security/requirements.md).\n"),
    },
  ],
});
