// segments-missing: a Markdown page without side-by-side segments where most same-version siblings have them.
import rule from "../../rules/segments-missing.js";
import { page, testRule } from "../rule-tester.js";

const rel = "security/multi-factor-authentication.md";
const hash = "5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c";
const otherHash = "1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a";

const seg = (id: string, translation: string, source: string) =>
  `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;

/** Lines: title 2, ms.openlocfilehash 3, closing `---` 4; the body starts on line 5. */
const doc = (title: string, body: string, opts: { hash?: string; eol?: "\r\n"; bom?: boolean } = {}) =>
  page({ title, "ms.openlocfilehash": opts.hash ?? hash }, body, opts);

const sxs = {
  "de-de": (h?: string) =>
    doc("Mehrstufige Authentifizierung", `# ${seg("c41e2-101", "Mehrstufige Authentifizierung", "Multi-factor authentication")}\n\n${seg("c41e2-102", "Aktivieren Sie MFA für alle Benutzer.", "Turn on MFA for all users.")}\n`, { hash: h }),
  "ar-sa": (h?: string) =>
    doc("المصادقة متعددة العوامل", `# ${seg("83b07-101", "المصادقة متعددة العوامل", "Multi-factor authentication")}\n\n${seg("83b07-102", "قم بتشغيل MFA لجميع المستخدمين.", "Turn on MFA for all users.")}\n`, { hash: h }),
  "ja-jp": (h?: string) =>
    doc("多要素認証", `# ${seg("f90d4-101", "多要素認証", "Multi-factor authentication")}\n\n${seg("f90d4-102", "すべてのユーザーに対して MFA を有効にします。", "Turn on MFA for all users.")}\n`, { hash: h }),
};
const plain = {
  "de-de": (opts: { hash?: string; eol?: "\r\n"; bom?: boolean } = {}) => doc("Mehrstufige Authentifizierung", "# Mehrstufige Authentifizierung\n\nAktivieren Sie MFA für alle Benutzer.\n", opts),
  "ar-sa": (opts: { hash?: string } = {}) => doc("المصادقة متعددة العوامل", "# المصادقة متعددة العوامل\n\nقم بتشغيل MFA لجميع المستخدمين.\n", opts),
  "ja-jp": (opts: { hash?: string } = {}) => doc("多要素認証", "\n\u3000多要素認証を有効にする手順は次のとおりです。\n", opts),
};

const at = (locale: string) => `docs.${locale}/${rel}`;
const set = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([locale, text]) => [at(locale), text]));

testRule(rule, {
  valid: [
    { name: "side by side like its siblings", target: at("ja-jp"), files: set({ "de-de": sxs["de-de"](), "ja-jp": sxs["ja-jp"](), "ar-sa": sxs["ar-sa"]() }) },
    { name: "plain like its siblings", target: at("ja-jp"), files: set({ "de-de": plain["de-de"](), "ja-jp": plain["ja-jp"](), "ar-sa": plain["ar-sa"]() }) },
    { name: "half the siblings are side by side: no majority", target: at("ja-jp"), files: set({ "de-de": sxs["de-de"](), "ja-jp": plain["ja-jp"](), "ar-sa": plain["ar-sa"]() }) },
    {
      name: "siblings of another English version do not count",
      target: at("ja-jp"),
      files: set({ "de-de": sxs["de-de"](otherHash), "ja-jp": plain["ja-jp"](), "ar-sa": sxs["ar-sa"](otherHash) }),
    },
    { name: "the only file", target: at("ja-jp"), files: set({ "ja-jp": plain["ja-jp"]() }) },
    {
      name: "a YAML file is not checked: side-by-side tools leave many YAML files plain",
      target: "docs.ja-jp/security/toc.yml",
      files: {
        "docs.ja-jp/security/toc.yml": `metadata:\n  ms.openlocfilehash: ${hash}\nitems:\n- name: 多要素認証\n`,
        "docs.de-de/security/toc.yml": `metadata:\n  ms.openlocfilehash: ${hash}\nitems:\n- name: '${seg("c41e2-101", "MFA", "MFA")}'\n`,
        "docs.ar-sa/security/toc.yml": `metadata:\n  ms.openlocfilehash: ${hash}\nitems:\n- name: '${seg("83b07-101", "MFA", "MFA")}'\n`,
      },
    },
  ],
  invalid: [
    {
      name: "a plain page among side-by-side siblings, after an ideographic space",
      target: at("ja-jp"),
      files: set({ "de-de": sxs["de-de"](), "ja-jp": plain["ja-jp"](), "ar-sa": sxs["ar-sa"]() }),
      errors: [
        {
          line: 6,
          column: 2,
          message: "Expected side-by-side segments as in ar-sa, de-de (same ms.openlocfilehash) but found none",
          related: [{ path: at("ar-sa"), line: 5, column: 3 }],
        },
      ],
    },
    {
      name: "a right-to-left page, with one plain sibling",
      target: at("ar-sa"),
      files: set({ "de-de": sxs["de-de"](), "ja-jp": sxs["ja-jp"](), "ar-sa": plain["ar-sa"](), "fr-fr": sxs["de-de"]() }),
      errors: [{ line: 5, column: 1, message: "Expected side-by-side segments as in de-de, fr-fr, ja-jp (same ms.openlocfilehash) but found none" }],
    },
    {
      name: "with CRLF line endings and a BOM",
      target: at("de-de"),
      files: set({ "de-de": plain["de-de"]({ eol: "\r\n", bom: true }), "ja-jp": sxs["ja-jp"](), "ar-sa": sxs["ar-sa"]() }),
      errors: [{ line: 5, column: 1, message: "Expected side-by-side segments as in ar-sa, ja-jp (same ms.openlocfilehash) but found none" }],
    },
  ],
});
