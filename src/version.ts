// loclint's own version, read from its package.json (found upward from this module, in src/ or dist/).
import { readTextFile } from "./fs/index.js";
import path from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

export function toolVersion(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readTextFile(path.join(dir, "package.json"))) as { name?: string; version?: string };
      if (pkg.name === "loclint" && pkg.version) return (cached = pkg.version);
    } catch {
      // keep looking upward
    }
    const parent = path.dirname(dir);
    if (parent === dir) return (cached = "0.0.0");
    dir = parent;
  }
}

/** Absolute path of the package root (where rules/*.md docs live). */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readTextFile(path.join(dir, "package.json"))) as { name?: string };
      if (pkg.name === "loclint") return dir;
    } catch {
      // keep looking upward
    }
    const parent = path.dirname(dir);
    if (parent === dir) return dir;
    dir = parent;
  }
}

/** The https address of the repository in loclint's package.json (`git+https://…/x.git` → `https://…/x`), or null. */
export function packageRepository(): string | null {
  try {
    const pkg = JSON.parse(readTextFile(path.join(packageRoot(), "package.json"))) as { repository?: string | { url?: string } };
    const url = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
    const match = url ? /^(?:git\+)?(https:\/\/[^\s]+?)(?:\.git)?$/.exec(url) : null;
    return match ? match[1]! : null;
  } catch {
    return null;
  }
}
