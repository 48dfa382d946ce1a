import { describe, expect, it } from "vitest";
import { byId, first, problemsOf } from "./corrupt.js";

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
