import { describe, expect, it } from "vitest";
import { byId, problemsOf } from "./corrupt.js";

describe("rule briefers-have-statements", () => {
  it("reports a briefer with no briefing statement at the meeting", () => {
    const problems = problemsOf("briefers-have-statements", (d) => {
      byId(d, "meetings", "2020-09-14-a4p").briefers[0].name = "Someone Else";
    });
    expect(problems).toEqual([
      { collection: "meetings", id: "2020-09-14-a4p", path: ["briefers", 0], message: "no briefing statement at this meeting has this briefer as its speaker", rule: "briefers-have-statements" },
    ]);
  });

  it("needs the statement to be a briefing, not any statement by that speaker", () => {
    const problems = problemsOf("briefers-have-statements", (d) => {
      byId(d, "statements", "2020-09-14-a4p-01").role = "invited";
    });
    expect(problems.map((p) => p.path.join("."))).toEqual(["briefers.0"]);
  });

  it("needs the briefing statement to have the briefer's delegation, not only the name", () => {
    const problems = problemsOf("briefers-have-statements", (d) => {
      byId(d, "meetings", "2020-09-14-a4p").briefers[0].delegation = "DEU";
    });
    expect(problems).toEqual([expect.objectContaining({ collection: "meetings", id: "2020-09-14-a4p", path: ["briefers", 0] })]);
  });

  it("needs the briefing statement to be at the briefer's meeting, not at another one", () => {
    const problems = problemsOf("briefers-have-statements", (d) => {
      d.meetings!.push({ ...byId(d, "meetings", "2020-09-14-a4p"), id: "2020-09-15-other", briefers: [] });
      byId(d, "statements", "2020-09-14-a4p-01").meeting = "2020-09-15-other";
    });
    expect(problems).toEqual([
      { collection: "meetings", id: "2020-09-14-a4p", path: ["briefers", 0], message: "no briefing statement at this meeting has this briefer as its speaker", rule: "briefers-have-statements" },
    ]);
  });

  it("matches a briefer named only by title (name null) to a statement whose speaker has no name", () => {
    const problems = problemsOf("briefers-have-statements", (d) => {
      byId(d, "meetings", "2020-09-14-a4p").briefers[0].name = null;
      byId(d, "statements", "2020-09-14-a4p-01").speaker.name = null;
    });
    expect(problems).toEqual([]);
  });
});

describe("rule briefers-have-statements, on records that fail their schema", () => {
  it("reports the briefer of a meeting that has no briefing statement at all", () => {
    const problems = problemsOf("briefers-have-statements", (d) => {
      d.meetings!.push({ ...byId(d, "meetings", "2020-09-14-a4p"), id: "2020-09-15-other" });
    });
    expect(problems).toEqual([expect.objectContaining({ collection: "meetings", id: "2020-09-15-other", path: ["briefers", 0] })]);
  });

  it("reports a briefer with neither name nor delegation at a meeting with no briefing statement", () => {
    const problems = problemsOf("briefers-have-statements", (d) => {
      const meeting = byId(d, "meetings", "2020-09-14-a4p");
      d.meetings!.push({ ...meeting, id: "2020-09-15-other", briefers: [{ title: meeting.briefers[0].title }] });
    });
    expect(problems).toEqual([expect.objectContaining({ collection: "meetings", id: "2020-09-15-other", path: ["briefers", 0] })]);
  });

  it("leaves briefers that are not a list to the schema", () => {
    const problems = problemsOf("briefers-have-statements", (d) => {
      byId(d, "meetings", "2020-09-14-a4p").briefers = "Jean-Pierre Lacroix";
    });
    expect(problems).toEqual([]);
  });
});
