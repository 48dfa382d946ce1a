import { describe, expect, it } from "vitest";
import { validateDataset, type Problem } from "../../../src/schemas/index.js";
import { realData } from "../../helpers.js";
import { byId, first, MEETING, problemsOf, type Rec } from "./corrupt.js";

const RULE = "statement-capacity-matches-council";

/** The problems about the meeting and its statements (other meetings added to the data have problems of their own here). */
const ofMeeting = (problems: readonly Problem[]) => problems.filter((p) => p.id === MEETING || p.id?.startsWith(`${MEETING}-`));

/** A statement of the meeting by a state, in the given capacity. */
const byState = (d: Record<string, Rec[]>, capacity: string) =>
  first(d, "statements", (s) => s.capacity === capacity && byId(d, "delegations", s.speaker.delegation).kind === "member-state");

describe(`rule ${RULE}`, () => {
  it("the seed's statements by states agree with the council terms", () => {
    expect(problemsOf(RULE, () => {})).toEqual([]);
  });

  it("reports an elected member given the capacity of a permanent one", () => {
    let id = "";
    const problems = problemsOf(RULE, (d) => {
      const s = byState(d, "elected-member");
      s.capacity = "permanent-member";
      id = s.id;
    });
    const state = byId(realData().input as Record<string, Rec[]>, "statements", id).speaker.delegation;
    expect(problems).toEqual([
      { collection: "statements", id, path: ["capacity"], message: `${state} was an elected member on 2020-09-14 (councilTerms), so its capacity is 'elected-member', not 'permanent-member'`, rule: RULE },
    ]);
  });

  it("reports a permanent member given the capacity of a state without a seat", () => {
    const problems = problemsOf(RULE, (d) => {
      byState(d, "permanent-member").capacity = "invited-under-rule-37";
    });
    expect(problems).toEqual([expect.objectContaining({ path: ["capacity"], message: expect.stringMatching(/^[A-Z]{3} was a permanent member on 2020-09-14 \(councilTerms\), so its capacity is 'permanent-member', not 'invited-under-rule-37'$/) })]);
  });

  it("reports a member whose term the council terms do not hold", () => {
    let id = "";
    const problems = ofMeeting(problemsOf(RULE, (d) => {
      const s = byState(d, "elected-member");
      id = s.id;
      d.councilTerms = d.councilTerms!.filter((t) => !(t.state === s.speaker.delegation && t.from <= "2020-09-14" && "2020-09-14" <= t.to));
    }));
    expect(problems).toEqual([
      {
        collection: "statements",
        id,
        path: ["capacity"],
        message: expect.stringMatching(
          /^[A-Z]{3} held no seat on the Council on 2020-09-14 \(councilTerms\), so its capacity is one of non-member, invited-under-rule-37, invited-under-rule-39, observer-state, not 'elected-member'$/,
        ),
        rule: RULE,
      },
    ]);
  });

  it.each(["non-member", "invited-under-rule-37", "invited-under-rule-39", "observer-state"])("lets a state without a seat speak as %s", (capacity) => {
    const problems = ofMeeting(problemsOf(RULE, (d) => {
      const s = byState(d, "elected-member");
      d.councilTerms = d.councilTerms!.filter((t) => t.state !== s.speaker.delegation);
      s.capacity = capacity;
    }));
    expect(problems).toEqual([]);
  });

  it("reports a state without a seat in a capacity no state has", () => {
    const problems = ofMeeting(problemsOf(RULE, (d) => {
      const s = byState(d, "elected-member");
      d.councilTerms = d.councilTerms!.filter((t) => t.state !== s.speaker.delegation);
      s.capacity = "un-official";
    }));
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/, not 'un-official'$/)]);
  });

  it("checks only statements by states: a UN official or an organization is left alone", () => {
    const problems = problemsOf(RULE, (d) => {
      first(d, "statements", (s) => s.role === "briefer").capacity = "permanent-member";
    });
    expect(problems).toEqual([]);
  });

  it("reads the meeting's date: a meeting moved into another Council's year is checked against that year", () => {
    const problems = problemsOf(RULE, (d) => {
      byId(d, "meetings", MEETING).date = "2019-09-13";
    });
    // Of the states that speak, Estonia and Viet Nam took their seats only in 2020 (Niger, Tunisia and Saint Vincent
    // and the Grenadines are spoken for, and have no statement of their own).
    expect(problems.map((p) => p.message.slice(0, 3)).sort()).toEqual(["EST", "VNM"]);
  });

  it("reports once per meeting a date the council terms do not cover, instead of passing", () => {
    const problems = ofMeeting(problemsOf(RULE, (d) => {
      d.councilTerms = [];
    }));
    expect(problems).toEqual([
      {
        collection: "meetings",
        id: MEETING,
        path: ["date"],
        message: "the capacities of the states that speak cannot be checked: 2020-09-14 is not covered: the council terms hold no elected term; add the council terms that cover it",
        rule: RULE,
      },
    ]);
  });

  it("reports a meeting in a year whose terms the table does not hold", () => {
    const problems = ofMeeting(problemsOf(RULE, (d) => {
      d.councilTerms = d.councilTerms!.filter((t) => t.from < "2020-01-01");
    }));
    expect(problems).toEqual([
      expect.objectContaining({ collection: "meetings", id: MEETING, message: expect.stringContaining("2020-09-14 is in 2020, a year the membership table does not cover (it holds the terms that began in 1946–2019)") }),
    ]);
  });

  it("reports a dataset written before councilTerms existed once, as uncovered, not as a missing collection", () => {
    const { input, sourceTexts } = realData();
    const { councilTerms: _omitted, ...before } = input;
    const result = validateDataset(before, sourceTexts);
    const problems = result.ok ? [] : result.problems;
    // One per meeting with statements by states, and nothing else.
    const states = new Set((input.delegations as Rec[]).filter((d) => d.kind === "member-state" || d.kind === "observer-state").map((d) => d.id));
    const meetings = new Set((input.statements as Rec[]).filter((s) => states.has(s.speaker.delegation)).map((s) => s.meeting));
    expect(problems.map((p) => [p.rule, p.collection, p.path.join(".")])).toEqual([...meetings].map(() => [RULE, "meetings", "date"]));
    expect(problems.map((p) => p.id).sort()).toEqual([...meetings].sort());
  });
});

describe(`rule ${RULE}, on records that fail their schema`, () => {
  it("reads the terms that are well formed and leaves the others to the schema", () => {
    const problems = problemsOf(RULE, (d) => {
      d.councilTerms!.push({ id: "elected-XXX-2020", seat: "elected", state: "EST", from: "2020-02-30", to: "2021-12-31" });
      d.councilTerms!.push({ id: "bad", seat: "honorary", state: "ZZZ", from: "2020-01-01", to: null });
      d.councilTerms!.push(null as unknown as Rec);
    });
    expect(problems).toEqual([]);
  });

  // Each bad term below is an elected one of 2030, the year the meeting is moved to: read, it would make the table
  // cover 2030 and the states' capacities be checked there; left out, the meeting's date stays uncovered.
  it.each<[string, Rec]>([
    ["a state that is not a string", { state: 5 }],
    ["a first day that is not a day of the calendar", { from: "2030-02-30" }],
    ["a last day that is not a day of the calendar", { to: "2031-02-30" }],
    ["a last day that is not a string", { to: 20311231 }],
    ["a first day that is null", { from: null }],
    ["no last day at all", { to: undefined }],
  ])("leaves out a term with %s", (_what, bad) => {
    const problems = ofMeeting(problemsOf(RULE, (d) => {
      byId(d, "meetings", MEETING).date = "2030-06-01";
      d.councilTerms!.push({ id: "elected-EST-2030", seat: "elected", state: "EST", name: "Estonia", from: "2030-01-01", to: "2031-12-31", split: false, ...bad });
    }));
    expect(problems).toEqual([
      expect.objectContaining({ collection: "meetings", id: MEETING, path: ["date"], message: expect.stringContaining("2030-06-01 is in 2030, a year the membership table does not cover") }),
    ]);
  });

  it("reads a well-formed term of 2030 (the check above is not vacuous)", () => {
    const problems = ofMeeting(problemsOf(RULE, (d) => {
      byId(d, "meetings", MEETING).date = "2030-06-01";
      d.councilTerms!.push({ id: "elected-EST-2030", seat: "elected", state: "EST", name: "Estonia", from: "2030-01-01", to: "2031-12-31", split: false });
    }));
    expect(problems.filter((p) => p.collection === "meetings")).toEqual([]);
  });

  it.each(["14 September 2020", null])("leaves a statement whose meeting has no usable date (%j) to the schema", (date) => {
    const problems = problemsOf(RULE, (d) => {
      byId(d, "meetings", MEETING).date = date;
      d.councilTerms = [];
    });
    expect(problems).toEqual([]);
  });

  it("leaves a statement whose delegation is not a string to the schema, even when a state's record has that id", () => {
    const problems = problemsOf(RULE, (d) => {
      const s = byState(d, "elected-member");
      byId(d, "delegations", s.speaker.delegation).id = 42;
      s.speaker.delegation = 42;
    });
    expect(problems).toEqual([]);
  });

  it("leaves a statement without a capacity or speaker to the schema", () => {
    const problems = problemsOf(RULE, (d) => {
      delete byState(d, "elected-member").capacity;
      delete byState(d, "permanent-member").speaker;
    });
    expect(problems).toEqual([]);
  });
});
