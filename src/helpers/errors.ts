/**
 * Errors the helpers throw for bad input.
 * @module
 */
import { compareStrings } from "./order.js";

/** Edit distance between two strings (insertions, deletions, substitutions), for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * The known ids closest to an unknown one, best first (at most `limit`): ids that contain it (ignoring case) come
 * first, so `fatalities` finds `peacekeeper-fatalities-acts-of-violence`; then the rest by edit distance.
 */
export function closestIds(id: string, known: Iterable<string>, limit = 3): string[] {
  const needle = id.toLowerCase();
  const contains = (k: string) => needle.length >= 3 && k.toLowerCase().includes(needle);
  return [...new Set(known)]
    .map((k) => [k, contains(k) ? 0 : 1, distance(id, k)] as const)
    .sort((x, y) => x[1] - y[1] || x[2] - y[2] || compareStrings(x[0], y[0]))
    .slice(0, limit)
    .map(([k]) => k);
}

/**
 * Thrown when an id is not among the records it should be in. Names the collection and the closest known ids.
 * @category Errors
 * @example
 * ```ts
 * import { getById, delegations, UnknownIdError, type AnyIds, type Delegation } from "peacekeeping-records";
 * // A misspelt id does not compile against the bundled records' id union; records with ids of your own (AnyIds) take
 * // any string, and a wrong one throws.
 * const records: readonly Delegation<AnyIds>[] = delegations;
 * try {
 *   getById(records, "VIETNAM");
 * } catch (error) {
 *   if (error instanceof UnknownIdError) console.log(error.message);
 *   // unknown delegations id 'VIETNAM'; closest known: VNM, ASEAN, IDN
 * }
 * ```
 */
export class UnknownIdError extends Error {
  /** The collection the id was looked for in. */
  readonly collection: string;
  /** The id that was not found. */
  readonly id: string;
  /** The known ids closest to it, best first. */
  readonly suggestions: readonly string[];

  constructor(collection: string, id: string, known: Iterable<string>) {
    const suggestions = closestIds(id, known);
    super(`unknown ${collection} id '${id}'${suggestions.length ? `; closest known: ${suggestions.join(", ")}` : ""}`);
    this.name = "UnknownIdError";
    this.collection = collection;
    this.id = id;
    this.suggestions = suggestions;
  }
}

/**
 * Thrown by {@link changeBetween} when asked to compare a partial period (such as "so far in 2020") as if it were
 * complete, without `allowPartial`.
 * @category Errors
 */
export class PartialPeriodError extends Error {
  /** The period that is partial. */
  readonly period: string;

  constructor(period: string, subject: string) {
    super(`the ${subject} value for ${period} covers only part of that period; pass { allowPartial: true } to compare it anyway`);
    this.name = "PartialPeriodError";
    this.period = period;
  }
}
