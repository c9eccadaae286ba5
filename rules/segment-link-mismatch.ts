// rules/segment-link-mismatch.ts: each segment's translation links to exactly what its English text links to.
import { originHas, originOf, pairsToCheck, relatedInPair, relatedPair } from "../src/align/pairs.js";
import { defineRule, findingAt, quote, quoteList } from "../src/engine/rule.js";
import path from "node:path";
import type { LocalizedFile } from "../src/parse/file.js";
import {
  HAS_CLOSE_BRACKET,
  HAS_FULLWIDTH,
  HAS_LT,
  type InlineLink,
  multisetDiff,
  type PairedSegment,
} from "../src/parse/inline.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "segment-link-mismatch",
  description: "A segment's translation keeps the link targets of its English text (URLs, paths, #fragments)",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: true,
  check({ file, group }) {
    const findings: RuleFinding[] = [];
    const list = pairsToCheck(file, group);
    const { segments, masks } = list;
    // The file's locale and folder, as comparable() reads targets: computed once, when a segment needs them.
    let locale = "";
    let dir: string | null = null;
    for (let k = 0; k < segments.length; k++) {
      if (((masks[2 * k]! | masks[2 * k + 1]!) & LINK_CHARS) === 0) continue;
      const segment = segments[k]!;
      // On a plain translation every link target is link-target-mismatch's, which pairs them file-wide.
      if (segment.sourceFile) continue;
      const translation = list.translation(k);
      const source = list.source(k);
      if (translation.links.length === 0 && source.links.length === 0) continue;
      // A link the English text itself breaks is the source's defect: the translation may keep it or not.
      let optional: Map<string, number> | null = null;
      const english: InlineLink[] = [];
      for (const link of source.links) {
        if (link.flaws === 0) english.push(link);
        else (optional ??= new Map()).set(link.target, (optional.get(link.target) ?? 0) + 1);
      }
      let mine = translation.links;
      if (optional) {
        const left = optional;
        mine = mine.filter((link) => {
          const n = left.get(link.target) ?? 0;
          if (n === 0) return true;
          left.set(link.target, n - 1);
          return false;
        });
      }
      // The same targets in the same order compare equal whatever comparable() makes of them.
      if (sameTargets(english, mine)) continue;
      if (dir === null) {
        locale = file.locale.toLowerCase();
        dir = path.posix.dirname(file.relPath.replace(/\\/g, "/"));
      }
      const folder = dir;
      const key = (l: InlineLink) => comparable(l.target, locale, folder);
      const { missing, unexpected } = multisetDiff(english, mine, key);
      if (missing.length === 0 && unexpected.length === 0) continue;
      findings.push(report(file, segment, missing, unexpected));
    }
    return findings;
  },
});

function sameTargets(a: readonly InlineLink[], b: readonly InlineLink[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.target !== b[i]!.target) return false;
  return true;
}

function report(file: LocalizedFile, segment: PairedSegment, missing: InlineLink[], unexpected: InlineLink[]): RuleFinding {
  const base = segment.translationOffset;
  const firstMissing = missing[0];
  const related = firstMissing
    ? relatedInPair(file, segment, firstMissing.targetOffset, `${originHas(segment).replace(/ has$/, "")} links to ${quote(firstMissing.target)}`)
    : relatedPair(file, segment);
  const first = unexpected[0];
  if (!first) {
    const what = missing.length === 1 ? "a link to" : "links to";
    return findingAt(file, base, `Expected ${what} ${quoteList(missing.map((l) => l.target))} as in ${originOf(segment)} but found none`, {
      related: [related],
    });
  }
  const start = base + first.targetOffset;
  const end = start + first.target.length;
  if (missing.length === 1 && unexpected.length === 1) {
    return findingAt(file, start, `Expected link target ${quote(firstMissing!.target)} as in ${originOf(segment)} but found ${quote(first.target)}`, {
      end,
      related: [related],
      // A backslash in the English target is the English text's defect (link-backslash would turn it
      // back into "/" on the next pass, and --fix would never settle): the target is not copied then.
      fix: firstMissing!.target.includes("\\") ? undefined : { range: [start, end], text: firstMissing!.target },
    });
  }
  const found = quoteList(unexpected.map((l) => l.target));
  const message =
    missing.length === 0
      ? `Expected only the link targets of ${originOf(segment)} but found ${found}`
      : `Expected link targets ${quoteList(missing.map((l) => l.target))} as in ${originOf(segment)} but found ${found}`;
  return findingAt(file, start, message, { end, related: [related] });
}

/** Characters without which a text has no link: `]` (or `］`) for Markdown, `<` for HTML and autolinks. */
const LINK_CHARS = HAS_CLOSE_BRACKET | HAS_LT | HAS_FULLWIDTH;

/** `/en-us/` or `/<locale>/` in any case, per locale. */
const localeSegments = new Map<string, RegExp>();

const schemeAt = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const pageExtension = /\.(?:md|yml)$/i;

/**
 * A target as compared: `&amp;` is `&` (the same URL once rendered), and a path segment naming the
 * English locale or the file's own (`/en-us/`, `/de-de/`) is the same on both sides: localized
 * links to the reader's language are a translation, not a change. A relative path is compared as the
 * page it names: `\` and `/` alike, `./` and `x/../` resolved, letter case and a `.md` or `.yml`
 * extension ignored. How such a path is written is link-backslash's, link-target-case's and
 * link-extension-mismatch's to report, against the disk, so a translation that repairs the English
 * spelling is not asked to break it again, and one fix never undoes another.
 */
function comparable(target: string, locale: string, dir: string): string {
  let t = target.includes("&amp;") ? target.replace(/&amp;/g, "&") : target;
  const c = t.charAt(0);
  if (t !== "" && c !== "#" && c !== "/" && c !== "~" && c !== "@" && !schemeAt.test(t)) return relativePage(t, dir);
  let segment = localeSegments.get(locale);
  if (!segment) {
    segment = new RegExp(`/(?:en-us|${locale.replace(/[^a-z0-9-]/gi, "")})/`, "i");
    localeSegments.set(locale, segment);
  }
  const m = segment.exec(t);
  if (m) t = `${t.slice(0, m.index)}/{locale}/${t.slice(m.index + m[0].length)}`;
  return t;
}

function relativePage(target: string, dir: string): string {
  const hash = target.indexOf("#");
  const pathPart = (hash === -1 ? target : target.slice(0, hash)).replace(/\\([!-/:-@[-`{-~])/g, "$1").replace(/\\+/g, "/");
  const rest = hash === -1 ? "" : target.slice(hash);
  const normal = path.posix.join(dir, pathPart).replace(pageExtension, "").toLowerCase();
  return normal + rest;
}
