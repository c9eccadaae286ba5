// Where a repository is on the web: its origin's address, for links to the English changes in reports.
import { runGit } from "./run.js";

/** The https address of the repository holding `dir`, from `remote.origin.url`; null when there is none or it is not a web host's. */
export async function originWebUrl(dir: string): Promise<string | null> {
  try {
    return webUrlOf((await runGit(["config", "--get", "remote.origin.url"], dir)).toString("utf8").trim());
  } catch {
    return null;
  }
}

/**
 * `https://host/owner/repo` for the usual remote forms (`https://host/owner/repo.git`,
 * `git@host:owner/repo.git`, `ssh://git@host/owner/repo`); credentials in the address are dropped.
 */
export function webUrlOf(remote: string): string | null {
  const https = /^https:\/\/(?:[^@/]+@)?([^/@]+)\/(.+?)(?:\.git)?\/?$/.exec(remote);
  if (https) return `https://${https[1]}/${https[2]}`;
  const ssh = /^(?:ssh:\/\/)?git@([^:/]+)(?::\d+)?[:/](.+?)(?:\.git)?\/?$/.exec(remote);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  return null;
}
