/**
 * The values of one subject in one scope over time.
 * @module
 */
import { MEETING_DATES } from "../generated/dataset.js";
import type { Meeting, Metric, Period, Qualifier, Unit } from "../types.js";
import type { AnyIds, BundledIds, IdTypes } from "./filter-statements.js";
import { checkIds, checkQueryFields, requireArray } from "./internal.js";
import { compareStrings as cmp } from "./order.js";
import { isPartial, periodBounds, periodKey, type PeriodBounds } from "./periods.js";

/**
 * One value of a series.
 * @category Aggregate
 */
export interface SeriesPoint {
  /** Id of the metric. */
  readonly metric: string;
  /** A label equal for the same period, partial or complete (`2020`, `FY2019-2020`, `2020-06`, `since 1948`). */
  readonly period: string;
  /** The period as recorded. */
  readonly periodDetail: Period;
  /** First and last day the period covers (a partial year ends on the day it runs to). */
  readonly bounds: PeriodBounds;
  /** The value, normalised. */
  readonly value: number;
  /** The qualifier of the stated value ("more than" …). */
  readonly qualifier: Qualifier;
  /** True when the period had not ended when stated ("so far in 2020"). */
  readonly partial: boolean;
  /** Id of the statement that states it, or null for the source's own voice. */
  readonly statement: string | null;
  /** Id of the meeting. */
  readonly meeting: string;
  /** Date of the meeting that stated it. */
  readonly date: string;
  /**
   * True for the one point of its period to use: the one stated at the latest meeting date; on that date an exact
   * value before a qualified one ("154" before "more than 150"); then the one stated later.
   */
  readonly latest: boolean;
}

/**
 * What a series covers: a metric's `scope`, its missions sorted. Every point of a series has this scope.
 * @category Aggregate
 */
export interface SeriesScope {
  /** Missions covered, sorted (empty: not specific to a mission). */
  readonly missions: readonly string[];
  /** Delegation covered (a contributor's own personnel, say), or null. */
  readonly delegation: string | null;
  /** Place covered, as the source names it, or null. */
  readonly location: string | null;
  /** Headquarters or field, or null. */
  readonly level: Metric["scope"]["level"];
}

/**
 * The values of one subject in one scope, ordered by period.
 * @category Aggregate
 */
export interface MetricSeries {
  /** The subject id. */
  readonly subject: string;
  /** The scope every point has. */
  readonly scope: SeriesScope;
  /** The unit of every value (null when there is no point). */
  readonly unit: Unit | null;
  /**
   * The points, by period start, then end; points of the same period in the order they were stated (meeting date,
   * meeting, place in the source).
   */
  readonly points: readonly SeriesPoint[];
  /** The other scopes the subject is stated in among the metrics given, left out of this series; sorted. */
  readonly otherScopes: readonly SeriesScope[];
}

/**
 * Which scope a series covers. A field left out means "none": `{}` is the scope of figures for the whole of
 * peacekeeping (no mission, delegation, location or level), `{ delegation: "IDN" }` is Indonesia's figures that name no
 * mission, location or level. Missions match as a set, in any order.
 * @category Aggregate
 */
export interface SeriesScopeQuery<I extends IdTypes = BundledIds> {
  /** Missions covered (default: none). */
  missions?: readonly I["mission"][] | undefined;
  /** Delegation covered (default: none). */
  delegation?: I["delegation"] | null | undefined;
  /** Place covered, as the source names it (default: none). */
  location?: string | null | undefined;
  /** Headquarters or field (default: neither). */
  level?: Metric["scope"]["level"] | undefined;
}

/**
 * Which series, and when its points were stated.
 * @category Aggregate
 */
export interface MetricSeriesOptions<I extends IdTypes = BundledIds> {
  /** The scope of the series. Default `{}`: figures for the whole of peacekeeping, with no mission, delegation, location or level. */
  scope?: SeriesScopeQuery<I> | undefined;
  /**
   * The meetings, for the dates points were stated on. Without them the dates of the bundled meetings are used; a
   * point from a meeting whose date is not known either way throws a TypeError.
   */
  meetings?: readonly Meeting<AnyIds>[] | undefined;
}

const SCOPE_FIELDS = ["missions", "delegation", "location", "level"] as const;
const LEVELS: ReadonlyArray<Metric["scope"]["level"]> = ["headquarters", "field", null];

/**
 * The values of one subject in one scope, ordered by period, each with its qualifier, whether its period is partial,
 * and the statement, meeting and date it comes from.
 *
 * A series never mixes scopes: the world's "more than 1 million peacekeepers since 1948" and Indonesia's 210 deployed
 * to two missions are two series of `peacekeepers-deployed`. `options.scope` picks one (default: the figures for the
 * whole of peacekeeping); `otherScopes` lists the scopes left out, so nothing is dropped unseen. Points that share a
 * period (a mid-year and a later full-year figure) all stay; `latest` marks the one to use. The result does not depend
 * on the order of the input: the order stated comes from the meetings' dates (`options.meetings`, else the bundled
 * meetings) and the place of each number in its source. Metrics without a period are left out.
 * @category Aggregate
 * @example
 * ```ts
 * import { filterMetrics, metricSeries, metrics } from "peacekeeping-records";
 * const a4p = filterMetrics(metrics, { meeting: "2020-09-14-a4p" });
 * const fatalities = metricSeries(a4p, "peacekeeper-fatalities-acts-of-violence");
 * console.log(fatalities.points.map((p) => `${p.period}: ${p.value}${p.partial ? " (partial)" : ""}`));
 * // [ '2017: 59', '2018: 27', '2019: 25', '2020: 8 (partial)' ]
 * const indonesia = metricSeries(a4p, "peacekeepers-deployed", { scope: { delegation: "IDN", missions: ["UNAMID", "MINUSCA"] } });
 * console.log(indonesia.points.map((p) => `${p.period}: ${p.value}`)); // [ '2020-09: 210' ]
 * ```
 */
export function metricSeries<I extends IdTypes = BundledIds>(
  metrics: readonly Metric<AnyIds>[],
  subject: I["subject"],
  options: MetricSeriesOptions<I> = {},
): MetricSeries {
  requireArray(metrics, "metrics", "metricSeries");
  checkQueryFields(options, ["scope", "meetings"], "metricSeries options");
  checkIds("subjects", [subject], () => new Set(metrics.map((m) => m.subject)));
  const scope = readScope(metrics, options.scope ?? {});
  const dates = new Map<string, string>();
  if (options.meetings !== undefined) {
    requireArray(options.meetings, "options.meetings", "metricSeries");
    for (const m of options.meetings) dates.set(m.id, m.date);
  }
  const dateOf = (meeting: string): string => {
    const date = dates.get(meeting) ?? (Object.hasOwn(MEETING_DATES, meeting) ? MEETING_DATES[meeting] : undefined);
    if (date === undefined) {
      throw new TypeError(`metricSeries: the date of meeting '${meeting}' is not known; pass { meetings } with it, so that points are ordered by when they were stated`);
    }
    return date;
  };
  // One pass picks the points; only they are sorted.
  type Picked = { m: Metric<AnyIds>; period: Period; key: string; bounds: PeriodBounds; date: string; exact: boolean; rank: number };
  const points: Picked[] = [];
  const others = new Map<string, SeriesScope>();
  for (const m of metrics) {
    if (m.subject !== subject || m.period === null) continue;
    if (!sameScope(m.scope, scope)) {
      const key = scopeKey(m.scope);
      if (!others.has(key)) others.set(key, normalScope(m.scope));
      continue;
    }
    points.push({ m, period: m.period, key: periodKey(m.period), bounds: periodBounds(m.period), date: dateOf(m.meeting), exact: m.qualifier === "exact", rank: 0 });
  }
  // When stated: meeting date, then meeting id (as a rank, numbered once per meeting), then place in the source (source
  // id, offset); the metric id settles the rest.
  const meetingRank = new Map<string, number>();
  for (const p of points) meetingRank.set(p.m.meeting, 0);
  [...meetingRank.keys()]
    .map((id) => [dateOf(id), id] as const)
    .sort(([da, a], [db, b]) => cmp(da, db) || cmp(a, b))
    .forEach(([, id], i) => meetingRank.set(id, i));
  for (const p of points) p.rank = meetingRank.get(p.m.meeting)!;
  const stated = (a: Picked, b: Picked) =>
    a.rank - b.rank || cmp(a.m.evidence.source, b.m.evidence.source) || a.m.evidence.start - b.m.evidence.start || cmp(a.m.id, b.m.id);
  points.sort((a, b) => cmp(a.bounds.start, b.bounds.start) || cmp(a.bounds.end, b.bounds.end) || stated(a, b));
  // The point to use of each period: the latest date; on it, exact before qualified; then the later stated.
  const chosen = new Map<string, Picked>();
  for (const p of points) {
    const q = chosen.get(p.key);
    if (q === undefined || p.date > q.date || (p.date === q.date && (p.exact && !q.exact ? true : p.exact === q.exact && stated(p, q) > 0))) chosen.set(p.key, p);
  }
  return {
    subject,
    scope,
    unit: points[0]?.m.unit ?? null,
    points: points.map((p) => ({
      metric: p.m.id,
      period: p.key,
      periodDetail: p.period,
      bounds: p.bounds,
      value: p.m.value,
      qualifier: p.m.qualifier,
      partial: isPartial(p.period),
      statement: p.m.statement,
      meeting: p.m.meeting,
      date: p.date,
      latest: chosen.get(p.key) === p,
    })),
    otherScopes: [...others.entries()].sort(([a], [b]) => cmp(a, b)).map(([, s]) => s),
  };
}

/** The scope a query names, checked, with its missions sorted. */
function readScope(metrics: readonly Metric<AnyIds>[], query: SeriesScopeQuery<IdTypes>): SeriesScope {
  checkQueryFields(query, SCOPE_FIELDS, "metricSeries scope");
  const { missions = [], delegation = null, location = null, level = null } = query;
  if (!Array.isArray(missions) || missions.some((m) => typeof m !== "string")) {
    throw new TypeError("metricSeries: 'scope.missions' must be an array of mission ids");
  }
  if (delegation !== null && typeof delegation !== "string") throw new TypeError(`metricSeries: 'scope.delegation' must be a delegation id or null, got ${typeof delegation}`);
  if (location !== null && (typeof location !== "string" || location === "")) throw new TypeError("metricSeries: 'scope.location' must be a place name or null");
  if (!LEVELS.includes(level)) throw new TypeError(`metricSeries: 'scope.level' must be "headquarters", "field" or null, got ${JSON.stringify(level)}`);
  checkIds("missions", missions, () => new Set(metrics.flatMap((m) => m.scope.missions)));
  if (delegation !== null) checkIds("delegations", [delegation], () => new Set(metrics.map((m) => m.scope.delegation).filter((d): d is string => d !== null)));
  return normalScope({ missions, delegation, location, level });
}

function normalScope(s: SeriesScope): SeriesScope {
  return { missions: [...new Set(s.missions)].sort(), delegation: s.delegation, location: s.location, level: s.level };
}

/** Whether a metric's scope is the (normalised) scope of the series; missions compare as a set. */
function sameScope(s: Metric<AnyIds>["scope"], scope: SeriesScope): boolean {
  if (s.delegation !== scope.delegation || s.location !== scope.location || s.level !== scope.level) return false;
  return new Set(s.missions).size === scope.missions.length && s.missions.every((m) => scope.missions.includes(m));
}

/** A string equal for equal scopes (missions as a set). The global scope sorts first. */
function scopeKey(s: SeriesScope): string {
  return JSON.stringify([s.delegation ?? "", [...new Set(s.missions)].sort(), s.location ?? "", s.level ?? ""]);
}
