// rules/translation-orphaned.ts: the English file a translation was made from still exists at the translation's path (not deleted, not moved).
import { noteGitProblem, type SourceFate } from "../src/git/history.js";
import { isoDay, pinnedCommit, pinOf, provenanceOf, sourceHistoryOf } from "../src/shared/provenance.js";
import { defineRule, findingAt, quote } from "../src/engine/rule.js";
import path from "node:path";

export default defineRule({
  id: "translation-orphaned",
  description: "The English file a translation was made from still exists at the same path: it was neither deleted nor moved",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check(context) {
    const { file, group, project } = context;
    if (file.isSource || group.source) return [];
    let fate: SourceFate | null | undefined;
    let since: string;
    let at = 0;
    let end: number | undefined;
    const provenance = provenanceOf(context);
    if (provenance) {
      const commit = pinnedCommit(provenance, file);
      if (!commit) return [];
      fate = provenance.history.fateSince(commit, file.relPath);
      since = `since ${provenance.key} ${quote(provenance.rev)}`;
      at = provenance.commitEntry.valueOffset;
      end = provenance.commitEntry.valueEnd;
    } else {
      if (pinOf(file, project.provenance)) return [];
      const history = sourceHistoryOf(context);
      const sourceRoot = project.sourceRootFor(file.root);
      if (!history || !sourceRoot) return [];
      fate = history.fateInLog(file.relPath, [...new Set([file.root, ...project.localeRootsOf(sourceRoot)])].sort());
      // A shallow clone's log may end after the English file was deleted or moved: said once, not guessed.
      if (!fate && !history.complete) {
        noteGitProblem(
          `shallow-log:${history.top}`,
          `${history.top} is a shallow clone: its history may not reach the commits that deleted or moved English files, so translation-orphaned could not tell what became of the English file of translations without a pin (first: ${file.displayPath}); fetch the whole history (git fetch --unshallow)`,
        );
        return [];
      }
      since = "in the English history";
    }
    if (!fate) return [];
    const history = sourceHistoryOf(context)!;
    const english = history.repoPath(file.relPath);
    const when = `commit ${quote(fate.commit.slice(0, 12))}${fate.time === undefined ? "" : `, ${isoDay(fate.time)}`}`;
    const message =
      fate.kind === "deleted"
        ? `Expected the English ${quote(english)} this file translates to exist but found it deleted ${since} (${when})`
        : fate.outside
          ? `Expected the English ${quote(english)} this file translates to exist but found it moved out of the English tree to ${quote(fate.to)} ${since} (${when})`
          : `Expected this translation at ${quote(movedTo(file, fate.to))}, where its English file ${quote(english)} moved ${since} (${when}), but found it at ${quote(file.displayPath)}`;
    return [findingAt(file, at, message, { end })];
  },
});

/**
 * Where the translation belongs once its English file moved to `to` (a path in the English tree), as the
 * user sees paths: in the translation's own locale root, named as the translation is named (`page.zh.md`
 * beside MkDocs' `page.md` keeps its `.zh`), relative to where the run started.
 */
function movedTo(file: { path: string; root: string; relPath: string; displayPath: string }, to: string): string {
  const englishName = path.posix.basename(file.relPath);
  const ownName = path.basename(file.path);
  let name = path.posix.basename(to);
  if (ownName !== englishName) {
    // The locale sits in the name (`timeouts.zh.md` for `timeouts.md`): the same infix on the new name.
    const ext = path.posix.extname(englishName);
    const stem = englishName.slice(0, englishName.length - ext.length);
    if (ownName.startsWith(stem) && ownName.endsWith(ext) && ownName.length > englishName.length) {
      const infix = ownName.slice(stem.length, ownName.length - ext.length);
      const toExt = path.posix.extname(name);
      name = `${name.slice(0, name.length - toExt.length)}${infix}${toExt}`;
    }
  }
  const target = path.join(file.root, path.posix.dirname(to), name);
  const relative = path.relative(path.dirname(file.path), target).split(path.sep).join("/");
  return path.posix.normalize(`${path.posix.dirname(file.displayPath)}/${relative}`);
}
