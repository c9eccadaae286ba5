// The command run in-process in a folder, its output captured: what the CLI tests share.
import { runCli, type CliIo } from "../../src/cli/index.js";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `loclint <argv>` with `cwd` as the working folder, no environment and no terminal. */
export async function runIn(cwd: string, argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
