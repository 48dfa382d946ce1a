import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

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
      "test/docs/examples.test.ts",
      "test/docs/guides.test.ts",
      "test/data/commands.test.ts",
      "test/fixtures/pipeline.test.ts",
      "**/node_modules/**",
    ],
    // One module graph for all files: each file importing src/ and the dataset afresh would cost most of a run.
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 180_000,
  },
});
