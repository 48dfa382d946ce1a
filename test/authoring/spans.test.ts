/** The spans filler: quotes typed plainly are found in the typeset text and stored exactly. */
import { describe, expect, it } from "vitest";
import { fillSpans } from "../../src/authoring/spans.js";
import { fold } from "../../src/typography.js";

const texts = new Map([["s", "He said \u201cit\u2019s 22.6\u00a0per\u00a0cent\u201d, and C\u201134. Again 17\u00a0per\u00a0cent."]]);

describe("fillSpans", () => {
  it("finds a quote typed with plain spaces and straight quotes, and stores the source's characters", () => {
    const { content, errors } = fillSpans({ span: { source: "s", quote: "\"it's 22.6 per cent\"" } }, texts);
    expect(errors).toEqual([]);
    expect(content).toEqual({ span: { source: "s", start: 8, end: 28, quote: "\u201cit\u2019s 22.6\u00a0per\u00a0cent\u201d" } });
  });

  it("reads the no-break hyphen as a hyphen", () => {
    const { content } = fillSpans([{ source: "s", quote: "C-34" }], texts);
    expect(content).toEqual([{ source: "s", start: 34, end: 38, quote: "C\u201134" }]);
  });

  it("fails on an ambiguous quote, listing where it occurs", () => {
    const { errors } = fillSpans({ a: { source: "s", quote: "per cent" } }, texts);
    expect(errors).toEqual([{ path: ["a"], message: "quote occurs 2 times in 's' (at 19, 49): set \"start\" to one of them or lengthen the quote" }]);
  });

  it("keeps a start that picks one occurrence", () => {
    const { content, errors } = fillSpans({ a: { source: "s", start: 49, quote: "per cent" } }, texts);
    expect(errors).toEqual([]);
    expect(content).toEqual({ a: { source: "s", start: 49, end: 57, quote: "per\u00a0cent" } });
  });

  it("fails on a missing quote and on an unknown source", () => {
    const { errors } = fillSpans([{ source: "s", quote: "not there" }, { source: "t", quote: "x" }], texts);
    expect(errors.map((e) => e.message)).toEqual(["quote not found in 's': \"not there\"", "unknown source 't'"]);
  });

  it("folds one character for one, so offsets hold", () => {
    const t = texts.get("s")!;
    expect(fold(t)).toHaveLength(t.length);
  });
});
