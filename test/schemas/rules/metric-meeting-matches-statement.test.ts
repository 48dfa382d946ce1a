import { describe, expect, it } from "vitest";
import { byId, first, problemsOf } from "./corrupt.js";

describe("rule metric-meeting-matches-statement", () => {
  it("reports a metric whose meeting is not its statement's", () => {
    let id = "";
    const problems = problemsOf("metric-meeting-matches-statement", (d) => {
      d.meetings!.push({ ...byId(d, "meetings", "2020-09-14-a4p"), id: "2020-09-15-other" });
      const m = first(d, "metrics", (x) => x.statement !== null);
      id = m.id;
      m.meeting = "2020-09-15-other";
    });
    expect(problems).toEqual([{ collection: "metrics", id, path: ["meeting"], message: expect.stringMatching(/^meeting differs from the meeting of statement '2020-09-14-a4p-\d\d'$/), rule: "metric-meeting-matches-statement" }]);
  });
});

describe("rule metric-meeting-matches-statement, on what it cannot compare", () => {
  it("leaves a metric with an unknown statement to references-resolve, and one the source states in its own voice alone", () => {
    const problems = problemsOf("metric-meeting-matches-statement", (d) => {
      const [a, b] = d.metrics!.filter((x) => x.meeting === "2020-09-14-a4p" && x.statement !== null);
      a!.statement = "2020-09-14-a4p-99";
      b!.statement = null;
    });
    expect(problems).toEqual([]);
  });

  it("does not match a metric without a statement to a statement without an id", () => {
    const problems = problemsOf("metric-meeting-matches-statement", (d) => {
      const s = byId(d, "statements", "2020-09-14-a4p-05");
      delete s.id;
      s.meeting = "2020-09-15-other";
      delete first(d, "metrics").statement;
    });
    expect(problems).toEqual([]);
  });
});
