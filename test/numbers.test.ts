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

  it.each(["", "many", "1,00", "$ 5 per cent", "three hundred", "5 apples", "twenty-zero"])("refuses %j", (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });

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
  it("refuses words that do not fit the unit", () => {
    expect(normalisedValue("22.6 per cent", "count")).toBeUndefined();
    expect(normalisedValue("$4 million", "count")).toBeUndefined();
    expect(normalisedValue("154", "percent")).toBeUndefined();
    expect(normalisedValue("half", "count")).toBeUndefined();
  });
});
