// What a locale root publishes: the docsets' source folders, and never the repository's own files.
import path from "node:path";
import { readTextFile } from "../fs/index.js";

const PUBLISH_CONFIG = ".openpublishing.publish.config.json";
const PUBLISH_CONFIG_MAX_BYTES = 1024 * 1024;

/**
 * Files at the top of a repository that describe the repository, not the documentation: they are
 * never translations of a page (`README.md`, `CONTRIBUTING.md`, `CODE_OF_CONDUCT.md`, `LICENSE`,
 * `SECURITY.md`, `SUPPORT.md`, `CHANGELOG.md`, `ThirdPartyNotices`), matched without letter case or extension.
 */
const BOILERPLATE = /^(?:readme|contributing|code[-_]of[-_]conduct|license|licence|license-code|security|support|changelog|thirdpartynotices?|notice|codeowners)(?:\.[a-z]+)?$/i;

/** The repository's own folders at the top of a root (`.github/`, `.vscode/`). */
const TOOLING_FOLDER = /^\.(?:github|vscode|azuredevops|devcontainer)$/i;

/**
 * The build source folders of the docsets in a root's `.openpublishing.publish.config.json`, lower-case
 * with `/` separators ("" for a docset built from the root), or null when there is no such file or it
 * names none. Docs builds run on case-insensitive file systems: `china` publishes the folder `China`.
 */
export function publishedFolders(text: string): string[] | null {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return null;
  }
  const docsets = (data as { docsets_to_publish?: unknown } | null)?.docsets_to_publish;
  if (!Array.isArray(docsets)) return null;
  const folders = new Set<string>();
  for (const docset of docsets) {
    const folder = (docset as { build_source_folder?: unknown } | null)?.build_source_folder;
    if (typeof folder !== "string") continue;
    const normal = path.posix.normalize(folder.replace(/\\/g, "/")).replace(/^\.\/?|\/+$/g, "").replace(/^\.$/, "");
    folders.add(normal.toLowerCase());
  }
  return folders.size ? [...folders] : null;
}

/** Decides, per locale root, whether a file under it is published content. */
export class PublishedScope {
  private readonly folders = new Map<string, string[] | null>();

  /** False for the repository's own files at the top of `root`, and for files outside every published folder. */
  includes(root: string, relPath: string): boolean {
    const slash = relPath.indexOf("/");
    if (slash === -1 ? BOILERPLATE.test(relPath) : TOOLING_FOLDER.test(relPath.slice(0, slash))) return false;
    const folders = this.foldersOf(root);
    if (!folders) return true;
    const lower = relPath.toLowerCase();
    return folders.some((f) => f === "" || lower.startsWith(`${f}/`));
  }

  /** False for a folder (relative to `root`) that holds no published content. */
  includesFolder(root: string, relDir: string): boolean {
    if (relDir === "") return true;
    if (!relDir.includes("/") && TOOLING_FOLDER.test(relDir)) return false;
    const folders = this.foldersOf(root);
    if (!folders) return true;
    const lower = relDir.toLowerCase();
    return folders.some((f) => f === "" || lower === f || lower.startsWith(`${f}/`) || f.startsWith(`${lower}/`));
  }

  private foldersOf(root: string): string[] | null {
    let folders = this.folders.get(root);
    if (folders === undefined) {
      try {
        folders = publishedFolders(readTextFile(path.join(root, PUBLISH_CONFIG), { maxBytes: PUBLISH_CONFIG_MAX_BYTES }));
      } catch {
        folders = null;
      }
      this.folders.set(root, folders);
    }
    return folders;
  }
}
