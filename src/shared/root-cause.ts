// Where a defect comes from: a link the translator copied from the English is the English's defect too.
import type { LocalizedFile } from "../parse/file.js";
import type { Link } from "../parse/model.js";
import type { SiblingGroup } from "./group.js";
import { visibleLinks } from "./links.js";

/** A defect the English has too: where to say it is, and the key that groups the copies across locales. */
export interface InheritedDefect {
  /** Appended to the finding's message. */
  note: string;
  /** Same for every locale's copy of the one English defect (the page and the link as written). */
  key: string;
}

/**
 * When the link written `target` at `offset` of `file` is written the same way in the English it was
 * translated from (the segment's hidden English copy, or else the English source file), the defect is
 * the English's: each locale's page is broken, and the English is where to fix it once.
 */
export function inheritedLink(
  file: LocalizedFile,
  group: SiblingGroup,
  offset: number,
  target: string,
  brokenInEnglish?: (english: Link) => boolean,
): InheritedDefect | null {
  if (file.text.indexOf("sxs-lookup") !== -1) {
    for (const s of file.segments.segments) {
      if (offset < s.translationOffset || offset >= s.translationOffset + s.translation.length) continue;
      if (s.source !== null && s.source.includes(target)) return { note: "the English text of the segment has the same link: fix it in the English source", key: keyOf(file, target) };
      return null;
    }
  }
  const source = group.source;
  // The same link is the English's defect only when it fails in the English page too (when a rule can tell):
  // a fragment that resolves there names an anchor the translation's copy lost.
  const english = source && !source.unreadable ? targetsOf(source).get(target) : undefined;
  if (english && (!brokenInEnglish || brokenInEnglish(english))) {
    return { note: "the English source has the same link: fix it there", key: keyOf(file, target) };
  }
  return null;
}

/** A file's visible links by target (the first of each), once per file: a page of thousands of broken links asks for each. */
const linkTargets = new WeakMap<LocalizedFile, Map<string, Link>>();
function targetsOf(file: LocalizedFile): Map<string, Link> {
  let map = linkTargets.get(file);
  if (!map) {
    map = new Map();
    for (const l of visibleLinks(file)) if (!map.has(l.target)) map.set(l.target, l);
    linkTargets.set(file, map);
  }
  return map;
}

function keyOf(file: LocalizedFile, target: string): string {
  return `${file.relPath}\u0000${target}`;
}
