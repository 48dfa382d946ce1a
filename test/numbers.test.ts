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

  it.each([
    ["1\u202fmillion", 1_000_000, "plain"],
    ["22.6\u2009per\u00a0cent", 22.6, "percent"],
    [" $5 ", 5, "usd"],
    ["5 percent", 5, "percent"],
    ["22.6 Per Cent", 22.6, "percent"],
    ["Half", 0.5, "fraction"],
    ["quarter", 0.25, "fraction"],
    ["third", 1 / 3, "fraction"],
    ["tenth", 10, "plain"],
    ["Twenty-Five", 25, "plain"],
    ["ninety-nine", 99, "plain"],
    ["twenty-first", 21, "plain"],
    ["10,000,000", 10_000_000, "plain"],
    ["100,000.5", 100_000.5, "plain"],
    ["2 Thousand", 2000, "plain"],
    ["$1.5\u00a0trillion", 1_500_000_000_000, "usd"],
    ["8 per cent", 8, "percent"],
    ["$ 5", 5, "usd"],
    ["5  %", 5, "percent"],
    ["3.14", 3.14, "plain"],
    ["1,234.56", 1234.56, "plain"],
    ["12345678901234567", 12345678901234567, "plain"],
  ] as const)("reads %j as %d (%s)", (text, value, kind) => {
    expect(parseNumberText(text)).toEqual({ value, kind });
  });

  it.each([
    ["1 constructor", "a second word that names a property of every object"],
    ["1 __proto__", "the prototype's own name"],
    ["17% more", "words after the per cent sign"],
    ["1,0000", "a thousands group of four digits"],
    ["1,000,00", "a short last thousands group"],
    ["$half", "a fraction of money"],
    ["half per cent", "a fraction as a percentage"],
    ["half million", "a fraction with a multiplier"],
    ["15-member per cent", "a compound as a percentage"],
    ["15-member million", "a compound with a multiplier"],
    ["1 million peacekeepers", "three words"],
    ["twenty-five-six", "three number words joined"],
    ["twenty-ten", "tens joined to a number of ten or more"],
    ["twenty-fifth-anniversary", "an ordinal compound with a word"],
    ["15-x", "a number joined to one letter"],
    ["2017-now", "a range to now"],
    ["2017-today", "a range to today"],
    ["one-half", "a fraction compound"],
    ["three-quarter", "a fraction compound"],
    ["5-thousand", "a multiplier compound"],
    ["1-third", "an ordinal compound"],
    ["5-percent", "a number joined to percent"],
    ["5.", "a number that ends in a point"],
    [".5", "a number that starts with a point"],
    ["five-five", "units joined to units"],
    ["-5", "a negative number"],
    ["-1,000", "a negative number with commas"],
    ["0x10", "a hexadecimal number"],
    ["5e3", "a number in exponent notation"],
    [",000", "a thousands group alone"],
    ["1000,000", "four digits before a thousands comma"],
    ["1,000,5", "a short group after the thousands"],
    ["5,5", "a comma inside a short number"],
    ["1,000.", "a point with no decimals"],
    ["-5-year", "a negative compound"],
    ["-1,500-strong", "a negative compound with commas"],
    ["5e3-year", "a compound in exponent notation"],
    ["1,5000-strong", "a compound with a long thousands group"],
    ["15-ab4", "a number joined to letters and digits"],
  ])("refuses %j (%s)", (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });

  it("refuses a number too large for a double, written out or multiplied past it", () => {
    expect(parseNumberText("1" + "0".repeat(400))).toBeUndefined();
    expect(parseNumberText(`1${"0".repeat(300)} trillion`)).toBeUndefined();
    expect(parseNumberText(`1${"0".repeat(300)}`)).toEqual({ value: 1e300, kind: "plain" });
  });

  it.each(["", "many", "1,00", "$ 5 per cent", "three hundred", "5 apples", "twenty-zero", "twenty-eleven", "thirty-ten", "constructor", "toString"])("refuses %j", (text) => {
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
    ["10-km", 10],
    ["15-Member", 15],
    ["5,000-STRONG", 5000],
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
