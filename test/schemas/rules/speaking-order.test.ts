import { describe, expect, it } from "vitest";
import { byId, problemsOf } from "./corrupt.js";

describe("rule speaking-order", () => {
  it("reports a gap in a meeting's speaking order", () => {
    const problems = problemsOf("speaking-order", (d) => {
      byId(d, "statements", "2020-09-14-a4p-13").order = 14;
    });
    expect(problems).toEqual([
      {
        collection: "statements",
        id: "2020-09-14-a4p-13",
        path: ["order"],
        message: "speaking order 14 in meeting '2020-09-14-a4p' should be 13: orders must run 1..n without gaps or repeats",
        rule: "speaking-order",
      },
    ]);
  });

  it("reports two statements with the same order, at the second of them", () => {
    const problems = problemsOf("speaking-order", (d) => {
      byId(d, "statements", "2020-09-14-a4p-05").order = 4;
    });
    expect(problems).toEqual([
      {
        collection: "statements",
        id: "2020-09-14-a4p-05",
        path: ["order"],
        message: "speaking order 4 in meeting '2020-09-14-a4p' should be 5: orders must run 1..n without gaps or repeats",
        rule: "speaking-order",
      },
    ]);
  });

  it("reports a repeat of the last order, which leaves no gap behind it", () => {
    const problems = problemsOf("speaking-order", (d) => {
      byId(d, "statements", "2020-09-14-a4p-13").order = 12;
    });
    expect(problems).toEqual([
      expect.objectContaining({ id: "2020-09-14-a4p-13", path: ["order"], message: expect.stringMatching(/^speaking order 12 in meeting '2020-09-14-a4p' should be 13: /) }),
    ]);
  });

  it("counts each meeting on its own", () => {
    const problems = problemsOf("speaking-order", (d) => {
      const meeting = { ...byId(d, "meetings", "2020-09-14-a4p"), id: "2020-09-15-other" };
      d.meetings!.push(meeting);
      const s = byId(d, "statements", "2020-09-14-a4p-01");
      d.statements!.push({ ...s, id: "2020-09-15-other-01", meeting: "2020-09-15-other", order: 1 });
    });
    expect(problems).toEqual([]);
  });
});

describe("rule speaking-order, on records that fail their schema", () => {
  it("leaves an order that is not a number, and a statement without a meeting, to the schema", () => {
    const problems = problemsOf("speaking-order", (d) => {
      byId(d, "statements", "2020-09-14-a4p-13").order = "13";
      const s = byId(d, "statements", "2020-09-14-a4p-12");
      delete s.meeting;
      s.order = 5;
    });
    expect(problems).toEqual([]);
  });

  it("reads the orders as numbers, in whatever order the records come", () => {
    const problems = problemsOf("speaking-order", (d) => {
      byId(d, "statements", "2020-09-14-a4p-02").order = 13;
      byId(d, "statements", "2020-09-14-a4p-13").order = 2;
    });
    expect(problems).toEqual([]);
  });
});
