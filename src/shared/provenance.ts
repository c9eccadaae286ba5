// What the provenance rules start from: a file's ms.sourcegitcommit and the English source's git history.
import type { MetadataEntry } from "../parse/model.js";
import { entry } from "./metadata.js";
import type { RuleContext } from "../engine/rule.js";
import type { SourceHistory } from "../git/history.js";

export interface Provenance {
  /** The `ms.sourcegitcommit` entry, for positions. */
  commitEntry: MetadataEntry;
  /** Its value, trimmed. */
  rev: string;
  history: SourceHistory;
}

/** Null when the file is English, has no ms.sourcegitcommit, or no English git checkout is known. */
export function provenanceOf({ file, group, project }: RuleContext<object>): Provenance | null {
  if (file.isSource) return null;
  const root = project.sourceRootFor(file.root) ?? group.source?.root;
  if (!root) return null;
  const commitEntry = entry(file, "ms.sourcegitcommit");
  const rev = commitEntry?.value?.trim();
  if (!commitEntry || !rev) return null;
  const history = project.git(root);
  return history ? { commitEntry, rev, history } : null;
}
