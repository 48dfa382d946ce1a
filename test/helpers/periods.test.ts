/** Reading periods: bounds, years, keys, partial years; for the periods of the real metrics and one of each kind. */
import { describe, expect, it } from "vitest";
import { getById, isPartial, metrics, periodBounds, periodKey, periodYears, type Metric } from "../../src/index.js";

type Period = NonNullable<Metric["period"]>;
const periodOf = (id: string) => getById(metrics, id as Metric["id"]).period!;

// One period of each kind, as the schema allows them, with what each helper says of it.
const cases: Array<[string, Period, { start: string; end: string }, { from: number; to: number }, string, boolean]> = [
  ["a whole year", { kind: "year", year: 2019, partial: false, through: null, text: null }, { start: "2019-01-01", end: "2019-12-31" }, { from: 2019, to: 2019 }, "2019", false],
  ["a partial year", { kind: "year", year: 2020, partial: true, through: "2020-09-14", text: "so far in 2020" }, { start: "2020-01-01", end: "2020-09-14" }, { from: 2020, to: 2020 }, "2020", true],
  ["a fiscal year", { kind: "fiscal-year", startYear: 2019, endYear: 2020, text: null }, { start: "2019-07-01", end: "2020-06-30" }, { from: 2019, to: 2020 }, "FY2019-2020", false],
  ["a month of 30 days", { kind: "month", year: 2020, month: 6, text: null }, { start: "2020-06-01", end: "2020-06-30" }, { from: 2020, to: 2020 }, "2020-06", false],
  ["February of a leap year", { kind: "month", year: 2020, month: 2, text: null }, { start: "2020-02-01", end: "2020-02-29" }, { from: 2020, to: 2020 }, "2020-02", false],
  ["February of another year", { kind: "month", year: 2019, month: 2, text: null }, { start: "2019-02-01", end: "2019-02-28" }, { from: 2019, to: 2019 }, "2019-02", false],
  ["December", { kind: "month", year: 2019, month: 12, text: null }, { start: "2019-12-01", end: "2019-12-31" }, { from: 2019, to: 2019 }, "2019-12", false],
  ["a run of years", { kind: "years", from: 2017, to: 2019, text: null }, { start: "2017-01-01", end: "2019-12-31" }, { from: 2017, to: 2019 }, "2017-2019", false],
  ["a period since a year", { kind: "since", from: 1948, through: "2020-09-14", text: null }, { start: "1948-01-01", end: "2020-09-14" }, { from: 1948, to: 2020 }, "since 1948", false],
  ["a date", { kind: "as-of", date: "2020-09-14", text: null }, { start: "2020-09-14", end: "2020-09-14" }, { from: 2020, to: 2020 }, "2020-09-14", false],
];

describe.each(cases)("%s", (_what, period, bounds, years, key, partial) => {
  it("has its first and last day", () => expect(periodBounds(period)).toEqual(bounds));
  it("has its first and last year", () => expect(periodYears(period)).toEqual(years));
  it(`has the key ${key}`, () => expect(periodKey(period)).toBe(key));
  it(`is ${partial ? "" : "not "}partial`, () => expect(isPartial(period)).toBe(partial));
});

describe("the periods of the real metrics", () => {
  const periods = metrics.flatMap((m) => (m.period === null ? [] : [m.period]));

  it("run forwards, and touch the years of their first and last day", () => {
    expect(periods.length).toBeGreaterThan(0);
    for (const p of periods) {
      const { start, end } = periodBounds(p);
      expect(start <= end, JSON.stringify(p)).toBe(true);
      expect(periodYears(p)).toEqual({ from: Number(start.slice(0, 4)), to: Number(end.slice(0, 4)) });
    }
  });

  it("give a partial year the same key as the whole year", () => {
    const partial = periodOf("2020-09-14-a4p-fatalities-2020-partial");
    expect(isPartial(partial)).toBe(true);
    expect(periodKey(partial)).toBe(periodKey({ kind: "year", year: 2020, partial: false, through: null, text: null }));
  });
});
