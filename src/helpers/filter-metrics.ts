/**
 * Filtering metrics.
 * @module
 */
import type { Metric, Statement } from "../types.js";
import { UnknownIdError } from "./errors.js";
import type { BundledIds, IdTypes, AnyIds } from "./filter-statements.js";
import { checkIds, checkQueryFields, many, membership, requireArray, type OneOrMany } from "./internal.js";
import { periodYears } from "./periods.js";

/**
 * What to look for in metrics. Fields combine with AND; an array inside a field matches any of its values (OR).
 * @category Filter
 */
export interface MetricQuery<I extends IdTypes = BundledIds> {
  /** The meeting(s). */
  meeting?: OneOrMany<I["meeting"]> | undefined;
  /** The statement(s) that state the metric. */
  statement?: OneOrMany<string> | undefined;
  /** The delegation(s) whose statement states the metric (looked up in `options.statements`, which it then needs). */
  delegation?: OneOrMany<I["delegation"]> | undefined;
  /** The subject(s) measured. */
  subject?: OneOrMany<I["subject"]> | undefined;
  /** The unit(s). */
  unit?: OneOrMany<Metric["unit"]> | undefined;
  /** The qualifier(s). */
  qualifier?: OneOrMany<Metric["qualifier"]> | undefined;
  /** Mission(s) in the metric's scope. */
  mission?: OneOrMany<I["mission"]> | undefined;
  /**
   * A range of calendar years, both ends included: a metric matches when every year its period touches is inside
   * (a partial year is inside the range of its year). Metrics without a period never match.
   */
  period?:
    | {
        /** First year of the range (included); open when absent. */
        readonly from?: number | undefined;
        /** Last year of the range (included); open when absent. */
        readonly to?: number | undefined;
      }
    | undefined;
}

/**
 * Where metrics find the statements that state them.
 * @category Filter
 */
export interface MetricFilterOptions {
  /** The statements to resolve `delegation` through (the bundled `statements`, or your own). Needed only for `delegation`. */
  statements?: readonly Statement<AnyIds>[] | undefined;
}

const FIELDS = ["meeting", "statement", "delegation", "subject", "unit", "qualifier", "mission", "period"] as const;

/**
 * The metrics that match a query, in input order (a new array; the input is not touched).
 *
 * Throws a TypeError for an unknown query field or a reversed period range, and {@link UnknownIdError} for an id that
 * is neither in the bundled data nor used by the metrics given, or for a metric whose statement cannot be found when
 * filtering by delegation.
 * @category Filter
 * @example
 * ```ts
 * import { filterMetrics, metrics } from "peacekeeping-records";
 * const fatalities = filterMetrics(metrics, { meeting: "2020-09-14-a4p", subject: "peacekeeper-fatalities-acts-of-violence", period: { from: 2018 } });
 * console.log(fatalities.map((m) => m.value)); // [ 27, 25, 8 ]
 * ```
 * @typeParam I - The id types of the query: the bundled data's ids by default; {@link AnyIds} for ids of your own.
 * @typeParam M - The metrics' type, which the result keeps (bundled metrics keep their typed ids).
 */
export function filterMetrics<I extends IdTypes = BundledIds, M extends Metric<AnyIds> = Metric<I>>(
  metrics: readonly M[],
  query: MetricQuery<I>,
  options: MetricFilterOptions = {},
): M[] {
  requireArray(metrics, "metrics", "filterMetrics");
  checkQueryFields(query, FIELDS, "filterMetrics");
  checkQueryFields(options, ["statements"], "filterMetrics options");
  const q = query as MetricQuery<AnyIds>;
  const used = (pick: (m: Metric<AnyIds>) => Iterable<string | null>) => () =>
    new Set(metrics.flatMap((m) => [...pick(m)].filter((x): x is string => x !== null)));
  if (q.meeting !== undefined) checkIds("meetings", many(q.meeting), used((m) => [m.meeting]));
  if (q.subject !== undefined) checkIds("subjects", many(q.subject), used((m) => [m.subject]));
  if (q.mission !== undefined) checkIds("missions", many(q.mission), used((m) => m.scope.missions));
  if (q.statement !== undefined) checkIds("statements", many(q.statement), used((m) => [m.statement]));

  // The checks of the period and the delegation, when the query gives them (read here, so that bad input throws
  // before any metric is looked at).
  let inPeriod: ((m: Metric<AnyIds>) => boolean) | undefined;
  if (q.period !== undefined) {
    if (q.period === null || typeof q.period !== "object") throw new TypeError("filterMetrics: 'period' must be an object { from?, to? }");
    checkQueryFields(q.period, ["from", "to"], "filterMetrics period");
    const from = q.period.from ?? -Infinity;
    const to = q.period.to ?? Infinity;
    if (typeof from !== "number" || typeof to !== "number" || Number.isNaN(from) || Number.isNaN(to)) {
      throw new TypeError("filterMetrics: period.from and period.to must be years (numbers)");
    }
    if (from > to) throw new TypeError(`filterMetrics: reversed period range: from ${from} is after to ${to}`);
    inPeriod = (m) => {
      if (m.period === null) return false;
      const years = periodYears(m.period);
      return years.from >= from && years.to <= to;
    };
  }

  let byDelegation: ((m: Metric<AnyIds>) => boolean) | undefined;
  if (q.delegation !== undefined) {
    const source = options.statements;
    if (source === undefined) {
      throw new TypeError("filterMetrics: filtering by delegation needs options.statements, to find who stated each metric");
    }
    requireArray(source, "options.statements", "filterMetrics");
    const speakers = new Map(source.map((s) => [s.id, s.speaker.delegation]));
    checkIds("delegations", many(q.delegation), () => new Set(source.flatMap((s) => [s.speaker.delegation, ...s.onBehalfOf])));
    const delegationsWanted = new Set(many(q.delegation));
    byDelegation = (m) => {
      if (m.statement === null) return false;
      const speaker = speakers.get(m.statement);
      if (speaker === undefined) throw new UnknownIdError("statements", m.statement, speakers.keys());
      return delegationsWanted.has(speaker);
    };
  }

  const set = <T>(v: OneOrMany<T> | undefined) => (v === undefined ? undefined : new Set<T>(many(v)));
  const meetings = set(q.meeting);
  const statementsWanted = set(q.statement);
  const subjectsWanted = set(q.subject);
  const units = set(q.unit);
  const qualifiers = set(q.qualifier);
  const missionsWanted = set(q.mission);

  // Only the fields the query gives become checks, so a field left out costs nothing per metric.
  const checks: Array<(m: Metric<AnyIds>) => boolean> = [];
  if (meetings) {
    const is = membership(meetings);
    checks.push((m) => is(m.meeting));
  }
  if (statementsWanted) {
    const is = membership(statementsWanted);
    checks.push((m) => m.statement !== null && is(m.statement));
  }
  if (subjectsWanted) {
    const is = membership(subjectsWanted);
    checks.push((m) => is(m.subject));
  }
  if (units) {
    const is = membership(units);
    checks.push((m) => is(m.unit));
  }
  if (qualifiers) {
    const is = membership(qualifiers);
    checks.push((m) => is(m.qualifier));
  }
  if (missionsWanted) checks.push((m) => m.scope.missions.some((x) => missionsWanted.has(x)));
  if (byDelegation) checks.push(byDelegation);
  if (inPeriod) checks.push(inPeriod);
  const out: M[] = [];
  outer: for (const m of metrics) {
    for (const check of checks) if (!check(m)) continue outer;
    out.push(m);
  }
  return out;
}
