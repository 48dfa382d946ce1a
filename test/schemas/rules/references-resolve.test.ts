import { describe, expect, it } from "vitest";
import { byId, first, MEETING, problemsOf, type Rec } from "./corrupt.js";

describe("rule references-resolve", () => {
  it("reports an unknown delegation at the exact path", () => {
    const problems = problemsOf("references-resolve", (d) => {
      byId(d, "statements", "2020-09-14-a4p-04").speaker.delegation = "VIETNAM";
    });
    expect(problems).toEqual([
      { collection: "statements", id: "2020-09-14-a4p-04", path: ["speaker", "delegation"], message: "unknown delegations id 'VIETNAM'", rule: "references-resolve" },
    ]);
  });

  it("reports an unknown id inside a list, with the element's index", () => {
    const problems = problemsOf("references-resolve", (d) => {
      byId(d, "statements", "2020-09-14-a4p-02").onBehalfOf[1] = "NOWHERE";
    });
    expect(problems).toEqual([expect.objectContaining({ path: ["onBehalfOf", 1], message: "unknown delegations id 'NOWHERE'" })]);
  });

  it("checks the references the new meeting fields make: presidency and adopted documents", () => {
    const problems = problemsOf("references-resolve", (d) => {
      const meeting = byId(d, "meetings", "2020-09-14-a4p");
      meeting.president = { delegation: "ATLANTIS", name: null, title: null, evidence: meeting.evidence[0].span };
      meeting.outcomes = [{ kind: "presidential-statement", citation: { kind: "document-symbol", symbol: "S/PRST/2099/1" }, document: "no-such-document", evidence: [] }];
    });
    expect(problems.map((p) => [p.path.join("."), p.message])).toEqual([
      ["president.delegation", "unknown delegations id 'ATLANTIS'"],
      ["outcomes.0.document", "unknown documents id 'no-such-document'"],
    ]);
  });

  it("reports a mission's unknown predecessor or successor", () => {
    const problems = problemsOf("references-resolve", (d) => {
      byId(d, "missions", "MONUSCO").predecessor = "MONUC-II";
      byId(d, "missions", "MINUSTAH").successor = "BINUH";
    });
    expect(problems).toEqual([
      { collection: "missions", id: "MINUSTAH", path: ["successor"], message: "unknown missions id 'BINUH'", rule: "references-resolve" },
      { collection: "missions", id: "MONUSCO", path: ["predecessor"], message: "unknown missions id 'MONUC-II'", rule: "references-resolve" },
    ]);
  });

  it("reports a metric's unknown statement and subject", () => {
    const problems = problemsOf("references-resolve", (d) => {
      const m = first(d, "metrics", (x) => x.statement !== null);
      m.statement = "2020-09-14-a4p-99";
      m.subject = "nothing";
    });
    expect(problems.map((p) => p.path.join("."))).toEqual(["statement", "subject"]);
  });
});

/** A meeting outcome that names every kind of reference an outcome can make. */
function resolutionOutcome(meeting: Rec): Rec {
  return {
    kind: "resolution",
    citation: { kind: "document-symbol", symbol: "S/RES/2538 (2020)" },
    document: "S-RES-2538-2020",
    vote: { inFavour: ["ZAF", "DEU"], against: ["CHN"], abstaining: ["RUS"] },
    evidence: [meeting.evidence[0].span],
  };
}

/** A change that gives the meeting that outcome, then changes the outcome. */
const withOutcome = (change: (outcome: Rec) => void) => (meeting: Rec) => {
  meeting.outcomes = [resolutionOutcome(meeting)];
  change(meeting.outcomes[0]);
};

/** [the reference, its collection, the record, a change that points it at 'NOWHERE', the path reported, the collection it points into] */
const references: Array<[string, string, string, (r: Rec) => void, Array<string | number>, string]> = [
  ["a meeting's source", "meetings", MEETING, (r) => r.sources.push("NOWHERE"), ["sources", 1], "sources"],
  ["a briefer's delegation", "meetings", MEETING, (r) => (r.briefers[0].delegation = "NOWHERE"), ["briefers", 0, "delegation"], "delegations"],
  ["a vote in favour", "meetings", MEETING, withOutcome((o) => (o.vote.inFavour[1] = "NOWHERE")), ["outcomes", 0, "vote", "inFavour", 1], "delegations"],
  ["a vote against", "meetings", MEETING, withOutcome((o) => (o.vote.against[0] = "NOWHERE")), ["outcomes", 0, "vote", "against", 0], "delegations"],
  ["an abstention", "meetings", MEETING, withOutcome((o) => (o.vote.abstaining[0] = "NOWHERE")), ["outcomes", 0, "vote", "abstaining", 0], "delegations"],
  ["a resolution's document", "meetings", MEETING, withOutcome((o) => (o.document = "NOWHERE")), ["outcomes", 0, "document"], "documents"],
  ["a statement's meeting", "statements", "2020-09-14-a4p-05", (r) => (r.meeting = "NOWHERE"), ["meeting"], "meetings"],
  ["a statement's theme", "statements", "2020-09-14-a4p-05", (r) => (r.themes[2].theme = "NOWHERE"), ["themes", 2, "theme"], "themes"],
  ["a statement's mission", "statements", "2020-09-14-a4p-07", (r) => (r.missions[1].mission = "NOWHERE"), ["missions", 1, "mission"], "missions"],
  ["a statement's document", "statements", "2020-09-14-a4p-03", (r) => (r.documents[1].document = "NOWHERE"), ["documents", 1, "document"], "documents"],
  ["a metric's meeting", "metrics", "2020-09-14-a4p-signatory-states", (r) => (r.meeting = "NOWHERE"), ["meeting"], "meetings"],
  ["a metric's scope mission", "metrics", "2020-09-14-a4p-indonesia-rotation-september-2020", (r) => (r.scope.missions[1] = "NOWHERE"), ["scope", "missions", 1], "missions"],
  ["a metric's scope delegation", "metrics", "2020-09-14-a4p-indonesia-rotation-september-2020", (r) => (r.scope.delegation = "NOWHERE"), ["scope", "delegation"], "delegations"],
];

describe("rule references-resolve, at every reference the schemas make", () => {
  it.each(references)("%s", (_name, collection, id, corrupt, path, target) => {
    const problems = problemsOf("references-resolve", (d) => corrupt(byId(d, collection, id)));
    expect(problems).toEqual([{ collection, id, path, message: `unknown ${target} id 'NOWHERE'`, rule: "references-resolve" }]);
  });

  it("holds for an outcome whose every reference resolves", () => {
    expect(problemsOf("references-resolve", (d) => (byId(d, "meetings", MEETING).outcomes = [resolutionOutcome(byId(d, "meetings", MEETING))]))).toEqual([]);
  });

  it("leaves a reference that is not a string, and a list that is not an array, to the schema", () => {
    const problems = problemsOf("references-resolve", (d) => {
      byId(d, "statements", "2020-09-14-a4p-05").meeting = 7;
      byId(d, "metrics", "2020-09-14-a4p-signatory-states").scope = null;
      byId(d, "statements", "2020-09-14-a4p-06").themes = "politics";
      byId(d, "statements", "2020-09-14-a4p-02").onBehalfOf = "NER";
    });
    expect(problems).toEqual([]);
  });

  it("knows ids of the right collection only: a theme's id is not a delegation", () => {
    const problems = problemsOf("references-resolve", (d) => {
      byId(d, "statements", "2020-09-14-a4p-05").speaker.delegation = "politics";
    });
    expect(problems).toEqual([expect.objectContaining({ path: ["speaker", "delegation"], message: "unknown delegations id 'politics'" })]);
  });
});
