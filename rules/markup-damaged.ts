// rules/markup-damaged.ts: the identifiers of Hugo, MkDocs, Docusaurus/MDX and MDN markup are the English block's, never translated; MDX component tags stay balanced.
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { LocalizedFile } from "../src/parse/file.js";
import { originHas, originOf, pairsToCheck, relatedInPair } from "../src/align/pairs.js";
import { HAS_BRACE, HAS_LT, HAS_MARKUP_LINE, type PairedSegment } from "../src/parse/inline.js";
import type { RuleFinding } from "../src/types.js";
import { isSideBySide } from "../src/shared/segment-votes.js";

/** Characters without which a text has none of the markup compared. */
const MARKUP_CHARS = HAS_BRACE | HAS_LT | HAS_MARKUP_LINE;

/** A letter outside ASCII: what a translated identifier has and an English one does not. */
const NON_ASCII_LETTER = /[^\P{L}A-Za-z]/u;

/** One identifier of a markup construct, as written in a block. */
interface Ident {
  /** The construct: "shortcode", "shortcode-close", "macro", "admonition", "import", "tag", "tag-close". */
  kind: string;
  /** What is compared: "name", "key 2", "value of term_id", "path", "argument 1". */
  role: string;
  value: string;
  /** Offset in the block text. */
  offset: number;
  /** For messages: `shortcode name`, `parameter of shortcode "glossary_tooltip"`. */
  label: string;
  /** Compared ignoring case (MDN macro names: `{{DOMxRef}}` is `{{domxref}}`). */
  caseless?: boolean;
}

/** One construct: its kind, its ordinal among constructs of that kind, and its identifiers. */
interface Construct {
  kind: string;
  name: string;
  idents: Ident[];
}

/**
 * Parameter keys whose values are identifiers (a glossary term id, a language, a type or colour
 * keyword), never display text: `term_id`, any `…_id` or `…Id`, `id`, `lang`, `language`, `type`,
 * `subtype`, `color`, `class`; on an MDX component tag also `value` (a tab's value). `text`, `title`,
 * `name`, `label`, `header`, `alt` and the like are display text, translated freely.
 */
const ID_KEY = /^(?:id|[\w-]+_id|[a-z][A-Za-z]*Id|lang|language|type|subtype|color|class)$/;

/** MDN macros whose first argument names an API, element, header or glossary term (the rest is display text). */
const XREF_MACRO = /^(?:\w*xref|glossary|htmlelement|svgelement|svgattr|mathmlelement|httpheader|httpmethod|httpstatus|webextapiref|cssref|jsref|event|domxref)$/i;

const SHORTCODE = /\{\{([<%])[ \t]*(\/)?[ \t]*([^\s"'<>%{}/*][^\s"'<>%{}]*)((?:[^>%]|[>%](?!\}\}))*)[>%]\}\}/gu;
const PARAM = /(?:^|[\s])([^\s="'{}]+)[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s"'>%]+))/gu;
const MACRO = /\{\{[ \t]*([A-Za-z][\w-]*|[^\P{L}A-Za-z][\p{L}\w-]*)[ \t]*(?:\(((?:[^)"'\n]|"[^"\n]*"|'[^'\n]*')*)\))?[ \t]*\}\}/gu;
const ADMONITION = /^[ \t]*(?:>[ \t]*)*(!!!|\?\?\?\+?)[ \t]+([^\s"']+)/gmu;
const IMPORT = /^import[ \t]+([^\n;]*?)[ \t]+from[ \t]+(['"])([^'"\n]*)\2/gmu;
/** An MDX component tag: a capitalised name (`<TabItem`, `</Tabs>`), or one a translation wrote in its script. */
const TAG = /<(\/)?([A-Z][\w.]*|[^\P{L}A-Za-z][\p{L}\w.]*)(?=[\s/>])((?:[^<>"']|"[^"]*"|'[^']*')*)>/gu;
const CODE_SPAN = /(`+)[\s\S]*?\1/g;

export default defineRule({
  id: "markup-damaged",
  description: "Hugo shortcodes, MkDocs admonitions, MDX imports and tags and MDN macros keep the English identifiers and balance",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check({ file, group }) {
    const findings: RuleFinding[] = [];
    const { segments, masks } = pairsToCheck(file, group);
    for (let k = 0; k < segments.length; k++) {
      const segment = segments[k]!;
      if ((masks[2 * k]! & MARKUP_CHARS) === 0 || segment.alone || !mayHaveMarkup(segment.translation)) continue;
      compare(file, segment, findings);
    }
    if (file.kind === "markdown" && !file.unreadable && !isSideBySide(file) && group.source && group.source !== file && !group.source.unreadable && group.source.kind === "markdown") {
      balance(file, group.source, findings);
    }
    return findings;
  },
});

function mayHaveMarkup(text: string): boolean {
  return text.includes("{{") || text.includes("!!!") || text.includes("???") || text.includes("import") || text.includes("<");
}

/** The text with inline code spans blanked (same length), so markup shown as code is left alone. */
function masked(text: string): string {
  if (!text.includes("`")) return text;
  return text.replace(CODE_SPAN, (m) => m.replace(/[^\n]/g, " "));
}

function constructsOf(raw: string): Construct[] {
  const text = masked(raw);
  const out: Construct[] = [];
  if (text.includes("{{")) {
    SHORTCODE.lastIndex = 0;
    for (let m = SHORTCODE.exec(text); m; m = SHORTCODE.exec(text)) {
      const name = m[3]!;
      const nameAt = m.index + m[0].indexOf(name, 3);
      const kind = m[2] ? "shortcode-close" : "shortcode";
      const idents: Ident[] = [{ kind, role: "name", value: name, offset: nameAt, label: m[2] ? "closing shortcode name" : "shortcode name" }];
      const paramsAt = nameAt + name.length;
      let k = 0;
      PARAM.lastIndex = 0;
      for (let p = PARAM.exec(m[4]!); p; p = PARAM.exec(m[4]!)) {
        const key = p[1]!;
        const keyAt = paramsAt + p.index + p[0].indexOf(key);
        idents.push({ kind, role: `key ${k++}`, value: key, offset: keyAt, label: `parameter name` });
        const value = p[2] ?? p[3] ?? p[4]!;
        if (ID_KEY.test(key)) {
          const valueAt = paramsAt + p.index + p[0].lastIndexOf(value);
          idents.push({ kind, role: `value of ${key}`, value, offset: valueAt, label: `${quote(key)} parameter` });
        }
      }
      out.push({ kind, name, idents });
    }
    MACRO.lastIndex = 0;
    for (let m = MACRO.exec(text); m; m = MACRO.exec(text)) {
      const name = m[1]!;
      const idents: Ident[] = [{ kind: "macro", role: "name", value: name, offset: m.index + m[0].indexOf(name), label: "macro name", caseless: true }];
      const args = m[2];
      if (args !== undefined && XREF_MACRO.test(name)) {
        const first = /^[ \t]*(["'])([^"'\n]*)\1/.exec(args);
        if (first) {
          const argAt = m.index + m[0].indexOf("(") + 1 + first[0].indexOf(first[2]!, 1);
          idents.push({ kind: "macro", role: "argument 1", value: first[2]!, offset: argAt, label: `${quote(name)} argument` });
        }
      }
      out.push({ kind: "macro", name: name.toLowerCase(), idents });
    }
  }
  if (text.includes("!!!") || text.includes("???")) {
    ADMONITION.lastIndex = 0;
    for (let m = ADMONITION.exec(text); m; m = ADMONITION.exec(text)) {
      const type = m[2]!;
      out.push({ kind: "admonition", name: type, idents: [{ kind: "admonition", role: "name", value: type, offset: m.index + m[0].length - type.length, label: "admonition type" }] });
    }
  }
  if (text.includes("import")) {
    IMPORT.lastIndex = 0;
    for (let m = IMPORT.exec(text); m; m = IMPORT.exec(text)) {
      const idents: Ident[] = [];
      const names = m[1]!;
      const nameAt = m.index + m[0].indexOf(names, 6);
      for (const n of names.matchAll(/[^\s{},*]+/gu)) {
        if (n[0] === "as") continue;
        idents.push({ kind: "import", role: `name ${idents.length}`, value: n[0], offset: nameAt + n.index, label: "imported name" });
      }
      const path = m[3]!;
      idents.push({ kind: "import", role: "path", value: path, offset: m.index + m[0].length - 1 - path.length, label: "import path" });
      out.push({ kind: "import", name: path, idents });
    }
  }
  if (text.includes("<")) {
    TAG.lastIndex = 0;
    for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
      const name = m[2]!;
      const kind = m[1] ? "tag-close" : "tag";
      const idents: Ident[] = [{ kind, role: "name", value: name, offset: m.index + 1 + (m[1] ? 1 : 0), label: m[1] ? "closing tag name" : "tag name" }];
      const attrsAt = m.index + 1 + (m[1] ? 1 : 0) + name.length;
      PARAM.lastIndex = 0;
      for (let p = PARAM.exec(m[3]!); p; p = PARAM.exec(m[3]!)) {
        const key = p[1]!;
        const value = p[2] ?? p[3];
        if (value === undefined || !(ID_KEY.test(key) || key === "value")) continue;
        const valueAt = attrsAt + p.index + p[0].lastIndexOf(value);
        idents.push({ kind, role: `value of ${key}`, value, offset: valueAt, label: `${quote(key)} attribute` });
      }
      out.push({ kind, name, idents });
    }
  }
  return out;
}

/**
 * The constructs of each kind are paired in order when both texts have as many of that kind; an
 * identifier is reported when the translation's is written with letters outside ASCII where the
 * English one has none and the English one is not elsewhere in the translation's construct.
 */
function compare(file: LocalizedFile, segment: PairedSegment, findings: RuleFinding[]): void {
  const mine = constructsOf(segment.translation);
  if (mine.length === 0) return;
  const theirs = constructsOf(segment.source);
  const byKind = (list: Construct[]) => {
    const map = new Map<string, Construct[]>();
    for (const c of list) {
      const l = map.get(c.kind);
      if (l) l.push(c);
      else map.set(c.kind, [c]);
    }
    return map;
  };
  const english = byKind(theirs);
  // Outside MDX, a capitalised "tag" the English never closes is a placeholder (`<YourName>`), which translations translate.
  const mdx = file.path.toLowerCase().endsWith(".mdx");
  const closed = new Set((english.get("tag-close") ?? []).map((c) => c.name));
  for (const [kind, list] of byKind(mine)) {
    const other = english.get(kind);
    if (!other) continue;
    for (const [c, e] of pairConstructs(list, other)) {
      if (kind === "tag" && !mdx && !closed.has(e.name)) continue;
      const roles = new Map(e.idents.map((i) => [i.role, i]));
      const values = new Set(e.idents.map((i) => (i.caseless ? i.value.toLowerCase() : i.value)));
      for (const ident of c.idents) {
        const want = roles.get(ident.role);
        if (!want || want.value === ident.value || (ident.caseless && want.value.toLowerCase() === ident.value.toLowerCase())) continue;
        if (!NON_ASCII_LETTER.test(ident.value) || NON_ASCII_LETTER.test(want.value)) continue;
        if (values.has(ident.caseless ? ident.value.toLowerCase() : ident.value)) continue;
        const start = segment.translationOffset + ident.offset;
        findings.push(
          findingAt(file, start, `Expected ${want.label} ${quote(want.value)} as in ${originOf(segment)} but found ${quote(ident.value)}`, {
            end: start + ident.value.length,
            related: [relatedInPair(file, segment, want.offset, `${originHas(segment)} ${quote(want.value)}`)],
          }),
        );
      }
    }
  }
}

/**
 * The constructs of one kind paired: those of the same name in order, where both texts have as many of
 * that name; then those whose name only the translation has, written in another script (a translated
 * name), with those whose name only the English has, in order, where there are as many of each.
 */
function pairConstructs(mine: Construct[], theirs: Construct[]): [Construct, Construct][] {
  const out: [Construct, Construct][] = [];
  const named = (list: Construct[]) => {
    const map = new Map<string, Construct[]>();
    for (const c of list) {
      const key = c.name.toLowerCase();
      const l = map.get(key);
      if (l) l.push(c);
      else map.set(key, [c]);
    }
    return map;
  };
  const english = named(theirs);
  const translated = named(mine);
  for (const [name, list] of translated) {
    const other = english.get(name);
    if (other && other.length === list.length) list.forEach((c, k) => out.push([c, other[k]!]));
  }
  const onlyMine = mine.filter((c) => !english.has(c.name.toLowerCase()));
  const onlyTheirs = theirs.filter((c) => !translated.has(c.name.toLowerCase()));
  if (onlyMine.length > 0 && onlyMine.length === onlyTheirs.length && onlyMine.every((c) => NON_ASCII_LETTER.test(c.name))) {
    onlyMine.forEach((c, k) => out.push([c, onlyTheirs[k]!]));
  }
  return out;
}

/** An MDX component tag outside code: `<TabItem …>` opening, `</TabItem>` closing; self-closing ones are left out. */
interface Tag {
  name: string;
  close: boolean;
  offset: number;
  length: number;
}

function tagsOf(file: LocalizedFile): Tag[] {
  const text = file.text;
  if (!text.includes("</")) return [];
  const ranges = file.markdown.codeRanges;
  const inCode = (o: number) => ranges.some((r) => r[0] <= o && o < r[1]);
  const comments: [number, number][] = [];
  for (const c of text.matchAll(/<!--[\s\S]*?-->/g)) comments.push([c.index, c.index + c[0].length]);
  const out: Tag[] = [];
  for (const m of text.matchAll(/<(\/)?([A-Z][\w.]*)(?=[\s/>])((?:[^<>"'{}]|"[^"]*"|'[^']*'|\{[^{}]*\})*)>/g)) {
    if (m.index < file.bodyStart || m[3]!.endsWith("/") || inCode(m.index) || comments.some((c) => c[0] <= m.index && m.index < c[1])) continue;
    out.push({ name: m[2]!, close: m[1] !== undefined, offset: m.index, length: m[0].length });
  }
  return out;
}

/** Component tags the English source opens and closes as often, which the translation does not: the one left open, or the closing one with nothing to close. */
function balance(file: LocalizedFile, source: LocalizedFile, findings: RuleFinding[]): void {
  const mine = tagsOf(file);
  if (mine.length === 0) return;
  const counts = (tags: Tag[]) => {
    const map = new Map<string, number[]>();
    for (const t of tags) {
      const c = map.get(t.name) ?? [0, 0];
      c[t.close ? 1 : 0]!++;
      map.set(t.name, c);
    }
    return map;
  };
  const english = tagsOf(source);
  const theirs = counts(english);
  for (const [name, [opens, closes]] of counts(mine)) {
    const e = theirs.get(name);
    if (!e || e[0] === 0 || e[0] !== e[1] || opens === closes) continue;
    const stack: Tag[] = [];
    const stray: Tag[] = [];
    for (const t of mine) {
      if (t.name !== name) continue;
      if (!t.close) stack.push(t);
      else if (!stack.pop()) stray.push(t);
    }
    const firstEnglish = english.find((t) => t.name === name && t.close === (stray.length === 0))!;
    const related = [relatedAt(source, firstEnglish.offset, `The English source ${stray.length === 0 ? "closes" : "opens"} ${quote(`<${name}>`)} here`)];
    const at = stray[0] ?? stack[0];
    if (!at) continue;
    const written = file.text.slice(at.offset, at.offset + at.length);
    const message = at.close
      ? `Expected an opening ${quote(`<${name}>`)} before ${quote(written)} as in the English source (${e[0]} of each) but found none`
      : `Expected a closing ${quote(`</${name}>`)} for ${quote(written)} as in the English source (${e[0]} of each) but found none`;
    findings.push(findingAt(file, at.offset, message, { end: at.offset + at.length, related }));
  }
}
