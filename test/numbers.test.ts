/** Reading number words as the typeset source writes them. */
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { normalisedValue, parseNumberText } from "../src/numbers.js";

describe("parseNumberText", () => {
  it.each([
    ["eight", 8, "plain"],
    ["four", 4, "plain"],
    ["seven", 7, "plain"],
    ["154", 154, "plain"],
    ["5,000", 5000, "plain"],
    ["1\u00a0million", 1_000_000, "plain"],
    ["22.6\u00a0per\u00a0cent", 22.6, "percent"],
    ["0.5\u00a0per\u00a0cent", 0.5, "percent"],
    ["17%", 17, "percent"],
    ["$6.6\u00a0billion", 6_600_000_000, "usd"],
    ["$4\u00a0million", 4_000_000, "usd"],
    ["half", 0.5, "fraction"],
    ["twenty-fifth", 25, "plain"],
    ["seventy", 70, "plain"],
    ["250-strong", 250, "plain"],
  ] as const)("reads %j as %d (%s)", (text, value, kind) => {
    expect(parseNumberText(text)).toEqual({ value, kind });
  });

  it.each(["", "many", "1,00", "$ 5 per cent", "three hundred", "5 apples", "twenty-zero", "constructor", "toString"])("refuses %j", (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });

  it.each([
    ["15-member", 15],
    ["15\u2011member", 15],
    ["15\u2010member", 15],
    ["three-year", 3],
    ["Three\u2011year", 3],
    ["twenty-five-year", 25],
    ["1,500-strong", 1500],
    ["2.5-hour", 2.5],
  ] as const)("reads the number+hyphen+word compound %j as %d", (text, value) => {
    expect(parseNumberText(text)).toEqual({ value, kind: "plain" });
  });

  it.each([
    ["a range of years", "2017-2019"],
    ["a range with an en dash", "2017\u20132019"],
    ["a range to the present", "2017-present"],
    ["a range to date", "2015\u2011date"],
    ["a meeting id", "2020-09-14-a4p"],
    ["a date", "2020-09-14"],
    ["a name with a number", "C\u201134"],
    ["a document symbol", "S/RES/2538"],
    ["an id with letters and digits", "15-a4p"],
    ["a fraction word", "one-third"],
    ["a multiplier", "1-million"],
    ["an ordinal compound", "first-hand"],
    ["a compound of two words", "15-member-strong"],
    ["an en dash compound", "15\u2013member"],
    ["money", "$15-member"],
    ["two words", "15-member states"],
  ])("does not read %s (%j) as a compound", (_what, text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });

  test.prop([fc.integer({ min: 0, max: 100_000 }), fc.constantFrom("-", "\u2011"), fc.stringMatching(/^[a-z]{4,10}$/)])(
    "reads any number joined to a word by a hyphen as the number, unless the word is a number word",
    (n, hyphen, word) => {
      fc.pre(parseNumberText(word) === undefined && !["percent", "present", "date", "today", "million", "billion", "thousand", "trillion"].includes(word));
      expect(parseNumberText(`${n}${hyphen}${word}`)).toEqual({ value: n, kind: "plain" });
    },
  );

  test.prop([fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1900, max: 2100 }), fc.constantFrom("-", "\u2011", "\u2013")])(
    "never reads a range of years",
    (a, b, dash) => {
      expect(parseNumberText(`${a}${dash}${b}`)).toBeUndefined();
    },
  );

  test.prop([fc.integer({ min: 0, max: 10_000_000 })])("reads any integer written with thousands separators", (n) => {
    expect(parseNumberText(n.toLocaleString("en-US"))?.value).toBe(n);
  });

  test.prop([fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom(["million", 1e6], ["billion", 1e9])])(
    "applies multipliers exactly to one-decimal amounts",
    (whole, tenth, [word, factor]) => {
      const expected = Number(`${whole}.${tenth}e${Math.log10(factor)}`);
      expect(parseNumberText(`$${whole}.${tenth}\u00a0${word}`)).toEqual({ value: expected, kind: "usd" });
    },
  );
});

describe("normalisedValue", () => {
  it("turns a fraction into a percentage for percent metrics", () => {
    expect(normalisedValue("half", "percent")).toBe(50);
  });
  it("gives the value of words that fit the unit", () => {
    expect(normalisedValue("22.6\u00a0per\u00a0cent", "percent")).toBe(22.6);
    expect(normalisedValue("$6.6\u00a0billion", "usd")).toBe(6_600_000_000);
    expect(normalisedValue("154", "count")).toBe(154);
    expect(normalisedValue("seventy", "years")).toBe(70);
  });
  it("refuses words that do not fit the unit", () => {
    expect(normalisedValue("22.6 per cent", "count")).toBeUndefined();
    expect(normalisedValue("22.6 per cent", "usd")).toBeUndefined();
    expect(normalisedValue("$4 million", "count")).toBeUndefined();
    expect(normalisedValue("$4 million", "percent")).toBeUndefined();
    expect(normalisedValue("154", "percent")).toBeUndefined();
    expect(normalisedValue("154", "usd")).toBeUndefined();
    expect(normalisedValue("half", "count")).toBeUndefined();
    expect(normalisedValue("half", "usd")).toBeUndefined();
  });
  it("refuses words that are no number", () => {
    expect(normalisedValue("many", "count")).toBeUndefined();
  });
});
