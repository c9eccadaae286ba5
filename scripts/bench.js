// npm run bench -- [tree] [--runs=N] [--hook-runs=N] [--md-runs=N] [--skip=lint,grow,hook,markdownlint]: every performance figure of
// loclint in one run, so that they share the machine's load: the read floor (Node reading every linted file),
// loclint with its default workers, with --workers 1 and with --workers 2, peak RSS on the tree and on a tree 4 times larger,
// the pre-commit hook (--staged) against `node -e 0`, and markdownlint-cli2 on the same tree.
import { spawnSync } from "node:child_process";
import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// The corpus sits beside the checkout, or beside the folder of worktrees.
const defaultTree = [path.resolve(root, "../shared/corpus/sxs"), path.resolve(root, "../../shared/corpus/sxs")].find((t) => existsSync(t));
const args = process.argv.slice(2);
const option = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const runs = Math.max(1, Number(option("runs", 3)));
const hookRuns = Math.max(1, Number(option("hook-runs", 10)));
// markdownlint-cli2 is by far the slowest run of the bench (about 180 s of CPU and 1.7 GB on the sxs corpus): once unless asked.
const mdRuns = Math.max(1, Number(option("md-runs", 1)));
const skip = new Set(option("skip", "").split(",").filter(Boolean));
const treeArg = args.find((a) => !a.startsWith("--"));
const tree = path.resolve(treeArg ?? defaultTree ?? path.join(root, "examples"));
if (!existsSync(tree)) {
  console.error(`bench: no such folder: ${tree}`);
  process.exit(2);
}
const scratch = mkdtempSync(path.join(os.tmpdir(), "loclint-bench-"));
const stats = path.join(scratch, "stats.json");
const preload = pathToFileURL(path.join(root, "scripts/bench-stats.mjs")).href;
const loclintBin = path.join(root, "bin/loclint.js");
const floorScript = path.join(root, "scripts/read-floor.js");
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));

/** Runs a Node program with the stats preload; returns wall ms, peak RSS (MB) and CPU ms (all threads). */
function measure(label, argv, cwd = root) {
  // Output goes to a file: loclint and markdownlint-cli2 print every finding, and a pipe would time the reader too.
  const outFile = path.join(scratch, "output.txt");
  const fd = openSync(outFile, "w");
  rmSync(stats, { force: true });
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--import", preload, ...argv], {
    cwd,
    env: { ...process.env, LOCLINT_BENCH_STATS: stats, NO_COLOR: "1" },
    stdio: ["ignore", fd, fd],
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(fd);
  if (r.status !== 0 && r.status !== 1) {
    console.error(`bench: ${label} failed (exit ${r.status}): ${readFileSync(outFile, "utf8").slice(0, 500)}`);
    process.exit(2);
  }
  const s = JSON.parse(readFileSync(stats, "utf8"));
  return { wallMs, rssMb: s.maxRssKb / 1024, cpuMs: s.userMs + s.systemMs, output: outFile };
}

/** Runs each command `n` times, interleaved (a, b, c, a, b, c, …) so that a change of load hits all alike. */
function interleaved(commands, n) {
  const samples = commands.map(() => []);
  for (let i = 0; i < n; i++) commands.forEach((c, k) => samples[k].push(measure(c.label, c.argv, c.cwd)));
  return samples.map((s) => summarize(s));
}

function summarize(samples) {
  const by = (key) => samples.map((s) => s[key]).sort((a, b) => a - b);
  const wall = by("wallMs");
  const median = (list) => (list.length % 2 ? list[(list.length - 1) / 2] : (list[list.length / 2 - 1] + list[list.length / 2]) / 2);
  return { runs: samples.length, min: wall[0], median: median(wall), cpu: median(by("cpuMs")), rss: Math.max(...by("rssMb")) };
}

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(", ");
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const line = (label, m) =>
  console.log(`${label.padEnd(28)} min ${s(m.min)}, median ${s(m.median)} (${m.runs} runs), CPU ${s(m.cpu)}, peak RSS ${m.rss.toFixed(0)} MB`);
const ratio = (a, b) => (a / b).toFixed(2);

console.log(`tree: ${tree}`);
console.log(`node ${process.version}, ${os.availableParallelism()} cores, load average at start: ${load()}`);

const jsonOut = path.join(scratch, "out.json");

// 1. The read floor, loclint with its default workers and with one, interleaved on the same tree.
let loclint = null;
if (!skip.has("lint")) {
  // Two threads are measured on their own: by default loclint runs one thread per 1.5 cores (one on 2 cores).
  const [floor, multi, single, two] = interleaved(
    [
      { label: "read floor", argv: [floorScript, tree] },
      { label: "loclint", argv: [loclintBin, tree, "--format", "json", "--output-file", jsonOut] },
      { label: "loclint --workers 1", argv: [loclintBin, tree, "--format", "json", "--output-file", jsonOut, "--workers", "1"] },
      { label: "loclint --workers 2", argv: [loclintBin, tree, "--format", "json", "--output-file", jsonOut, "--workers", "2"] },
    ],
    runs,
  );
  const results = JSON.parse(readFileSync(jsonOut, "utf8"));
  const findings = results.reduce((n, r) => n + r.messages.length, 0);
  console.log(`\n${results.length} files linted, ${findings} findings`);
  line("read floor", floor);
  loclint = multi;
  line("loclint (default workers)", loclint);
  line("loclint --workers 1", single);
  line("loclint --workers 2", two);
  console.log(`speed-up, 2 workers vs 1       ${ratio(single.min, two.min)}x on min, ${ratio(single.median, two.median)}x on median (target >= 1.6)`);
  console.log(`loclint / read floor           ${ratio(loclint.min, floor.min)}x on min, ${ratio(loclint.median, floor.median)}x on median (target <= 4)`);
  console.log(`peak RSS                       ${loclint.rss.toFixed(0)} MB default, ${single.rss.toFixed(0)} MB with --workers 1, ${two.rss.toFixed(0)} MB with --workers 2 (target <= 300)`);
}

// 2. RSS on a tree 4 times larger: every locale root again under three new locale names (hard links, else copies).
if (!skip.has("grow")) {
  const big = path.join(scratch, "grown");
  const files = growTree(tree, big, 4);
  const [grown] = interleaved([{ label: "loclint on 4x tree", argv: [loclintBin, big, "--format", "json", "--output-file", jsonOut] }], Math.min(runs, 2));
  line(`loclint, 4x tree (${files} files)`, grown);
  if (loclint) {
    console.log(`RSS growth, 4x tree            ${ratio(grown.rss, loclint.rss)}x (${grown.rss.toFixed(0)} MB vs ${loclint.rss.toFixed(0)} MB; target <= 1.2)`);
    console.log(`time growth, 4x tree           ${ratio(grown.min, loclint.min)}x on min`);
  }
  rmSync(big, { recursive: true, force: true });
}

// 3. The pre-commit hook: one staged file in a git copy of the tree, against Node starting and doing nothing.
if (!skip.has("hook")) {
  const repo = path.join(scratch, "repo");
  const staged = gitCopy(tree, repo);
  const [hook, bare] = interleaved(
    [
      { label: "loclint --staged", argv: [loclintBin, "--staged"], cwd: repo },
      { label: "node -e 0", argv: ["-e", "0"], cwd: repo },
    ],
    hookRuns,
  );
  console.log(`\npre-commit, 1 staged file: ${path.relative(repo, staged)}`);
  line("loclint --staged", hook);
  line("node -e 0", bare);
  console.log(`hook / node -e 0               ${ratio(hook.min, bare.min)}x on min, ${ratio(hook.median, bare.median)}x on median (target <= 3)`);
  rmSync(repo, { recursive: true, force: true });
}

// 4. markdownlint-cli2 with its default rules, run from an empty folder so that no project config applies.
if (!skip.has("markdownlint")) {
  const mdCwd = path.join(scratch, "md");
  mkdirSync(mdCwd);
  writeFileSync(path.join(mdCwd, ".markdownlint-cli2.jsonc"), "{}\n");
  const mdBin = path.join(root, "node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs");
  const [md] = interleaved([{ label: "markdownlint-cli2", argv: [mdBin, `${tree.replace(/\\/g, "/")}/**/*.md`], cwd: mdCwd }], mdRuns);
  console.log("");
  line("markdownlint-cli2", md);
  if (loclint) console.log(`markdownlint-cli2 / loclint    ${ratio(md.min, loclint.min)}x (best wall times)`);
}
console.log(`\nload average at end: ${load()}`);

/** Copies `from` into `to` with each top-level locale root present `factor` times; returns the number of files. */
function growTree(from, to, factor) {
  let files = 0;
  const regions = ["ca", "ch", "be", "lu", "at", "ie", "sg", "nz", "za", "mx", "ar", "co"];
  const roots = readdirSync(from, { withFileTypes: true }).filter((e) => e.isDirectory());
  const taken = new Set(roots.map((e) => e.name.toLowerCase()));
  for (const entry of roots) {
    const names = [entry.name];
    const m = /^(.*[./_-])?([a-z]{2,3})([-_])([a-z]{2})$/i.exec(entry.name);
    for (const region of regions) {
      if (!m || names.length >= factor) break;
      const name = `${m[1] ?? ""}${m[2]}${m[3]}${region}`;
      if (taken.has(name.toLowerCase())) continue;
      taken.add(name.toLowerCase());
      names.push(name);
    }
    names.forEach((name, i) => {
      // A copy declares its own locale, as a real one would (its publish config and each file's
      // ms.contentlocale); else it is one more copy of the original locale and every ms.locfileid clashes.
      const locale = m && i > 0 ? `${m[2]}-${name.slice(-2).toUpperCase()}` : null;
      const rewrite = locale
        ? (text) => text.replace(/^(\s*ms\.contentlocale:[\t ]*)[A-Za-z-]+/m, `$1${locale}`).replace(/("locale"\s*:\s*")[^"]*"/g, `$1${locale.toLowerCase()}"`)
        : null;
      files += mirror(path.join(from, entry.name), path.join(to, name), rewrite);
    });
  }
  return files;
}

/** Hard-links (else copies) every file of `from` into `to`; `rewrite` (optional) rewrites the linted files' text. */
function mirror(from, to, rewrite = null) {
  let files = 0;
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const src = path.join(from, e.name);
    const dst = path.join(to, e.name);
    if (e.isDirectory()) files += mirror(src, dst, rewrite);
    else if (e.isFile()) {
      files++;
      // Latin-1 maps each byte to one character and back, so the rest of the file stays byte for byte.
      if (rewrite && /\.(?:md|ya?ml)$|^\.openpublishing\.publish\.config\.json$/i.test(e.name)) {
        writeFileSync(dst, rewrite(readFileSync(src, "latin1")), "latin1");
        continue;
      }
      try {
        linkSync(src, dst);
      } catch {
        copyFileSync(src, dst);
      }
    }
  }
  return files;
}

/** A git repository holding the tree, committed, with one Markdown file changed and staged; returns that file. */
function gitCopy(from, repo) {
  const top = path.join(repo, path.basename(from));
  mirror(from, top);
  const git = (...a) => {
    const r = spawnSync("git", ["-c", "user.name=bench", "-c", "user.email=bench@example.com", "-c", "core.autocrlf=false", ...a], { cwd: repo, encoding: "utf8" });
    if (r.status !== 0) {
      console.error(`bench: git ${a.join(" ")} failed: ${r.stderr}`);
      process.exit(2);
    }
    return r.stdout;
  };
  git("init", "-q");
  git("add", "-A");
  git("commit", "-q", "-m", "tree");
  const md = git("ls-files", "*.md").split("\n").filter(Boolean);
  // A localized file near the middle, not the English source; a changed line at its end.
  const localized = md.filter((f) => /[./_-][a-z]{2}-[a-z]{2}\//i.test(f));
  const pick = localized[Math.floor(localized.length / 3)] ?? md[0];
  const file = path.join(repo, pick);
  // Break the hard link first, so the original tree is not changed.
  const text = readFileSync(file);
  rmSync(file);
  writeFileSync(file, text);
  appendFileSync(file, "\nA line added for the bench.\n");
  git("add", pick);
  return file;
}
