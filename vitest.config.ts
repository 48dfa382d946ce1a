import { defineConfig } from "vitest/config";

// VITEST_JSON=<file> adds the JSON reporter, from which .ci/run takes its totals line.
const json = process.env.VITEST_JSON;

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    reporters: json ? ["default", ["json", { outputFile: json }]] : ["default"],
    testTimeout: 20_000,
    hookTimeout: 180_000,
  },
});
