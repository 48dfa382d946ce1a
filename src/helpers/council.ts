/**
 * The Security Council's membership on a day, from the bundled council terms (or terms of your own).
 * @module
 */
import { councilTerms as bundledTerms } from "../data.js";
import { requireCalendarDate } from "../dates.js";
import { councilTable, type CouncilCapacity, type CouncilTermLike } from "./council-table.js";

export type { CouncilCapacity, CouncilTermLike } from "./council-table.js";

/** The membership table of the terms, after checking the date is a day they cover (a RangeError naming it if not). */
function tableFor(date: unknown, terms: readonly CouncilTermLike[], fn: string) {
  requireCalendarDate(date, "date", fn);
  if (!Array.isArray(terms)) throw new TypeError(`${fn}: 'terms' must be an array of council terms, got ${terms === null ? "null" : typeof terms}`);
  const table = councilTable(terms);
  const why = table.uncovered(date);
  if (why !== undefined) throw new RangeError(`${fn}: 'date' ${date} ${why}`);
  return { table, date };
}

/**
 * What a state was on the Security Council on a day: `permanent-member`, `elected-member` or `non-member`.
 *
 * `state` is an ISO 3166-1 alpha-3 code (a state that no longer exists keeps its ISO 3166-3 former code: `SUN` for
 * the USSR, `YUG`, `CSK`, `DDR`, `YMD`; a renamed state its current code: Zaire is `COD`). A well-formed code of a
 * state that never sat is `non-member`. A malformed state or date, a day that does not exist (`2021-02-30`), or a day
 * the membership table does not cover (before 12 January 1946, when the first elected members took their seats, or
 * in a year whose terms it does not hold yet) is one TypeError or RangeError naming the argument.
 *
 * @param state - The state's alpha-3 code, in capitals.
 * @param date - The day, `YYYY-MM-DD`.
 * @param terms - The council terms to read (the bundled ones by default).
 * @category Reference
 * @example
 * ```ts
 * import { councilCapacity } from "peacekeeping-records";
 * console.log(councilCapacity("VNM", "2020-09-14")); // elected-member
 * console.log(councilCapacity("SUN", "1960-01-01"), councilCapacity("RUS", "1992-01-01")); // permanent-member permanent-member
 * console.log(councilCapacity("CHE", "2020-09-14")); // non-member
 * ```
 */
export function councilCapacity(state: string, date: string, terms: readonly CouncilTermLike[] = bundledTerms): CouncilCapacity {
  if (typeof state !== "string" || !/^[A-Z]{3}$/.test(state)) {
    const got = typeof state === "string" ? `'${state.length > 40 ? `${state.slice(0, 40)}…` : state}'` : state === null ? "null" : typeof state;
    throw new TypeError(`councilCapacity: 'state' must be an ISO 3166-1 alpha-3 code in capitals (e.g. 'VNM'), got ${got}`);
  }
  const { table } = tableFor(date, terms, "councilCapacity");
  return table.seatsOn(date).get(state) ?? "non-member";
}

/**
 * The states on the Security Council on a day: the permanent members, then the elected ones, each group in
 * alphabetical order of code. Fifteen from 1966 (eleven before), except on the days a seat stood vacant (1–6 January
 * 1980, before Mexico's election). The same date errors as {@link councilCapacity}.
 *
 * @param date - The day, `YYYY-MM-DD`.
 * @param terms - The council terms to read (the bundled ones by default).
 * @returns The states' codes, frozen.
 * @category Reference
 * @example
 * ```ts
 * import { councilMembers } from "peacekeeping-records";
 * console.log(councilMembers("2020-09-14").join(" "));
 * // CHN FRA GBR RUS USA BEL DEU DOM EST IDN NER TUN VCT VNM ZAF
 * console.log(councilMembers("1950-06-27").length); // 11
 * ```
 */
export function councilMembers(date: string, terms: readonly CouncilTermLike[] = bundledTerms): readonly string[] {
  const { table } = tableFor(date, terms, "councilMembers");
  const seats = [...table.seatsOn(date)];
  const group = (capacity: CouncilCapacity) => seats.filter(([, c]) => c === capacity).map(([s]) => s).sort();
  return Object.freeze([...group("permanent-member"), ...group("elected-member")]);
}
