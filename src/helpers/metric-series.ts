/**
 * The values of one subject over time.
 * @module
 */
import type { Meeting, Metric, Period, Qualifier, Unit } from "../types.js";
import type { BundledIds, IdTypes } from "./filter-statements.js";
import { checkIds, requireArray } from "./internal.js";
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
  /** True for the latest stated point of its period: the only one, or the one from the latest meeting. */
  readonly latest: boolean;
}

/**
 * The values of one subject, ordered by period.
 * @category Aggregate
 */
export interface MetricSeries {
  /** The subject id. */
  readonly subject: string;
  /** The unit of every value. */
  readonly unit: Unit | null;
  /** The points, by period start, then end; points of the same period in the order they were stated. */
  readonly points: readonly SeriesPoint[];
}

/**
 * When points were stated.
 * @category Aggregate
 */
export interface MetricSeriesOptions {
  /**
   * The meetings, to order points of the same period by meeting date. Without them, points of the same period are
   * taken as stated in input order (the bundled metrics are ordered by meeting date, then by their place in the text).
   */
  meetings?: readonly Meeting[] | undefined;
}

/**
 * The values of one subject ordered by period, each with its qualifier, whether its period is partial, and the
 * statement and meeting it comes from. Points that share a period (a mid-year and a later full-year figure) all stay;
 * `latest` marks the one stated last. Metrics without a period are left out.
 * @category Aggregate
 * @example
 * ```ts
 * import { metricSeries, metrics } from "peacekeeping-records";
 * const series = metricSeries(metrics, "peacekeeper-fatalities-acts-of-violence");
 * console.log(series.points.map((p) => `${p.period}: ${p.value}${p.partial ? " (partial)" : ""}`));
 * // [ '2017: 59', '2018: 27', '2019: 25', '2020: 8 (partial)' ]
 * ```
 */
export function metricSeries<I extends IdTypes = BundledIds>(
  metrics: readonly Metric[],
  subject: I["subject"],
  options: MetricSeriesOptions = {},
): MetricSeries {
  requireArray(metrics, "metrics", "metricSeries");
  checkIds("subjects", [subject], () => new Set(metrics.map((m) => m.subject)));
  const dates = new Map<string, string>();
  if (options.meetings !== undefined) {
    requireArray(options.meetings, "options.meetings", "metricSeries");
    for (const m of options.meetings) dates.set(m.id, m.date);
  }
  // One pass picks the points; only they are sorted. `date` is when each was stated (meeting date, or "" unknown).
  const points: Array<{ m: Metric; period: Period; index: number; key: string; bounds: PeriodBounds; date: string }> = [];
  for (let index = 0; index < metrics.length; index++) {
    const m = metrics[index]!;
    if (m.subject !== subject || m.period === null) continue;
    points.push({ m, period: m.period, index, key: periodKey(m.period), bounds: periodBounds(m.period), date: dates.get(m.meeting) ?? "" });
  }
  points.sort((a, b) => cmp(a.bounds.start, b.bounds.start) || cmp(a.bounds.end, b.bounds.end) || cmp(a.date, b.date) || a.index - b.index);
  // The latest stated point of each period: the latest meeting date, then the latest in input order.
  const lastOfPeriod = new Map<string, number>();
  points.forEach((p, i) => {
    const prev = lastOfPeriod.get(p.key);
    const q = prev === undefined ? undefined : points[prev]!;
    if (q === undefined || cmp(p.date, q.date) > 0 || (p.date === q.date && p.index > q.index)) lastOfPeriod.set(p.key, i);
  });
  return {
    subject,
    unit: points[0]?.m.unit ?? null,
    points: points.map((p, i) => ({
      metric: p.m.id,
      period: p.key,
      periodDetail: p.period,
      bounds: p.bounds,
      value: p.m.value,
      qualifier: p.m.qualifier,
      partial: isPartial(p.period),
      statement: p.m.statement,
      meeting: p.m.meeting,
      latest: lastOfPeriod.get(p.key) === i,
    })),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
