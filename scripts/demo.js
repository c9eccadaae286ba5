// npm start: lints the bundled examples/ (which carry seeded defects) and explains the exit code.
import { runCli } from "../dist/src/cli/index.js";

const code = await runCli(["examples", ...process.argv.slice(2)]);
if (code === 1) {
  process.stderr.write("\nloclint found the defects seeded in examples/ (see examples/README.md); in CI this run would exit 1.\n");
  process.exitCode = 0;
} else {
  process.exitCode = code;
}
