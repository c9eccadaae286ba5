// src/align: blocks a translation moved (alone, edited, or with their section), paragraphs it joined, and a drifted file's length ratio.
import { describe, expect, it } from "vitest";
import { alignBlocks as alignSequence, type BlockPair } from "../../src/align/align.js";
import { alignBlocks } from "../../src/align/blocks.js";
import { alignWith, joinsOf } from "../../src/align/index.js";
import { LocalizedFile } from "../../src/parse/file.js";
import { agentEn, agentShort, glossary, glossaryEn, type Locale, runEn, runJoined, setupEn, setupMoved } from "./move-docs.js";

const fileOf = (lines: string[], locale: string) =>
  new LocalizedFile({ path: `/virtual/${locale}/a.md`, displayPath: "a.md", locale, relPath: "a.md", root: `/virtual/${locale}`, isSource: locale === "en-us" }, lines.join("\n"));

const locales: Locale[] = ["es", "ja", "ar"];

/** The pairs, and each side's blocks by their first characters, for naming blocks in expectations. */
function aligned(translation: string[], english: string[], locale: Locale) {
  const t = fileOf(translation, locale);
  const r = fileOf(english, "en-us");
  const tb = alignBlocks(t);
  const rb = alignBlocks(r);
  const pairs = alignSequence(tb, rb);
  const at = (blocks: typeof tb, file: LocalizedFile, start: string) => blocks.findIndex((b) => file.text.startsWith(start, b.start));
  return { pairs, t: (start: string) => at(tb, t, start), r: (start: string) => at(rb, r, start) };
}

const unpaired = (pairs: BlockPair[]) => pairs.filter((p) => p.translation === -1 || p.reference === -1);

describe("moves", () => {
  it.each(locales)("a paragraph moved and edited (one link of three invariants dropped) pairs as moved (%s)", (locale) => {
    const { pairs, t, r } = aligned(setupMoved[locale], setupEn, locale);
    expect(pairs.find((p) => p.reference === r("Set `OTEL_HOME`"))).toMatchObject({ translation: t(setupMoved[locale][12]!), moved: true });
    expect(unpaired(pairs)).toEqual([]);
  });

  it.each(locales)("a moved block that shares a single link with a leftover is not taken for it (%s)", (locale) => {
    // The English paragraph keeps only the checklist link; the translation's moved one has the code and the link: 1 shared of 3.
    const english = setupEn.map((l) => (l.startsWith("Set `OTEL_HOME`") ? "Read the [checklist](checklist.md) before you start." : l));
    const { pairs } = aligned(setupMoved[locale], english, locale);
    expect(unpaired(pairs).length).toBe(2);
    expect(pairs.some((p) => p.moved)).toBe(false);
  });

  it.each(locales)("a glossary sorted in the translation's alphabet: each section pairs whole with its English term, tokenless paragraphs included (%s)", (locale) => {
    const { pairs } = aligned(glossary(locale), glossaryEn, locale);
    expect(unpaired(pairs)).toEqual([]);
  });
});

describe("joins and the length ratio of a drifted file", () => {
  it.each(locales)("two English paragraphs joined in a translation that lacks a long section are one unit (%s)", (locale) => {
    const file = fileOf(runJoined[locale], locale);
    const english = fileOf(runEn, "en-us");
    const alignment = alignWith(file, english, "source");
    const joined = alignBlocks(english).findIndex((b) => english.text.startsWith("Set these variables", b.start));
    expect(joinsOf(alignment).absorbedR.has(joined)).toBe(true);
  });

  it.each(locales)("a short paragraph pairs with the short English one, not with the long one before it, in a translation that lacks a section (%s)", (locale) => {
    const { pairs, t, r } = aligned(agentShort[locale], agentEn, locale);
    const short = t(agentShort[locale][10]!);
    expect(pairs.find((p) => p.translation === short)?.reference).toBe(r("Restart it after each change."));
    expect(pairs.find((p) => p.reference === r("The agent reads its settings"))?.translation).toBe(-1);
  });
});
