/**
 * Reading periods: their bounds, their years, and a key that says when two periods are the same.
 * @module
 */
import type { Period } from "../types.js";

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The first and last day of a period.
 * @category Aggregate
 */
export interface PeriodBounds {
  /** First day, ISO 8601. */
  readonly start: string;
  /** Last day, ISO 8601. */
  readonly end: string;
}

/**
 * The first and last calendar year of a period.
 * @category Aggregate
 */
export interface YearRange {
  /** First year. */
  readonly from: number;
  /** Last year. */
  readonly to: number;
}

/**
 * The first and last day a period covers, as ISO dates (a partial year ends on its `through` date; a UN peacekeeping
 * fiscal year runs from 1 July to 30 June).
 * @category Aggregate
 * @example
 * ```ts
 * import { getById, metrics, periodBounds } from "peacekeeping-records";
 * console.log(periodBounds(getById(metrics, "2020-09-14-a4p-fatalities-2020-partial").period!)); // { start: '2020-01-01', end: '2020-09-14' }
 * ```
 */
export function periodBounds(period: Period): PeriodBounds {
  switch (period.kind) {
    case "year":
      return { start: `${period.year}-01-01`, end: period.through ?? `${period.year}-12-31` };
    case "fiscal-year":
      // UN peacekeeping budgets run from 1 July to 30 June.
      return { start: `${period.startYear}-07-01`, end: `${period.endYear}-06-30` };
    case "month":
      return { start: `${period.year}-${pad(period.month)}-01`, end: `${period.year}-${pad(period.month)}-${pad(lastDay(period.year, period.month))}` };
    case "years":
      return { start: `${period.from}-01-01`, end: `${period.to}-12-31` };
    case "since":
      return { start: `${period.from}-01-01`, end: period.through };
    case "as-of":
      return { start: period.date, end: period.date };
  }
}

/**
 * The calendar years a period touches, first and last.
 * @category Aggregate
 * @example
 * ```ts
 * import { getById, metrics, periodYears } from "peacekeeping-records";
 * console.log(periodYears(getById(metrics, "2020-09-14-a4p-budget-2019-2020").period!)); // { from: 2019, to: 2020 }
 * ```
 */
export function periodYears(period: Period): YearRange {
  switch (period.kind) {
    case "year":
    case "month":
      return { from: period.year, to: period.year };
    case "fiscal-year":
      return { from: period.startYear, to: period.endYear };
    case "years":
      return { from: period.from, to: period.to };
    case "since":
      return { from: period.from, to: Number(period.through.slice(0, 4)) };
    case "as-of": {
      const year = Number(period.date.slice(0, 4));
      return { from: year, to: year };
    }
  }
}

/**
 * A short label that is equal for the same period, partial or complete: `2020` (both "so far in 2020" and the whole
 * year), `FY2019-2020`, `2020-06`, `2017-2019`, `since 1948`, `2020-09-14`.
 * @category Aggregate
 * @example
 * ```ts
 * import { getById, metrics, periodKey } from "peacekeeping-records";
 * console.log(periodKey(getById(metrics, "2020-09-14-a4p-budget-2019-2020").period!)); // FY2019-2020
 * ```
 */
export function periodKey(period: Period): string {
  switch (period.kind) {
    case "year":
      return String(period.year);
    case "fiscal-year":
      return `FY${period.startYear}-${period.endYear}`;
    case "month":
      return `${period.year}-${pad(period.month)}`;
    case "years":
      return `${period.from}-${period.to}`;
    case "since":
      return `since ${period.from}`;
    case "as-of":
      return period.date;
  }
}

/**
 * True when the period had not ended when it was stated ("so far in 2020").
 * @category Aggregate
 * @example
 * ```ts
 * import { getById, isPartial, metrics } from "peacekeeping-records";
 * console.log(isPartial(getById(metrics, "2020-09-14-a4p-fatalities-2020-partial").period!)); // true
 * ```
 */
export function isPartial(period: Period): boolean {
  return period.kind === "year" && period.partial;
}
