import { describe, expect, it } from "vitest";
import { byId, problemsOf } from "./corrupt.js";

describe("rule metric-words-in-evidence", () => {
  it("reports number words that are not in the quote", () => {
    const problems = problemsOf("metric-words-in-evidence", (d) => {
      byId(d, "metrics", "2020-09-14-a4p-fatalities-2017").text = "5,000";
    });
    expect(problems).toEqual([
      { collection: "metrics", id: "2020-09-14-a4p-fatalities-2017", path: ["text"], message: "number text '5,000' does not occur in its evidence quote", rule: "metric-words-in-evidence" },
    ]);
  });

  it("reports qualifier words and period words that are not in the quote", () => {
    const problems = problemsOf("metric-words-in-evidence", (d) => {
      const m = byId(d, "metrics", "2020-09-14-a4p-peacekeepers-deployed-since-1948");
      m.qualifierText = "well over";
      m.period.text = "since 1945";
    });
    expect(problems.map((p) => p.path.join("."))).toEqual(["qualifierText", "period.text"]);
  });

  it("checks a target's words against the target's own quote", () => {
    const problems = problemsOf("metric-words-in-evidence", (d) => {
      byId(d, "metrics", "2020-09-14-a4p-women-military-professional-posts-hq").target.text = "99 per cent";
    });
    expect(problems.map((p) => p.path.join("."))).toEqual(["target.text"]);
  });
});
