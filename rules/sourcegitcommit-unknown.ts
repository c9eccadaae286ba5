// rules/sourcegitcommit-unknown.ts: the pin (ms.sourcegitcommit or the configured key) names a commit of the English source's git repository.
import { englishRelPath, pinnedCommit, provenanceOf } from "../src/shared/provenance.js";
import { defineRule, findingAt, quote } from "../src/engine/rule.js";

export default defineRule({
  id: "sourcegitcommit-unknown",
  description: "The pinned commit (ms.sourcegitcommit, l10n.sourceCommit, default_lang_commit ...) is a commit of the English source's git repository",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check(context) {
    const provenance = provenanceOf(context);
    if (!provenance) return [];
    const { file } = context;
    const { commitEntry: e, rev: value, key, history } = provenance;
    // A shallow clone lacks old commits (said once for the run); an English file the repository does not
    // track says it is not the source's, unless it was deleted or moved since (translation-orphaned's).
    if (pinnedCommit(provenance, file) !== null) return [];
    if (history.tracked(englishRelPath(context)) !== true) return [];
    return [findingAt(file, e.valueOffset, `Expected ${key} to name a commit of the English repository but found ${quote(value)}`, { end: e.valueEnd })];
  },
});
