// rules/link-target-mismatch.ts: a translation keeps the reference's link targets (order and link text may change).
import type { LocalizedFile } from "../src/parse/file.js";
import type { Link } from "../src/parse/model.js";
import { localeList } from "../src/shared/group.js";
import path from "node:path";
import { alignSequences, linkParts, type Pair, referenceFor, resolveLink, translationRanges, visibleLinks } from "../src/shared/links.js";
import { type BlockRun, driftOf } from "../src/align/drift.js";
import { defineRule, findingAt, quote, relatedAt } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";
import type { ProjectFacts } from "../src/shared/facts.js";
import type { SiblingGroup } from "../src/shared/group.js";

interface Targets {
  links: Link[];
  /** The comparable form of each link's target (see {@link comparable}). */
  keys: string[];
  /** The sorted keys, joined: equal for two files with the same multiset of targets. */
  multiset: string;
}

export default defineRule({
  id: "link-target-mismatch",
  description: "Each translation links to the same targets as the reference (order and link text may change)",
  scope: "siblings",
  defaultSeverity: "warn",
  fixable: false,
  check(context) {
    const { file, group, project } = context;
    // A side-by-side file's links sit in segments, each compared with its own English text by
    // segment-link-mismatch (exact, no vote needed); a broken one is markdown-syntax-broken's.
    if (file.unreadable || translationRanges(file).length > 0) return [];
    const mine = targetsOf(file);
    const agreement = referenceFor(file, group, targetsOf, (t) => t.multiset);
    if (!agreement || agreement.value.multiset === mine.multiset) return [];
    const reference = agreement.value;
    const witness = agreement.agreeing[0]!;
    const who = agreement.fromSource ? "the English source" : localeList(agreement.agreeing);
    const witnessName = witness.isSource ? "English source" : witness.locale;

    const alignment = alignSequences(reference.keys, mine.keys);
    const pairs = pairTargets(reference.keys, mine.keys, alignment);
    const findings: RuleFinding[] = [];
    // A link inside an English block the translation lacks, or in a translation block the English no
    // longer has, is block-missing's or block-extra's finding already: one root cause, one finding.
    const drift = agreement.fromSource ? driftOf(context) : null;
    const inRun = (runs: BlockRun[], offset: number) => runs.some((r) => r.blocks.some((b) => b.start <= offset && offset < b.end));
    for (const [e, f] of pairs) {
      const want = e === -1 ? undefined : reference.links[e];
      const have = f === -1 ? undefined : mine.links[f];
      if (drift && ((want && !have && inRun(drift.missing, want.offset)) || (have && !want && inRun(drift.extra, have.offset)))) continue;
      // Without a hash the siblings, or the English source, may be of other English versions (a TOC.yml, a
      // Hugo or MkDocs page): only a target that leads nowhere is known to be damage rather than another
      // version's link: a relative target to no file, or a URL no browser can follow.
      if (!file.openlocfilehash && !(have && (unusableUrl(mine.keys[f]!) || leadsNowhere(resolveLink(file, have, project, group)?.state)))) continue;
      // Where the reference is itself broken (the link lost its ")" or points nowhere), the file that
      // differs by having a working link repaired it.
      if (have && !want && agreement.agreeing.some((f) => mentionsWithoutLink(f, have.target))) continue;
      if (want && have && repairs(file, have, witness, want, project, group)) continue;
      if (want && have) {
        findings.push(
          findingAt(file, have.offset, `Expected link target ${quote(want.target)} as in ${who} but found ${quote(have.target)}`, {
            end: have.offset + have.target.length,
            related: [relatedAt(witness, want.offset, `${witnessName} links to ${quote(want.target)}`)],
          }),
        );
      } else if (want) {
        const at = placeOf(file, mine, alignment, e);
        findings.push(
          findingAt(file, at, `Expected a link to ${quote(want.target)} as in ${who} but found none`, {
            related: [relatedAt(witness, want.offset, `${witnessName} links to ${quote(want.target)}`)],
          }),
        );
      } else if (have) {
        findings.push(
          findingAt(file, have.offset, `Expected no link to ${quote(have.target)} as in ${who} but found one`, {
            end: have.offset + have.target.length,
            related: [relatedAt(witness, witness.bodyStart, `${witnessName} has no link to ${quote(have.target)}`)],
          }),
        );
      }
    }
    return findings;
  },
});

/**
 * The differences between two link sequences, as [reference index, file index] pairs (-1 for none):
 * a changed target pairs the dropped reference link with the surplus link at the same place. Only what
 * the two multisets disagree on is reported, so a link moved elsewhere is not a difference. Leftover
 * dropped and surplus links pair up in order when there are as many of each.
 */
function pairTargets(expected: string[], found: string[], alignment: Pair[]): [number, number][] {
  const balance = new Map<string, number>();
  for (const k of found) balance.set(k, (balance.get(k) ?? 0) + 1);
  for (const k of expected) balance.set(k, (balance.get(k) ?? 0) - 1);
  const take = (k: string, sign: 1 | -1): boolean => {
    const n = balance.get(k) ?? 0;
    if (n * sign <= 0) return false;
    balance.set(k, n - sign);
    return true;
  };
  const pairs: [number, number][] = [];
  const dropped: number[] = [];
  const surplus: number[] = [];
  for (const [e, f] of alignment) {
    const lost = e !== -1 && (f === -1 || expected[e] !== found[f]) && take(expected[e]!, -1);
    const extra = f !== -1 && (e === -1 || expected[e] !== found[f]) && take(found[f]!, 1);
    if (lost && extra) pairs.push([e, f]);
    else if (lost) dropped.push(e);
    else if (extra) surplus.push(f);
  }
  if (dropped.length === surplus.length) dropped.forEach((e, k) => pairs.push([e, surplus[k]!]));
  else {
    for (const e of dropped) pairs.push([e, -1]);
    for (const f of surplus) pairs.push([-1, f]);
  }
  return pairs;
}

/** Where a link the file lacks would be: at the file's link that lines up with the reference link before it. */
function placeOf(file: LocalizedFile, mine: Targets, alignment: Pair[], e: number): number {
  let before = -1;
  for (const [re, mf] of alignment) {
    if (re === e) break;
    if (mf !== -1 && re !== -1) before = mf;
  }
  const link = before === -1 ? mine.links[0] : mine.links[before];
  return link ? link.offset : file.bodyStart;
}

/** True when `file` has `target` in its text but no visible link to it: a link whose syntax broke there. */
function mentionsWithoutLink(file: LocalizedFile, target: string): boolean {
  const t = target.trim();
  return t.length > 3 && file.text.includes(t) && !visibleLinks(file).some((l) => l.target.trim() === t);
}

/** True when the reference's link leads nowhere and the file's leads somewhere (both relative). */
function repairs(file: LocalizedFile, have: Link, witness: LocalizedFile, want: Link, project: ProjectFacts, group: SiblingGroup): boolean {
  const mine = resolveLink(file, have, project, group)?.state;
  if (mine !== "found") return false;
  const theirs = resolveLink(witness, want, project, group)?.state;
  return theirs === "missing";
}

/**
 * True for an absolute URL that cannot be an address: its scheme is followed by a space, a quote, an angle
 * bracket or a backslash (machine translation's `<https://host/\\<glossary variable=>`, an attribute's
 * `">` glued on), none of which a working URL holds unencoded.
 */
export function unusableUrl(target: string): boolean {
  const t = target.trim();
  const scheme = /^(?:https?|ftp):/i.exec(t);
  return scheme !== null && /[\s"<>\\]/.test(t.slice(scheme[0].length));
}

function leadsNowhere(state: string | undefined): boolean {
  return state === "missing" || state === "unknown";
}

const cache = new WeakMap<LocalizedFile, Targets>();
const comparableCache = new Map<string, string>();

function targetsOf(file: LocalizedFile): Targets {
  let t = cache.get(file);
  if (!t) {
    const links = visibleLinks(file).filter((l) => l.target.trim() !== "");
    const dir = path.posix.dirname(file.relPath.replace(/\\/g, "/"));
    const keys = links.map((l) => {
      // Siblings share the folder and most targets: each pair is worked out once.
      const id = `${dir}\u0000${l.kind === "yaml" || l.kind === "html" ? "" : "m"}${l.target}`;
      let key = comparableCache.get(id);
      if (key === undefined) {
        key = comparable(l, dir);
        comparableCache.set(id, key);
      }
      return key;
    });
    t = { links, keys, multiset: [...keys].sort().join("\n") };
    cache.set(file, t);
  }
  return t;
}

const markdownEscape = /\\([!"#$%&'()*+,\-./:;<=>?@[\]^_`{|}~])/g;
const localeSegment = /\/[a-z]{2}-[a-z]{2}(?=\/|$|[?#])/gi;
const localeQuery = /([?&](?:mkt|market|culture|lang|language|setlang|locale|clcid|ui-locale)=)[^&#]*/gi;

/**
 * A target in the form two translations of one link share. A relative path is resolved against the
 * file's folder (siblings share it), decoded, with `/` separators and in lower case, so `..\\billing\\faq.yml`
 * and `Faq.yml` are `faq.yml` (link-backslash and link-target-case report how they are written). A URL
 * has its scheme and host lower-cased and the locale codes in its path (`/en-us/`) and in locale query
 * values (`mkt=`) blanked, since pointing a link to the reader's language is correct translation.
 */
export function comparable(link: Link, dir: string): string {
  const target = link.target.trim();
  const parts = linkParts(link);
  if (parts) {
    const rest = target.slice(parts.pathLength);
    return path.posix.normalize(path.posix.join(dir, parts.path)).toLowerCase() + rest;
  }
  // In a Markdown destination a backslash before ASCII punctuation is an escape (CommonMark): `ISO\_8601` is `ISO_8601`.
  let t = link.kind === "html" || link.kind === "yaml" || !target.includes("\\") ? target : target.replace(markdownEscape, "$1");
  const scheme = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i.exec(t);
  if (scheme) {
    t = scheme[1]!.toLowerCase() + scheme[2]!.toLowerCase() + t.slice(scheme[0].length);
    t = t.replace(localeSegment, "/{locale}").replace(localeQuery, "$1{locale}");
  } else if (t.startsWith("/")) {
    t = t.replace(localeSegment, "/{locale}").replace(localeQuery, "$1{locale}");
  }
  return t;
}
