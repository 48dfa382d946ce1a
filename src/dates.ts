/**
 * Calendar dates as the data writes them: ISO 8601 days (`2020-09-14`), and dates as precise as a citation gives
 * them (`1948`, `1948-06`, `1948-06-11`). Strings of this form sort in time order, so the functions here compare
 * them as strings. Depends on nothing; used by the schemas and the helpers alike.
 * @module
 */
import { shown } from "./shown.js";

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a month 01–12 and a day 01–31 (whether the day exists is checked apart). */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** True for a leap year of the Gregorian calendar. */
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when a string is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and, with a day, that day exists (`2021-02-29` does not). */
export function isPartialDate(value: string): boolean {
  if (!PARTIAL_DATE_PATTERN.test(value)) return false;
  if (value.length < 10) return true;
  return Number(value.slice(8, 10)) <= daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
}

/** True when a string is a day that exists, written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  return value.length === 10 && isPartialDate(value);
}

/** The first and last day a date of any precision stands for: `1948-06` is 1948-06-01 to 1948-06-30. */
export function partialDateBounds(value: string): { readonly first: string; readonly last: string } {
  if (value.length === 10) return { first: value, last: value };
  if (value.length === 7) {
    const days = daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
    return { first: `${value}-01`, last: `${value}-${String(days).padStart(2, "0")}` };
  }
  return { first: `${value}-01-01`, last: `${value}-12-31` };
}

/** The day after a `YYYY-MM-DD` day. */
export function nextDay(day: string): string {
  let year = Number(day.slice(0, 4));
  let month = Number(day.slice(5, 7));
  let date = Number(day.slice(8, 10)) + 1;
  if (date > daysInMonth(year, month)) {
    date = 1;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
}

/**
 * Checks a helper's date argument: a string written `YYYY-MM-DD` (else a TypeError) for a day that exists (else a
 * RangeError), each naming the function and the argument.
 */
export function requireCalendarDate(value: unknown, name: string, fn: string): asserts value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new TypeError(`${fn}: '${name}' must be a date written YYYY-MM-DD, got ${shown(value)}`);
  }
  if (!isCalendarDate(value)) throw new RangeError(`${fn}: '${name}' ${value} is not a day of the calendar`);
}
