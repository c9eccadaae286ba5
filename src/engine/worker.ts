// Worker thread: lints the sibling groups it is sent and replies with their results.
import { parentPort, workerData } from "node:worker_threads";
import { rules } from "../../rules/index.js";
import { ProjectFacts } from "../shared/facts.js";
import { takeGitNotices } from "../git/history.js";
import { lintGroup, packGroup, RuleCrash } from "./lint-group.js";
import { loadRules } from "./rule.js";
import type { WorkerInit, WorkerReply, WorkerTask } from "./run.js";

const init = workerData as WorkerInit;
const project = new ProjectFacts(init.sourceRoots, undefined, init.config.provenance);
const byId = new Map(rules.map((r) => [r.id, r]));
// Messages wait for the libraries of the rules that are on; a failed load is reported with the first task.
const loaded = loadRules(rules, init.config).then(
  () => null,
  (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
);

parentPort?.on("message", async (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    const failure = await loaded;
    if (failure) throw failure;
    const groups = task.plans.map((plan) => packGroup(lintGroup(plan, { config: init.config, rules: byId, project, fix: init.fix })));
    reply = { ok: true, groups, notices: takeGitNotices() };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    reply = { ok: false, message: e.message, stack: error instanceof RuleCrash ? e.stack : e.stack };
  }
  parentPort?.postMessage(reply);
});
