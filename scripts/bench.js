// npm run bench -- [tree]: times loclint and markdownlint-cli2 on the same tree, in the same way, and prints the ratio.
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const defaultTree = path.resolve(root, "../shared/corpus/sxs");
const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith("--runs="))?.slice(7) ?? 3);
const treeArg = args.find((a) => !a.startsWith("--"));
const tree = path.resolve(treeArg ?? (existsSync(defaultTree) ? defaultTree : path.join(root, "examples")));
if (!existsSync(tree)) {
  console.error(`bench: no such folder: ${tree}`);
  process.exit(2);
}
const scratch = mkdtempSync(path.join(os.tmpdir(), "loclint-bench-"));
const stats = path.join(scratch, "stats.json");
const preload = path.join(root, "scripts/bench-stats.mjs");

/** Runs a Node program with the stats preload; returns wall ms, peak RSS and CPU. */
function measure(label, argv, cwd) {
  // Reports go to a file: both tools print every finding, and a pipe would time the reader too.
  const errFile = path.join(scratch, "stderr.txt");
  const fd = openSync(errFile, "w");
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(preload).href, ...argv], {
    cwd,
    env: { ...process.env, LOCLINT_BENCH_STATS: stats, NO_COLOR: "1" },
    stdio: ["ignore", fd, fd],
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(fd);
  if (r.status !== 0 && r.status !== 1) {
    console.error(`bench: ${label} failed (exit ${r.status}): ${readFileSync(errFile, "utf8").slice(0, 500)}`);
    process.exit(2);
  }
  const s = JSON.parse(readFileSync(stats, "utf8"));
  return { wallMs, maxRssMb: s.maxRssKb / 1024, cpuMs: s.userMs + s.systemMs };
}

function best(label, argv, cwd, n) {
  const all = [];
  for (let i = 0; i < n; i++) all.push(measure(label, argv, cwd));
  all.sort((a, b) => a.wallMs - b.wallMs);
  return { ...all[0], runs: n, medianMs: all[Math.floor(n / 2)].wallMs };
}

// markdownlint-cli2 with its default rules, run from an empty folder so no project config applies.
const mdCwd = path.join(scratch, "md");
spawnSync("mkdir", ["-p", mdCwd]);
writeFileSync(path.join(mdCwd, ".markdownlint-cli2.jsonc"), "{}\n");
const mdBin = path.join(root, "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs");
const loclintBin = path.join(root, "bin/loclint.js");

console.log(`tree: ${tree}`);
const loclint = best("loclint", [loclintBin, tree, "--format", "json", "--output-file", path.join(scratch, "out.json")], root, runs);
const mdRuns = Math.max(1, Math.min(runs, 2));
const md = best("markdownlint-cli2", [mdBin, `${tree.replace(/\\/g, "/")}/**/*.md`], mdCwd, mdRuns);
const findings = JSON.parse(readFileSync(path.join(scratch, "out.json"), "utf8"));
const files = findings.length;
const messages = findings.reduce((n, r) => n + r.messages.length, 0);
rmSync(scratch, { recursive: true, force: true });

const fmt = (m) => `${(m.wallMs / 1000).toFixed(2)} s wall (median ${(m.medianMs / 1000).toFixed(2)} s, ${m.runs} runs), ${(m.cpuMs / 1000).toFixed(2)} s CPU, peak RSS ${m.maxRssMb.toFixed(0)} MB`;
console.log(`loclint            ${fmt(loclint)}; ${files} files, ${messages} findings`);
console.log(`markdownlint-cli2  ${fmt(md)}`);
console.log(`ratio              loclint is ${(md.wallMs / loclint.wallMs).toFixed(1)}x faster than markdownlint-cli2 (best wall times)`);
