/**
 * The change of a series between two periods.
 * @module
 */
import { PartialPeriodError } from "./errors.js";
import { clean } from "./internal.js";
import type { MetricSeries, SeriesPoint } from "./metric-series.js";

/**
 * The change between two points of a series.
 * @category Compare
 */
export interface Change {
  /** The subject id. */
  readonly subject: string;
  /** The point compared from. */
  readonly from: SeriesPoint;
  /** The point compared to. */
  readonly to: SeriesPoint;
  /** to − from, in the series' unit. */
  readonly absolute: number;
  /** (to − from) / from, or null when from is 0. */
  readonly relative: number | null;
  /** The relative change in percent, or null when from is 0. */
  readonly percent: number | null;
  /** True when both values are exact; false when either is qualified ("more than", "almost" …). */
  readonly exact: boolean;
}

/**
 * How to compare.
 * @category Compare
 */
export interface ChangeOptions {
  /** Compare a partial period ("so far in 2020") as it stands. Default false: a partial period throws. */
  allowPartial?: boolean | undefined;
}

/**
 * The absolute and relative change of a series between two periods (as `metricSeries` labels them: `2017`,
 * `FY2019-2020`, …; a year can be given as a number). Where a period has several points, the latest stated is used.
 * Throws {@link PartialPeriodError} for a partial period unless `allowPartial`, and a RangeError naming the periods
 * the series has when one is missing.
 * @category Compare
 * @example
 * ```ts
 * import { changeBetween, filterMetrics, metricSeries, metrics } from "peacekeeping-records";
 * const briefing = filterMetrics(metrics, { meeting: "2020-09-14-a4p" });
 * const change = changeBetween(metricSeries(briefing, "peacekeeper-fatalities-acts-of-violence"), 2017, 2019);
 * console.log(change.absolute, change.percent?.toFixed(1)); // -34 -57.6
 * ```
 */
export function changeBetween(series: MetricSeries, from: string | number, to: string | number, options: ChangeOptions = {}): Change {
  if (series === null || typeof series !== "object" || !Array.isArray(series.points)) {
    throw new TypeError("changeBetween: 'series' must be the result of metricSeries");
  }
  const pick = (period: string | number, which: string): SeriesPoint => {
    const key = String(period);
    const point = series.points.find((p) => p.period === key && p.latest);
    if (!point) {
      const known = [...new Set(series.points.map((p) => p.period))];
      throw new RangeError(`changeBetween: the ${series.subject} series has no '${which}' period ${key} (it has: ${known.join(", ") || "none"})`);
    }
    if (point.partial && !options.allowPartial) throw new PartialPeriodError(key, series.subject);
    return point;
  };
  const a = pick(from, "from");
  const b = pick(to, "to");
  const absolute = clean(b.value - a.value);
  const relative = a.value === 0 ? null : absolute / a.value;
  return {
    subject: series.subject,
    from: a,
    to: b,
    absolute,
    relative,
    percent: relative === null ? null : relative * 100,
    exact: a.qualifier === "exact" && b.qualifier === "exact",
  };
}
