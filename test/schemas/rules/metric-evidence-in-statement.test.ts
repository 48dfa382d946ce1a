import { describe, expect, it } from "vitest";
import { byId, problemsOf, type Rec } from "./corrupt.js";

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

describe("rule metric-evidence-in-statement, in detail", () => {
  it("names the evidence's source and offsets", () => {
    let evidence: Rec = {};
    const problems = problemsOf("metric-evidence-in-statement", (d) => {
      const m = byId(d, "metrics", "2020-09-14-a4p-budget-2019-2020");
      m.statement = "2020-09-14-a4p-05";
      evidence = m.evidence;
    });
    expect(problems).toEqual([
      {
        collection: "metrics",
        id: "2020-09-14-a4p-budget-2019-2020",
        path: ["evidence"],
        message: `evidence ${evidence.source} ${evidence.start}..${evidence.end} lies outside the paragraphs of statement '2020-09-14-a4p-05'`,
        rule: "metric-evidence-in-statement",
      },
    ]);
  });

  it("leaves to other rules a metric whose statement is unknown or has no paragraphs, or whose evidence has no place", () => {
    const problems = problemsOf("metric-evidence-in-statement", (d) => {
      byId(d, "metrics", "2020-09-14-a4p-budget-2019-2020").statement = "2020-09-14-a4p-99";
      byId(d, "statements", "2020-09-14-a4p-07").paragraphs = [];
      delete byId(d, "metrics", "2020-09-14-a4p-ongoing-missions").evidence.start;
      byId(d, "metrics", "2020-09-14-a4p-ongoing-missions").statement = "2020-09-14-a4p-05";
    });
    expect(problems).toEqual([]);
  });
});
