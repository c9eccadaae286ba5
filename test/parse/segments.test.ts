// Tests for the sxs segment parser: well-formed segments wherever Markdown puts them, and every markup defect.
import { describe, expect, it } from "vitest";
import type { SegmentProblem } from "../../src/parse/model.js";
import { hasSegments, parseSegments } from "../../src/parse/segments.js";
import { resolveMessage } from "../../src/shared/quote.js";

/** A well-formed segment as sxs tools write it. */
function seg(id: string, translation: string, source: string): string {
  return `<span data-ttu-id="${id}">${translation}</span><span class="sxs-lookup"><span data-stu-id="${id}">${source}</span></span>`;
}

/** The offset of `marker`, which must occur exactly once in `text`. */
function at(text: string, marker: string): number {
  const offset = text.indexOf(marker);
  expect(offset, `marker ${JSON.stringify(marker)}`).toBeGreaterThanOrEqual(0);
  expect(text.indexOf(marker, offset + 1), `marker ${JSON.stringify(marker)} is not unique`).toBe(-1);
  return offset;
}

/** The offset just after `marker`. */
function after(text: string, marker: string): number {
  return at(text, marker) + marker.length;
}

interface ValidCase {
  name: string;
  text: string;
  yaml?: boolean;
  start?: number;
  /** Expected segments in order; offsets come from unique markers in the text. */
  segments: {
    id: string;
    prefix: string | null;
    number: number | null;
    translation: string;
    source: string;
    /** Text that begins where the segment begins (default: its canonical ttu tag). */
    startMarker?: string;
    /** Text that ends where the segment ends (default: the source and `</span></span>`). */
    endMarker?: string;
    /** Text that ends just before the translation or the source begins (default: their canonical tags). */
    translationAfter?: string;
    sourceAfter?: string;
  }[];
}

const valid: ValidCase[] = [
  {
    name: "a heading after an <a name> anchor",
    text: `# <a name="open-settings"></a>${seg("4f2a1-101", "Beállítások megnyitása", "Open settings")}\n`,
    segments: [{ id: "4f2a1-101", prefix: "4f2a1", number: 101, translation: "Beállítások megnyitása", source: "Open settings" }],
  },
  {
    name: "table cells",
    text: [
      `| ${seg("4f2a1-102", "Név", "Name")} | ${seg("4f2a1-103", "Leírás", "Description")} |`,
      "|---|---|",
      `| \`id\` | ${seg("4f2a1-104", "Az ügyfél <b>azonosítója</b>", "The customer <b>identifier</b>")} |`,
      "",
    ].join("\n"),
    segments: [
      { id: "4f2a1-102", prefix: "4f2a1", number: 102, translation: "Név", source: "Name" },
      { id: "4f2a1-103", prefix: "4f2a1", number: 103, translation: "Leírás", source: "Description" },
      {
        id: "4f2a1-104",
        prefix: "4f2a1",
        number: 104,
        translation: "Az ügyfél <b>azonosítója</b>",
        source: "The customer <b>identifier</b>",
      },
    ],
  },
  {
    name: "link text",
    text: `- [${seg("0b7e3-7", "設定を開く", "Open the settings")}](settings.md)\n`,
    segments: [{ id: "0b7e3-7", prefix: "0b7e3", number: 7, translation: "設定を開く", source: "Open the settings" }],
  },
  {
    name: "an alert",
    text: `> [!NOTE]\n> ${seg("0b7e3-8", "この手順は元に戻せません。", "This step can't be undone.")} ${seg("0b7e3-9", "注意してください。", "Be careful.")}\n`,
    segments: [
      { id: "0b7e3-8", prefix: "0b7e3", number: 8, translation: "この手順は元に戻せません。", source: "This step can't be undone." },
      { id: "0b7e3-9", prefix: "0b7e3", number: 9, translation: "注意してください。", source: "Be careful." },
    ],
  },
  {
    name: "multi-byte text (Hungarian, Japanese, Arabic, an emoji) before the segment",
    text: `Árvíztűrő tükörfúrógép — 設定画面 — افتح الإعدادات 🎉 ${seg("c3d4e-55", "افتح لوحة التحكم", "Open the dashboard")}\n`,
    segments: [{ id: "c3d4e-55", prefix: "c3d4e", number: 55, translation: "افتح لوحة التحكم", source: "Open the dashboard" }],
  },
  {
    name: "CRLF line endings, a blank line and a segment spread over lines",
    text: `Bevezetés\r\n\r\n${seg("aa001-1", "Első\r\nsor", "First\r\nline")}\r\n\r\n${seg("aa001-2", "Második", "Second")}\r\n`,
    segments: [
      { id: "aa001-1", prefix: "aa001", number: 1, translation: "Első\r\nsor", source: "First\r\nline" },
      { id: "aa001-2", prefix: "aa001", number: 2, translation: "Második", source: "Second" },
    ],
  },
  {
    name: "a YAML double-quoted string with escaped quotes",
    yaml: true,
    text: `title: "${seg("7e8b9-3", "Számlázás áttekintése", "Billing overview").replaceAll('"', '\\"')}"\nhref: billing.md\n`,
    segments: [
      {
        id: "7e8b9-3",
        prefix: "7e8b9",
        number: 3,
        translation: "Számlázás áttekintése",
        source: "Billing overview",
        startMarker: '<span data-ttu-id=\\"7e8b9-3',
        translationAfter: 'data-ttu-id=\\"7e8b9-3\\">',
        sourceAfter: 'data-stu-id=\\"7e8b9-3\\">',
      },
    ],
  },
  {
    name: "other attribute syntax: single quotes, several classes, extra spaces, upper case, nested plain spans",
    text:
      `<span  data-ttu-id='b2-1' >Ez <span class="ui">Mentés</span> gomb</span>` +
      `<span class='note sxs-lookup'><SPAN data-stu-id="b2-1">The <span class="ui">Save</span> button</SPAN></span>\n`,
    segments: [
      {
        id: "b2-1",
        prefix: "b2",
        number: 1,
        translation: 'Ez <span class="ui">Mentés</span> gomb',
        source: 'The <span class="ui">Save</span> button',
        startMarker: "<span  data-ttu-id='b2-1'",
        translationAfter: "'b2-1' >",
        endMarker: "button</SPAN></span>",
        sourceAfter: '<SPAN data-stu-id="b2-1">',
      },
    ],
  },
  {
    name: "a \">\" inside an attribute value and a character reference in an id",
    text: `<span title="a > b" data-ttu-id="k&#45;1">Kulcs</span><span class="sxs-lookup"><span data-stu-id="k-1">Key</span></span>\n`,
    segments: [
      {
        id: "k-1",
        prefix: "k",
        number: 1,
        translation: "Kulcs",
        source: "Key",
        startMarker: '<span title="a > b"',
        translationAfter: 'data-ttu-id="k&#45;1">',
      },
    ],
  },
  {
    name: "ids that do not end in a number",
    text: `${seg("nodash", "Egy", "One")} ${seg("x-1a", "Kettő", "Two")} ${seg("-4", "Három", "Three")}\n`,
    segments: [
      { id: "nodash", prefix: null, number: null, translation: "Egy", source: "One" },
      { id: "x-1a", prefix: null, number: null, translation: "Kettő", source: "Two" },
      { id: "-4", prefix: null, number: null, translation: "Három", source: "Three" },
    ],
  },
  {
    name: "spans inside an HTML comment and text before `start` are not read",
    text: `---\ntitle: <span data-ttu-id="z-1">x\n---\n<!-- <span data-ttu-id="z-2">régi --> ${seg("z-3", "Új", "New")}\n`,
    start: "---\ntitle: <span data-ttu-id=\"z-1\">x\n---\n".length,
    segments: [{ id: "z-3", prefix: "z", number: 3, translation: "Új", source: "New" }],
  },
];

describe("parseSegments: valid", () => {
  for (const c of valid) {
    it(c.name, () => {
      const result = parseSegments(c.text, { yaml: c.yaml, start: c.start });
      expect(result.problems).toEqual([]);
      const t = c.text;
      expect(result.segments).toEqual(
        c.segments.map((s) => ({
          id: s.id,
          prefix: s.prefix,
          number: s.number,
          start: at(t, s.startMarker ?? `<span data-ttu-id="${s.id}"`),
          end: after(t, s.endMarker ?? `${s.source}</span></span>`),
          translation: s.translation,
          translationOffset: after(t, s.translationAfter ?? `<span data-ttu-id="${s.id}">`),
          source: s.source,
          sourceOffset: after(t, s.sourceAfter ?? `<span data-stu-id="${s.id}">`),
        })),
      );
      for (const s of result.segments) {
        expect(t.slice(s.translationOffset, s.translationOffset + s.translation.length)).toBe(s.translation);
      }
    });
  }

  it("treats a tag that never ends as text", () => {
    const text = `${seg("m-1", "Jó", "Good")} <span data-ttu-id="m-2`;
    expect(parseSegments(text).segments.map((s) => s.id)).toEqual(["m-1"]);
    expect(parseSegments(text).problems).toEqual([]);
  });

  it("returns nothing for text without segments", () => {
    expect(parseSegments("# Cím\n\nSzöveg <span>sima</span> és <spanner>.\n")).toEqual({ segments: [], problems: [] });
  });
});

interface InvalidCase {
  name: string;
  text: string;
  yaml?: boolean;
  problems: {
    kind: SegmentProblem["kind"];
    /** A marker that begins at the problem's offset. */
    at: string;
    /** A marker that ends at the problem's end. */
    endAfter?: string;
    /** A marker that begins at the problem's end. */
    endAt?: string;
    id?: string;
    expectedId?: string;
    message?: string;
  }[];
  /** Ids of the segments found, to show that parsing recovered. */
  ids: string[];
}

const invalid: InvalidCase[] = [
  {
    name: "unclosed-ttu at the end of a paragraph (CRLF), after Japanese text",
    text: `日本語の説明 <span data-ttu-id="9c1d0-201">閉じられていない\r\n\r\n${seg("9c1d0-202", "次の段落", "Next paragraph")}\r\n`,
    problems: [
      {
        kind: "unclosed-ttu",
        at: '<span data-ttu-id="9c1d0-201"',
        endAfter: "閉じられていない",
        id: "9c1d0-201",
        message: 'Expected "</span>" closing translation span "9c1d0-201" but found the end of the paragraph',
      },
    ],
    ids: ["9c1d0-201", "9c1d0-202"],
  },
  {
    name: "unclosed-ttu when a new translation starts before the close",
    text: `Bevezető <span data-ttu-id="9c1d0-203">Nincs lezárva ${seg("9c1d0-204", "Következő", "Next")}\n- ${seg("9c1d0-205", "Lista", "List")}\n`,
    problems: [
      {
        kind: "unclosed-ttu",
        at: '<span data-ttu-id="9c1d0-203"',
        endAt: '<span data-ttu-id="9c1d0-204"',
        id: "9c1d0-203",
        message: 'Expected "</span>" closing translation span "9c1d0-203" but found translation span "9c1d0-204"',
      },
    ],
    ids: ["9c1d0-203", "9c1d0-204", "9c1d0-205"],
  },
  {
    name: "unclosed-ttu when its lookup follows at once",
    text: `<span data-ttu-id="9c1d0-206">Hiányzó záró<span class="sxs-lookup"><span data-stu-id="9c1d0-206">Missing close</span></span> ${seg("9c1d0-207", "Jó", "Good")}`,
    problems: [
      {
        kind: "unclosed-ttu",
        at: '<span data-ttu-id="9c1d0-206"',
        endAt: '<span class="sxs-lookup"><span data-stu-id="9c1d0-206"',
        id: "9c1d0-206",
        message: 'Expected "</span>" closing translation span "9c1d0-206" but found its "sxs-lookup" span',
      },
    ],
    ids: ["9c1d0-206", "9c1d0-207"],
  },
  {
    name: "unclosed-ttu at the end of the file",
    text: `${seg("9c1d0-208", "Jó", "Good")}\n<span data-ttu-id="9c1d0-209">A fájl vége\r\n\r\n`,
    problems: [
      {
        kind: "unclosed-ttu",
        at: '<span data-ttu-id="9c1d0-209"',
        endAfter: "A fájl vége",
        id: "9c1d0-209",
        message: 'Expected "</span>" closing translation span "9c1d0-209" but found the end of the file',
      },
    ],
    ids: ["9c1d0-208", "9c1d0-209"],
  },
  {
    name: "missing-lookup before the next segment",
    text: `<span data-ttu-id="5e6f7-11">Nincs forrás</span> ${seg("5e6f7-12", "Van forrás", "Has a source")}`,
    problems: [
      {
        kind: "missing-lookup",
        at: '<span data-ttu-id="5e6f7-11"',
        endAfter: "Nincs forrás</span>",
        id: "5e6f7-11",
        message: 'Expected a "sxs-lookup" span after translation span "5e6f7-11" but found translation span "5e6f7-12"',
      },
    ],
    ids: ["5e6f7-11", "5e6f7-12"],
  },
  {
    name: "missing-lookup at the end of a paragraph, then an orphan-lookup",
    text: `<span data-ttu-id="5e6f7-13">Elszakadt</span>\n\n<span class="sxs-lookup"><span data-stu-id="5e6f7-13">Torn apart</span></span>\n`,
    problems: [
      {
        kind: "missing-lookup",
        at: '<span data-ttu-id="5e6f7-13"',
        id: "5e6f7-13",
        message: 'Expected a "sxs-lookup" span after translation span "5e6f7-13" but found the end of the paragraph',
      },
      {
        kind: "orphan-lookup",
        at: '<span class="sxs-lookup">',
        endAfter: '<span class="sxs-lookup">',
        message: 'Expected a translation span before this "sxs-lookup" span but found none',
      },
    ],
    ids: ["5e6f7-13"],
  },
  {
    name: "missing-lookup when the lookup has no source span",
    text: `<span data-ttu-id="5e6f7-14">Üres</span><span class="sxs-lookup"></span>`,
    problems: [
      {
        kind: "missing-lookup",
        at: '<span class="sxs-lookup">',
        id: "5e6f7-14",
        message: 'Expected source span "5e6f7-14" inside the "sxs-lookup" span but found "</span>"',
      },
    ],
    ids: ["5e6f7-14"],
  },
  {
    name: "orphan-lookup after Arabic text, with the next segment intact",
    text: `نص عربي <span class="sxs-lookup"><span data-stu-id="a1b2c-3">Lonely</span></span> ${seg("a1b2c-4", "مرحبا", "Hello")}`,
    problems: [{ kind: "orphan-lookup", at: '<span class="sxs-lookup"><span data-stu-id="a1b2c-3"' }],
    ids: ["a1b2c-4"],
  },
  {
    name: "orphan-stu outside any segment",
    text: `Szöveg <span data-stu-id="a1b2c-5">Stray</span> ${seg("a1b2c-6", "Rendben", "Fine")}`,
    problems: [
      {
        kind: "orphan-stu",
        at: '<span data-stu-id="a1b2c-5"',
        endAfter: '<span data-stu-id="a1b2c-5">',
        id: "a1b2c-5",
        message: 'Expected source span "a1b2c-5" inside a "sxs-lookup" span but found it outside one',
      },
    ],
    ids: ["a1b2c-6"],
  },
  {
    name: "orphan-stu right after a translation (the lookup wrapper is missing)",
    text: `<span data-ttu-id="a1b2c-7">Csomagolás nélkül</span><span data-stu-id="a1b2c-7">Unwrapped</span> ${seg("a1b2c-8", "Rendben", "Fine")}`,
    problems: [
      {
        kind: "orphan-stu",
        at: '<span data-stu-id="a1b2c-7"',
        id: "a1b2c-7",
        message: 'Expected a "sxs-lookup" span around source span "a1b2c-7" but found none',
      },
    ],
    ids: ["a1b2c-7", "a1b2c-8"],
  },
  {
    name: "stu-id-mismatch",
    text: `Ünnepi 🎄 <span data-ttu-id="d00d1-20">Fordítás</span><span class="sxs-lookup"><span data-stu-id="d00d1-21">Translation</span></span>`,
    problems: [
      {
        kind: "stu-id-mismatch",
        at: '<span data-stu-id="d00d1-21"',
        endAfter: '<span data-stu-id="d00d1-21">',
        id: "d00d1-21",
        expectedId: "d00d1-20",
        message: 'Expected source span id "d00d1-20" (the id of its translation span) but found "d00d1-21"',
      },
    ],
    ids: ["d00d1-20"],
  },
  {
    name: "nested-segment",
    text: `<span data-ttu-id="d00d1-30">Külső ${seg("d00d1-31", "belső", "inner")} vége</span><span class="sxs-lookup"><span data-stu-id="d00d1-30">Outer end</span></span>`,
    problems: [
      {
        kind: "nested-segment",
        at: '<span data-ttu-id="d00d1-31"',
        id: "d00d1-31",
        message: 'Expected translation span "d00d1-31" outside other segments but found it inside translation span "d00d1-30"',
      },
    ],
    ids: ["d00d1-30", "d00d1-31"],
  },
  {
    name: "text-before-lookup",
    text: `${seg("d00d1-40", "Jó", "Good")} <span data-ttu-id="d00d1-41">Rés</span> és szöveg<span class="sxs-lookup"><span data-stu-id="d00d1-41">Gap</span></span>`,
    problems: [
      {
        kind: "text-before-lookup",
        at: " és szöveg",
        endAfter: " és szöveg",
        id: "d00d1-41",
        message: 'Expected the "sxs-lookup" span right after translation span "d00d1-41" but found " és szöveg"',
      },
    ],
    ids: ["d00d1-40", "d00d1-41"],
  },
  {
    name: "unclosed-lookup missing one </span>",
    text: `<span data-ttu-id="e1-1">Egy</span><span class="sxs-lookup"><span data-stu-id="e1-1">One</span> ${seg("e1-2", "Kettő", "Two")}`,
    problems: [
      {
        kind: "unclosed-lookup",
        at: '<span class="sxs-lookup"><span data-stu-id="e1-1"',
        endAt: '<span data-ttu-id="e1-2"',
        id: "e1-1",
        message: 'Expected "</span>" closing the "sxs-lookup" span of segment "e1-1" but found translation span "e1-2"',
      },
    ],
    ids: ["e1-1", "e1-2"],
  },
  {
    name: "unclosed-lookup missing both </span> at the end of a paragraph",
    text: `<span data-ttu-id="e1-3">Három</span><span class="sxs-lookup"><span data-stu-id="e1-3">Three\n\n${seg("e1-4", "Négy", "Four")}`,
    problems: [
      {
        kind: "unclosed-lookup",
        at: '<span class="sxs-lookup"><span data-stu-id="e1-3"',
        endAfter: "Three",
        id: "e1-3",
        message:
          'Expected "</span></span>" closing the source span and the "sxs-lookup" span of segment "e1-3" but found the end of the paragraph',
      },
    ],
    ids: ["e1-3", "e1-4"],
  },
  {
    name: "a broken segment in YAML",
    yaml: true,
    text: `- name: "<span data-ttu-id=\\"f0-1\\">Név</span><span class=\\"sxs-lookup\\"><span data-stu-id=\\"f0-2\\">Name</span></span>"\n`,
    problems: [{ kind: "stu-id-mismatch", at: '<span data-stu-id=\\"f0-2', id: "f0-2", expectedId: "f0-1" }],
    ids: ["f0-1"],
  },
];

describe("parseSegments: invalid", () => {
  for (const c of invalid) {
    it(c.name, () => {
      const result = parseSegments(c.text, { yaml: c.yaml });
      const t = c.text;
      expect(result.problems.map((p) => p.kind)).toEqual(c.problems.map((p) => p.kind));
      c.problems.forEach((expected, i) => {
        const problem = result.problems[i];
        expect(problem?.offset, expected.kind).toBe(at(t, expected.at));
        if (expected.endAfter !== undefined) expect(problem?.end).toBe(after(t, expected.endAfter));
        if (expected.endAt !== undefined) expect(problem?.end).toBe(at(t, expected.endAt));
        if (expected.id !== undefined) expect(problem?.id).toBe(expected.id);
        if (expected.expectedId !== undefined) expect(problem?.expectedId).toBe(expected.expectedId);
        if (expected.message !== undefined) expect(resolveMessage(problem?.message ?? "").message).toBe(expected.message);
      });
      expect(result.segments.map((s) => s.id)).toEqual(c.ids);
    });
  }

  it("writes every message as one sentence saying what was expected and what was found", () => {
    for (const c of invalid) {
      for (const problem of parseSegments(c.text, { yaml: c.yaml }).problems) {
        expect(resolveMessage(problem.message).message).toMatch(/^Expected .+ but found .+[^.]$/);
      }
    }
  });

  it("keeps what it can of a broken segment", () => {
    const text = `<span data-ttu-id="9c1d0-301">Félig\n\nKész`;
    const [segment] = parseSegments(text).segments;
    expect(segment).toMatchObject({ id: "9c1d0-301", translation: "Félig", source: null, sourceOffset: null, end: after(text, "Félig") });
    const missing = `<span data-ttu-id="5e6f7-31">Forrás nélkül</span>`;
    expect(parseSegments(missing).segments[0]).toMatchObject({ translation: "Forrás nélkül", source: null, end: missing.length });
  });

  it("reports a problem in every broken segment of a long table", () => {
    const rows = Array.from({ length: 50 }, (_, i) =>
      i % 10 === 3 ? `| <span data-ttu-id="t-${i}">törött | ${seg(`t-${i}b`, "ép", "whole")} |` : `| ${seg(`t-${i}`, `sor ${i}`, `row ${i}`)} |`,
    );
    const result = parseSegments(`| a |\n|---|\n${rows.join("\n")}\n`);
    expect(result.segments).toHaveLength(55);
    expect(result.problems.map((p) => `${p.kind} ${p.id}`)).toEqual([3, 13, 23, 33, 43].map((i) => `unclosed-ttu t-${i}`));
  });
});

describe("hasSegments", () => {
  it("finds any piece of segment markup", () => {
    expect(hasSegments(`x ${seg("a-1", "b", "c")}`)).toBe(true);
    expect(hasSegments('<span class="sxs-lookup">')).toBe(true);
    expect(hasSegments('<span data-stu-id="a-1">')).toBe(true);
    expect(hasSegments("# Cím\n\n<span>sima</span>\n")).toBe(false);
  });
});
