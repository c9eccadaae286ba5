// rules/openlocfilehash-unverified.ts: ms.openlocfilehash is the SHA-1 of the English file at ms.sourcegitcommit.
import { createHash } from "node:crypto";
import type { SourceBlob } from "../src/git/history.js";
import { englishRelPath, hashEntryOf, pinnedCommit, provenanceOf } from "../src/shared/provenance.js";
import { defineRule, findingAt, quote } from "../src/engine/rule.js";

/** SHA-1s a blob may legitimately have: as committed, and checked out with LF or CRLF line endings. */
const hashCache = new WeakMap<SourceBlob, { stored: string; all: Set<string> }>();

function hashesOf(blob: SourceBlob): { stored: string; all: Set<string> } {
  let hashes = hashCache.get(blob);
  if (!hashes) {
    // latin1 maps bytes to characters one to one, so line endings change without decoding the text.
    const stored = Buffer.from(blob.bytes.buffer, blob.bytes.byteOffset, blob.bytes.byteLength).toString("latin1");
    const lf = stored.replace(/\r\n/g, "\n");
    const sha1 = (s: string) => createHash("sha1").update(s, "latin1").digest("hex");
    const storedHash = sha1(stored);
    hashes = { stored: storedHash, all: new Set([storedHash, sha1(lf), sha1(lf.replace(/\n/g, "\r\n"))]) };
    hashCache.set(blob, hashes);
  }
  return hashes;
}

export default defineRule({
  id: "openlocfilehash-unverified",
  description: "The content hash (ms.openlocfilehash) is the SHA-1 of the English file at the pinned commit",
  scope: "siblings",
  defaultSeverity: "error",
  fixable: false,
  check(context) {
    const provenance = provenanceOf(context);
    if (!provenance) return [];
    const { file } = context;
    const { commitEntry, rev, key, history } = provenance;
    // An unknown commit is sourcegitcommit-unknown's finding.
    const commit = pinnedCommit(provenance, file);
    if (!commit) return [];
    const english = englishRelPath(context);
    const blob = history.blobAt(commit, english);
    if (blob === undefined) return [];
    if (blob === null) {
      if (history.tracked(english) !== true) return [];
      const message = `Expected the English ${quote(history.repoPath(english))} to exist at ${key} ${quote(rev)} but found no such file in that commit`;
      return [findingAt(file, commitEntry.valueOffset, message, { end: commitEntry.valueEnd })];
    }
    const hashEntry = hashEntryOf(file, context.project.provenance);
    const hash = hashEntry?.value?.trim().toLowerCase();
    // A missing or malformed hash is openlocfilehash-invalid's finding.
    if (!hashEntry || !hash || !/^[0-9a-f]{40}$/.test(hash)) return [];
    const hashes = hashesOf(blob);
    if (hashes.all.has(hash)) return [];
    const message =
      `Expected ${hashEntry.key} ${quote(hashes.stored)}, the SHA-1 of the English ${quote(blob.path)} at ${key} ${quote(rev)}, ` +
      `but found ${quote(hashEntry.value!.trim())}`;
    return [findingAt(file, hashEntry.valueOffset, message, { end: hashEntry.valueEnd })];
  },
});
