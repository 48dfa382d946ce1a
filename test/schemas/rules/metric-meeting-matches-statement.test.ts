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
