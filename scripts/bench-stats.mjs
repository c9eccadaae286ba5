// Preloaded into a benchmarked process (node --import): writes its peak RSS and CPU time to LOCLINT_BENCH_STATS at exit.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.LOCLINT_BENCH_STATS;
  if (!file) return;
  const u = process.resourceUsage();
  writeFileSync(file, JSON.stringify({ maxRssKb: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000 }));
});
