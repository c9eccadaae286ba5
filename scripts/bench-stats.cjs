// Preloaded into a benchmarked process (node -r): writes its peak RSS and CPU time to LOCLINT_BENCH_STATS at exit.
const fs = require("node:fs");
process.on("exit", () => {
  const file = process.env.LOCLINT_BENCH_STATS;
  if (!file) return;
  const u = process.resourceUsage();
  fs.writeFileSync(file, JSON.stringify({ maxRssKb: u.maxRSS, userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000 }));
});
