// npm start: lints the bundled examples/ (which carry seeded defects) and explains the exit code.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runCli, processIo } from "../dist/src/cli/index.js";

const examples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../examples");
// Run from examples/ so that its loclint.config.jsonc applies, as it would for a user working there.
const code = await runCli([".", ...process.argv.slice(2)], { ...processIo(), cwd: examples });
if (code === 1) {
  process.stderr.write("\nloclint found the defects seeded in examples/ (listed in examples/README.md); in CI this run would exit 1.\n");
  process.exitCode = 0;
} else {
  process.exitCode = code;
}
