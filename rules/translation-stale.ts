// rules/translation-stale.ts: the English file has not changed since the translation was made (its pin, else its last commit).
import { daysBetween, englishRelPath, isoDay, pinnedCommit, pinOf, provenanceOf, sourceHistoryOf } from "../src/shared/provenance.js";
import { defineRule, findingAt, quote } from "../src/engine/rule.js";
import type { RuleFinding } from "../src/types.js";

export default defineRule({
  id: "translation-stale",
  description: "The English file has not changed since the commit the translation was made from (its pin, else its last commit)",
  scope: "siblings",
  defaultSeverity: "warn",
  fixable: false,
  check(context) {
    const { file, project } = context;
    if (file.isSource || file.unreadable) return [];
    const english = englishRelPath(context);
    const provenance = provenanceOf(context);
    if (provenance) {
      const { commitEntry: e, rev, key, history } = provenance;
      const commit = pinnedCommit(provenance, file);
      if (!commit) return [];
      const since = history.commitsSince(commit, english);
      if (!since?.count || !since.latest) return [];
      const latest = since.latest.slice(0, 12);
      const pinTime = history.commitTime(commit);
      const latestTime = history.commitTime(since.latest);
      const behind = pinTime !== undefined && latestTime !== undefined ? `, ${daysBetween(pinTime, latestTime)} days after it` : "";
      const found =
        since.count === 1
          ? `1 later commit that changes it (${quote(latest)}${behind})`
          : `${since.count} later commits that change it (the latest ${quote(latest)}${behind})`;
      const message = `Expected the English ${quote(history.repoPath(english))} to be unchanged since ${key} ${quote(rev)} but found ${found}`;
      return [findingAt(file, e.valueOffset, message, { end: e.valueEnd })];
    }
    // No pin: as Kubernetes' lsync.sh, the English commits since the last commit that changed the translation.
    if (pinOf(file, project.provenance)) return [];
    const history = sourceHistoryOf(context);
    const sourceRoot = project.sourceRootFor(file.root) ?? context.group.source?.root;
    if (!history || !sourceRoot) return [];
    const localeRoots = new Set([file.root, ...project.localeRootsOf(sourceRoot)]);
    const lag = history.lagOf(file.path, english, [...localeRoots].sort());
    if (!lag || lag.count === 0 || !lag.latest) return [];
    const findings: RuleFinding[] = [];
    const latest = lag.latest.slice(0, 12);
    const days = lag.latestTime === null ? "" : `, ${daysBetween(lag.translatedTime, lag.latestTime)} days after it`;
    const commits = lag.count === 1 ? `1 later English commit that changes it (${quote(latest)}${days})` : `${lag.count} later English commits that change it (the latest ${quote(latest)}${days})`;
    const message =
      `Expected the English ${quote(history.repoPath(english))} to be unchanged since this translation was last changed ` +
      `(commit ${quote(lag.translated.slice(0, 12))}, ${isoDay(lag.translatedTime)}) but found ${commits}`;
    findings.push(findingAt(file, 0, message));
    return findings;
  },
});
