import { describe, expect, it } from "vitest";
import { byId, problemsOf, type Rec } from "./corrupt.js";

/** A valid span of another statement: it matches the source, but lies outside the statement it is put in. */
function borrow(from: Rec): Rec {
  return { ...from.paragraphs[0] };
}

describe("rule statement-evidence-in-paragraphs", () => {
  it.each([
    ["speaker", (s: Rec, span: Rec) => (s.speaker.evidence = span), "speaker.evidence"],
    ["theme", (s: Rec, span: Rec) => (s.themes[0].evidence = span), "themes.0.evidence"],
    ["document", (s: Rec, span: Rec) => (s.documents[0].evidence = span), "documents.0.evidence"],
    ["on-behalf-of", (s: Rec, span: Rec) => (s.onBehalfOfEvidence = span), "onBehalfOfEvidence"],
  ] as const)("reports %s evidence outside the statement's paragraphs", (_name, put, path) => {
    const problems = problemsOf("statement-evidence-in-paragraphs", (d) => {
      const s = byId(d, "statements", "2020-09-14-a4p-02");
      put(s, borrow(byId(d, "statements", "2020-09-14-a4p-03")));
    });
    expect(problems).toEqual([
      expect.objectContaining({ collection: "statements", id: "2020-09-14-a4p-02", path: path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message: expect.stringMatching(/^evidence press-release-2020-09-14 \d+\.\.\d+ lies outside the statement's paragraphs$/) }),
    ]);
  });

  it("reports mission evidence outside the statement's paragraphs", () => {
    const problems = problemsOf("statement-evidence-in-paragraphs", (d) => {
      const s = byId(d, "statements", "2020-09-14-a4p-07");
      s.missions[0].evidence = borrow(byId(d, "statements", "2020-09-14-a4p-08"));
    });
    expect(problems.map((p) => p.path.join("."))).toEqual(["missions.0.evidence"]);
  });

  it("accepts evidence that is a whole paragraph, edges included", () => {
    const problems = problemsOf("statement-evidence-in-paragraphs", (d) => {
      const s = byId(d, "statements", "2020-09-14-a4p-03");
      s.themes[0].evidence = { ...s.paragraphs[0] };
    });
    expect(problems).toEqual([]);
  });

  it("reports evidence that runs one character past its paragraph", () => {
    const problems = problemsOf("statement-evidence-in-paragraphs", (d) => {
      const s = byId(d, "statements", "2020-09-14-a4p-03");
      const p = s.paragraphs[0];
      s.themes[0].evidence = { ...p, end: p.end + 1, quote: `${p.quote}\n` };
    });
    expect(problems.map((p) => p.path.join("."))).toEqual(["themes.0.evidence"]);
  });
});
