// scanInline and syntaxDefects: inline Markdown of one segment's text, and the damage MT does to it.
import { describe, expect, it } from "vitest";
import { charMask, HAS_BACKTICK, HAS_FULLWIDTH, HAS_LT, LINK_BLANK, LINK_FULLWIDTH, LINK_UNCLOSED, looksLikeDestination, multisetDiff, scanInline, syntaxDefects } from "../../src/parse/inline.js";

const targets = (text: string) => scanInline(text).links.map((l) => [l.kind, l.target, l.targetOffset, l.text, l.flaws]);
/** `found` as a message shows it: the quote marks as `"`. */
const defects = (text: string) => syntaxDefects(text, scanInline(text)).map((d) => [d.kind, d.offset, d.end, d.found.replace(/[\ufdd0\ufdd1]/g, '"'), d.fix]);

describe("scanInline", () => {
  it("reads links, images, titles and angle-bracket destinations", () => {
    expect(targets('Siehe [Preise](pricing.md "Preise") und [Konto](<my account.md>) ![Logo](media/logo.png).')).toEqual([
      ["inline", "pricing.md", 15, "Preise", 0],
      ["inline", "my account.md", 49, "Konto", 0],
      ["image", "media/logo.png", 73, "Logo", 0],
    ]);
  });

  it("reads a link around an image and balanced parentheses in a destination", () => {
    expect(targets("[![Karte](map.png)](map.png#lightbox) [Wiki](https://example.com/a_(b)_c)")).toEqual([
      ["image", "map.png", 10, "Karte", 0],
      ["inline", "map.png#lightbox", 20, "![Karte](map.png)", 0],
      ["inline", "https://example.com/a_(b)_c", 45, "Wiki", 0],
    ]);
  });

  it("reads HTML links and autolinks, and YAML's escaped quotes", () => {
    expect(targets('Mehr <a href=\\"faq.md\\">hier</a> oder <https://aka.ms/help> und [Titel](a.md \\"Titel\\")')).toEqual([
      ["html", "faq.md", 15, null, 0],
      ["autolink", "https://aka.ms/help", 39, null, 0],
      ["inline", "a.md", 72, "Titel", 0],
    ]);
  });

  it("keeps damaged links whose destination still looks like one", () => {
    expect(targets("[Tarifs] (pricing.md) [価格]（pricing.md） ［価格］(pricing.md) [価格](pricing.md） [Doc](https://example.com/x weiter")).toEqual([
      ["inline", "pricing.md", 10, "Tarifs", LINK_BLANK],
      ["inline", "pricing.md", 27, "価格", LINK_FULLWIDTH],
      ["inline", "pricing.md", 44, "価格", LINK_FULLWIDTH],
      ["inline", "pricing.md", 61, "価格", LINK_FULLWIDTH],
      ["inline", "https://example.com/x", 79, "Doc", LINK_UNCLOSED],
    ]);
  });

  it("does not take words in brackets and parentheses for a link", () => {
    expect(targets("[Anpassen] (Vorschau) [Hinweis] (siehe unten) [a] (v1.2)")).toEqual([]);
  });

  it("finds code spans, which hide everything inside them", () => {
    const scan = scanInline("Use `Bearer <token>` and ``a`b`` but not `open");
    expect(scan.code.map((c) => [c.content, c.start, c.end])).toEqual([
      ["Bearer <token>", 4, 20],
      ["a`b", 25, 32],
    ]);
    expect(scan.tags).toEqual([]);
  });

  it("finds HTML tags by lower-case name", () => {
    const scan = scanInline('A<BR/>b <strong>c</Strong> <a name="x"></a> <!-- <b> -->');
    expect(scan.tags.map((t) => [t.name, t.closing, t.start])).toEqual([
      ["br", false, 1],
      ["strong", false, 8],
      ["strong", true, 17],
      ["a", false, 27],
      ["a", true, 39],
    ]);
  });
});

describe("syntaxDefects", () => {
  it("reports a blank between ] and ( with a fix that joins them", () => {
    expect(defects("Siehe [Preise]\u00a0(pricing.md).")).toEqual([["link-blank", 13, 16, '"]\u00a0("', "]("]]);
  });

  it("reports full-width link syntax with a fix to ASCII", () => {
    expect(defects("请参阅[价格]（pricing.md）。")).toEqual([["link-fullwidth", 7, 19, '"（" and "）"', "(pricing.md)"]]);
  });

  it("reports a destination without ) and a link without text", () => {
    expect(defects("[](a.md) and [b](https://example.com/b next")).toEqual([
      ["link-text-lost", 0, 2, '"[]"', undefined],
      ["link-unclosed", 17, 38, "none", undefined],
    ]);
  });

  it("reports unmatched brackets", () => {
    expect(defects("[**Kontakt** bitte.")).toEqual([["brackets", 0, 1, 'an unmatched "["', undefined]]);
    expect(defects("Menü] wählen")).toEqual([["brackets", 4, 5, 'an unmatched "]"', undefined]]);
  });

  it("reports bold that will not render, once per marker", () => {
    expect(defects("Wählen Sie ** Speichern** aus.")).toEqual([["strong", 11, 13, "a blank", undefined]]);
    expect(defects("Wählen Sie **Speichern ** aus, dann **OK **.")).toEqual([["strong", 23, 25, "a blank before it", undefined]]);
    expect(defects("Wählen Sie **Speichern aus.")).toEqual([["strong", 11, 13, 'an unmatched "**"', undefined]]);
    expect(defects("Wählen Sie **Speichern** und __Senden__ aus, snake__case ok.")).toEqual([]);
  });

  it("reports emphasis escaped on one side only", () => {
    expect(defects("发票 **是\\*\\*\\*\\*计划").map((d) => d.slice(0, 2))).toEqual([["half-escaped", 3]]);
    expect(defects("\\*Hinweis*: x")).toEqual([["half-escaped", 0, 10, '"\\*Hinweis*"', undefined]]);
    expect(defects("*\\* Hinweis: x* und https://example.com/\\*")).toEqual([]);
  });

  it("is quiet on intact Markdown, in any script", () => {
    expect(defects("يمكنك **الدفع** عبر [البوابة](portal.md) أو `az pay`.")).toEqual([]);
  });
});

describe("helpers", () => {
  it("looksLikeDestination", () => {
    for (const yes of ["https://a.b", "/path", "#frag", "../a", "./a", "a.md", "img.PNG#x", "mailto:a@b.c"]) expect(looksLikeDestination(yes), yes).toBe(true);
    for (const no of ["Vorschau", "v1.2", "z.B.", "#", "note:"]) expect(looksLikeDestination(no), no).toBe(false);
  });

  it("charMask", () => {
    expect(charMask("plain text")).toBe(0);
    expect(charMask("a `b` <c>")).toBe(HAS_BACKTICK | HAS_LT);
    expect(charMask("价格（元）")).toBe(HAS_FULLWIDTH);
  });

  it("multisetDiff", () => {
    expect(multisetDiff(["a", "b", "b"], ["b", "c", "a"], (x) => x)).toEqual({ missing: ["b"], unexpected: ["c"] });
  });
});
