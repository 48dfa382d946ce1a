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

describe("rule statement-evidence-in-paragraphs, in detail", () => {
  it("names the evidence's source and offsets", () => {
    let span: Rec = {};
    const problems = problemsOf("statement-evidence-in-paragraphs", (d) => {
      span = borrow(byId(d, "statements", "2020-09-14-a4p-03"));
      byId(d, "statements", "2020-09-14-a4p-02").speaker.evidence = span;
    });
    expect(problems).toEqual([
      {
        collection: "statements",
        id: "2020-09-14-a4p-02",
        path: ["speaker", "evidence"],
        message: `evidence ${span.source} ${span.start}..${span.end} lies outside the statement's paragraphs`,
        rule: "statement-evidence-in-paragraphs",
      },
    ]);
  });

  it("needs the evidence in the same source as the paragraph, not only at the same offsets", () => {
    const problems = problemsOf("statement-evidence-in-paragraphs", (d) => {
      const s = byId(d, "statements", "2020-09-14-a4p-03");
      s.themes[0].evidence = { ...s.paragraphs[0], source: "other-source" };
    });
    expect(problems.map((p) => p.path.join("."))).toEqual(["themes.0.evidence"]);
  });

  it("reports evidence that starts one character before its paragraph", () => {
    const problems = problemsOf("statement-evidence-in-paragraphs", (d) => {
      const s = byId(d, "statements", "2020-09-14-a4p-03");
      const p = s.paragraphs[0];
      s.themes[0].evidence = { ...p, start: p.start - 1 };
    });
    expect(problems.map((p) => p.path.join("."))).toEqual(["themes.0.evidence"]);
  });

  it("accepts evidence in any of the statement's paragraphs, not only the first", () => {
    const problems = problemsOf("statement-evidence-in-paragraphs", (d) => {
      const s = byId(d, "statements", "2020-09-14-a4p-03");
      s.paragraphs.push(borrow(byId(d, "statements", "2020-09-14-a4p-04")));
      s.themes[0].evidence = borrow(byId(d, "statements", "2020-09-14-a4p-04"));
    });
    expect(problems).toEqual([]);
  });

  it("leaves a statement without usable paragraphs, and evidence without a place, to the schema", () => {
    const problems = problemsOf("statement-evidence-in-paragraphs", (d) => {
      const a = byId(d, "statements", "2020-09-14-a4p-03");
      a.paragraphs = [{ ...a.paragraphs[0], start: null }];
      a.themes[0].evidence = borrow(byId(d, "statements", "2020-09-14-a4p-04"));
      const b = byId(d, "statements", "2020-09-14-a4p-05");
      b.themes[0].evidence = { ...borrow(byId(d, "statements", "2020-09-14-a4p-04")), end: "9" };
      b.themes[1].evidence = { ...borrow(byId(d, "statements", "2020-09-14-a4p-04")), source: 3 };
    });
    expect(problems).toEqual([]);
  });

  it("leaves a statement whose paragraphs are missing altogether to the schema", () => {
    const problems = problemsOf("statement-evidence-in-paragraphs", (d) => {
      const a = byId(d, "statements", "2020-09-14-a4p-03");
      delete a.paragraphs;
      a.themes[0].evidence = borrow(byId(d, "statements", "2020-09-14-a4p-04"));
    });
    expect(problems).toEqual([]);
  });
});
