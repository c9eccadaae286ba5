// rules/translation-stale.ts: the English file has not changed in git since the commit the translation was made from.
import { provenanceOf } from "../src/shared/provenance.js";
import { defineRule, findingAt } from "../src/engine/rule.js";

export default defineRule({
  id: "translation-stale",
  description: "The English file has not changed since ms.sourcegitcommit, the commit the translation was made from",
  scope: "siblings",
  defaultSeverity: "warn",
  fixable: false,
  check(context) {
    const provenance = provenanceOf(context);
    if (!provenance) return [];
    const { file } = context;
    const { commitEntry: e, rev, history } = provenance;
    const commit = history.resolveCommit(rev);
    if (!commit) return [];
    const since = history.commitsSince(commit, file.relPath);
    if (!since?.count || !since.latest) return [];
    const latest = since.latest.slice(0, 12);
    const found = since.deleted
      ? `it deleted by commit "${latest}"`
      : since.count === 1
        ? `1 later commit that changes it ("${latest}")`
        : `${since.count} later commits that change it (the latest "${latest}")`;
    const message = `Expected the English "${history.repoPath(file.relPath)}" to be unchanged since ms.sourcegitcommit "${rev}" but found ${found}`;
    return [findingAt(file, e.valueOffset, message, { end: e.valueEnd })];
  },
});
