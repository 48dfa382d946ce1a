/** Folding the typography of the sources: each typographic character to its plain form, one for one. */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { fold } from "../src/typography.js";

const FOLDS: ReadonlyArray<readonly [string, string]> = [
  ["\u00a0", " "],
  ["\u202f", " "],
  ["\u2018", "'"],
  ["\u2019", "'"],
  ["\u201c", '"'],
  ["\u201d", '"'],
  ["\u2010", "-"],
  ["\u2011", "-"],
  ["\u2012", "-"],
  ["\u2013", "-"],
  ["\u2014", "-"],
];

describe("fold", () => {
  it.each(FOLDS)("folds %j to %j, everywhere in the text", (typeset, plain) => {
    expect(fold(`a${typeset}b${typeset}`)).toBe(`a${plain}b${plain}`);
  });

  it("folds the typeset words of the sources", () => {
    expect(fold("22.6\u00a0per\u00a0cent of the C\u201134\u2019s \u201cDeclaration\u201d \u2014 2017\u20132019")).toBe(`22.6 per cent of the C-34's "Declaration" - 2017-2019`);
  });

  test.prop([fc.string({ unit: "binary", maxLength: 20 })])("leaves every other character as it is, one character for one", (text) => {
    const folded = fold(text);
    expect(folded).toHaveLength(text.length);
    const map = new Map(FOLDS);
    expect([...folded]).toEqual([...text].map((c) => map.get(c) ?? c));
  });
});
