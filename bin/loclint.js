#!/usr/bin/env node
// The loclint command: a thin shell around runCli, which never calls process.exit itself.
import { runCli } from "../dist/bundle/cli.js";

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`loclint: internal error: ${error?.message ?? error}\n`);
    process.exitCode = 2;
  },
);
