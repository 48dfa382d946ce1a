import { describe, expect, it } from "vitest";
import { realData } from "../../helpers.js";
import { byId, problemsOf } from "./corrupt.js";

describe("rule metric-unit-matches-subject", () => {
  it("reports a metric whose unit is not its subject's", () => {
    const problems = problemsOf("metric-unit-matches-subject", (d) => {
      const m = byId(d, "metrics", "2020-09-14-a4p-fatalities-2017");
      m.unit = "percent";
    });
    expect(problems).toEqual([
      { collection: "metrics", id: "2020-09-14-a4p-fatalities-2017", path: ["unit"], message: "unit 'percent' differs from its subject's unit 'count'", rule: "metric-unit-matches-subject" },
    ]);
  });

  it("reports every metric of a subject whose unit changed", () => {
    const problems = problemsOf("metric-unit-matches-subject", (d) => {
      byId(d, "subjects", "peacekeeper-fatalities-acts-of-violence").unit = "percent";
    });
    const expected = realCount((m) => m.subject === "peacekeeper-fatalities-acts-of-violence");
    expect(problems).toHaveLength(expected);
  });
});

/** How many metrics of the real data pass a test. */
function realCount(test: (m: Record<string, unknown>) => boolean): number {
  return (realData().input.metrics as Array<Record<string, unknown>>).filter(test).length;
}
