// rules/link-fragment-unresolved.ts: a link's #fragment names an anchor or heading of the page it points to.
import type { FileAnchors } from "../src/shared/facts.js";
import type { LocalizedFile } from "../src/parse/file.js";
import type { Link } from "../src/parse/model.js";
import { isPartial, type ResolvedLink, resolveLink, visibleLinks } from "../src/shared/links.js";
import type { ProjectFacts } from "../src/shared/facts.js";
import type { SiblingGroup } from "../src/shared/group.js";
import path from "node:path";
import { defineRule, findingAt, quote } from "../src/engine/rule.js";
import { inheritedLink } from "../src/shared/root-cause.js";
import type { RuleFinding } from "../src/types.js";

const markdownPage = /\.md$/i;
const noSlugs = new Set<string>();

export default defineRule({
  id: "link-fragment-unresolved",
  description: "A link's #fragment names an anchor or heading that exists in the page it points to",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check({ file, group, project }) {
    if (file.unreadable) return [];
    const findings: RuleFinding[] = [];
    let own: FileAnchors | undefined;
    for (const link of visibleLinks(file)) {
      let target = link.target;
      let at = link.offset;
      if (target.startsWith("{{")) {
        // A Hugo ref/relref shortcode: its page argument is the link (`{{< relref "sdk#install" >}}`).
        const parts = resolveLink(file, link, project, group)?.parts;
        if (!parts?.hugoRef || parts.fragment === null) continue;
        target = `${parts.path}#${parts.fragment}`;
        at = parts.pathOffset;
      }
      const hash = target.indexOf("#");
      if (hash === -1) continue;
      const fragment = target.slice(hash + 1);
      if (!isCheckable(fragment)) continue;
      let anchors: FileAnchors | null;
      let resolved: ResolvedLink | null = null;
      let where: string;
      if (hash === 0) {
        // A Hugo partial's fragments name anchors of the page that includes it.
        if (project.linkStyle(file.root) === "hugo" && isPartial(file)) continue;
        // The English page links to the same missing anchor: the source's defect, or anchors that a
        // shortcode or include adds to the rendered page, which no file shows.
        if (englishHasSameUnresolved(group.source, file, target)) continue;
        own ??= anchorsOfFile(file);
        anchors = own;
        where = "this file";
      } else {
        resolved = resolveLink(file, link, project, group);
        if (!resolved || resolved.actual === null) continue;
        if (resolved.state !== "found" && resolved.state !== "case" && resolved.state !== "extension") continue;
        // A sibling locale's copy stands in for a page missing here only when there is no English tree; its
        // headings are in another language, so its slugs prove nothing.
        if (resolved.tree === "sibling" || !markdownPage.test(resolved.actual)) continue;
        if (resolved.actual === file.path) {
          own ??= anchorsOfFile(file);
          anchors = own;
        } else {
          anchors = project.anchorsOf(resolved.actual);
        }
        where = quote(target.slice(0, hash));
      }
      if (!anchors || resolves(fragment, anchors)) continue;
      // The English page, or most other locales' copies, have the anchor: this locale's copy of the target
      // lost it (anchor-translated, or openlocfilehash-mismatch for a copy of an older version, report that
      // there), and the link is right.
      if (hash !== 0 && resolved?.tree === "locale" && resolved.actual && lostInTarget(file, resolved.actual, fragment, group, project)) continue;
      // The same for this page: the English page has the anchor written out (`<a name>`, `{#id}`), so this
      // translation lost or translated it, which anchor-translated reports at the anchor.
      if (hash === 0 && group.source && group.source !== file && !group.source.unreadable && resolves(fragment, { explicit: anchorsOfFile(group.source).explicit, slugs: noSlugs })) continue;
      const offset = at + hash;
      // Copied from the English, the link is the English's defect only where it is broken there too: an own-page
      // link the English resolves (englishHasSameUnresolved said so), or one into a page whose English copy
      // has the anchor, is broken by this translation.
      const inherited = inheritedLink(file, group, link.offset, target, (english) => hash !== 0 && !resolvesInEnglish(group.source!, english, fragment, project, group));
      const note = inherited ? ` (${inherited.note})` : "";
      findings.push(
        findingAt(file, offset, `Expected "#${fragment}" to resolve to an anchor in ${where} but found no such anchor or heading${note}`, {
          end: offset + 1 + fragment.length,
          rootCause: inherited?.key,
        }),
      );
    }
    return findings;
  },
});

/** Fragments that name no anchor: empty (top of page), Docs tab groups (`#tab/windows`), client routes (`#/x`, `#!x`), templates. */
function isCheckable(fragment: string): boolean {
  if (fragment === "" || fragment.includes("/") || fragment.startsWith("!") || fragment.includes("{")) return false;
  return true;
}

/**
 * True when the fragment names an explicit anchor, else a heading slug. Percent-encoding is decoded,
 * and letter case is ignored: the Docs site finds headings whatever the case of the fragment.
 */
function resolves(fragment: string, anchors: FileAnchors): boolean {
  if (anchors.explicit.has(fragment) || anchors.slugs.has(fragment)) return true;
  let decoded = fragment;
  try {
    decoded = decodeURIComponent(fragment);
  } catch {
    // Not valid percent-encoding: compare as written.
  }
  const lower = decoded.toLowerCase();
  if (anchors.explicit.has(decoded) || anchors.slugs.has(lower)) return true;
  return lowerExplicit(anchors).has(lower);
}

/** The explicit anchors in lower case, once per anchor set: a page of many links looks each one up. */
const lowered = new WeakMap<Set<string>, Set<string>>();
function lowerExplicit(anchors: FileAnchors): Set<string> {
  let set = lowered.get(anchors.explicit);
  if (!set) {
    set = new Set<string>();
    for (const name of anchors.explicit) set.add(name.toLowerCase());
    lowered.set(anchors.explicit, set);
  }
  return set;
}

const fileAnchors = new WeakMap<LocalizedFile, FileAnchors>();
function anchorsOfFile(file: LocalizedFile): FileAnchors {
  let anchors = fileAnchors.get(file);
  if (!anchors) {
    const scan = file.markdown;
    anchors = { explicit: new Set(scan.anchors.map((a) => a.name)), slugs: new Set(scan.structure.headings.map((h) => h.slug)) };
    fileAnchors.set(file, anchors);
  }
  return anchors;
}

/** The targets of a file's visible links, as a set: asked once per own-page link of each translation. */
const linkTargets = new WeakMap<LocalizedFile, Set<string>>();
function targetsOf(file: LocalizedFile): Set<string> {
  let set = linkTargets.get(file);
  if (!set) {
    set = new Set(visibleLinks(file).map((l) => l.target));
    linkTargets.set(file, set);
  }
  return set;
}

/** True when the English source's `link` (to another page) leads to a page that has `fragment`. */
function resolvesInEnglish(source: LocalizedFile, link: Link, fragment: string, project: ProjectFacts, group: SiblingGroup): boolean {
  const resolved = resolveLink(source, link, project, group);
  if (!resolved || resolved.actual === null || !markdownPage.test(resolved.actual)) return false;
  if (resolved.state !== "found" && resolved.state !== "case" && resolved.state !== "extension") return false;
  const anchors = resolved.actual === source.path ? anchorsOfFile(source) : project.anchorsOf(resolved.actual);
  return anchors !== null && resolves(fragment, anchors);
}

/** True when the English source file has a link with the same own-page `target` that does not resolve there either. */
function englishHasSameUnresolved(source: LocalizedFile | null, file: LocalizedFile, target: string): boolean {
  if (!source || source === file || source.unreadable) return false;
  if (!targetsOf(source).has(target)) return false;
  return !resolves(target.slice(1), anchorsOfFile(source));
}

/**
 * True when the target's English source copy, or most other locales' copies, have the fragment as an explicit
 * anchor (`<a name>`, `id`): translation never changes those, so this locale's copy of the target lost
 * or translated it, which anchor-translated reports there. A heading slug is no such proof: a
 * translated heading changes it, and a link to it is broken here.
 */
function lostInTarget(file: LocalizedFile, target: string, fragment: string, group: SiblingGroup, project: ProjectFacts): boolean {
  if (!target.startsWith(file.root + path.sep)) return false;
  const rel = target.slice(file.root.length + 1);
  const has = (root: string) => {
    const anchors = project.anchorsOf(path.join(root, rel));
    return anchors !== null && resolves(fragment, { explicit: anchors.explicit, slugs: new Set() });
  };
  const sourceRoot = project.sourceRootFor(file.root);
  if (sourceRoot && has(sourceRoot)) return true;
  // Most of the other locales' copies (two at least) keep it: one locale may add its own.
  const roots = new Set<string>();
  for (const f of group.localized) if (f.root !== file.root) roots.add(f.root);
  let count = 0;
  for (const root of roots) if (has(root)) count++;
  return count >= 2 && count * 2 > roots.size;
}
