import { describe, expect, it } from "vitest";
import { byId, problemsOf } from "./corrupt.js";

describe("rule metric-evidence-in-statement", () => {
  it("reports a metric attributed to a statement whose paragraphs do not hold its words", () => {
    const problems = problemsOf("metric-evidence-in-statement", (d) => {
      byId(d, "metrics", "2020-09-14-a4p-budget-2019-2020").statement = "2020-09-14-a4p-05";
    });
    expect(problems).toEqual([
      expect.objectContaining({ collection: "metrics", id: "2020-09-14-a4p-budget-2019-2020", path: ["evidence"], message: expect.stringMatching(/lies outside the paragraphs of statement '2020-09-14-a4p-05'$/) }),
    ]);
  });

  it("leaves alone a number the source states in its own voice", () => {
    const problems = problemsOf("metric-evidence-in-statement", (d) => {
      byId(d, "metrics", "2020-09-14-a4p-budget-2019-2020").statement = null;
    });
    expect(problems).toEqual([]);
  });
});
