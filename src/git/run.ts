// Running git: one process per question, bytes in and out, failures as GitError with git's own words.
import { spawn } from "node:child_process";
import path from "node:path";
import { describeRawName, isUndecodableName } from "../fs/index.js";

/** git is missing, the folder is not in a repository, or a revision is unknown: reported as a usage problem. */
export class GitError extends Error {}

/**
 * How long one git process may take before loclint gives up on it (a hung credential helper, a stuck
 * network filesystem): LOCLINT_GIT_TIMEOUT seconds, default 120.
 */
export function gitTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const seconds = Number(env.LOCLINT_GIT_TIMEOUT);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 120_000;
}

export interface GitOptions {
  /** Written to git's standard input, then closed. */
  input?: string | Uint8Array;
  /** Exit codes that are answers rather than failures (`git grep` exits 1 when nothing matches). */
  okCodes?: readonly number[];
}

/**
 * Runs `git <args>` in `cwd` and returns its standard output. Paths in git's answers are never quoted
 * (`core.quotePath=false`) and never abbreviated in a way that depends on the user's configuration.
 */
export function runGit(args: readonly string[], cwd: string, options: GitOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const timeout = gitTimeoutMs();
    const child = spawn("git", ["-c", "core.quotePath=false", ...args], {
      cwd,
      stdio: [options.input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
      windowsHide: true,
    });
    // Not spawn's own `timeout`: a killed git's children (a hung helper) would keep the pipes, and
    // "close", waiting. Give up on the pipes too, so loclint can always end.
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      child.stdout!.destroy();
      child.stderr!.destroy();
      child.stdin?.destroy();
      child.unref();
      reject(new GitError(`git ${args[0]} did not answer within ${timeout / 1000} s (LOCLINT_GIT_TIMEOUT sets the limit in seconds)`));
    }, timeout);
    timer.unref();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr!.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new GitError(error.code === "ENOENT" ? "git is not installed or not on the PATH" : `cannot run git: ${error.message}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== null && (code === 0 || options.okCodes?.includes(code))) {
        resolve(Buffer.concat(out));
        return;
      }
      const said = Buffer.concat(err).toString("utf8").trim().split("\n")[0]?.replace(/^(fatal|error): /, "") ?? "";
      reject(new GitError(`git ${args[0]} failed${said ? `: ${said}` : ` with exit code ${code}`}`));
    });
    if (options.input !== undefined && child.stdin) {
      // git may exit before reading all of its input (an early error); its exit code tells what happened.
      child.stdin.on("error", () => {});
      child.stdin.end(options.input);
    }
  });
}

/** NUL-separated fields of a `-z` answer as bytes (a path that is not UTF-8 must not be decoded), without the empty last one. */
export function splitNulBytes(output: Buffer): Buffer[] {
  const fields: Buffer[] = [];
  let at = 0;
  while (at < output.length) {
    let end = output.indexOf(0, at);
    if (end < 0) end = output.length;
    fields.push(output.subarray(at, end));
    at = end + 1;
  }
  return fields;
}

/**
 * A path git printed, as bytes: its absolute path, or, when the name is not UTF-8 (a Linux byte name no
 * string can spell), `undecodable` with the name as people can read it (`docs/caf\xE9.md`).
 */
export function gitPathOf(top: string, bytes: Buffer): { path: string } | { undecodable: string } {
  if (isUndecodableName(bytes)) return { undecodable: fromGitPath(top, describeRawName(bytes)) };
  return { path: fromGitPath(top, bytes.toString("utf8")) };
}

/**
 * The top folder of the repository holding `cwd`, spelled from `cwd` (so a path through a symbolic link
 * stays as the user typed it and display paths keep matching).
 */
export async function repositoryTop(cwd: string): Promise<string> {
  let answer: string[];
  try {
    answer = (await runGit(["rev-parse", "--is-inside-work-tree", "--show-cdup"], cwd)).toString("utf8").split("\n");
  } catch (error) {
    if (error instanceof GitError && /not a git repository/i.test(error.message)) {
      throw new GitError(`${cwd} is not inside a git repository`);
    }
    throw error;
  }
  const inside = answer[0]?.trim();
  const cdup = answer[1]?.trim() ?? "";
  // A bare repository (or the .git folder itself) answers, but has no files to lint: said, not an empty run.
  if (inside === "false") throw new GitError(`${cwd} is not inside a git work tree (a bare repository has no files to lint)`);
  // Only "true" and then "../" steps (or nothing) can be the answer; anything else is not git speaking.
  if (inside !== "true" || !/^(?:\.\.\/)*$/.test(cdup)) {
    throw new GitError(`git rev-parse gave an answer loclint cannot read: ${JSON.stringify(answer.join("\n").slice(0, 60))}`);
  }
  return path.resolve(cwd, cdup);
}

/** An absolute path from a path git printed (relative to the repository top, `/` separators). */
export function fromGitPath(top: string, gitPath: string): string {
  return path.join(top, gitPath);
}
