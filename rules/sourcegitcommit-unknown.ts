// rules/sourcegitcommit-unknown.ts: ms.sourcegitcommit names a commit of the English source's git repository.
import { entry } from "../src/engine/metadata.js";
import { defineRule, findingAt } from "../src/engine/rule.js";

export default defineRule({
  id: "sourcegitcommit-unknown",
  description: "ms.sourcegitcommit names a commit of the English source's git repository",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check({ file, group, project }) {
    if (file.isSource) return [];
    const root = project.sourceRootFor(file.root) ?? group.source?.root;
    if (!root) return [];
    const e = entry(file, "ms.sourcegitcommit");
    const value = e?.value?.trim();
    if (!e || !value) return [];
    const history = project.git(root);
    // A shallow clone lacks old commits; an English file the repository does not track says it is not the source's.
    if (!history?.complete || history.tracked(file.relPath) !== true) return [];
    if (history.resolveCommit(value) !== null) return [];
    return [findingAt(file, e.valueOffset, `Expected ms.sourcegitcommit to name a commit of the English repository but found "${value}"`, { end: e.valueEnd })];
  },
});
