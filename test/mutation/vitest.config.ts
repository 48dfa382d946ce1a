import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take longest to run, last. Stryker stops a run at its first failing test, and a mutant of code that
 * runs when a module loads (a schema, a table) runs every file: the quick files, which check the real data and each
 * rule, kill most such mutants before the slow ones start.
 */
const SLOW = [
  "test/data/bad-input.test.ts",
  "test/data/build.test.ts",
  "test/data/invariants.test.ts",
  "test/helpers/properties.test.ts",
  "test/schemas/dataset.test.ts",
  "test/schemas/docs.test.ts",
  "test/schemas/json-schema.test.ts",
  "test/export/files.test.ts",
  "test/export/datapackage.test.ts",
  "test/export/parquet.test.ts",
  "test/export/parquet-files.test.ts",
  // npm pack against a local registry: about a second a run.
  "test/cli/diff-release.test.ts",
  "test/authoring/release-diff.test.ts",
  // A fake npm (a shell script) spawned for each case: a second or more a file on a busy machine.
  "test/export/release-fetch.test.ts",
  "test/authoring/release-diff-cases.test.ts",
];

class QuickFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification): number => SLOW.findIndex((slow) => f.moduleId.endsWith(slow));
    return [...files].sort((a, b) => rank(a) - rank(b) || a.moduleId.localeCompare(b.moduleId));
  }
}

/**
 * The tests Stryker runs against each mutant: the ones that exercise src/ in this process. Tests of the built
 * package (dist/, a packed tarball, other Node versions, a browser) and tests that spawn a child process cannot see
 * a mutant, which Stryker switches on inside this process, so they are left to `npm test`.
 */
export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../.."),
  test: {
    include: ["test/**/*.test.ts"],
    exclude: [
      "test/consumer/**",
      "test/package/**",
      "test/bench/**",
      "test/docs/site.test.ts",
      // The explorer as built: in a browser, and the sizes of dist/explorer.
      "test/explorer/page.test.ts",
      "test/explorer/size.test.ts",
      "test/docs/examples.test.ts",
      "test/docs/guides.test.ts",
      "test/data/commands.test.ts",
      // The check of the committed report reads reports/, which Stryker leaves out of its sandbox.
      "test/mutation/**",
      "test/fixtures/pipeline.test.ts",
      // DuckDB reads only the built Parquet files, through a native module.
      "test/export/duckdb.test.ts",
      "**/node_modules/**",
    ],
    // One module graph for all files: each file importing src/ and the dataset afresh would cost most of a run.
    isolate: false,
    setupFiles: ["test/mutation/fixed-seed.ts"],
    sequence: { sequencer: QuickFirst },
    testTimeout: 20_000,
    hookTimeout: 180_000,
  },
});
