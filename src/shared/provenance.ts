// What the provenance rules start from: a translation's pin (the English commit it was made from, under
// whichever front-matter key the project uses), else the git history of both trees; and the English history.
import path from "node:path";
import type { MetadataEntry } from "../parse/model.js";
import type { LocalizedFile } from "../parse/file.js";
import { metadataEntryAt } from "../parse/frontmatter.js";
import type { RuleContext } from "../engine/rule.js";
import { insideGitCheckout, noteGitProblem, type SourceBlob, type SourceHistory } from "../git/history.js";
import { DEFAULT_COMMIT_KEYS, DEFAULT_HASH_KEY, type ProvenanceConfig } from "../config/types.js";

export const defaultProvenance: ProvenanceConfig = { commitKeys: [...DEFAULT_COMMIT_KEYS], hashKey: DEFAULT_HASH_KEY };

/** A translation's pin: the front-matter entry naming the English commit it was translated from. */
export interface Pin {
  /** The key as configured (`ms.sourcegitcommit`, `l10n.sourceCommit`, `default_lang_commit`). */
  key: string;
  entry: MetadataEntry;
  /** The value, trimmed. */
  rev: string;
}

export interface Provenance {
  /** The pin's entry, for positions. */
  commitEntry: MetadataEntry;
  /** Its value, trimmed. */
  rev: string;
  /** The key the pin was found under, for messages. */
  key: string;
  history: SourceHistory;
}

const pinCache = new WeakMap<LocalizedFile, Pin | null>();

/** The file's pin: the first of the configured commit keys that holds a value; null when none does. */
export function pinOf(file: LocalizedFile, config: ProvenanceConfig = defaultProvenance): Pin | null {
  let pin = pinCache.get(file);
  if (pin === undefined) {
    pin = null;
    for (const key of config.commitKeys) {
      const e = metadataEntryAt(file.text, file.metadata, key);
      const rev = e?.value?.trim();
      if (e && rev) {
        pin = { key, entry: e, rev };
        break;
      }
    }
    pinCache.set(file, pin);
  }
  return pin;
}

/** The entry of the configured content-hash key (`ms.openlocfilehash`), when the project uses one. */
export function hashEntryOf(file: LocalizedFile, config: ProvenanceConfig = defaultProvenance): MetadataEntry | undefined {
  return config.hashKey === null ? undefined : metadataEntryAt(file.text, file.metadata, config.hashKey);
}

/** The English source root and its git history for a translation; null for English files or without a git checkout. */
export function sourceHistoryOf({ file, group, project }: RuleContext<object>): SourceHistory | null {
  if (file.isSource) return null;
  const root = project.sourceRootFor(file.root) ?? group.source?.root;
  if (!root) return null;
  return project.git(root);
}

/** Null when the file is English, has no pin, or no English git checkout is known. */
export function provenanceOf(context: RuleContext<object>): Provenance | null {
  if (context.file.isSource) return null;
  const pin = pinOf(context.file, context.project.provenance);
  if (!pin) return null;
  const history = sourceHistoryOf(context);
  if (!history) {
    // Pins with an English tree that has no git history: say so once rather than pass in silence.
    const root = context.project.sourceRootFor(context.file.root) ?? context.group.source?.root;
    if (root && !insideGitCheckout(root)) {
      noteGitProblem(
        `nogit:${root}`,
        `${root} is not in a git checkout, so translations pinned to English commits (first: ${context.file.displayPath}, ${pin.key}) were not checked by translation-stale, translation-orphaned, sourcegitcommit-unknown and openlocfilehash-unverified, and the drift rules compared them with the English as it is now, not as it was at the pin`,
      );
    }
    return null;
  }
  return { commitEntry: pin.entry, rev: pin.rev, key: pin.key, history };
}

/**
 * The full id of the pinned commit, or null when the repository has no such commit. In a shallow clone
 * a commit that is not found may simply not have been fetched: that is said once (run-level), and
 * undefined returned, so no rule guesses.
 */
export function pinnedCommit(provenance: Provenance, file: LocalizedFile): string | null | undefined {
  const { history, rev } = provenance;
  const commit = history.resolveCommit(rev);
  if (commit === null && !history.complete) {
    noteGitProblem(
      `shallow:${history.top}`,
      `${history.top} is a shallow clone: commits that translations are pinned to are not in its history, so translation-stale, sourcegitcommit-unknown and openlocfilehash-unverified were skipped for them and the drift rules compared them with the English as it is now (first: ${file.displayPath}); fetch the whole history (git fetch --unshallow)`,
    );
    return undefined;
  }
  return commit;
}

/** `2024-05-01`, from seconds since the epoch. */
export function isoDay(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (seconds since the epoch), never negative. */
export function daysBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / 86_400));
}

/**
 * The English file's path relative to the source root, for git: the translation's own relative path,
 * except where the English file carries its language in its name (Hugo's and MkDocs' `about.en.md`
 * beside `about.de.md`, where the translation's relative path is `about.md`).
 */
export function englishRelPath(context: Pick<RuleContext<object>, "file" | "group">): string {
  const { file, group } = context;
  const english = group.source;
  if (!english || english === file) return file.relPath;
  const name = path.basename(english.path);
  const slash = file.relPath.lastIndexOf("/");
  const own = file.relPath.slice(slash + 1);
  return name === own ? file.relPath : `${file.relPath.slice(0, slash + 1)}${name}`;
}

/** The English text a translation was made from: at its pin, else at the last commit that changed the translation. */
export interface EnglishBase {
  /** The full commit id. */
  commit: string;
  /** "pin": the translation's pin; "history": its last commit (no pin, same repository as the English). */
  via: "pin" | "history";
  /** The English file at that commit (bytes as committed; its path then, when it was renamed since). */
  blob: SourceBlob;
}

/**
 * The English version a translation was made from, for comparing the English then with the English
 * now (drift): null when it cannot be known (English file, no git, unknown pin, uncommitted
 * translation, a file the English did not have then). With no pin, the last commit that changed the
 * translation stands in, so a later cosmetic edit of the translation moves it forward: combine it with
 * a comparison of the blocks, which a cosmetic edit does not change.
 */
export function englishBaseOf(context: RuleContext<object>): EnglishBase | null {
  const { file, project } = context;
  if (file.isSource) return null;
  const provenance = provenanceOf(context);
  if (provenance) {
    const commit = pinnedCommit(provenance, file);
    const blob = commit ? provenance.history.blobAt(commit, englishRelPath(context)) : null;
    return commit && blob ? { commit, via: "pin", blob } : null;
  }
  if (pinOf(file, project.provenance)) return null;
  const history = sourceHistoryOf(context);
  const sourceRoot = project.sourceRootFor(file.root) ?? context.group.source?.root;
  if (!history || !sourceRoot) return null;
  const english = englishRelPath(context);
  const lag = history.lagOf(file.path, english, [...new Set([file.root, ...project.localeRootsOf(sourceRoot)])].sort());
  const blob = lag ? history.blobAt(lag.translated, english) : null;
  return lag && blob ? { commit: lag.translated, via: "history", blob } : null;
}
