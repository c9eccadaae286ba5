// Orchestration: discover sibling groups, lint them in worker threads (or in process for small runs).
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ResolvedConfig } from "../config/types.js";
import { discover, type SiblingGroup as DiscoveredGroup } from "../discover/index.js";
import type { FileResult, LintResult, RuleDescriptor } from "../types.js";
import type { GroupCache } from "../pipeline/cache.js";
import { ProjectFacts } from "../shared/facts.js";
import { lintGroup, packGroup, ruleTimes, unpackGroup, type GroupPlan, type PackedGroup } from "./lint-group.js";
import { loadRules, type Rule } from "./rule.js";
import { judgeClaims } from "./unique.js";
import { pushAll } from "../shared/arrays.js";
import { takeGitNotices } from "../git/history.js";

export interface RunOptions {
  cwd: string;
  paths: string[];
  config: ResolvedConfig;
  rules: readonly Rule<object>[];
  fix?: boolean;
  /** Threads that lint, this one included (2: this thread and one worker); default: one per 1.5 cores available, this thread alone for small runs. */
  workers?: number;
  /** Called as groups finish: (files done, files in all). */
  onProgress?: (done: number, total: number) => void;
  /** Lint this content instead of the disk's (staged files), by absolute path. Forces in-process. */
  readOverride?: (absPath: string) => Uint8Array | undefined;
  /** Keep only groups for which this returns true (sharding, caching). */
  selectGroup?: (group: DiscoveredGroup) => boolean;
  /** Replays the results of unchanged groups instead of linting them, and records the others (--cache). */
  cache?: GroupCache;
}

/** Problems of the run as a whole (a path missing or without a locale, a cache not written): reported, not thrown. */
export interface RunProblem {
  path: string;
  message: string;
  /**
   * `not-linted`: something the user asked to lint could not be (a missing path next to valid ones, a
   * FIFO or device, an unreadable folder, a file name that is not UTF-8); the command reports the rest
   * and exits 2, as ESLint and markdownlint-cli2 do for a missing file. `warning`: said, and changes
   * nothing else (a cache that could not be written only makes the next run slower).
   */
  kind: "not-linted" | "warning";
}

const FILES_PER_WORKER = 400;
/**
 * Cores one linting thread keeps busy: its JavaScript plus V8's optimizing compiler and garbage collector
 * threads (a `--workers 1` run on the sxs corpus used 148% CPU on an idle 2-core machine). Each thread is an
 * isolate that compiles and collects on its own, so a thread the cores cannot feed costs its warm-up (about
 * 2 s of CPU) and its heap for nothing: on 2 cores, 2 threads took 5.5 s and 9.5 s of CPU against 5.3 s and
 * 7.3 s for one. Hence one thread per 1.5 cores: 1 on 2 cores, 2 on 3 or 4, 5 on 8.
 */
const CORES_PER_THREAD = 1.5;
const GROUPS_PER_TASK = 16;
/** Parsing allocates many short-lived strings: a larger young generation means fewer scavenges (about 5% faster on the corpus). */
const YOUNG_GENERATION_MB = 32;

/** What the run linted, for the run-level status (`pipeline/status.ts`). */
export interface RunDiscovery {
  /** The sibling groups linted or replayed (after `selectGroup`). */
  groups: DiscoveredGroup[];
  /** Locale root → English source root, both absolute. */
  sourceRoots: Map<string, string>;
  /** Locale root (walked whole) → the English pages it has no file for (see `Discovery.missing`). */
  missing?: Map<string, string[]>;
}

export async function runLint(options: RunOptions): Promise<LintResult & { problems: RunProblem[]; discovery: RunDiscovery }> {
  const started = performance.now();
  const discovery = await discover(options.paths, options.config, options.cwd);
  let groups = discovery.groups;
  if (options.selectGroup) groups = groups.filter(options.selectGroup);
  const sourceRoots = sourceRootsOf(groups, options.config);
  // Replayed results still carry their unique() claims: they are judged with the fresh ones below.
  const replayed: FileResult[] = [];
  const toLint = groups.filter((g) => {
    const hit = options.cache?.lookup(g);
    if (hit) pushAll(replayed, hit);
    return !hit;
  });
  const plans: GroupPlan[] = toLint.map((g) => ({ key: g.key, files: g.files }));
  const targetCount = plans.reduce((n, p) => n + p.files.filter((f) => f.target).length, 0);

  const threadsCoresFeed = Math.max(1, Math.floor(availableParallelism() / CORES_PER_THREAD));
  const wanted = options.workers ?? Math.min(threadsCoresFeed, Math.ceil(targetCount / FILES_PER_WORKER));
  // Per-rule timing is gathered in this thread only.
  const canUseWorkers = workerUrl() !== null && !options.readOverride && !ruleTimes;
  const threads = wanted > 1 && canUseWorkers ? wanted : 1;
  // What git could not answer, said once per run whichever thread met it (see noteGitProblem).
  const notices = new Map<string, string>(takeGitNotices());
  const results = await lintPlans(plans, options, sourceRoots, threads, targetCount, notices);
  options.cache?.store(results);
  pushAll(results, replayed);
  judgeClaims(results);
  results.sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  return {
    results,
    rules: describeRules(options.rules, options.config),
    stats: { files: results.length, groups: groups.length, durationMs: performance.now() - started },
    problems: discovery.problems.map((p) => ({ path: p.path, message: p.message, kind: p.kind ?? ("not-linted" as const) })),
    notices: [...notices].map(([key, message]) => ({ path: noticePath(key), message })),
    coverage: discovery.coverage,
    discovery: { groups, sourceRoots, missing: discovery.missing },
  };
}

/** The repository a notice is about (its key is `<kind>:<path>`), or "" for the whole run. */
function noticePath(key: string): string {
  const colon = key.indexOf(":");
  return colon < 0 ? "" : key.slice(colon + 1);
}

/** Locale root → English source root, learned from groups that have a source file (or the config). */
function sourceRootsOf(groups: DiscoveredGroup[], config: ResolvedConfig): Map<string, string> {
  const roots = new Map<string, string>();
  for (const g of groups) {
    const source = g.files.find((f) => f.isSource);
    for (const f of g.files) {
      if (f.isSource || roots.has(f.root)) continue;
      // The layout's English tree even when this group has no English file (deleted or moved since).
      const root = source?.root ?? f.sourceRoot ?? config.source;
      if (root) roots.set(f.root, root);
    }
  }
  return roots;
}

export function describeRules(rules: readonly Rule<object>[], config: ResolvedConfig): RuleDescriptor[] {
  return rules
    .filter((r) => (config.rules.get(r.id)?.severity ?? r.defaultSeverity) !== "off")
    .map((r) => ({
      id: r.id,
      description: r.description,
      defaultSeverity: r.defaultSeverity,
      fixable: r.fixable,
      scope: r.scope,
      docsPath: `rules/${r.id}.md`,
    }));
}

function workerUrl(): URL | null {
  const url = new URL("./worker.js", import.meta.url);
  // Running from TypeScript sources (tests): no compiled worker to start.
  return import.meta.url.endsWith(".ts") ? null : url;
}

export interface WorkerTask {
  plans: GroupPlan[];
}

export interface WorkerInit {
  config: ResolvedConfig;
  sourceRoots: Map<string, string>;
  fix: boolean;
}

export type WorkerReply = { ok: true; groups: PackedGroup[]; notices: [string, string][] } | { ok: false; message: string; stack?: string };

/**
 * Lints the plans in tasks of a few groups: this thread takes tasks too, and `threads - 1` worker threads
 * take the rest. This thread lints rather than waits because each thread is a V8 heap and a JIT of its own:
 * two workers and an idle main thread cost a third heap's memory for nothing. Results come back in plan
 * order whichever thread linted them, so the output never depends on timing. Each group's results are
 * packed (serialized) as soon as it is linted and unpacked once every group is done, so that the heap holds
 * one group at a time, not the run's findings nor the texts they quote.
 */
async function lintPlans(
  plans: GroupPlan[],
  options: RunOptions,
  sourceRoots: Map<string, string>,
  threads: number,
  total: number,
  notices: Map<string, string>,
): Promise<FileResult[]> {
  const tasks: GroupPlan[][] = [];
  for (let i = 0; i < plans.length; i += GROUPS_PER_TASK) tasks.push(plans.slice(i, i + GROUPS_PER_TASK));
  const done: PackedGroup[][] = new Array<PackedGroup[]>(tasks.length);
  const noticesOf: [string, string][][] = new Array<[string, string][]>(tasks.length);
  let next = 0;
  let filesDone = 0;
  const finished = (index: number, groups: PackedGroup[], taskNotices: [string, string][]) => {
    done[index] = groups;
    noticesOf[index] = taskNotices;
    for (const g of groups) filesDone += g.files;
    options.onProgress?.(filesDone, total);
  };
  const workerCount = Math.min(threads - 1, Math.max(0, tasks.length - 1));
  const workers = Array.from({ length: workerCount }, () => new Worker(workerUrl()!, { workerData: { config: options.config, sourceRoots, fix: options.fix ?? false } satisfies WorkerInit, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  let failure: unknown = null;
  // Each worker holds one task in hand and one queued, so it never waits while this thread is busy linting.
  const feeding = workers.map(
    (worker) =>
      new Promise<void>((resolve) => {
        const inFlight: number[] = [];
        const send = () => {
          if (next >= tasks.length || failure) return;
          inFlight.push(next);
          worker.postMessage({ plans: tasks[next++]! } satisfies WorkerTask);
        };
        worker.on("message", (reply: WorkerReply) => {
          if (!reply.ok) {
            const error = new Error(reply.message);
            if (reply.stack) error.stack = reply.stack;
            failure ??= error;
            resolve();
            return;
          }
          finished(inFlight.shift()!, reply.groups, reply.notices);
          send();
          if (inFlight.length === 0) resolve();
        });
        worker.on("error", (error) => {
          failure ??= error;
          resolve();
        });
        send();
        send();
        if (inFlight.length === 0) resolve();
      }),
  );
  try {
    await loadRules(options.rules, options.config);
    const project = new ProjectFacts(sourceRoots, options.readOverride, options.config.provenance);
    const byId = new Map(options.rules.map((r) => [r.id, r]));
    const groupOptions = { config: options.config, rules: byId, project, fix: options.fix ?? false, readOverride: options.readOverride };
    while (next < tasks.length && !failure) {
      const index = next++;
      finished(index, tasks[index]!.map((plan) => packGroup(lintGroup(plan, groupOptions))), takeGitNotices());
      // Let the workers' replies in, so that they get their next task.
      if (workers.length > 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(feeding);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  if (failure) throw failure;
  // In task order, as results are, so that the run's notices do not depend on which thread was first.
  for (const list of noticesOf) for (const [key, message] of list ?? []) notices.set(key, message);
  const results: FileResult[] = [];
  done.forEach((list, i) => {
    for (const packed of list) pushAll(results, unpackGroup(packed));
    done[i] = [];
  });
  return results;
}
