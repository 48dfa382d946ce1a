/**
 * The Security Council's membership on a day, from the bundled council terms (or terms of your own).
 * @module
 */
import { councilTerms as bundledTerms } from "../data.js";
import { isCalendarDate, requireCalendarDate } from "../dates.js";
import { quoted, shown } from "../shown.js";
import { councilTable, type CouncilCapacity, type CouncilTermLike } from "./council-table.js";

export type { CouncilCapacity, CouncilTermLike } from "./council-table.js";

/** Throws one TypeError naming the first term (its index, and its id when it has one) and field the table cannot read. */
function requireTerms(terms: readonly unknown[], fn: string): void {
  terms.forEach((t: unknown, i) => {
    if (typeof t !== "object" || t === null || Array.isArray(t)) throw new TypeError(`${fn}: terms[${i}] must be a council term (an object), got ${shown(t)}`);
    const r = t as Record<string, unknown>;
    const name = typeof r.id === "string" ? `terms[${i}] (${quoted(r.id)})` : `terms[${i}]`;
    const bad = (field: string, must: string) => new TypeError(`${fn}: ${name} '${field}' must be ${must}, got ${shown(r[field])}`);
    if (r.seat !== "permanent" && r.seat !== "elected") throw bad("seat", "'permanent' or 'elected'");
    if (typeof r.state !== "string") throw bad("state", "a string");
    if (typeof r.from !== "string" || !isCalendarDate(r.from)) throw bad("from", "a day that exists, written YYYY-MM-DD");
    if (r.to !== null && (typeof r.to !== "string" || !isCalendarDate(r.to))) throw bad("to", "null or a day that exists, written YYYY-MM-DD");
  });
}

/** The membership table of the terms, after checking the date is a day they cover (a RangeError naming it if not). */
function tableFor(date: unknown, terms: readonly CouncilTermLike[], fn: string) {
  requireCalendarDate(date, "date", fn);
  if (!Array.isArray(terms)) throw new TypeError(`${fn}: 'terms' must be an array of council terms, got ${shown(terms)}`);
  // The bundled terms are validated when the package is built.
  if (terms !== bundledTerms) requireTerms(terms, fn);
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
 * @param terms - The council terms to read (the bundled ones by default); a term without the fields
 *   {@link CouncilTermLike} names (a `seat` of `permanent` or `elected`, a `state`, days `from` and `to` that exist,
 *   `to` null while the seat is held) is a TypeError naming it and the field.
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
    throw new TypeError(`councilCapacity: 'state' must be an ISO 3166-1 alpha-3 code in capitals (e.g. 'VNM'), got ${shown(state)}`);
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
