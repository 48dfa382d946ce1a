/** The spans filler: quotes typed plainly are found in the typeset text and stored exactly. */
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { closestMatch, fillSpans } from "../../src/authoring/spans.js";
import { ROOT } from "../helpers.js";
import { fold } from "../../src/typography.js";

const texts = new Map([["s", "He said \u201cit\u2019s 22.6\u00a0per\u00a0cent\u201d, and C\u201134. Again 17\u00a0per\u00a0cent."]]);

describe("fillSpans", () => {
  it("stops at a depth no record field reaches, with one error, instead of overflowing the stack", () => {
    let deep: Record<string, unknown> = { source: "s", quote: "per cent" };
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const { errors } = fillSpans({ meetings: [deep] } as never, texts);
    expect(errors).toEqual([{ path: ["meetings", 0, ...Array(31).fill("a")], message: "nested more than 32 levels deep, deeper than any record field: not read" }]);
  });

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

  it.each([20, 48, 50, -1])("refuses an ambiguous quote whose start %d is not one of its occurrences, and leaves it as it was", (start) => {
    const span = { source: "s", start, end: 0, quote: "per cent" };
    const { content, errors } = fillSpans({ a: span }, texts);
    expect(errors).toEqual([{ path: ["a"], message: "quote occurs 2 times in 's' (at 19, 49): set \"start\" to one of them or lengthen the quote" }]);
    expect(content).toEqual({ a: span });
  });

  it("refuses an ambiguous quote whose start is not a number, even one that names an occurrence", () => {
    const { errors } = fillSpans({ a: { source: "s", start: "49", quote: "per cent" } }, texts);
    expect(errors.map((e) => e.message)).toEqual(["quote occurs 2 times in 's' (at 19, 49): set \"start\" to one of them or lengthen the quote"]);
  });

  it("moves a quote that occurs once to where it is, whatever start it had", () => {
    const { content, errors } = fillSpans({ a: { source: "s", start: 3, end: 4, quote: "22.6 per" } }, texts);
    expect(errors).toEqual([]);
    expect(content).toEqual({ a: { source: "s", start: 14, end: 22, quote: "22.6\u00a0per" } });
  });

  it("reads any dash as a hyphen, either way", () => {
    const dashes = new Map([["d", "In 2017\u20132019 \u2014 the C\u201134 and a 15-member body."]]);
    const { content, errors } = fillSpans([{ source: "d", quote: "2017-2019 - the C-34" }, { source: "d", quote: "15\u2011member" }], dashes);
    expect(errors).toEqual([]);
    expect(content).toEqual([
      { source: "d", start: 3, end: 23, quote: "2017\u20132019 \u2014 the C\u201134" },
      { source: "d", start: 30, end: 39, quote: "15-member" },
    ]);
  });

  it("says where the closest match of a missing quote stops agreeing, and the two characters", () => {
    const { errors } = fillSpans([{ source: "s", quote: "it's 22.7 per cent, and" }, { source: "t", quote: "x" }], texts);
    expect(errors.map((e) => e.message)).toEqual([
      "quote not found in source 's': closest match at 9 agrees for 8 characters, then the quote has '7' where the source has '6' (at 17): \"it's 22.7 per cent, and\"",
      "unknown source 't'",
    ]);
  });

  it("names a character that is hard to see by its code point", () => {
    const t = new Map([["u", "a caf\u00e9 in Goma"]]);
    expect(fillSpans([{ source: "u", quote: "a cafe in" }], t).errors[0]!.message).toBe(
      "quote not found in source 'u': closest match at 0 agrees for 5 characters, then the quote has 'e' where the source has '\u00e9' (U+00E9) (at 5): \"a cafe in\"",
    );
  });

  it("anchors the closest match at the end of the quote when that agrees for longer", () => {
    const { errors } = fillSpans([{ source: "s", quote: "Xe said \"it's 22.6 per cent\"" }], texts);
    expect(errors[0]!.message).toBe(
      "quote not found in source 's': closest match ends at 28 and agrees for its last 27 characters; before them the quote has 'X' where the source has 'H' (at 0): \"Xe said \"it's 22.6 per cent\"\"",
    );
  });

  it("says where the text ends, and when nothing matches", () => {
    expect(closestMatch("abc", "abcd")).toEqual({ start: 0, length: 3, from: "start", at: 3, expected: "d", found: undefined });
    expect(fillSpans([{ source: "s", quote: "abcd" }], new Map([["s", "xyz abc"]])).errors[0]!.message).toBe(
      "quote not found in source 's': closest match at 4 agrees for 3 characters, then the quote has 'd' where the source has nothing (the text ends) (at 7): \"abcd\"",
    );
    expect(fillSpans([{ source: "s", quote: "qq" }], new Map([["s", "xyz"]])).errors[0]!.message).toBe("quote not found in source 's': no character of either end of the quote occurs in it: \"qq\"");
  });

  it("reads an object as a span only when both its quote and its source are strings", () => {
    const content = { a: { quote: "per cent" }, b: { source: "s", text: "x" }, c: { source: 1, quote: "per cent" }, d: [{ quote: null, source: "s" }] };
    expect(fillSpans(content, texts)).toEqual({ content, errors: [] });
  });

  it("answers nothing for a quote that occurs, and breaks a tie between the two ends for the start", () => {
    expect(closestMatch("the text", "e t")).toBeUndefined();
    // "a" agrees at the start, "d" at the end: one character each.
    expect(closestMatch("xa yd", "aZd")).toEqual({ start: 1, length: 1, from: "start", at: 2, expected: "Z", found: " " });
    expect(closestMatch("xa yd", "Zad")).toEqual({ start: 4, length: 1, from: "end", at: 3, expected: "a", found: "y" });
    expect(closestMatch("abc", "Zabc")).toEqual({ start: 0, length: 3, from: "end", at: -1, expected: "Z", found: undefined });
  });

  it("shows a character by its code point unless it is printable ASCII, and cuts a long quote at 60 characters", () => {
    const message = (text: string, quote: string) => fillSpans([{ source: "u", quote }], new Map([["u", text]])).errors[0]!.message;
    expect(message("ab\u001f", "abc")).toMatch(/the quote has 'c' where the source has '\\u001f' \(U\+001F\) \(at 2\)/);
    expect(message("ab ", "abc")).toMatch(/the quote has 'c' where the source has ' ' \(at 2\)/);
    expect(message("ab~", "abc")).toMatch(/the quote has 'c' where the source has '~' \(at 2\)/);
    expect(message("ab\u007f", "abc")).toMatch(/the quote has 'c' where the source has '\u007f' \(U\+007F\) \(at 2\)/);
    const sixty = "a".repeat(59) + "Z";
    expect(message("a", sixty).endsWith(`: "${sixty}"`)).toBe(true);
    expect(message("a", `${sixty}b`).endsWith(`: "${sixty}…"`)).toBe(true);
  });

  it("finds a one-character slip in a real quote where it is", () => {
    const text = readFileSync(path.join(ROOT, "data/sources/2020-09-14-security-council-a4p.txt"), "utf8");
    const start = text.indexOf("Action for Peacekeeping");
    expect(start).toBeGreaterThan(0);
    const quote = `${text.slice(start, start + 30)}#${text.slice(start + 31, start + 60)}`;
    expect(closestMatch(text, quote)).toMatchObject({ at: start + 30, expected: "#", found: text[start + 30] });
  });

  it("folds one character for one, so offsets hold", () => {
    const t = texts.get("s")!;
    expect(fold(t)).toHaveLength(t.length);
  });

  test.prop([fc.string({ unit: fc.constantFrom("a", "-", " ", "\u00a0", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2018", "\u201d", "x") })])(
    "fold keeps the length and leaves no typographic character",
    (t) => {
      expect(fold(t)).toHaveLength(t.length);
      expect(fold(t)).toMatch(/^[a\- '"x]*$/);
    },
  );
});
