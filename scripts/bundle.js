// Bundles the compiled command (and its worker) into a few files: Node's ESM loader costs about 1 ms per
// module, and the command loads about 250 of them, which a pre-commit hook pays on every commit.
import { build } from "esbuild";

await build({
  entryPoints: { cli: "dist/src/cli/index.js", worker: "dist/src/engine/worker.js" },
  outdir: "dist/bundle",
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
