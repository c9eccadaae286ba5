// SiblingGroup: a file's copies in the other locales and the English source, with reference lookups.
import { createHash } from "node:crypto";
import type { LocalizedFile } from "../parse/file.js";
import { hasLocalizationMetadata } from "./metadata.js";

export interface Agreement<T> {
  /** The value held by a strict majority of the considered siblings. */
  value: T;
  /** Siblings holding the majority value (never the file itself). */
  agreeing: LocalizedFile[];
  /** True when the value comes from the English source file. */
  fromSource: boolean;
}

export class SiblingGroup {
  /** The English source file, when the user has the source tree. */
  readonly source: LocalizedFile | null;
  /** Localized files of the group, sorted by locale. */
  readonly localized: LocalizedFile[];

  constructor(
    readonly key: string,
    readonly files: LocalizedFile[],
  ) {
    this.source = files.find((f) => f.isSource) ?? null;
    this.localized = files.filter((f) => !f.isSource);
  }

  private sourceHashes: Set<string> | undefined;
  private sameHashCache = new Map<LocalizedFile, LocalizedFile[]>();

  /**
   * True when the English source file is the very version `file` was translated from: its SHA-1
   * (as stored, or with LF or CRLF line endings) equals the file's `ms.openlocfilehash`. A Markdown file
   * with no localization metadata at all (a doc set that does not track versions) is compared with the
   * English source as it is, which is the only reference such a doc set has.
   */
  sourceMatches(file: LocalizedFile): boolean {
    const source = this.source;
    const hash = file.openlocfilehash;
    if (!source || source.unreadable) return false;
    if (!hash) return file.kind === "markdown" && !file.unreadable && !hasLocalizationMetadata(file);
    if (!this.sourceHashes) {
      const full = (source.bom ? "\ufeff" : "") + source.text;
      const lf = full.replace(/\r\n/g, "\n");
      const variants = new Set([full, lf, lf.replace(/\n/g, "\r\n")]);
      this.sourceHashes = new Set([...variants].map((v) => createHash("sha1").update(v, "utf8").digest("hex")));
    }
    return this.sourceHashes.has(hash.toLowerCase());
  }

  /** The other localized siblings of `file`. */
  siblingsOf(file: LocalizedFile): LocalizedFile[] {
    return this.localized.filter((f) => f !== file && !f.unreadable);
  }

  /** The other localized siblings translated from the same source version (same `ms.openlocfilehash`). */
  sameHashSiblings(file: LocalizedFile): LocalizedFile[] {
    let list = this.sameHashCache.get(file);
    if (!list) {
      const hash = file.openlocfilehash?.toLowerCase();
      list = hash ? this.siblingsOf(file).filter((f) => f.openlocfilehash?.toLowerCase() === hash) : [];
      this.sameHashCache.set(file, list);
    }
    return list;
  }

  /**
   * The reference value of something for `file`: the English source's when `fromSource` is set and the
   * source is the version the file was translated from (any version when `sameHash` is false), else the value a strict majority of the same-hash siblings (counting `file`) share. Returns null
   * when there is no majority (a tie, or too few siblings) or when no sibling has a value.
   */
  agreement<T>(
    file: LocalizedFile,
    pick: (f: LocalizedFile) => T | undefined,
    options: { fromSource?: boolean; sameHash?: boolean; key?: (value: T) => string } = {},
  ): Agreement<T> | null {
    const keyOf = options.key ?? ((v: T) => String(v));
    if (options.fromSource && this.source && (options.sameHash === false || this.sourceMatches(file))) {
      const value = pick(this.source);
      if (value !== undefined) return { value, agreeing: [this.source], fromSource: true };
    }
    const others = options.sameHash === false ? this.siblingsOf(file) : this.sameHashSiblings(file);
    if (others.length === 0) return null;
    const counts = new Map<string, { value: T; files: LocalizedFile[] }>();
    let voters = 0;
    for (const f of [file, ...others]) {
      const value = pick(f);
      if (value === undefined) continue;
      voters++;
      if (f === file) {
        const k = keyOf(value);
        if (!counts.has(k)) counts.set(k, { value, files: [] });
        continue;
      }
      const k = keyOf(value);
      const entry = counts.get(k);
      if (entry) entry.files.push(f);
      else counts.set(k, { value, files: [f] });
    }
    const mine = pick(file);
    for (const { value, files } of counts.values()) {
      const total = files.length + (mine !== undefined && keyOf(mine) === keyOf(value) ? 1 : 0);
      if (total * 2 > voters && files.length > 0) return { value, agreeing: files, fromSource: false };
    }
    return null;
  }
}

/** `de-de, fr-fr and 9 more`, for naming the siblings a finding disagrees with. */
export function localeList(files: LocalizedFile[], max = 4): string {
  const names = files.map((f) => f.locale);
  if (names.length <= max) return names.join(", ");
  return `${names.slice(0, max).join(", ")} and ${names.length - max} more`;
}
