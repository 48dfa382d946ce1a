/** The calendar the data and the helpers share (src/dates.ts): partial dates, their bounds, the day after a day. */
import { describe, expect, it } from "vitest";
import { councilMembers } from "../src/index.js";
import { isCalendarDate, isPartialDate, nextDay, partialDateBounds } from "../src/dates.js";

describe("isPartialDate and isCalendarDate", () => {
  it.each([
    ["1948", true, false],
    ["1948-06", true, false],
    ["1948-06-11", true, true],
    ["2020-02-29", true, true],
    ["2021-02-29", false, false],
    ["2021-04-31", false, false],
    ["2021-13", false, false],
    ["2021-00-10", false, false],
    ["21-02-03", false, false],
    ["2020-02-29T00:00", false, false],
  ])("%j: partial %s, a day %s", (value, partial, day) => {
    expect(isPartialDate(value)).toBe(partial);
    expect(isCalendarDate(value)).toBe(day);
  });
});

describe("partialDateBounds", () => {
  it.each([
    ["2020-09-14", "2020-09-14", "2020-09-14"],
    ["2020-02", "2020-02-01", "2020-02-29"],
    ["2021-02", "2021-02-01", "2021-02-28"],
    ["1900-02", "1900-02-01", "1900-02-28"],
    ["2000-02", "2000-02-01", "2000-02-29"],
    ["1948-06", "1948-06-01", "1948-06-30"],
    ["1948", "1948-01-01", "1948-12-31"],
  ])("%j runs from %s to %s", (value, first, last) => {
    expect(partialDateBounds(value)).toEqual({ first, last });
  });
});

describe("nextDay", () => {
  it.each([
    ["2020-09-14", "2020-09-15"],
    ["2020-02-28", "2020-02-29"],
    ["2020-02-29", "2020-03-01"],
    ["2021-02-28", "2021-03-01"],
    ["2021-04-30", "2021-05-01"],
    ["2021-12-30", "2021-12-31"],
    ["2021-12-31", "2022-01-01"],
    ["0998-12-31", "0999-01-01"],
  ])("the day after %s is %s", (day, after) => {
    expect(nextDay(day)).toBe(after);
  });
});

describe("a date argument must be a string written YYYY-MM-DD, whole", () => {
  it.each([[["2020-09-14"]], ["x2020-09-14"], ["2020-09-14x"], [{ toString: (): string => "2020-09-14" }]])("%j is a TypeError", (date) => {
    expect(() => councilMembers(date as unknown as string)).toThrow(TypeError);
    expect(() => councilMembers(date as unknown as string)).toThrow(/^councilMembers: 'date' must be a date written YYYY-MM-DD, got /);
  });
});
