import { describe, expect, it } from "vitest";
import { byId, first, problemsOf } from "./corrupt.js";

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

  it("reports a metric's unknown statement and subject", () => {
    const problems = problemsOf("references-resolve", (d) => {
      const m = first(d, "metrics", (x) => x.statement !== null);
      m.statement = "2020-09-14-a4p-99";
      m.subject = "nothing";
    });
    expect(problems.map((p) => p.path.join("."))).toEqual(["statement", "subject"]);
  });
});
