// The run's status per locale and per file (current, behind, orphaned, missing, untracked): what the health report and status-json show.
import path from "node:path";
import type { SiblingGroup } from "../discover/index.js";
import type { FileResult, Finding } from "../types.js";

/**
 * The version of the `RunStatus` shape (`--format status-json`'s `version`). It changes only when a
 * field is removed or changes meaning; new fields may be added within a version.
 */
export const STATUS_VERSION = 1;

/**
 * - `current`: translated from the English version its siblings and the English history agree on.
 * - `behind`: translated from an older English version (`openlocfilehash-mismatch`) or the English page
 *   changed since the translation's commit (`translation-stale`).
 * - `orphaned`: the English page is gone: deleted since the translation's commit, or the English tree is
 *   known and has no page at this path (deleted or moved).
 * - `missing`: an English page with no translation in this locale (listed only when coverage is known).
 * - `untracked`: nothing to compare the file with: no English tree is known and no other locale has it.
 */
export type FileStatusKind = "current" | "behind" | "orphaned" | "missing" | "untracked";

/** The families the report groups rules into; `other` holds rules not listed (plugins, new rules). */
export const RULE_FAMILIES = ["metadata", "segments", "links", "structure", "provenance", "other"] as const;
export type RuleFamily = (typeof RULE_FAMILIES)[number];

/** What each family is called in reports. */
export const RULE_FAMILY_TITLES: Readonly<Record<RuleFamily, string>> = {
  metadata: "Metadata",
  segments: "Segments",
  links: "Links and anchors",
  structure: "Structure and drift",
  provenance: "Provenance",
  other: "Other",
};

const FAMILY_OF_RULE: Readonly<Record<string, RuleFamily>> = {
  "contentlocale-mismatch": "metadata",
  "front-matter-invalid": "metadata",
  "front-matter-missing": "metadata",
  "locfileid-duplicate": "metadata",
  "metadata-date-invalid": "metadata",
  "metadata-mismatch": "metadata",
  "metadata-missing": "metadata",
  "translationtype-invalid": "metadata",
  "mt-placeholder-leaked": "segments",
  "segment-code-mismatch": "segments",
  "segment-html-mismatch": "segments",
  "segment-link-mismatch": "segments",
  "segments-missing": "segments",
  "span-id-invalid": "segments",
  "span-id-mismatch": "segments",
  "span-pairing": "segments",
  "span-source-mismatch": "segments",
  "anchor-translated": "links",
  "link-backslash": "links",
  "link-extension-mismatch": "links",
  "link-fragment-unresolved": "links",
  "link-target-case": "links",
  "link-target-mismatch": "links",
  "link-target-missing": "links",
  "block-changed": "structure",
  "block-extra": "structure",
  "block-missing": "structure",
  "code-block-mismatch": "structure",
  "heading-changed": "structure",
  "docs-marker-damaged": "structure",
  "file-unreadable": "structure",
  "markdown-syntax-broken": "structure",
  markdownlint: "structure",
  "markup-damaged": "structure",
  "source-defect": "structure",
  "structure-mismatch": "structure",
  "handoff-mismatch": "provenance",
  "openlocfilehash-invalid": "provenance",
  "openlocfilehash-mismatch": "provenance",
  "openlocfilehash-unverified": "provenance",
  "sourcegitcommit-unknown": "provenance",
  "translation-orphaned": "provenance",
  "translation-stale": "provenance",
};

/** The family of a rule id; `markdownlint/MD051` is markdownlint's. */
export function ruleFamily(ruleId: string): RuleFamily {
  const base = ruleId.includes("/") ? ruleId.slice(0, ruleId.indexOf("/")) : ruleId;
  return Object.hasOwn(FAMILY_OF_RULE, base) ? FAMILY_OF_RULE[base]! : "other";
}

export type FamilyCounts = Record<RuleFamily, number>;

/** One localized file (or, for `missing`, an English page without a translation in this locale). */
export interface FileStatus {
  /** As shown to the user (relative to the working folder); for `missing`, the path the translation would have. */
  path: string;
  /** Path under the locale root: the same for a page in every locale. */
  relPath: string;
  /** The name of the file's doc set (`DocSetStatus.name`); null when the run did not discover the file. */
  docSet: string | null;
  status: FileStatusKind;
  /** The rule ids that decided a `behind` or `orphaned` status (empty otherwise). */
  reasons: string[];
  /** English commits that changed the page since the translation's `ms.sourcegitcommit`; null when not known. */
  commitsBehind: number | null;
  /** The newest of those commits (or the one that deleted the English page), possibly abbreviated; null when not known. */
  latestCommit: string | null;
  /** The English commit the translation was made from (its `ms.sourcegitcommit`), when a provenance finding names it. */
  sourceCommit: string | null;
  /** Days between this file's handoff and the newest version's; null when not known. */
  daysBehind: number | null;
  errors: number;
  warnings: number;
  /** Findings per rule family. */
  findings: FamilyCounts;
}

export interface LocaleStatus {
  /** Lower-case tag (`de-de`). */
  locale: string;
  /** Locale roots holding this locale's files, as shown to the user. */
  roots: string[];
  /** Files linted in this locale (missing pages not counted). */
  files: number;
  current: number;
  behind: number;
  orphaned: number;
  /** English pages with no translation here; null when the run does not know the English coverage. */
  missing: number | null;
  untracked: number;
  errors: number;
  warnings: number;
  findings: FamilyCounts;
  /** Findings per rule id, ids sorted. */
  rules: Record<string, number>;
  /** Sorted by path. */
  fileStatuses: FileStatus[];
}

export interface DocSetStatus {
  /** The layout with `{locale}` for the locale (`docs.{locale}`), relative to the working folder. */
  name: string;
  /** The English source root, relative to the working folder; null when none is known. */
  source: string | null;
  /** The English source's HEAD commit when it is a git checkout; null otherwise. */
  sourceHead: string | null;
  /** The English repository's web address (its origin, `https://host/owner/repo`); null when not known. */
  sourceRepository: string | null;
}

export interface RunStatus {
  version: typeof STATUS_VERSION;
  /** ISO 8601 time the status was computed. */
  generatedAt: string;
  toolVersion: string;
  docSets: DocSetStatus[];
  /** Sorted by locale. */
  locales: LocaleStatus[];
  /** Sums over the locales (`missing` null when no locale's is known). */
  totals: Omit<LocaleStatus, "locale" | "roots" | "fileStatuses" | "rules">;
  /** Findings per rule id over every locale, English files included. */
  rules: Record<string, number>;
}

/** What the status is computed from; the optional fields are filled when the run knows them. */
export interface StatusInput {
  cwd: string;
  toolVersion: string;
  results: readonly FileResult[];
  /** The run's sibling groups (after sharding), for sibling and English presence. */
  groups: readonly SiblingGroup[];
  /** Locale root → English source root (absolute), as the run learned them. */
  sourceRoots: ReadonlyMap<string, string>;
  /** English source root (absolute) → its git HEAD commit. */
  sourceHeads?: ReadonlyMap<string, string>;
  /** English source root (absolute) → its repository's web address. */
  sourceRepositories?: ReadonlyMap<string, string>;
  /**
   * English coverage: locale root (absolute) → paths under the root of the English pages that have no
   * translation there. Those pages are listed as `missing`, and `LocaleStatus.missing` is a number for the
   * locales with a root here (a locale folder the run walked whole), null for the others.
   */
  missing?: ReadonlyMap<string, readonly string[]>;
  /** Defaults to now. */
  now?: Date;
}

interface Staleness {
  status: "behind" | "orphaned";
  /** The translation's ms.sourcegitcommit. */
  pin: string | null;
  commits: number | null;
  latest: string | null;
  days: number | null;
}

// The provenance rules say how far behind a file is in their messages (see their docs); these read it back.
const STALE_COUNT = /found (\d+) later (?:English )?commits? that changes? it \((?:the latest )?"([^"]+)"(?:, (\d+) days after it)?\)$/;
const STALE_DELETED = /found it deleted by commit "([^"]+)"$/;
/** The pin under any key (`ms.sourcegitcommit`, `default_lang_commit` ...), or the last commit of a translation without one. */
const PIN = /since (?:[\w.-]+ "([^"]+)"|this translation was last changed \(commit "([^"]+)")/;
const ORPHAN_COMMIT = /\(commit "([^"]+)"/;
const HANDOFF = /\(handed off (\d\d)\/(\d\d)\/(\d{4})\)/g;

/** How far behind one provenance finding says its file is; null for findings that say nothing of it. */
export function stalenessOf(finding: Pick<Finding, "ruleId" | "message">): Staleness | null {
  if (finding.ruleId === "translation-stale") {
    const pinned = PIN.exec(finding.message);
    const pin = pinned?.[1] ?? pinned?.[2] ?? null;
    const deleted = STALE_DELETED.exec(finding.message);
    if (deleted) return { status: "orphaned", pin, commits: null, latest: deleted[1]!, days: null };
    const count = STALE_COUNT.exec(finding.message);
    return { status: "behind", pin, commits: count ? Number(count[1]) : null, latest: count ? count[2]! : null, days: count?.[3] !== undefined ? Number(count[3]) : null };
  }
  if (finding.ruleId === "translation-orphaned") {
    const pinned = PIN.exec(finding.message);
    return { status: "orphaned", pin: pinned?.[1] ?? null, commits: null, latest: ORPHAN_COMMIT.exec(finding.message)?.[1] ?? null, days: null };
  }
  if (finding.ruleId === "openlocfilehash-mismatch") {
    // "Expected … as in fr-fr (handed off MM/DD/YYYY) but found … (handed off MM/DD/YYYY): …"
    const dates = [...finding.message.matchAll(HANDOFF)].slice(0, 2).map((m) => Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2])));
    const days = dates.length === 2 ? Math.max(0, Math.round((dates[0]! - dates[1]!) / 86_400_000)) : null;
    return { status: "behind", pin: null, commits: null, latest: null, days };
  }
  return null;
}

/** Orphaned outranks behind; otherwise every figure either finding knows is kept. */
function mergeStaleness(a: Staleness, b: Staleness): Staleness {
  return {
    status: a.status === "orphaned" || b.status === "orphaned" ? "orphaned" : "behind",
    pin: a.pin ?? b.pin,
    commits: a.commits ?? b.commits,
    latest: a.latest ?? b.latest,
    days: a.days ?? b.days,
  };
}

function emptyFamilies(): FamilyCounts {
  return { metadata: 0, segments: 0, links: 0, structure: 0, provenance: 0, other: 0 };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toSlash(p: string): string {
  return p.split(path.sep).join("/");
}

/** A path as the reports show files: relative to the working folder, `../` included; absolute only across drives (Windows). */
function shown(cwd: string, abs: string): string {
  const relative = path.relative(cwd, abs);
  return relative === "" ? "." : path.isAbsolute(relative) ? toSlash(abs) : toSlash(relative);
}

/** The status of every localized file of the run, per locale. Pure: reads nothing from disk or git. */
export function computeStatus(input: StatusInput): RunStatus {
  const { cwd } = input;
  const discovered = new Map<string, { locale: string; root: string; relPath: string; isSource: boolean; group: SiblingGroup }>();
  const docSets = new Map<string, DocSetStatus>();
  const sourceOf = (root: string | undefined): Omit<DocSetStatus, "name"> => ({
    source: root ? shown(cwd, root) : null,
    sourceHead: root ? (input.sourceHeads?.get(root) ?? null) : null,
    sourceRepository: root ? (input.sourceRepositories?.get(root) ?? null) : null,
  });
  const setOfGroup = (group: SiblingGroup) => group.key.slice(0, group.key.length - group.files[0]!.relPath.length - 1);
  for (const group of input.groups) {
    for (const f of group.files) discovered.set(f.path, { locale: f.locale, root: f.root, relPath: f.relPath, isSource: f.isSource, group });
    const setId = setOfGroup(group);
    if (!docSets.has(setId)) {
      const localized = group.files.find((f) => !f.isSource);
      const sourceRoot = group.files.find((f) => f.isSource)?.root ?? (localized ? input.sourceRoots.get(localized.root) : undefined);
      docSets.set(setId, {
        name: shown(cwd, setId),
        ...sourceOf(sourceRoot),
      });
    } else if (docSets.get(setId)!.source === null) {
      const sourceRoot = group.files.find((f) => f.isSource)?.root;
      if (sourceRoot) docSets.set(setId, { ...docSets.get(setId)!, ...sourceOf(sourceRoot) });
    }
  }

  const locales = new Map<string, LocaleStatus>();
  const localeOf = (locale: string): LocaleStatus => {
    let entry = locales.get(locale);
    if (!entry) {
      entry = { locale, roots: [], files: 0, current: 0, behind: 0, orphaned: 0, missing: null, untracked: 0, errors: 0, warnings: 0, findings: emptyFamilies(), rules: {}, fileStatuses: [] };
      locales.set(locale, entry);
    }
    return entry;
  };
  const runRules: Record<string, number> = {};
  const rootsByLocale = new Map<string, Set<string>>();

  for (const result of input.results) {
    for (const f of result.findings) runRules[f.ruleId] = (runRules[f.ruleId] ?? 0) + 1;
    const known = discovered.get(result.filePath);
    const locale = known?.locale ?? result.locale;
    if (known?.isSource || locale === null) continue;
    const root = known?.root ?? null;
    const entry = localeOf(locale);
    if (root) {
      const roots = rootsByLocale.get(locale) ?? new Set<string>();
      roots.add(root);
      rootsByLocale.set(locale, roots);
    }
    const families = emptyFamilies();
    let stale = null as Staleness | null;
    const reasons = new Set<string>();
    for (const f of result.findings) {
      families[ruleFamily(f.ruleId)]++;
      entry.rules[f.ruleId] = (entry.rules[f.ruleId] ?? 0) + 1;
      const s = stalenessOf(f);
      if (!s) continue;
      reasons.add(f.ruleId);
      stale = stale ? mergeStaleness(stale, s) : s;
    }
    let status: Exclude<FileStatusKind, "missing">;
    if (stale) {
      status = stale.status;
    } else if (known && root && input.sourceRoots.has(root) && !known.group.files.some((f) => f.isSource)) {
      status = "orphaned";
    } else if (known && root && !input.sourceRoots.has(root) && !known.group.files.some((f) => !f.isSource && f.locale !== locale)) {
      status = "untracked";
    } else {
      status = "current";
    }
    entry.files++;
    entry[status]++;
    entry.errors += result.errorCount;
    entry.warnings += result.warningCount;
    for (const family of RULE_FAMILIES) entry.findings[family] += families[family];
    entry.fileStatuses.push({
      path: result.displayPath,
      relPath: known?.relPath ?? result.displayPath,
      docSet: known ? shown(cwd, setOfGroup(known.group)) : null,
      status,
      reasons: status === "behind" || status === "orphaned" ? [...reasons].sort() : [],
      commitsBehind: stale?.commits ?? null,
      latestCommit: stale?.latest ?? null,
      sourceCommit: stale?.pin ?? null,
      daysBehind: stale?.days ?? null,
      errors: result.errorCount,
      warnings: result.warningCount,
      findings: families,
    });
  }

  if (input.missing) {
    for (const [root, relPaths] of input.missing) {
      const group = input.groups.find((g) => g.files.some((f) => f.root === root));
      const locale = group?.files.find((f) => f.root === root)?.locale;
      if (!group || !locale) continue;
      const entry = localeOf(locale);
      entry.missing = (entry.missing ?? 0) + relPaths.length;
      for (const relPath of relPaths) {
        entry.fileStatuses.push({
          path: shown(cwd, path.join(root, relPath)),
          relPath,
          docSet: shown(cwd, setOfGroup(group)),
          status: "missing",
          reasons: [],
          commitsBehind: null,
          latestCommit: null,
          sourceCommit: null,
          daysBehind: null,
          errors: 0,
          warnings: 0,
          findings: emptyFamilies(),
        });
      }
    }
  }

  const sorted = [...locales.values()].sort((a, b) => compareText(a.locale, b.locale));
  for (const entry of sorted) {
    entry.roots = [...(rootsByLocale.get(entry.locale) ?? [])].map((r) => shown(cwd, r)).sort(compareText);
    entry.fileStatuses.sort((a, b) => compareText(a.path, b.path));
    entry.rules = sortKeys(entry.rules);
  }
  const totals: RunStatus["totals"] = { files: 0, current: 0, behind: 0, orphaned: 0, missing: null, untracked: 0, errors: 0, warnings: 0, findings: emptyFamilies() };
  for (const entry of sorted) {
    totals.files += entry.files;
    totals.current += entry.current;
    totals.behind += entry.behind;
    totals.orphaned += entry.orphaned;
    if (entry.missing !== null) totals.missing = (totals.missing ?? 0) + entry.missing;
    totals.untracked += entry.untracked;
    totals.errors += entry.errors;
    totals.warnings += entry.warnings;
    for (const family of RULE_FAMILIES) totals.findings[family] += entry.findings[family];
  }
  return {
    version: STATUS_VERSION,
    generatedAt: (input.now ?? new Date()).toISOString(),
    toolVersion: input.toolVersion,
    docSets: [...docSets.values()].sort((a, b) => compareText(a.name, b.name)),
    locales: sorted,
    totals,
    rules: sortKeys(runRules),
  };
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareText(a, b)));
}

/**
 * The status with every finding count taken from `results` instead, the findings a report shows (`--quiet`
 * shows errors only, so its warnings are neither listed nor counted). What each file is (current, behind,
 * orphaned ...) is a fact about the file and is kept; files are matched by their shown path.
 */
export function recountFindings(status: RunStatus, results: readonly FileResult[]): RunStatus {
  const byPath = new Map(results.map((r) => [r.displayPath, r]));
  const runRules: Record<string, number> = {};
  for (const r of results) for (const f of r.findings) runRules[f.ruleId] = (runRules[f.ruleId] ?? 0) + 1;
  const totals: RunStatus["totals"] = { ...status.totals, errors: 0, warnings: 0, findings: emptyFamilies() };
  const locales = status.locales.map((l): LocaleStatus => {
    const entry: LocaleStatus = { ...l, errors: 0, warnings: 0, findings: emptyFamilies(), rules: {} };
    entry.fileStatuses = l.fileStatuses.map((file) => {
      const result = file.status === "missing" ? undefined : byPath.get(file.path);
      if (!result) return file;
      const families = emptyFamilies();
      for (const f of result.findings) {
        families[ruleFamily(f.ruleId)]++;
        entry.rules[f.ruleId] = (entry.rules[f.ruleId] ?? 0) + 1;
      }
      entry.errors += result.errorCount;
      entry.warnings += result.warningCount;
      for (const family of RULE_FAMILIES) entry.findings[family] += families[family];
      return { ...file, errors: result.errorCount, warnings: result.warningCount, findings: families };
    });
    entry.rules = sortKeys(entry.rules);
    totals.errors += entry.errors;
    totals.warnings += entry.warnings;
    for (const family of RULE_FAMILIES) totals.findings[family] += entry.findings[family];
    return entry;
  });
  return { ...status, locales, totals, rules: sortKeys(runRules) };
}
