// Draws a reproducible random sample of findings from a compact report, for judging precision by hand.
// Usage: node scripts/sample-compact.mjs <report.txt> [count=100] [seed=7]
//   e.g. (cd ../shared/corpus/hugo/opentelemetry.io && node <loclint>/bin/loclint.js content -f compact) > report.txt
import { readFileSync } from "node:fs";
import { seededRandom } from "./seeded-random.js";

const [file, countArg = "100", seedArg = "7"] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: node scripts/sample-compact.mjs <report.txt> [count] [seed]\n");
  process.exit(2);
}
const lines = readFileSync(file, "utf8").split("\n").filter((l) => /^.+:\d+:\d+: (?:error|warning) /.test(l));


const next = seededRandom(Number(seedArg));
const pool = [...lines];
// Partial Fisher-Yates: the first `count` places hold the sample.
const count = Math.min(Number(countArg), pool.length);
for (let i = 0; i < count; i++) {
  const j = i + Math.floor(next() * (pool.length - i));
  [pool[i], pool[j]] = [pool[j], pool[i]];
}
process.stdout.write(`# ${count} of ${lines.length} findings, seed ${seedArg}\n`);
pool.slice(0, count).forEach((line, i) => process.stdout.write(`${String(i + 1).padStart(3)} ${line}\n`));
