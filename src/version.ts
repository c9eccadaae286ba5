// loclint's own version, read from its package.json (found upward from this module, in src/ or dist/).
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

let cached: string | undefined;

export function toolVersion(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
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
      const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string };
      if (pkg.name === "loclint") return dir;
    } catch {
      // keep looking upward
    }
    const parent = path.dirname(dir);
    if (parent === dir) return dir;
    dir = parent;
  }
}
