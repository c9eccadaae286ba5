// The build: TypeScript to dist/, then the bundle (scripts/bundle.js). It writes nothing to standard output,
// because `npm pack` (run by the pre-commit framework, which reads the tarball's name from that output)
// runs it through `prepare`. With --if-stale it does nothing when dist/ is newer than every source (npm start).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stampPath = path.join(root, "dist", ".build-stamp");

/** Every file the build reads, as paths relative to the root, sorted. */
function inputs() {
  const found = ["package.json", "tsconfig.json", "tsconfig.build.json", "scripts/build.js", "scripts/bundle.js"];
  const walk = (folder) => {
    for (const entry of fs.readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (/\.(ts|json)$/.test(entry.name)) found.push(relative);
    }
  };
  walk("src");
  walk("rules");
  return found.sort();
}

/** True when the last build saw the same files and none has changed since. */
function isFresh(files) {
  let stamp;
  try {
    stamp = { text: fs.readFileSync(stampPath, "utf8"), mtimeMs: fs.statSync(stampPath).mtimeMs };
  } catch {
    return false;
  }
  if (stamp.text !== `${files.join("\n")}\n`) return false;
  return files.every((file) => {
    try {
      return fs.statSync(path.join(root, file)).mtimeMs <= stamp.mtimeMs;
    } catch {
      return false;
    }
  });
}

function run(script, args) {
  // Standard output goes to standard error: see the note at the top.
  const child = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: ["ignore", 2, 2] });
  if (child.status !== 0) process.exit(child.status ?? 1);
}

/**
 * `npm install -g <git URL>` (how pre-commit 4 installs node hooks) prepares the clone with an `npm install`
 * that inherits the global flag and so installs none of the devDependencies the build needs (npm/cli#8440).
 * Then install them here, into the clone, before building.
 */
function ensureBuildTools() {
  const tools = ["typescript/bin/tsc", "esbuild/package.json"].map((p) => path.join(root, "node_modules", p));
  if (tools.every((tool) => fs.existsSync(tool))) return;
  const npm = process.env.npm_execpath;
  if (!npm) return;
  process.stderr.write("loclint: the build tools are missing (a git install by npm -g); installing the devDependencies here\n");
  const args = [npm, "install", "--global=false", "--include=dev", "--ignore-scripts", "--no-save", "--no-audit", "--no-fund"];
  const child = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", 2, 2] });
  if (child.status !== 0) process.exit(child.status ?? 1);
}

const files = inputs();
if (process.argv.includes("--if-stale") && isFresh(files)) process.exit(0);
const started = Date.now();
ensureBuildTools();
fs.rmSync(stampPath, { force: true });
run(path.join(root, "node_modules", "typescript", "bin", "tsc"), ["-p", "tsconfig.build.json"]);
run(path.join(root, "scripts", "bundle.js"), []);
fs.writeFileSync(stampPath, `${files.join("\n")}\n`);
// Dated at the start, so a source saved during the build counts as newer than it.
fs.utimesSync(stampPath, started / 1000, started / 1000);
if (process.argv.includes("--if-stale")) process.stderr.write(`loclint: rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
