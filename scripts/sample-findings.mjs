#!/usr/bin/env node
// Draws a reproducible random sample of findings across rules, for judging precision by reading the files.
//
//   node scripts/sample-findings.mjs [--seed 8] [--size 100] [--per-rule 4] <report.json>...
//
// Each argument is a `loclint --format json` report (run loclint on each doc set first). Every rule gets
// up to --per-rule findings drawn at random; the rest of the sample is drawn at random from all the
// findings left, whatever their rule. The same seed and reports give the same sample. Each line printed
// is one finding with the text around it, to be judged true or false by reading the file. Run notices
// (a message with no rule and no line: "… is not in a git checkout") are no findings: they are left out
// of the sample and counted on stderr.
import { readFileSync } from "node:fs";
import path from "node:path";
import { seededRandom } from "./seeded-random.js";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const value = Number(args[i + 1]);
  args.splice(i, 2);
  return value;
};
const seed = option("seed", 8);
const size = option("size", 100);
const perRule = option("per-rule", 4);
if (args.length === 0) {
  console.error("usage: node scripts/sample-findings.mjs [--seed n] [--size n] [--per-rule n] <report.json>...");
  process.exit(2);
}

const next = seededRandom(seed);
const take = (list) => list.splice(Math.floor(next() * list.length), 1)[0];

const all = [];
let notices = 0;
for (const report of args) {
  for (const file of JSON.parse(readFileSync(report, "utf8"))) {
    for (const m of file.messages) {
      if (m.ruleId == null || m.line == null) {
        notices++;
        continue;
      }
      all.push({ report: path.basename(report), filePath: file.filePath, ...m });
    }
  }
}
// A stable order before drawing, whatever order the reports list files in.
all.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : 1)));

const byRule = new Map();
for (const f of all) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
const sample = [];
for (const rule of [...byRule.keys()].sort()) {
  const pool = byRule.get(rule);
  for (let k = 0; k < perRule && pool.length > 0 && sample.length < size; k++) sample.push(take(pool));
}
const rest = [...byRule.values()].flat();
while (sample.length < size && rest.length > 0) sample.push(take(rest));

sample.forEach((f, i) => {
  // A finding whose file cannot be read (deleted since the run): printed without an excerpt.
  let lines = [];
  try {
    lines = readFileSync(f.filePath, "utf8").split(/\r?\n/);
  } catch {
    // not a readable file
  }
  const text = lines[f.line - 1] ?? "";
  const from = Math.max(0, (f.column ?? 1) - 1 - 60);
  const excerpt = text.slice(from, f.column - 1 + 100);
  console.log(`#${i + 1} [${f.report}] ${f.filePath}:${f.line}:${f.column} ${f.ruleId}\n   ${f.message}\n   | ${from > 0 ? "…" : ""}${excerpt}`);
});
console.error(`seed ${seed}: ${sample.length} of ${all.length} findings, ${byRule.size} rules; ${notices} run notice${notices === 1 ? "" : "s"} (no rule, no line) skipped`);
