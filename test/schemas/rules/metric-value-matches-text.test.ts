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

describe("rule metric-value-matches-text, in detail", () => {
  const TARGETED = "2020-09-14-a4p-women-military-professional-posts-hq";

  it("names a target's words it cannot read, at the target", () => {
    const problems = problemsOf("metric-value-matches-text", (d) => {
      byId(d, "metrics", TARGETED).target.text = "a fair share";
    });
    expect(problems).toEqual([
      { collection: "metrics", id: TARGETED, path: ["target", "text"], message: "number text 'a fair share' cannot be read as a value in unit 'percent'", rule: "metric-value-matches-text" },
    ]);
  });

  it("names a target's value its words do not say, with both values", () => {
    const problems = problemsOf("metric-value-matches-text", (d) => {
      byId(d, "metrics", TARGETED).target.value = 18;
    });
    expect(problems).toEqual([
      { collection: "metrics", id: TARGETED, path: ["target", "value"], message: "value 18 differs from 17, which its text '17\u00a0per\u00a0cent' says", rule: "metric-value-matches-text" },
    ]);
  });

  it("checks the value of a metric that has a target, at the metric's own path", () => {
    const problems = problemsOf("metric-value-matches-text", (d) => {
      byId(d, "metrics", TARGETED).value = 22.7;
    });
    expect(problems).toEqual([
      { collection: "metrics", id: TARGETED, path: ["value"], message: "value 22.7 differs from 22.6, which its text '22.6\u00a0per\u00a0cent' says", rule: "metric-value-matches-text" },
    ]);
  });

  it("reads the words in the metric's unit", () => {
    const problems = problemsOf("metric-value-matches-text", (d) => {
      byId(d, "metrics", "2020-09-14-a4p-fatalities-2017").unit = "usd";
    });
    expect(problems).toEqual([expect.objectContaining({ path: ["text"], message: "number text '59' cannot be read as a value in unit 'usd'" })]);
  });

  it("leaves a metric without a unit, or words that are not a string, to the schema", () => {
    const problems = problemsOf("metric-value-matches-text", (d) => {
      const unitless = byId(d, "metrics", "2020-09-14-a4p-fatalities-2017");
      delete unitless.unit;
      unitless.text = "several";
      byId(d, "metrics", TARGETED).text = 22.6;
      byId(d, "metrics", TARGETED).target.value = 18;
    });
    expect(problems.map((p) => [p.id, p.path.join(".")])).toEqual([[TARGETED, "target.value"]]);
  });
});
