import { describe, expect, it } from "vitest";
import { fold } from "../../../src/typography.js";
import { realData } from "../../helpers.js";
import { byId, problemsOf, type Rec } from "./corrupt.js";

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

describe("rule spans-match-source, in detail", () => {
  it("says where the quote stands when the offsets miss it", () => {
    let span: Rec = {};
    const problems = problemsOf("spans-match-source", (d) => {
      span = byId(d, "delegations", "ZAF").evidence;
      span.start += 1;
      span.end += 1;
    });
    expect(problems).toEqual([
      { collection: "delegations", id: "ZAF", path: ["evidence"], message: `offsets ${span.start}..${span.end} do not hold the quote, which stands at ${span.start - 1}..${span.end - 1}`, rule: "spans-match-source" },
    ]);
  });

  it("says where a quote that differs only in typography stands", () => {
    let start = 0;
    const problems = problemsOf("spans-match-source", (d) => {
      const metric = byId(d, "metrics", "2020-09-14-a4p-women-military-professional-posts-hq");
      start = metric.evidence.start;
      metric.evidence.quote = metric.evidence.quote.replace(/\u00a0/g, " ");
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: ["evidence"],
        message: `quote differs from the source in typography (no-break spaces, curly quotes, hyphens and dashes) at ${start}: copy the exact characters`,
      }),
    ]);
  });

  it("quotes the words it cannot find, cut to a readable length", () => {
    const problems = problemsOf("spans-match-source", (d) => {
      byId(d, "statements", "2020-09-14-a4p-01").paragraphs[0].quote = "Nowhere in the text.";
    });
    expect(problems).toEqual([
      { collection: "statements", id: "2020-09-14-a4p-01", path: ["paragraphs", 0], message: "quote not found in source 'press-release-2020-09-14': \"Nowhere in the text.\"", rule: "spans-match-source" },
    ]);
  });

  it("reports a span citing an unknown source with its exact words", () => {
    const problems = problemsOf("spans-match-source", (d) => {
      byId(d, "statements", "2020-09-14-a4p-01").paragraphs[0].source = "no-such-source";
    });
    expect(problems).toEqual([
      { collection: "statements", id: "2020-09-14-a4p-01", path: ["paragraphs", 0], message: "span cites unknown source 'no-such-source'", rule: "spans-match-source" },
    ]);
  });

  it("leaves a span without a source, offsets or quote to the schema", () => {
    const problems = problemsOf("spans-match-source", (d) => {
      const s = byId(d, "statements", "2020-09-14-a4p-01");
      delete s.paragraphs[0].quote;
      s.themes[0].evidence.start = "0";
      s.themes[1].evidence.end = null;
      s.speaker.evidence.source = 3;
    });
    expect(problems).toEqual([]);
  });

  it("leaves the spans of a source without its text to source-texts", () => {
    const problems = problemsOf("spans-match-source", (d, texts) => {
      byId(d, "statements", "2020-09-14-a4p-01").paragraphs[0].quote = "Nowhere in the text.";
      texts.delete("press-release-2020-09-14");
    });
    expect(problems).toEqual([]);
  });

  it("finds a quote at the very start of the text", () => {
    const text = realData().sourceTexts.get("press-release-2020-09-14")!;
    const problems = problemsOf("spans-match-source", (d) => {
      Object.assign(byId(d, "delegations", "ZAF").evidence, { start: 1, end: 21, quote: text.slice(0, 20) });
    });
    expect(problems).toEqual([expect.objectContaining({ id: "ZAF", message: "offsets 1..21 do not hold the quote, which stands at 0..20" })]);
  });

  it("finds a quote that differs only in typography at the very start of the text", () => {
    const text = realData().sourceTexts.get("press-release-2020-09-14")!;
    const end = text.search(/[\u00a0\u2019\u201c\u2011]/) + 1;
    const problems = problemsOf("spans-match-source", (d) => {
      Object.assign(byId(d, "delegations", "ZAF").evidence, { start: 0, end, quote: fold(text.slice(0, end)) });
    });
    expect(end).toBeGreaterThan(0);
    expect(problems).toEqual([expect.objectContaining({ id: "ZAF", message: "quote differs from the source in typography (no-break spaces, curly quotes, hyphens and dashes) at 0: copy the exact characters" })]);
  });

  it("checks the spans of every collection that has them", () => {
    /** Changes the quote of the first span found in a record; false when it holds none. */
    const breakFirstQuote = (v: unknown): boolean => {
      if (v === null || typeof v !== "object") return false;
      if (typeof (v as Rec).quote !== "string") return Object.values(v).some(breakFirstQuote);
      (v as Rec).quote = "Nowhere in the text.";
      return true;
    };
    const problems = problemsOf("spans-match-source", (d) => {
      for (const name of ["meetings", "delegations", "statements", "missions", "metrics"]) {
        expect(breakFirstQuote(d[name]!.find((r) => JSON.stringify(r).includes('"quote"')))).toBe(true);
      }
    });
    expect(problems.map((p) => p.collection)).toEqual(["meetings", "delegations", "statements", "missions", "metrics"]);
  });
});
