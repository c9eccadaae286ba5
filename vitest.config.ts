import { defineConfig } from "vitest/config";

// LOCLINT_TEST_REPORT=<file> adds a JSON report that .ci/run summarises.
const report = process.env.LOCLINT_TEST_REPORT;

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: report ? ["default", ["json", { outputFile: report }]] : ["default"],
  },
});
