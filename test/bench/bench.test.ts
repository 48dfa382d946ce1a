/**
 * The benchmark runs: at the smallest size, with short timings, it produces every figure with its target.
 * No timing is asserted here: timings belong to `npm run bench`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Figure } from "./run.js";
import { ROOT } from "../helpers.js";

describe("npm run bench --smoke", () => {
  it("produces every figure, each with a finite value and its target", { timeout: 120_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pkr-bench-test-"));
    try {
      const file = path.join(dir, "bench.json");
      const out = execFileSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "test/bench/run.ts", "--smoke", "--json", file], { cwd: ROOT, encoding: "utf8" });
      const report = JSON.parse(readFileSync(file, "utf8")) as { smoke: boolean; figures: Figure[] };
      expect(report.smoke).toBe(true);
      const names = (group: string) => report.figures.filter((f) => f.group.startsWith(group)).map((f) => f.name);
      const helpers = ["filterStatements", "filterMetrics", "countBy", "groupBy", "themeCoverage", "missionMentions", "metricSeries", "compareDelegations", "getById after indexById", "indexById"];
      expect(names("helper / hand loop")).toEqual(helpers);
      expect(names("growth from N to 2N")).toEqual(helpers);
      expect(names("validation")).toEqual(["validateDataset / bare z.array(...).parse"]);
      expect(names("cold import")).toEqual(["import of . / import of the same records as JSON"]);
      expect(names("bundles")).toEqual(["only filterStatements", "zod in the filterStatements bundle", "zod in the dataset bundle"]);
      expect(names("drafting,")).toEqual([]);
      expect(names("explorer")).toEqual(["first meeting rendered, shipped data", "first meeting rendered and a filter applied, synthetic corpus"]);
      expect(names("drafting")[0]).toMatch(/^draftMeeting, 100 speakers, 6\d,\d{3} characters \(CPU time\)$/);
      // One set of quality figures per text with hand-made records (data/ and every fixture), each a count of misses.
      const quality = report.figures.filter((f) => f.group.startsWith("drafting quality, "));
      expect(quality.length).toBeGreaterThanOrEqual(3 * 4);
      expect(quality.filter((f) => f.group === "drafting quality, data/2020-09-14-a4p").map((f) => f.unit)).toEqual(["count", "count", "count"]);
      for (const f of report.figures) {
        expect(Number.isFinite(f.value), f.name).toBe(true);
        expect(Number.isFinite(f.target), f.name).toBe(true);
      }
      // The table on stdout shows each figure beside its target.
      expect(out).toMatch(/validateDataset \/ bare z\.array\(\.\.\.\)\.parse +\d+\.\d\d× +≤ 3×/);
      // Bundles are sizes, not timings: the zod checks hold at any size.
      expect(report.figures.filter((f) => f.unit === "yes/no").map((f) => f.value)).toEqual([0, 0]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
