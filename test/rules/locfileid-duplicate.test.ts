// locfileid-duplicate: ms.locfileid is unique among the files of one locale (judged across sibling groups).
import rule from "../../rules/locfileid-duplicate.js";
import { page, testRule } from "../rule-tester.js";

const hash = "ab3323f140b4eafc7ae2c75257b698976101f384";

/** Lines: title 2, ms.date 3, ms.openlocfilehash 4, ms.contentlocale 5, ms.locfileid 6. */
function doc(title: string, contentlocale: string, locfileid: string, opts: { eol?: "\r\n"; bom?: boolean } = {}): string {
  return page({ title, "ms.date": "06/29/2021", "ms.openlocfilehash": hash, "ms.contentlocale": contentlocale, "ms.locfileid": locfileid }, `# ${title}\n`, opts);
}

testRule(rule, {
  valid: [
    {
      name: "every Japanese file has its own id",
      files: {
        "pc.ja-jp/referrals/register-deals.md": doc("取引を登録する", "ja-JP", '"113080667"'),
        "pc.ja-jp/referrals/co-sell-overview.md": doc("共同販売の概要", "ja-JP", '"113080668"'),
        "pc.ja-jp/TOC.yml": 'metadata:\n  ms.locfileid: "113080669"\nitems:\n- name: 紹介\n',
      },
    },
    {
      name: "the same id in two locales",
      files: {
        "pc.ja-jp/referrals/register-deals.md": doc("取引を登録する", "ja-JP", '"113080667"'),
        "pc.ar-sa/referrals/register-deals.md": doc("تسجيل الصفقات", "ar-SA", '"113080667"'),
        "pc.ar-sa/referrals/co-sell-overview.md": doc("نظرة عامة على البيع المشترك", "ar-SA", '"113080668"'),
      },
    },
    {
      name: "English source files claim nothing",
      files: {
        "pc.de-de/referrals/register-deals.md": doc("Registrieren von Abschlüssen", "de-DE", '"113080661"'),
        "pc/referrals/register-deals.md": page({ title: "Register deals", "ms.locfileid": '"113080661"' }),
        "pc/referrals/co-sell-overview.md": page({ title: "Co-sell overview", "ms.locfileid": '"113080661"' }),
      },
    },
    {
      name: "empty ids are not compared",
      files: {
        "pc.he-il/referrals/register-deals.md": doc("רישום עסקאות", "he-IL", '""'),
        "pc.he-il/referrals/co-sell-overview.md": doc("סקירה כללית של מכירה משותפת", "he-IL", '""'),
      },
    },
  ],
  invalid: [
    {
      name: "two Japanese pages with one id",
      files: {
        "pc.ja-jp/referrals/register-deals.md": doc("取引を登録する", "ja-JP", '"113080667"'),
        "pc.ja-jp/referrals/co-sell-overview.md": doc("共同販売の概要", "ja-JP", '"113080667"'),
        "pc.de-de/referrals/register-deals.md": doc("Registrieren von Abschlüssen", "de-DE", '"113080667"'),
      },
      errors: [
        {
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 26,
          message: 'Expected ms.locfileid to be unique in ja-jp but found "113080667" also in pc.ja-jp/referrals/co-sell-overview.md',
          related: [{ path: "pc.ja-jp/referrals/co-sell-overview.md", line: 6, column: 15 }],
        },
      ],
    },
    {
      name: "a plain and a quoted id are the same value (CRLF and BOM files)",
      target: "pc.ar-sa/referrals/co-sell-overview.md",
      files: {
        "pc.ar-sa/referrals/register-deals.md": doc("تسجيل الصفقات", "ar-SA", "113080670", { eol: "\r\n" }),
        "pc.ar-sa/referrals/co-sell-overview.md": doc("نظرة عامة على البيع المشترك", "ar-SA", '"113080670"', { bom: true }),
      },
      errors: [
        {
          line: 6,
          column: 15,
          endColumn: 26,
          message: 'Expected ms.locfileid to be unique in ar-sa but found "113080670" also in pc.ar-sa/referrals/register-deals.md',
          related: [{ path: "pc.ar-sa/referrals/register-deals.md", line: 6, column: 15 }],
        },
      ],
    },
    {
      name: "three files: the others are named",
      target: "pc.zh-cn/referrals/co-sell-overview.md",
      files: {
        "pc.zh-cn/referrals/register-deals.md": doc("注册交易", "zh-CN", '"113080675"'),
        "pc.zh-cn/referrals/co-sell-overview.md": doc("共同销售概述", "zh-CN", '"113080675"'),
        "pc.zh-cn/TOC.yml": 'metadata:\n  ms.locfileid: "113080675"\nitems:\n- name: 推荐\n',
      },
      errors: [
        {
          line: 6,
          column: 15,
          message: 'Expected ms.locfileid to be unique in zh-cn but found "113080675" also in pc.zh-cn/referrals/register-deals.md, pc.zh-cn/TOC.yml',
          related: [
            { path: "pc.zh-cn/referrals/register-deals.md", line: 6, column: 15 },
            { path: "pc.zh-cn/TOC.yml", line: 2, column: 17 },
          ],
        },
      ],
    },
  ],
});
