/**
 * A metric against its target.
 * @module
 */
import type { AnyIds } from "../ids.js";
import type { Metric, Qualifier, Unit } from "../types.js";
import { clean } from "./internal.js";

/**
 * A metric's value against its target.
 * @category Compare
 */
export interface TargetComparison {
  /** Id of the metric. */
  readonly metric: string;
  /** The stated value. */
  readonly value: number;
  /** Its qualifier. */
  readonly qualifier: Qualifier;
  /** The target. */
  readonly target: number;
  /** The target's qualifier. */
  readonly targetQualifier: Qualifier;
  /** The unit of value and target. */
  readonly unit: Unit;
  /** value − target, in `differenceUnit`. */
  readonly difference: number;
  /** `percentage-points` for percentages; the metric's unit otherwise. */
  readonly differenceUnit: "percentage-points" | Unit;
  /** value / target, or null when the target is 0. */
  readonly ratio: number | null;
  /**
   * Whether the target was met, given the qualifier: true or false when every value the words allow gives the same
   * answer ("more than 17" meets 17), null when they do not ("almost 18" against 17, or "approximately 17" against 17).
   */
  readonly met: boolean | null;
}

/**
 * How a target is met.
 * @category Compare
 */
export interface CompareToTargetOptions {
  /** `at-least` (default): met when the value reaches the target; `at-most`: met when it stays at or below it. */
  direction?: "at-least" | "at-most" | undefined;
}

/** The values a qualified number allows, as an interval: [low, high], each end open or closed. */
function allowed(value: number, q: Qualifier): { low: number; lowOpen: boolean; high: number; highOpen: boolean } | null {
  switch (q) {
    case "exact":
      return { low: value, lowOpen: false, high: value, highOpen: false };
    case "more-than":
      return { low: value, lowOpen: true, high: Infinity, highOpen: true };
    case "at-least":
      return { low: value, lowOpen: false, high: Infinity, highOpen: true };
    case "less-than":
    case "almost":
      return { low: -Infinity, lowOpen: true, high: value, highOpen: true };
    case "at-most":
      return { low: -Infinity, lowOpen: true, high: value, highOpen: false };
    case "approximately":
      return null;
  }
}

/**
 * Compares a metric with its target: difference (in percentage points for percentages), ratio, and whether the
 * target was met, honest about qualifiers. Throws a TypeError for a metric without a target.
 * @category Compare
 * @example
 * ```ts
 * import { compareToTarget, getById, metrics } from "peacekeeping-records";
 * const c = compareToTarget(getById(metrics, "2020-09-14-a4p-women-military-professional-posts-hq"));
 * console.log(c.value, c.target, c.difference, c.differenceUnit, c.met); // 22.6 17 5.6 percentage-points true
 * ```
 */
export function compareToTarget(metric: Metric<AnyIds>, options: CompareToTargetOptions = {}): TargetComparison {
  if (metric === null || typeof metric !== "object" || typeof metric.value !== "number") {
    throw new TypeError("compareToTarget: 'metric' must be a Metric record");
  }
  if (metric.target === null || metric.target === undefined) {
    throw new TypeError(`compareToTarget: metric '${metric.id}' has no target`);
  }
  const direction = options.direction ?? "at-least";
  if (direction !== "at-least" && direction !== "at-most") {
    throw new TypeError(`compareToTarget: direction must be 'at-least' or 'at-most', got '${String(direction)}'`);
  }
  const target = metric.target.value;
  const range = allowed(metric.value, metric.qualifier);
  let met: boolean | null;
  if (range === null) {
    // "approximately": only clear when the stated value is not at the target.
    met = metric.value === target ? null : direction === "at-least" ? metric.value > target : metric.value < target;
  } else if (direction === "at-least") {
    // Met for sure when even the lowest allowed value reaches the target; missed for sure when even the highest cannot.
    met = range.low >= target ? true : range.high < target || (range.high === target && range.highOpen) ? false : null;
  } else {
    met = range.high <= target ? true : range.low > target || (range.low === target && range.lowOpen) ? false : null;
  }
  return {
    metric: metric.id,
    value: metric.value,
    qualifier: metric.qualifier,
    target,
    targetQualifier: metric.target.qualifier,
    unit: metric.unit,
    difference: clean(metric.value - target),
    differenceUnit: metric.unit === "percent" ? "percentage-points" : metric.unit,
    ratio: target === 0 ? null : metric.value / target,
    met,
  };
}
