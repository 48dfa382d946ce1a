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

describe("rule metric-words-in-evidence, in detail", () => {
  const QUALIFIED = "2020-09-14-a4p-peacekeepers-deployed-since-1948";
  const TARGETED = "2020-09-14-a4p-women-military-professional-posts-hq";

  it("names the qualifier and period words it cannot find", () => {
    const problems = problemsOf("metric-words-in-evidence", (d) => {
      const m = byId(d, "metrics", QUALIFIED);
      m.qualifierText = "well over";
      m.period.text = "since 1945";
    });
    expect(problems).toEqual([
      { collection: "metrics", id: QUALIFIED, path: ["qualifierText"], message: "qualifier text 'well over' does not occur in its evidence quote", rule: "metric-words-in-evidence" },
      { collection: "metrics", id: QUALIFIED, path: ["period", "text"], message: "period text 'since 1945' does not occur in its evidence quote", rule: "metric-words-in-evidence" },
    ]);
  });

  it("checks a target's qualifier words against the target's own quote", () => {
    const problems = problemsOf("metric-words-in-evidence", (d) => {
      const t = byId(d, "metrics", TARGETED).target;
      t.qualifier = "at-least";
      t.qualifierText = "at least";
    });
    expect(problems).toEqual([expect.objectContaining({ id: TARGETED, path: ["target", "qualifierText"], message: "qualifier text 'at least' does not occur in its evidence quote" })]);
  });

  it("reads the period words in the metric's quote, not the target's", () => {
    const problems = problemsOf("metric-words-in-evidence", (d) => {
      const m = byId(d, "metrics", TARGETED);
      m.target.evidence.quote = `${m.target.evidence.quote} (${m.period.text})`;
      m.evidence.quote = m.evidence.quote.replace(m.period.text, "");
    });
    expect(problems.map((p) => p.path.join("."))).toEqual(["period.text"]);
  });

  it("leaves words that are not strings, and evidence without a quote, to the schema", () => {
    const problems = problemsOf("metric-words-in-evidence", (d) => {
      const m = byId(d, "metrics", QUALIFIED);
      m.text = 1_000_000;
      m.qualifierText = null;
      m.period.text = null;
      const t = byId(d, "metrics", TARGETED);
      delete t.evidence.quote;
      t.period.text = "never said";
      t.target.text = "nowhere";
    });
    expect(problems.map((p) => [p.id, p.path.join(".")])).toEqual([[TARGETED, "target.text"]]);
  });
});
