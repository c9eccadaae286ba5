// rules/anchor-translated.ts: explicit anchors (<a name>, id) keep the reference's names, heading by heading.
import type { LocalizedFile } from "../src/parse/file.js";
import { localeList, type SiblingGroup } from "../src/shared/group.js";
import path from "node:path";
import { alignSequences, readsTranslated, referenceFor, visibleAnchors, visibleLinks } from "../src/shared/links.js";
import type { ProjectFacts } from "../src/shared/facts.js";
import { type BlockRun, driftOf } from "../src/align/drift.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

interface AnchorEntry {
  name: string;
  offset: number;
  /** Index of the heading the anchor belongs to: the last heading starting at or before it (-1 before the first). */
  slot: number;
  /**
   * True for a heading slug of the English source standing in for the anchor the localization
   * pipeline adds to a translated heading: expected when present, not required.
   */
  optional: boolean;
}

interface AnchorList {
  entries: AnchorEntry[];
  /** The names in order, joined: equal for two files with the same anchors. */
  key: string;
  /** Offsets of the headings, to place findings about a missing anchor. */
  headings: number[];
}

export default defineRule({
  id: "anchor-translated",
  description: "Anchors (<a name>, id) are identical to the reference's and never translated",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: true,
  check(context) {
    const { file, group } = context;
    if (file.unreadable) return [];
    const mine = anchorsOf(file);
    const agreement = referenceFor(file, group, anchorsOf, keyOf);
    if (!agreement) return [];
    const reference = agreement.value;
    const witness = agreement.agreeing[0]!;
    const who = agreement.fromSource ? "the English source" : localeList(agreement.agreeing);
    const expected = reference.entries;
    const found = mine.entries;
    if (keyOf(reference) === keyOf(mine)) return [];
    const pairs = alignSequences(
      expected.map((e) => e.name),
      found.map((f) => f.name),
      (e, f) => expected[e]!.slot === found[f]!.slot,
    );
    const findings: RuleFinding[] = [];
    const witnessName = witness.isSource ? "English source" : witness.locale;
    // An anchor in an English block the translation lacks (or in a block the English no longer has) is
    // block-missing's (block-extra's) finding already: one root cause, one finding.
    const drift = agreement.fromSource ? driftOf(context) : null;
    const inRun = (runs: BlockRun[], offset: number) => runs.some((r) => r.blocks.some((b) => b.start <= offset && offset < b.end));
    // A name the other side has elsewhere was moved, not translated (a glossary sorted in the translation's
    // language): the order of sections is not this rule's concern.
    const expectedNames = new Set(expected.map((x) => x.name));
    const foundNames = new Set(found.map((x) => x.name));
    // The English page in lower case, made once for every name that asks (see readsTranslated).
    let englishLower: string | undefined;
    for (const [e, f] of pairs) {
      const want = e === -1 ? undefined : expected[e];
      const have = f === -1 ? undefined : found[f];
      if (drift && ((want && !have && inRun(drift.missing, want.offset)) || (have && !want && inRun(drift.extra, have.offset)))) continue;
      // Without a hash the siblings may be copies of other English versions: only a changed name is reported.
      if (!file.openlocfilehash && !(want && have)) continue;
      if (want && have) {
        if (want.name === have.name) continue;
        if (expectedNames.has(have.name) && (foundNames.has(want.name) || !file.openlocfilehash)) continue;
        // A page with no localization metadata is compared with the English as it is now, which may have
        // renamed the heading since (heading-changed's drift): only a name that reads as translated is this rule's.
        if (!file.openlocfilehash && agreement.fromSource && !readsTranslated(have.name, (englishLower ??= witness.text.toLowerCase()))) continue;
        const end = have.offset + have.name.length;
        // Renaming the anchor would break the links of this locale that use the translated name: the fix is
        // held back, and the message names where those links are.
        const linking = linksUsing(file, group, have.name, context.project);
        const fix = linking.length === 0 && file.text.slice(have.offset, end) === have.name;
        const note = linking.length ? ` (no automatic fix: ${linkersNote(file, linking)} to it)` : "";
        findings.push(
          findingAt(file, have.offset, `Expected anchor ${quote(want.name)} as in ${who} but found ${quote(have.name)}${note}`, {
            end,
            related: [relatedAt(witness, want.offset, `${witnessName} has ${want.optional ? "the heading" : "the anchor"} ${quote(want.name)}`)],
            fix: fix ? { range: [have.offset, end], text: want.name } : undefined,
          }),
        );
      } else if (want) {
        if (want.optional) continue;
        const at = want.slot >= 0 ? (mine.headings[want.slot] ?? file.bodyStart) : file.bodyStart;
        findings.push(
          findingAt(file, at, `Expected anchor ${quote(want.name)} as in ${who} but found none`, {
            related: [relatedAt(witness, want.offset, `${witnessName} has the anchor ${quote(want.name)}`)],
          }),
        );
      } else if (have) {
        // An anchor the pipeline added for an English heading the reference lists only as a slug is no extra.
        if (agreement.fromSource && expected.some((x) => x.optional && x.name === have.name)) continue;
        findings.push(
          findingAt(file, have.offset, `Expected no anchor here as in ${who} but found ${quote(have.name)}`, {
            end: have.offset + have.name.length,
            related: [relatedAt(witness, reference.headings[have.slot] ?? witness.bodyStart, `${witnessName} has no such anchor`)],
          }),
        );
      }
    }
    return findings;
  },
});

/**
 * The files of the file's locale root whose links use `name` as a fragment (this file's own `#name`
 * links included), as paths relative to the root: a fix that renames the anchor would break them.
 */
function linksUsing(file: LocalizedFile, group: SiblingGroup, name: string, project: ProjectFacts): string[] {
  const lower = name.toLowerCase();
  const own = visibleLinks(file).some((l) => l.target.startsWith("#") && fragmentName(l.target.slice(1)) === lower);
  let files = new Set(project.filesLinkingToFragment(file.root, name));
  // Translated by file name beside the English (MkDocs' `index.he.md`): the locale's files are those with its suffix.
  const suffix = /\.[^./\\]+\.[^./\\]+$/.exec(path.basename(file.path))?.[0].replace(/\.[^.]+$/, ".");
  if (suffix && (group.source?.root === file.root || project.sourceRootFor(file.root) === file.root)) {
    files = new Set([...files].filter((f) => path.basename(f).includes(suffix)));
  }
  if (own) files.add(file.path);
  return [...files].map((f) => path.relative(file.root, f).split(path.sep).join("/")).sort();
}

function fragmentName(fragment: string): string {
  try {
    return decodeURIComponent(fragment).toLowerCase();
  } catch {
    return fragment.toLowerCase();
  }
}

/** `"intro.md" links`, `"a.md" and "b.md" link`, `"a.md" and 3 more files link`. */
function linkersNote(file: LocalizedFile, files: string[]): string {
  const self = path.relative(file.root, file.path).split(path.sep).join("/");
  const names = files.map((f) => (f === self ? "this file" : quote(f)));
  if (names.length === 1) return `${names[0]} links`;
  if (names.length === 2) return `${names[0]} and ${names[1]} link`;
  return `${names[0]} and ${names.length - 1} more files link`;
}

function keyOf(list: AnchorList): string {
  return list.key;
}

const cache = new WeakMap<LocalizedFile, AnchorList>();

/**
 * The file's visible anchors with their heading slots. For the English source, a heading with no
 * explicit anchor on its line adds its slug as an optional entry: translations carry `<a name="slug">`
 * there so that links written against the English headings keep working.
 */
function anchorsOf(file: LocalizedFile): AnchorList {
  let list = cache.get(file);
  if (list) return list;
  const headings = file.markdown.structure.headings;
  const anchors = visibleAnchors(file);
  const entries: AnchorEntry[] = [];
  let h = 0;
  let a = 0;
  // Merge headings and anchors in document order; a heading's own anchors come right after it.
  while (a < anchors.length || (file.isSource && h < headings.length)) {
    const anchor = anchors[a];
    const heading = headings[h];
    if (heading && (!anchor || heading.offset <= anchor.offset)) {
      const lineEnd = endOfLine(file.text, heading.offset);
      let explicit = false;
      for (let k = a; k < anchors.length && anchors[k]!.offset < lineEnd; k++) explicit = true;
      if (file.isSource && !explicit && heading.slug) entries.push({ name: heading.slug, offset: heading.offset, slot: h, optional: true });
      h++;
      continue;
    }
    entries.push({ name: anchor!.name, offset: anchor!.offset, slot: h - 1, optional: false });
    a++;
  }
  list = { entries, key: entries.map((e) => (e.optional ? `?${e.name}` : e.name)).join("\n"), headings: headings.map((x) => x.offset) };
  cache.set(file, list);
  return list;
}

function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf("\n", offset);
  return nl === -1 ? text.length : nl;
}
