// npm start: lints the bundled examples/ (which carry seeded defects), explains the exit code, and writes their health report.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runCli, processIo } from "../dist/src/cli/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const examples = path.join(root, "examples");
// Run from examples/ so that its loclint.config.jsonc applies, as it would for a user working there.
const code = await runCli([".", ...process.argv.slice(2)], { ...processIo(), cwd: examples });
if (code === 1) {
  process.stderr.write("\nloclint found the defects seeded in examples/ (listed in examples/README.md); in CI this run would exit 1.\n");
  process.exitCode = 0;
} else {
  process.exitCode = code;
}

// The locale health report of the same files, as `loclint . --format html --output-file <file>` writes it.
if (code === 0 || code === 1) {
  const report = path.join(root, "reports", "examples-health.html");
  const written = await runCli([".", "--format", "html", "--output-file", report], { ...processIo(), cwd: examples });
  if (written === 0 || written === 1) process.stderr.write(`The examples' locale health report: ${pathToFileURL(report).href}\n`);
  else process.exitCode = written;
}
