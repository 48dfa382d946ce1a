import { describe, expect, it } from "vitest";
import { byId, first, MEETING, problemsOf, type Rec } from "./corrupt.js";

describe("rule spans-cite-meeting-sources", () => {
  it("reports a statement span that cites a source its meeting does not list", () => {
    const problems = problemsOf("spans-cite-meeting-sources", (d, texts) => {
      // A second source, known to the dataset but not listed by the meeting.
      const source = { ...d.sources![0], id: "other-source" };
      d.sources!.push(source);
      texts.set("other-source", texts.get(d.sources![0]!.id)!);
      first(d, "statements").themes[0].evidence.source = "other-source";
    });
    expect(problems).toEqual([
      expect.objectContaining({ collection: "statements", path: ["themes", 0, "evidence", "source"], message: "source 'other-source' is not one of meeting '2020-09-14-a4p''s sources" }),
    ]);
  });

  it("holds when the meeting lists the source", () => {
    const problems = problemsOf("spans-cite-meeting-sources", (d, texts) => {
      d.sources!.push({ ...d.sources![0], id: "other-source" });
      texts.set("other-source", texts.get(d.sources![0]!.id)!);
      byId(d, "meetings", "2020-09-14-a4p").sources.push("other-source");
      first(d, "statements").themes[0].evidence.source = "other-source";
    });
    expect(problems).toEqual([]);
  });
});

describe("rule spans-cite-meeting-sources, for every record a meeting owns", () => {
  /** Adds a second source, known to the dataset and with the same text, that the meeting does not list. */
  function otherSource(d: Record<string, Rec[]>, texts: Map<string, string>): string {
    d.sources!.push({ ...d.sources![0], id: "other-source" });
    texts.set("other-source", texts.get(d.sources![0]!.id)!);
    return "other-source";
  }

  it("the meeting's own spans", () => {
    const problems = problemsOf("spans-cite-meeting-sources", (d, texts) => {
      byId(d, "meetings", MEETING).evidence[1].span.source = otherSource(d, texts);
    });
    expect(problems).toEqual([
      { collection: "meetings", id: MEETING, path: ["evidence", 1, "span", "source"], message: `source 'other-source' is not one of meeting '${MEETING}''s sources`, rule: "spans-cite-meeting-sources" },
    ]);
  });

  it("a metric's spans, its target's included", () => {
    const problems = problemsOf("spans-cite-meeting-sources", (d, texts) => {
      byId(d, "metrics", "2020-09-14-a4p-women-military-professional-posts-hq").target.evidence.source = otherSource(d, texts);
    });
    expect(problems).toEqual([expect.objectContaining({ collection: "metrics", id: "2020-09-14-a4p-women-military-professional-posts-hq", path: ["target", "evidence", "source"] })]);
  });

  it("leaves an unknown source to spans-match-source, and records of an unknown meeting to references-resolve", () => {
    const problems = problemsOf("spans-cite-meeting-sources", (d, texts) => {
      first(d, "statements").themes[0].evidence.source = "no-such-source";
      const s = byId(d, "statements", "2020-09-14-a4p-05");
      s.meeting = "no-such-meeting";
      s.paragraphs[0].source = otherSource(d, texts);
    });
    expect(problems).toEqual([]);
  });

  it("checks no record of a meeting whose sources are not a list", () => {
    const problems = problemsOf("spans-cite-meeting-sources", (d, texts) => {
      byId(d, "meetings", MEETING).sources = "press-release-2020-09-14";
      first(d, "statements").themes[0].evidence.source = otherSource(d, texts);
    });
    expect(problems).toEqual([]);
  });
});
