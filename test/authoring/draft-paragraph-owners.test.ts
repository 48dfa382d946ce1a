/**
 * Which statement a paragraph goes to, and the review and numbers that follow from it, on short synthetic meetings
 * (synthetic test text, not from any source): reported speech before the first speaker, a list of speakers whose
 * words are not reported, a mission named in two paragraphs of one statement, places in the list of delegations
 * spoken for, numbers of headlines and of the source's own sentences; and the errors for options of the wrong shape.
 */
import { describe, expect, it } from "vitest";
import { draftMeeting } from "../../src/authoring/index.js";
import { edgeReference } from "./draft-cases.js";

const OPTIONS = { source: "synthetic", meeting: "2020-09-14-synthetic", date: "2020-09-14" };
const draft = (paragraphs: readonly string[]) => draftMeeting(paragraphs.join("\n\n"), OPTIONS);
const quotes = (d: ReturnType<typeof draft>) => d.statements.map((s) => s.paragraphs.map((p) => p.quote));

describe("the paragraphs of a statement", () => {
  it("take the reported speech before the first speaker into the first statement", () => {
    const before = "Peace operations need more support, it was said.";
    const first = "Ghana’s representative said that troops were needed.";
    const second = "Kenya’s representative said that police were needed.";
    expect(quotes(draft([before, first, second]))).toEqual([[before, first], [second]]);
  });

  it("leave out a list of speakers and the paragraphs after it, and put the list in review with its words", () => {
    const first = "Ghana’s representative said that troops were needed.";
    const listed = "Also speaking were the representatives of Kenya and Nepal.";
    const after = "The meeting rose at noon.";
    const d = draft([first, listed, after]);
    expect(quotes(d)).toEqual([[first]]);
    const review = d.review.filter((r) => r.kind === "listed-speakers");
    expect(review.map((r) => [r.span.quote, r.message])).toEqual([
      [
        listed,
        `"${listed}" lists speakers whose words the text does not report: no statement is drafted for them; add one by hand only from a source that reports what they said`,
      ],
    ]);
  });

  it("name a mission once when two of its paragraphs name it", () => {
    const d = draft(["Ghana’s representative said that UNMISS needed support.", "He added that UNMISS had done well."]);
    expect(d.statements.map((s) => s.missions.map((m) => [m.mission, m.evidence.start]))).toEqual([[["UNMISS", d.statements[0]!.paragraphs[0]!.quote.indexOf("UNMISS")]]]);
  });

  it("suggest no mission for a place that is a delegation spoken for, and one for the same place elsewhere", () => {
    const missions = [{ id: "UNXK", acronym: "UNXK", name: null, hosts: [{ name: "Kenya" }] }];
    const text = "Ghana’s delegate, speaking on behalf of Kenya and Denmark, said that peace in Kenya was needed.";
    const d = draftMeeting(text, { ...OPTIONS, reference: { ...edgeReference(), missions } });
    expect(d.statements[0]!.onBehalfOf).toEqual(["KEN", "DNK"]);
    expect(d.review.filter((r) => r.kind === "possible-mission").map((r) => [r.span.start, r.suggestions])).toEqual([[text.lastIndexOf("Kenya"), ["UNXK"]]]);
  });
});

describe("the numbers of a meeting", () => {
  it("come from statements and from the source's own sentences, not from a headline", () => {
    const d = draft([
      "Council Hears 15 Briefers",
      "The Council met with 14 members present.",
      "Ghana’s representative said that 300 troops were needed.",
      "Of those, 200 soldiers",
    ]);
    expect(d.numbers.map((n) => [n.value, n.statement])).toEqual([
      [14, null],
      [300, "2020-09-14-synthetic-01"],
      [200, "2020-09-14-synthetic-01"],
    ]);
  });
});

describe("draftMeeting's options", () => {
  it("must be an object", () => {
    expect(() => draftMeeting("Text.", "synthetic" as never)).toThrow(new TypeError("draftMeeting: 'options' must be an object with 'source' and 'meeting', got 'synthetic'"));
  });

  it("hold a reference that is an object of tables, not null", () => {
    expect(() => draftMeeting("Text.", { ...OPTIONS, reference: null as never })).toThrow(new TypeError("draftMeeting: 'options.reference' must be an object of tables, got null"));
  });
});
