// @ts-check
/**
 * Mutation testing: `npm run test:mutation` (incremental) or `npm run test:mutation -- --force` (every mutant).
 * The report, reports/mutation/mutation.json, and the incremental file beside it are committed, so the score of the
 * code as it stands can be read without a rerun; reports/mutation/equivalent-mutants.md explains each survivor.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: "vitest",
  vitest: {
    configFile: "test/mutation/vitest.config.ts",
    // The tests import through src/index.ts, so "related" files would miss most of them.
    related: false,
  },
  plugins: ["@stryker-mutator/vitest-runner"],
  coverageAnalysis: "perTest",
  // bin.ts, authoring/cli.ts and authoring/release-cli.ts only hand process.argv and the standard streams to main(): nothing in process runs them.
  // src/explorer/page/ runs only in the browser (bundled into dist/explorer/explorer.js), which Stryker's in-process
  // vitest runner cannot run; the browser tests in test/explorer/ hold it. Its rules (filter, citation) live in
  // src/explorer/ and are mutated.
  mutate: ["src/**/*.ts", "!src/generated/**", "!src/types.ts", "!src/cli/bin.ts", "!src/authoring/cli.ts", "!src/authoring/release-cli.ts", "!src/explorer/page/**"],
  // src/generated/ and dist/ are git-ignored (the script builds them first); the code imports the one, a few tests read the other.
  ignorePatterns: ["docs/api", "coverage", "reports", "test/.examples", "!src/generated/**"],
  // A mutant of code that runs when a module loads (a schema's constraints, a table built at import) is "static":
  // Stryker can only test it by reloading every module and running the whole suite, about ten times the cost of a
  // runtime mutant. They are left out (reported as Ignored) and the schemas' load-time constraints are held by the
  // corruption tests instead; README's "Mutation testing" gives their number. Set this to false to run them too.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  reporters: ["json", "progress", "clear-text"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 85, break: null },
  concurrency: 2,
  timeoutMS: 30_000,
  cleanTempDir: "always",
};
