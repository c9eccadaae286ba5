// Bundles the command (and its worker) into a few files: Node's ESM loader costs about 1 ms per module,
// and the command loads about 250 of them, which a pre-commit hook pays on every commit.
// `--from-source` bundles the TypeScript sources straight away, without tsc: the GitHub Action builds
// that way with esbuild alone (LOCLINT_ESBUILD_PREFIX names the folder it was installed in).
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const fromSource = process.argv.includes("--from-source");
const prefix = process.env.LOCLINT_ESBUILD_PREFIX;
const esbuild = prefix
  ? await import(pathToFileURL(createRequire(path.join(path.resolve(prefix), "package.json")).resolve("esbuild")).href)
  : await import("esbuild");
const build = esbuild.build ?? esbuild.default.build;

await build({
  entryPoints: fromSource
    ? { cli: path.join(root, "src/cli/index.ts"), worker: path.join(root, "src/engine/worker.ts") }
    : { cli: path.join(root, "dist/src/cli/index.js"), worker: path.join(root, "dist/src/engine/worker.js") },
  outdir: path.join(root, "dist/bundle"),
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  // Prefer ESM builds: jsonc-parser's UMD build requires its parts dynamically, which a bundle cannot follow.
  mainFields: ["module", "main"],
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
  // CommonJS dependencies call require() for Node's built-in modules.
  banner: { js: 'import { createRequire as __loclintRequire } from "node:module"; const require = __loclintRequire(import.meta.url);' },
});
