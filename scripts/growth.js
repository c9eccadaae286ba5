// node scripts/growth.js [--dist=<build>/dist/src/index.js] [--sizes=1e4,1e5,1e6] [--timeout=20] [--only=<text>] [--first=<n>] [--markdownlint]
// Prints the CPU seconds loclint's lint() (every rule on by default; --markdownlint adds markdownlint's) takes on each input family of
// scripts/growth-families.js at each size, one child process per measurement, and the growth ratios.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { families } from "./growth-families.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

/** Writes a family's pages at `size` into `dir` (a fresh folder), with markdownlint on or off; returns `dir`. */
function writeCase(dir, family, size, markdownlint) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "loclint.config.json"), JSON.stringify({ markdownlint }));
  for (const [rel, text] of Object.entries(family.pages(size))) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

if (args[0] === "--child") {
  // Child: one measurement, printed as JSON. A small warm-up run loads every module first.
  // The parent made the folder and removes it, also when it had to stop this child.
  const [, dist, name, sizeText, markdownlint, scratch] = args;
  const { lint } = await import(pathToFileURL(dist).href);
  const family = families.find((f) => f.name === name);
  const warm = writeCase(path.join(scratch, "warm"), family, 100, markdownlint === "true");
  const dir = writeCase(path.join(scratch, "case"), family, Number(sizeText), markdownlint === "true");
  await lint({ cwd: warm, workers: 1 });
  const before = process.cpuUsage();
  const outcome = await lint({ cwd: dir, workers: 1 });
  const used = process.cpuUsage(before);
  const findings = outcome.results.reduce((n, r) => n + r.findings.length, 0);
  process.stdout.write(JSON.stringify({ seconds: (used.user + used.system) / 1e6, findings }));
  process.exit(0);
}

const dist = path.resolve(option("dist", path.join(root, "dist/src/index.js")));
const sizes = option("sizes", "1e4,1e5,1e6").split(",").map(Number);
const timeout = Number(option("timeout", "20"));
const only = option("only", "");
const first = Number(option("first", String(families.length)));
const markdownlint = args.includes("--markdownlint");
const self = fileURLToPath(import.meta.url);

console.log(`build: ${dist}`);
console.log(`CPU seconds of lint() (default rules${markdownlint ? " and markdownlint's" : ""}) per input family; ">${timeout}" = stopped after ${timeout} s wall time\n`);
const header = ["family", ...sizes.map((s) => `${s.toExponential(0).replace("+", "")}`), ...sizes.slice(1).map((_, i) => `x${i + 1}`)];
console.log(header.join("\t"));
for (const family of families.slice(0, first)) {
  if (only && !family.name.includes(only)) continue;
  const cells = [];
  const seconds = [];
  let stopped = false;
  for (const size of sizes) {
    if (stopped) {
      cells.push("-");
      seconds.push(NaN);
      continue;
    }
    const scratch = mkdtempSync(path.join(os.tmpdir(), "loclint-growth-"));
    const r = spawnSync(process.execPath, [self, "--child", dist, family.name, String(size), String(markdownlint), scratch], {
      encoding: "utf8",
      timeout: timeout * 1000,
      killSignal: "SIGKILL",
      maxBuffer: 1 << 20,
    });
    rmSync(scratch, { recursive: true, force: true });
    if (r.error || r.signal) {
      cells.push(`>${timeout}`);
      seconds.push(NaN);
      stopped = true; // a larger size would only take longer
    } else if (r.status !== 0) {
      const why = (r.stderr.match(/RangeError[^\n]*|Error[^\n]*/) ?? ["failed"])[0];
      cells.push(`crash (${why.slice(0, 40)})`);
      seconds.push(NaN);
    } else {
      const s = JSON.parse(r.stdout).seconds;
      cells.push(s.toFixed(2));
      seconds.push(s);
    }
  }
  const ratios = seconds.slice(1).map((s, i) => (Number.isFinite(s) && Number.isFinite(seconds[i]) ? (s / Math.max(seconds[i], 0.005)).toFixed(1) : "-"));
  console.log([family.name, ...cells, ...ratios].join("\t"));
}
