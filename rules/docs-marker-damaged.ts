// rules/docs-marker-damaged.ts: Docs markers ([!NOTE], [!INCLUDE ...], :::image ...:::) kept intact, never translated.
import { defineRule, findingAt, quote, quoteList } from "../src/engine/rule.js";
import type { LocalizedFile } from "../src/parse/file.js";
import { originHas, originOf, pairsToCheck, relatedInPair } from "../src/align/pairs.js";
import { HAS_BANG, HAS_COLON, multisetDiff, type PairedSegment } from "../src/parse/inline.js";
import type { RuleFinding } from "../src/types.js";
import { pushAll } from "../src/shared/arrays.js";

/** Characters without which a text has no marker. */
const MARKER_CHARS = HAS_BANG | HAS_COLON;

/** The alert kinds Docs renders. */
const ALERT_KINDS = new Set(["NOTE", "TIP", "IMPORTANT", "CAUTION", "WARNING"]);

/** `[!NOTE]`, `[!INCLUDE`, `[!div`, `:::image`, `:::zone`, and a bare `:::` (the end of a `:::image …:::`). */
const MARKER = /\[!([A-Za-z][\w-]*)(\])?|:::(\p{L}[\p{L}\w-]*)?/gu;

/** Something that was a marker before a translator or MT got to it: `[! HINWEIS]`, `[！NOTE]`, `::: image`, `：：：`. */
const DAMAGED_BANG = /\[[\t \u00a0]*[!\uff01][\t \u00a0]*[^\]\n]{0,30}\]?/u;
const DAMAGED_COLONS = /[:\uff1a]{2,3}[\t \u00a0]+\p{L}[\p{L}\w-]*|[:\uff1a]*\uff1a[:\uff1a]*[\t \u00a0]*[\p{L}\w-]*|(?<![:\uff1a]):{2}(?![:\uff1a])\p{L}[\p{L}\w-]*/u;

/** At the start of a `>` line: a `[!` with a blank or a full-width `！` in it (`[! HINWEIS]`, `[ !NOTE]`). */
const DAMAGED_ALERT = /\[[\t \u00a0]*[!\uff01][\t \u00a0]*[^\]\r\n]{0,30}\]/y;

interface Marker {
  /** Compared ignoring case: `[!note]`, `[!include`, `:::image`, `:::`. */
  key: string;
  /** As written. */
  text: string;
  offset: number;
}

export default defineRule({
  id: "docs-marker-damaged",
  description: "Docs markers ([!NOTE], [!INCLUDE ...], :::image ...:::) are kept intact and never translated",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check({ file, group }) {
    const findings: RuleFinding[] = [];
    const { segments, masks } = pairsToCheck(file, group);
    for (let k = 0; k < segments.length; k++) {
      if ((masks[2 * k + 1]! & MARKER_CHARS) === 0 || !mayHaveMarker(segments[k]!.source)) continue;
      const segment = segments[k]!;
      // Alerts of plain translations are checked line by line below (outsideSegments), once.
      const english = segment.sourceFile ? markersOf(segment.source).filter((m) => !m.key.endsWith("]")) : markersOf(segment.source);
      if (english.length === 0) continue;
      const mine = markersOf(segment.translation);
      const { missing, unexpected } = multisetDiff(english, mine, (m) => m.key);
      if (missing.length > 0) findings.push(segmentFinding(file, segment, missing, unexpected));
    }
    if (file.kind === "markdown") pushAll(findings, outsideSegments(file, group.source));
    return findings;
  },
});

function mayHaveMarker(text: string): boolean {
  return text.includes("[!") || text.includes(":::");
}

function markersOf(text: string): Marker[] {
  if (!mayHaveMarker(text)) return [];
  const markers: Marker[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const name = m[1];
    // An alert is only `[!KIND]`; other `[!name` markers (`[!INCLUDE[…](…)]`, `[!div …]`) go on differently.
    const key = name === undefined ? m[0] : ALERT_KINDS.has(name.toUpperCase()) && m[2] ? `[!${name}]` : `[!${name}`;
    markers.push({ key: key.toLowerCase(), text: name === undefined ? m[0] : key, offset: m.index });
  }
  return markers;
}

function segmentFinding(file: LocalizedFile, segment: PairedSegment, missing: Marker[], unexpected: Marker[]): RuleFinding {
  const expected = quoteList(missing.map((m) => m.text));
  const related = [relatedInPair(file, segment, missing[0]!.offset, `${originHas(segment)} ${quote(missing[0]!.text)}`)];
  // Point at what is left of the marker in the translation: a damaged form, or a marker the English lacks.
  const colons = missing[0]!.key.startsWith(":");
  const unexpectedOfKind = unexpected.find((m) => m.key.startsWith(":") === colons);
  let at = -1;
  let found = "";
  const damagedColons = colons ? DAMAGED_COLONS.exec(segment.translation) : null;
  if (damagedColons) {
    at = damagedColons.index;
    found = damagedColons[0].trimEnd();
  } else if (unexpectedOfKind) {
    at = unexpectedOfKind.offset;
    found = ((colons ? null : DAMAGED_BANG.exec(segment.translation.slice(at)))?.[0] ?? unexpectedOfKind.text).trimEnd();
  } else if (!colons) {
    const damaged = DAMAGED_BANG.exec(segment.translation);
    if (damaged) {
      at = damaged.index;
      found = damaged[0].trimEnd();
    } else if (missing[0]!.offset === leadingBlanks(segment.source)) {
      // A marker that opened the English text: `[NOTE]` or `[HINWEIS]` opening the translation lost its `!`.
      const lead = /^[\t ]*(\[[^\]\n]{1,30}\])/.exec(segment.translation);
      if (lead) {
        at = lead.index + lead[0].length - lead[1]!.length;
        found = lead[1]!;
      }
    }
  }
  if (at === -1) {
    return findingAt(file, segment.translationOffset, `Expected ${expected} as in ${originOf(segment)} but found none`, { related });
  }
  const start = segment.translationOffset + at;
  return findingAt(file, start, `Expected ${expected} as in ${originOf(segment)} but found ${quote(found)}`, { end: start + found.length, related });
}

function leadingBlanks(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return i;
}

/** Alerts on `>` lines outside segments: a kind Docs does not know (`[!HINWEIS]`), or a damaged `[! NOTE]`. */
function outsideSegments(file: LocalizedFile, source: LocalizedFile | null): RuleFinding[] {
  const findings: RuleFinding[] = [];
  const segments = file.segments.segments;
  const inSegment = (offset: number) => segments.some((s) => s.start <= offset && offset < s.end);
  let sourceKinds: Set<string> | null = null;
  for (const alert of file.markdown.structure.alerts) {
    if (ALERT_KINDS.has(alert.kind) || inSegment(alert.offset)) continue;
    // The English page with the same unknown kind is its author's choice, not a translation.
    sourceKinds ??= new Set(source && !source.unreadable ? source.markdown.structure.alerts.map((a) => a.kind) : []);
    if (sourceKinds.has(alert.kind)) continue;
    const written = file.text.slice(alert.offset, alert.offset + alert.kind.length + 3);
    findings.push(findingAt(file, alert.offset, `Expected an alert marker ${alertList()} but found ${quote(written)}`, { end: alert.offset + written.length }));
  }
  // Only `>` lines can hold an alert: a look at each line's start, never a search through the whole file.
  const text = file.text;
  for (const start of file.lines.starts) {
    if (start < file.bodyStart) continue;
    let p = start;
    let c = text.charCodeAt(p);
    while (c === 32 || c === 9) c = text.charCodeAt(++p);
    if (c !== 62) continue;
    while (c === 62 || c === 32 || c === 9) c = text.charCodeAt(++p);
    if (c !== 91) continue;
    DAMAGED_ALERT.lastIndex = p;
    const m = DAMAGED_ALERT.exec(text);
    if (!m || /^\[![A-Za-z]/.test(m[0]) || inSegment(p) || file.markdown.structure.alerts.some((a) => a.offset === p)) continue;
    findings.push(findingAt(file, p, `Expected an alert marker ${alertList()} but found ${quote(m[0])}`, { end: p + m[0].length }));
  }
  return findings;
}

function alertList(): string {
  return '"[!NOTE]", "[!TIP]", "[!IMPORTANT]", "[!CAUTION]" or "[!WARNING]"';
}
