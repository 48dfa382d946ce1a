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

describe("rule metric-unit-matches-subject, on what it cannot compare", () => {
  it("leaves a metric with an unknown subject to references-resolve", () => {
    const problems = problemsOf("metric-unit-matches-subject", (d) => {
      byId(d, "metrics", "2020-09-14-a4p-fatalities-2017").subject = "nothing";
    });
    expect(problems).toEqual([]);
  });

  it("does not match a metric without a subject to a subject without an id", () => {
    const problems = problemsOf("metric-unit-matches-subject", (d) => {
      delete d.subjects![0]!.id;
      const m = byId(d, "metrics", "2020-09-14-a4p-fatalities-2017");
      delete m.subject;
      m.unit = d.subjects![0]!.unit === "usd" ? "count" : "usd";
    });
    expect(problems).toEqual([]);
  });
});
