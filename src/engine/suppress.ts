// Suppression comments: <!-- loclint-disable id -->, <!-- loclint-enable -->, <!-- loclint-disable-next-line id -->.
import type { LineIndex } from "../parse/text.js";

interface Directive {
  kind: "disable" | "enable" | "disable-next-line" | "disable-line";
  rules: string[] | null;
  line: number;
}

/** A directive's start; its `-->` is looked up separately (see {@link htmlDirectives}). */
const htmlDirectiveStart = /<!--\s*loclint-(disable-next-line|disable-line|disable|enable)\b/g;
const yamlDirective = /#\s*loclint-(disable-next-line|disable-line|disable|enable)\b([^\n]*)/g;
const lineTerminator = /[\n\r\u2028\u2029]/g;

export type SuppressionFilter = (ruleId: string, line: number) => boolean;

/** What applies to one rule: lines with a next-line or same-line directive, and the disable/enable toggles in order. */
interface RuleSuppressions {
  nextLine: Set<number>;
  sameLine: Set<number>;
  toggleLines: number[];
  toggleDisables: boolean[];
}

/** Returns a predicate telling whether a finding of `ruleId` at `line` is suppressed, or null when the file has no directive. */
export function suppressionsFor(text: string, lines: LineIndex, yaml: boolean): SuppressionFilter | null {
  if (text.indexOf("loclint-") === -1) return null;
  const directives: Directive[] = [];
  const add = (kind: string, rest: string, at: number) => {
    const list = rest.replace(/--.*$/, "").split(/[\s,]+/).filter(Boolean);
    directives.push({ kind: kind as Directive["kind"], rules: list.length ? list : null, line: lines.lineAt(at) });
  };
  if (yaml) {
    yamlDirective.lastIndex = 0;
    for (let m = yamlDirective.exec(text); m; m = yamlDirective.exec(text)) add(m[1]!, m[2] ?? "", m.index);
  } else {
    for (const m of htmlDirectives(text)) add(m.kind, m.rest, m.index);
  }
  if (directives.length === 0) return null;
  // Directives are in text order; each rule's view of them is built on first use, then answered by binary search.
  const byRule = new Map<string, RuleSuppressions>();
  return (ruleId, line) => {
    let s = byRule.get(ruleId);
    if (!s) {
      s = { nextLine: new Set(), sameLine: new Set(), toggleLines: [], toggleDisables: [] };
      for (const d of directives) {
        if (d.rules !== null && !d.rules.includes(ruleId)) continue;
        if (d.kind === "disable-next-line") s.nextLine.add(d.line + 1);
        else if (d.kind === "disable-line") s.sameLine.add(d.line);
        else {
          s.toggleLines.push(d.line);
          s.toggleDisables.push(d.kind === "disable");
        }
      }
      byRule.set(ruleId, s);
    }
    if (s.nextLine.has(line) || s.sameLine.has(line)) return true;
    // The last toggle at or before `line` decides.
    let lo = 0;
    let hi = s.toggleLines.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (s.toggleLines[mid]! <= line) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && s.toggleDisables[lo - 1]!;
  };
}

/**
 * The matches of `/<!--\s*loclint-(kind)\b(.*?)-->/g` (`.` not crossing a line end), in one pass: the
 * lazy `.*?` searched the rest of the line from every unclosed directive, so a line of them was quadratic.
 */
function htmlDirectives(text: string): { kind: string; rest: string; index: number }[] {
  const found: { kind: string; rest: string; index: number }[] = [];
  let closeFrom = -1;
  let closeAt = -1;
  let breakFrom = -1;
  let breakAt = -1;
  htmlDirectiveStart.lastIndex = 0;
  for (let m = htmlDirectiveStart.exec(text); m; m = htmlDirectiveStart.exec(text)) {
    const from = m.index + m[0].length;
    // The first "-->" and the first line end at or after `from`, each remembered while still ahead.
    if (closeFrom === -1 || from < closeFrom || (closeAt !== -1 && from > closeAt)) {
      closeFrom = from;
      closeAt = text.indexOf("-->", from);
    }
    if (breakFrom === -1 || from < breakFrom || (breakAt !== -1 && from > breakAt)) {
      breakFrom = from;
      lineTerminator.lastIndex = from;
      breakAt = lineTerminator.test(text) ? lineTerminator.lastIndex - 1 : -1;
    }
    if (closeAt === -1 || (breakAt !== -1 && breakAt < closeAt)) {
      // No match here: the regex would try again one character on.
      htmlDirectiveStart.lastIndex = m.index + 1;
      continue;
    }
    found.push({ kind: m[1]!, rest: text.slice(from, closeAt), index: m.index });
    htmlDirectiveStart.lastIndex = closeAt + 3;
  }
  return found;
}
