// rules/sourcegitcommit-unknown.ts: ms.sourcegitcommit names a commit of the English source's git repository.
import { provenanceOf } from "../src/shared/provenance.js";
import { defineRule, findingAt } from "../src/engine/rule.js";

export default defineRule({
  id: "sourcegitcommit-unknown",
  description: "ms.sourcegitcommit names a commit of the English source's git repository",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check(context) {
    const provenance = provenanceOf(context);
    if (!provenance) return [];
    const { file } = context;
    const { commitEntry: e, rev: value, history } = provenance;
    // A shallow clone lacks old commits; an English file the repository does not track says it is not the source's.
    if (!history.complete || history.tracked(file.relPath) !== true) return [];
    if (history.resolveCommit(value) !== null) return [];
    return [findingAt(file, e.valueOffset, `Expected ms.sourcegitcommit to name a commit of the English repository but found "${value}"`, { end: e.valueEnd })];
  },
});
