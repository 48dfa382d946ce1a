/**
 * How the drafting cuts a text into paragraphs (between blank lines, a line of spaces counting as blank) and a
 * paragraph into sentences (after each full stop, with what follows the last one). The texts are synthetic.
 */
import { describe, expect, it } from "vitest";
import { paragraphsOf, sentencesOf } from "../../src/authoring/draft/text.js";

const quotes = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe("paragraphsOf", () => {
  it("keeps the lines of a paragraph together and splits at a blank line", () => {
    const text = "One\nTwo\n\nThree\nFour";
    expect(paragraphsOf(text)).toEqual([
      { start: 0, end: 7 },
      { start: 9, end: 19 },
    ]);
  });

  it("splits at a line of spaces, and keeps lines with spaces in them together", () => {
    const text = "One line\nnext line\n  \t\nThird one";
    expect(quotes(text, paragraphsOf(text))).toEqual(["One line\nnext line", "Third one"]);
  });
});

describe("sentencesOf", () => {
  it("cuts after each full stop, and ends with the last sentence's full stop", () => {
    const text = "Head\n\nOne. Two.";
    const [, paragraph] = paragraphsOf(text);
    expect(sentencesOf(text, paragraph!)).toEqual([
      { start: 6, end: 10 },
      { start: 11, end: 15 },
    ]);
  });

  it("keeps the words after the last full stop as a sentence, at their place in the text", () => {
    const text = "Head\n\nOne. Two. Three";
    const [, paragraph] = paragraphsOf(text);
    expect(quotes(text, sentencesOf(text, paragraph!))).toEqual(["One.", "Two.", "Three"]);
    expect(sentencesOf(text, paragraph!).at(-1)).toEqual({ start: 16, end: 21 });
  });
});
