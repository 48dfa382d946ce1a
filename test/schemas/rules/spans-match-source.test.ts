import { describe, expect, it } from "vitest";
import { byId, problemsOf } from "./corrupt.js";

describe("rule spans-match-source", () => {
  it("reports a quote the source does not hold", () => {
    const problems = problemsOf("spans-match-source", (d) => {
      const span = byId(d, "statements", "2020-09-14-a4p-01").paragraphs[0];
      span.quote = `${span.quote.slice(0, -1)}§`;
    });
    expect(problems).toEqual([
      expect.objectContaining({ collection: "statements", id: "2020-09-14-a4p-01", path: ["paragraphs", 0], message: expect.stringMatching(/^quote not found in source 'press-release-2020-09-14': "/) }),
    ]);
  });

  it("reports offsets that miss the quote, and says where it stands", () => {
    const problems = problemsOf("spans-match-source", (d) => {
      const span = byId(d, "delegations", "ZAF").evidence;
      span.start += 1;
      span.end += 1;
    });
    expect(problems).toEqual([expect.objectContaining({ collection: "delegations", id: "ZAF", path: ["evidence"], message: expect.stringMatching(/^offsets \d+\.\.\d+ do not hold the quote, which stands at \d+\.\.\d+$/) })]);
  });

  it("reports a quote that differs only in typography", () => {
    const problems = problemsOf("spans-match-source", (d) => {
      const metric = d.metrics!.find((m) => m.meeting === "2020-09-14-a4p" && m.evidence.quote.includes("\u00a0"))!;
      metric.evidence.quote = metric.evidence.quote.replace(/\u00a0/g, " ");
    });
    expect(problems).toEqual([expect.objectContaining({ collection: "metrics", path: ["evidence"], message: expect.stringMatching(/typography/) })]);
  });

  it("reports a span that cites an unknown source", () => {
    const problems = problemsOf("spans-match-source", (d) => {
      byId(d, "meetings", "2020-09-14-a4p").evidence[0].span.source = "no-such-source";
    });
    expect(problems).toEqual([expect.objectContaining({ collection: "meetings", path: ["evidence", 0, "span"], message: "span cites unknown source 'no-such-source'" })]);
  });

  it("finds spans at every depth the schemas define: a meeting part's evidence", () => {
    const problems = problemsOf("spans-match-source", (d) => {
      const meeting = byId(d, "meetings", "2020-09-14-a4p");
      const span = { ...meeting.evidence[0].span, quote: "not in the text" };
      meeting.parts = [{ date: meeting.date, meetingNumber: null, recordSymbol: null, evidence: [{ field: "date", span }] }];
    });
    expect(problems.map((p) => p.path.join("."))).toEqual(["parts.0.evidence.0.span"]);
  });
});
