// Suppression comments: <!-- loclint-disable id -->, <!-- loclint-enable -->, <!-- loclint-disable-next-line id -->.
import type { LineIndex } from "../parse/text.js";

interface Directive {
  kind: "disable" | "enable" | "disable-next-line" | "disable-line";
  rules: string[] | null;
  line: number;
}

const htmlDirective = /<!--\s*loclint-(disable-next-line|disable-line|disable|enable)\b(.*?)-->/g;
const yamlDirective = /#\s*loclint-(disable-next-line|disable-line|disable|enable)\b([^\n]*)/g;

export type SuppressionFilter = (ruleId: string, line: number) => boolean;

/** Returns a predicate telling whether a finding of `ruleId` at `line` is suppressed, or null when the file has no directive. */
export function suppressionsFor(text: string, lines: LineIndex, yaml: boolean): SuppressionFilter | null {
  if (text.indexOf("loclint-") === -1) return null;
  const directives: Directive[] = [];
  const pattern = yaml ? yamlDirective : htmlDirective;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const list = (m[2] ?? "").replace(/--.*$/, "").split(/[\s,]+/).filter(Boolean);
    directives.push({ kind: m[1] as Directive["kind"], rules: list.length ? list : null, line: lines.lineAt(m.index) });
  }
  if (directives.length === 0) return null;
  return (ruleId, line) => {
    let disabled = false;
    for (const d of directives) {
      const applies = d.rules === null || d.rules.includes(ruleId);
      if (!applies) continue;
      if (d.kind === "disable-next-line" && d.line + 1 === line) return true;
      if (d.kind === "disable-line" && d.line === line) return true;
      if (d.line > line) break;
      if (d.kind === "disable") disabled = true;
      else if (d.kind === "enable") disabled = false;
    }
    return disabled;
  };
}
