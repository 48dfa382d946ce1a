/** Shared pieces of the helpers (not exported from the package). */
import { COUNCIL_TERM_IDS, DELEGATION_IDS, DOCUMENT_IDS, MEETING_IDS, METRIC_SUBJECTS, MISSION_IDS, THEME_IDS } from "../generated/dataset.js";
import { UnknownIdError } from "./errors.js";

/**
 * One value, or several of which any may match.
 * @category Filter
 */
export type OneOrMany<T> = T | readonly T[];

/** The values of a one-or-many query field, as an array. */
export function many<T>(value: OneOrMany<T>): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

/** Throws a TypeError unless the value is an array. */
export function requireArray(value: unknown, name: string, fn: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw new TypeError(`${fn}: '${name}' must be an array of records, got ${value === null ? "null" : typeof value}`);
}

/** Throws a TypeError naming any field of a query that the function does not know. */
export function checkQueryFields(query: unknown, allowed: readonly string[], fn: string): void {
  if (query === null || typeof query !== "object" || Array.isArray(query)) {
    throw new TypeError(`${fn}: the query must be an object, got ${query === null ? "null" : Array.isArray(query) ? "an array" : typeof query}`);
  }
  for (const key of Object.keys(query)) {
    if (!allowed.includes(key)) throw new TypeError(`${fn}: unknown query field '${key}' (known: ${allowed.join(", ")})`);
  }
}

/** The ids the bundled data defines, by kind: a query id outside them and outside the records given is a typo. */
const BUNDLED: Readonly<Record<string, readonly string[]>> = {
  delegations: DELEGATION_IDS,
  missions: MISSION_IDS,
  themes: THEME_IDS,
  subjects: METRIC_SUBJECTS,
  meetings: MEETING_IDS,
  documents: DOCUMENT_IDS,
  councilTerms: COUNCIL_TERM_IDS,
};

/**
 * Throws UnknownIdError for a query id that is neither in the bundled data nor among the ids the given records use.
 * (Records a user built may use ids of their own; those count as known.) `used` is called only when an id is not a
 * bundled one, so the common case costs no pass over the records.
 */
export function checkIds(collection: string, ids: Iterable<string>, used: () => ReadonlySet<string>): void {
  const bundled = BUNDLED[collection] ?? [];
  let seen: ReadonlySet<string> | undefined;
  for (const id of ids) {
    if (typeof id !== "string") throw new TypeError(`a ${collection} id must be a string, got ${typeof id}`);
    if (bundled.includes(id)) continue;
    seen ??= used();
    if (!seen.has(id)) throw new UnknownIdError(collection, id, [...bundled, ...seen]);
  }
}

/** A membership test for a set: a plain comparison when it holds one value (the common query), else a lookup. */
export function membership<T>(set: ReadonlySet<T>): (value: T) => boolean {
  if (set.size === 1) {
    const [only] = set;
    return (value) => value === only;
  }
  return (value) => set.has(value);
}

/**
 * Items in both, only in a, only in b (each in sorted order), and their Jaccard similarity (null when both are empty).
 * @category Compare
 */
export interface SetComparison<T> {
  /** In both. */
  readonly both: readonly T[];
  /** Only in the first. */
  readonly onlyA: readonly T[];
  /** Only in the second. */
  readonly onlyB: readonly T[];
  /** |A ∩ B| / |A ∪ B|, or null when both are empty. */
  readonly jaccard: number | null;
}

/** Compares two sets (of ids: the default sort orders them by their UTF-16 code units, as `<` does). */
export function compareSets<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): SetComparison<T> {
  const both = [...a].filter((x) => b.has(x)).sort();
  const onlyA = [...a].filter((x) => !b.has(x)).sort();
  const onlyB = [...b].filter((x) => !a.has(x)).sort();
  const union = both.length + onlyA.length + onlyB.length;
  return { both, onlyA, onlyB, jaccard: union === 0 ? null : both.length / union };
}

/** Rounds away floating-point noise (22.6 - 17 is 5.600000000000001): twelve significant digits. */
export function clean(x: number): number {
  return Number(x.toPrecision(12));
}
