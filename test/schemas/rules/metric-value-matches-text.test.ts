import { describe, expect, it } from "vitest";
import { byId, problemsOf } from "./corrupt.js";

describe("rule metric-value-matches-text", () => {
  it("reports a value its words do not say", () => {
    const problems = problemsOf("metric-value-matches-text", (d) => {
      byId(d, "metrics", "2020-09-14-a4p-budget-2019-2020").value = 6_600_000;
    });
    expect(problems).toEqual([
      {
        collection: "metrics",
        id: "2020-09-14-a4p-budget-2019-2020",
        path: ["value"],
        message: "value 6600000 differs from 6600000000, which its text '$6.6\u00a0billion' says",
        rule: "metric-value-matches-text",
      },
    ]);
  });

  it("reports words that cannot be read in the metric's unit", () => {
    const problems = problemsOf("metric-value-matches-text", (d) => {
      byId(d, "metrics", "2020-09-14-a4p-fatalities-2017").text = "several";
    });
    expect(problems).toEqual([expect.objectContaining({ path: ["text"], message: "number text 'several' cannot be read as a value in unit 'count'" })]);
  });

  it("checks a target's value too", () => {
    const problems = problemsOf("metric-value-matches-text", (d) => {
      byId(d, "metrics", "2020-09-14-a4p-women-military-professional-posts-hq").target.value += 1;
    });
    expect(problems.map((p) => p.path.join("."))).toEqual(["target.value"]);
  });
});
