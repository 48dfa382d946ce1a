/**
 * Missions on a day and by name: which peacekeeping operations were active, a mission's status on a day, and the
 * mission an acronym or alias names.
 * @module
 */
import { councilTerms as bundledTerms, missions as bundledMissions } from "../data.js";
import { isPartialDate, partialDateBounds, requireCalendarDate } from "../dates.js";
import { quoted, shown } from "../shown.js";
import { fold } from "../typography.js";
import type { Mission } from "../types.js";
import { councilTable } from "./council-table.js";
import { UnknownIdError } from "./errors.js";

/**
 * Where a mission stood on a day: `not-started`, `active`, `ended`, or `uncertain` when the day falls inside the
 * imprecision of a start or end known only to the month or year, or a bound is not known.
 * @category Reference
 */
export type MissionStatus = "not-started" | "active" | "ended" | "uncertain";

/**
 * The fields of a mission its status on a day is read from.
 * @category Reference
 */
export interface MissionDatesLike {
  /** The mission's id. */
  readonly id: string;
  /** Its kind, or null where not recorded. */
  readonly kind: string | null;
  /** When it began, as precise as cited; null where not known. */
  readonly start: {
    /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    readonly date: string;
  } | null;
  /** When its mandate ended or is decided to end; null while no end is decided, or where not known. */
  readonly end: {
    /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
    readonly date: string;
  } | null;
  /** `closed` once the mandate has ended. */
  readonly status: string;
}

/**
 * The fields of a mission the lookup by name reads.
 * @category Reference
 */
export interface MissionNamesLike {
  /** The mission's id. */
  readonly id: string;
  /** Its acronym. */
  readonly acronym: string;
  /** Other ways its acronym or name is written. */
  readonly aliases: readonly string[];
}

/** Throws one TypeError naming the first record, and its field, that is not a mission the helper can read. */
function requireRecords(records: unknown, fn: string, fields: "dates" | "names"): void {
  if (!Array.isArray(records)) throw new TypeError(`${fn}: 'missions' must be an array of missions, got ${shown(records)}`);
  // The bundled records are validated when the package is built.
  if (records === bundledMissions) return;
  records.forEach((m: unknown, i) => {
    if (typeof m !== "object" || m === null || Array.isArray(m)) throw new TypeError(`${fn}: missions[${i}] must be a mission (an object), got ${shown(m)}`);
    const r = m as Record<string, unknown>;
    // An error names the record by its index, and by its id when it has one.
    const name = typeof r.id === "string" ? `missions[${i}] (${quoted(r.id)})` : `missions[${i}]`;
    const bad = (field: string, must: string, value: unknown) => new TypeError(`${fn}: ${name} '${field}' must be ${must}, got ${shown(value)}`);
    if (typeof r.id !== "string") throw bad("id", "a string", r.id);
    if (fields === "names") {
      if (typeof r.acronym !== "string") throw bad("acronym", "a string", r.acronym);
      if (!Array.isArray(r.aliases) || !r.aliases.every((a) => typeof a === "string")) throw bad("aliases", "an array of strings", r.aliases);
      return;
    }
    if (r.kind !== null && typeof r.kind !== "string") throw bad("kind", "a string or null", r.kind);
    for (const field of ["start", "end"] as const) {
      const bound = r[field];
      if (bound === null) continue;
      if (typeof bound !== "object" || Array.isArray(bound)) throw bad(field, "null or an object { date }", bound);
      const date = (bound as { date?: unknown }).date;
      if (typeof date !== "string" || !isPartialDate(date)) throw bad(`${field}.date`, "a date written YYYY, YYYY-MM or YYYY-MM-DD that exists", date);
    }
    if (typeof r.status !== "string") throw bad("status", "a string", r.status);
  });
}

/**
 * The last day the bundled missions are answered for: 31 December of the last year the bundled council terms reach,
 * the same bound the Council helpers keep.
 */
function bundledMissionsLastDay(): string {
  return councilTable(bundledTerms).last!;
}

/** Throws a RangeError when the day is past what the bundled missions cover; missions of one's own have no bound. */
function requireCovered(date: string, missions: readonly unknown[], fn: string): void {
  if (missions !== bundledMissions) return;
  const last = bundledMissionsLastDay();
  if (date > last) throw new RangeError(`${fn}: 'date' ${date} is after ${last}, the last day the bundled missions cover (the data is as of its last update; pass missions of your own to read a later day)`);
}

/** The status of one mission on a checked day. */
function statusOn(m: MissionDatesLike, date: string): MissionStatus {
  const end = m.end === null ? undefined : partialDateBounds(m.end.date);
  if (m.start === null) return end !== undefined && date > end.last ? "ended" : "uncertain";
  const start = partialDateBounds(m.start.date);
  if (date < start.first) return "not-started";
  // It began on some day from start.first to start.last: by start.last it has certainly begun.
  if (date < start.last) return "uncertain";
  // Begun. No end recorded: active, unless the mission is closed and its end is simply not known.
  if (end === undefined) return m.status === "closed" ? "uncertain" : "active";
  // Its last day is some day from end.first to end.last: active through end.first, certainly ended after end.last.
  if (date > end.last) return "ended";
  if (date > end.first) return "uncertain";
  return "active";
}

/**
 * A mission's status on a day: `not-started` before its start, `active` from its start to its end (both days
 * included), `ended` after it, and `uncertain` when the day falls inside a start or end known only to the month or
 * the year (UNTSO began in June 1948: 1948-06-15 is uncertain), or a bound it needs is not known. An end a resolution
 * has decided counts, even while it lies ahead (UNIFIL's 31 December 2026).
 *
 * The bundled missions are as of their last update: a day after 31 December of the last year the bundled council
 * terms reach (the bound `councilMembers` keeps, 2026-12-31 in this release) is a RangeError, not an answer
 * from data that may be out of date. Missions of your own are read on any day.
 *
 * @param id - The mission's id, exactly as recorded (case counts; an id that is not a string is a TypeError, an
 *   unknown one throws {@link UnknownIdError}). {@link findMission} is the lookup by acronym or name.
 * @param date - The day, `YYYY-MM-DD` (a malformed date is a TypeError, a day that does not exist or past the
 *   bundled data a RangeError).
 * @param missions - The missions to read (the bundled ones by default). A record without the fields
 *   {@link MissionDatesLike} names, or with a date that does not exist, is a TypeError naming it and the field.
 * @category Reference
 * @example
 * ```ts
 * import { missionStatusAt } from "peacekeeping-records";
 * console.log(missionStatusAt("MINUSMA", "2020-09-14"), missionStatusAt("MINUSMA", "2023-07-01")); // active ended
 * console.log(missionStatusAt("UNTSO", "1948-06-15"), missionStatusAt("MONUSCO", "2010-06-30")); // uncertain not-started
 * ```
 */
export function missionStatusAt<R extends MissionDatesLike = Mission>(id: NoInfer<R["id"]>, date: string, missions: readonly R[] = bundledMissions as unknown as readonly R[]): MissionStatus {
  if (typeof id !== "string") throw new TypeError(`missionStatusAt: 'id' must be a mission id (a string), got ${shown(id)}`);
  requireRecords(missions, "missionStatusAt", "dates");
  requireCalendarDate(date, "date", "missionStatusAt");
  requireCovered(date, missions, "missionStatusAt");
  const mission = missions.find((m) => m.id === id);
  if (mission === undefined) throw new UnknownIdError("missions", String(id), missions.map((m) => m.id));
  return statusOn(mission, date);
}

/**
 * The ids of the peacekeeping operations (kind `peacekeeping-operation`) certainly active on a day, in the order of
 * the records. An operation whose start or end on that day is known only to the month or the year is left out: its
 * {@link missionStatusAt} is `uncertain`, so the list never counts an operation it cannot vouch for.
 *
 * With the bundled missions, a day after their last update's year (2026-12-31 in this release) is a RangeError, as
 * for {@link missionStatusAt}; missions of your own are read on any day.
 *
 * @param date - The day, `YYYY-MM-DD` (a malformed date is a TypeError, a day that does not exist or past the
 *   bundled data a RangeError).
 * @param missions - The missions to read (the bundled ones by default); a record that cannot be read is a TypeError
 *   naming it and the field.
 * @returns The ids, frozen.
 * @category Reference
 * @example
 * ```ts
 * import { missionsActiveOn } from "peacekeeping-records";
 * const active = missionsActiveOn("2020-09-14");
 * console.log(active.length, active.slice(0, 4)); // 13 [ 'UNTSO', 'UNMOGIP', 'UNFICYP', 'UNDOF' ]
 * ```
 */
export function missionsActiveOn<R extends MissionDatesLike = Mission>(date: string, missions: readonly R[] = bundledMissions as unknown as readonly R[]): readonly R["id"][] {
  requireRecords(missions, "missionsActiveOn", "dates");
  requireCalendarDate(date, "date", "missionsActiveOn");
  requireCovered(date, missions, "missionsActiveOn");
  return Object.freeze(missions.filter((m) => m.kind === "peacekeeping-operation" && statusOn(m, date) === "active").map((m) => m.id));
}

/** A name as the lookup compares it: typography folded (no-break spaces and hyphens, curly quotes), spaces collapsed, lower case. */
const nameKey = (name: string): string => fold(name).trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The mission an id, acronym or alias names, or undefined. The comparison ignores case, folds typographic variants
 * (a no-break space or hyphen, curly quotes) and runs of spaces: `"unef i"`, `"UNEF\u00a0I"` and `"UNEF‑I"` all find
 * UNEF I.
 *
 * @param query - What to look for (a value that is not a string is a TypeError).
 * @param missions - The missions to search (the bundled ones by default); a record without a string `id` and
 *   `acronym` and an array of string `aliases` is a TypeError naming it and the field.
 * @category Reference
 * @example
 * ```ts
 * import { findMission } from "peacekeeping-records";
 * console.log(findMission("unef i")?.id, findMission("Minusma")?.name);
 * // UNEF-I United Nations Multidimensional Integrated Stabilization Mission in Mali
 * console.log(findMission("UNCPSG")?.id, findMission("XYZ")); // UNPSG undefined
 * ```
 */
export function findMission<R extends MissionNamesLike = Mission>(query: string, missions: readonly R[] = bundledMissions as unknown as readonly R[]): R | undefined {
  if (typeof query !== "string") throw new TypeError(`findMission: 'query' must be a string, got ${shown(query)}`);
  requireRecords(missions, "findMission", "names");
  const key = nameKey(query);
  if (key === "") return undefined;
  return missions.find((m) => [m.id, m.acronym, ...m.aliases].some((name) => nameKey(name) === key));
}
