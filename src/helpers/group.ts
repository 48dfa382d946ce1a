/**
 * Grouping and counting records by a key.
 * @module
 */
import { requireArray } from "./internal.js";

/**
 * The fields of a record whose values can serve as a key (strings, numbers, booleans, null).
 * @category Aggregate
 */
export type KeyField<R> = { [K in keyof R]-?: R[K] extends string | number | boolean | null ? K : never }[keyof R];

/**
 * A key: a field name of the records, or a function of a record.
 * @category Aggregate
 */
export type Key<R, K> = KeyField<R> | ((record: R) => K);

/** Calls `visit(record, key)` for each record: the field read inline for a field name, or the key function called. */
function eachKey<R>(records: readonly R[], key: unknown, fn: string, visit: (record: R, k: unknown) => void): void {
  if (typeof key === "function") {
    for (const r of records) visit(r, (key as (record: R) => unknown)(r));
    return;
  }
  if (typeof key !== "string") throw new TypeError(`${fn}: the key must be a field name or a function, got ${typeof key}`);
  for (const r of records) {
    const value = (r as Record<string, unknown> | null | undefined)?.[key];
    // Only a missing value needs the slower check that the field exists at all.
    if (value === undefined && (r === null || typeof r !== "object" || !(key in r))) throw new TypeError(`${fn}: a record has no field '${key}'`);
    visit(r, value);
  }
}

/**
 * Groups records by a key, in order of first appearance; each group keeps input order.
 * @category Aggregate
 * @example
 * ```ts
 * import { filterStatements, groupBy, statements } from "peacekeeping-records";
 * const byCapacity = groupBy(filterStatements(statements, { meeting: "2020-09-14-a4p" }), "capacity");
 * console.log([...byCapacity].map(([k, v]) => `${k}: ${v.length}`)); // [ 'un-official: 1', 'elected-member: 7', 'permanent-member: 5' ]
 * ```
 */
export function groupBy<R, F extends KeyField<R>>(records: readonly R[], key: F): ReadonlyMap<R[F], readonly R[]>;
export function groupBy<R, K>(records: readonly R[], key: (record: R) => K): ReadonlyMap<K, readonly R[]>;
export function groupBy<R>(records: readonly R[], key: unknown): ReadonlyMap<unknown, readonly R[]> {
  requireArray(records, "records", "groupBy");
  const groups = new Map<unknown, R[]>();
  eachKey(records, key, "groupBy", (r, k) => {
    const group = groups.get(k);
    if (group) group.push(r);
    else groups.set(k, [r]);
  });
  return groups;
}

/**
 * Counts records by a key, in order of first appearance. The counts add up to the number of records.
 * @category Aggregate
 * @example
 * ```ts
 * import { countBy, filterMetrics, metrics } from "peacekeeping-records";
 * console.log(countBy(filterMetrics(metrics, { meeting: "2020-09-14-a4p" }), "qualifier").get("more-than")); // 6
 * ```
 */
export function countBy<R, F extends KeyField<R>>(records: readonly R[], key: F): ReadonlyMap<R[F], number>;
export function countBy<R, K>(records: readonly R[], key: (record: R) => K): ReadonlyMap<K, number>;
export function countBy<R>(records: readonly R[], key: unknown): ReadonlyMap<unknown, number> {
  requireArray(records, "records", "countBy");
  const counts = new Map<unknown, number>();
  eachKey(records, key, "countBy", (_r, k) => counts.set(k, (counts.get(k) ?? 0) + 1));
  return counts;
}
