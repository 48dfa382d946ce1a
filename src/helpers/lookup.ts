/**
 * Finding records by id.
 * @module
 */
import { UnknownIdError } from "./errors.js";
import { requireArray } from "./internal.js";

/**
 * A record with an id.
 * @category Lookup
 */
export interface Identified {
  /** The record's id. */
  readonly id: string;
}

/** The field that tells each collection's records apart, to name the collection in errors. */
const MARKERS: ReadonlyArray<readonly [string, string]> = [
  ["sha256", "sources"],
  ["briefers", "meetings"],
  ["paragraphs", "statements"],
  ["acronym", "missions"],
  ["subject", "metrics"],
  ["a4pCommitmentArea", "themes"],
  ["m49", "delegations"],
  ["unit", "subjects"],
  ["symbol", "documents"],
  ["seat", "councilTerms"],
];

/** The collection name of an array of records, read from the fields of its first record. */
export function collectionName(records: readonly object[]): string {
  const first = records[0];
  if (first === undefined) return "records";
  return MARKERS.find(([field]) => field in first)?.[1] ?? "records";
}

/**
 * Returns the record with the given id, or throws {@link UnknownIdError} naming the collection and the closest ids.
 * A linear scan: for many look-ups in the same records, build an index once with {@link indexById}.
 *
 * The id has the type of the records' ids: for the bundled records, the id union of their collection, so that editors
 * complete it and a misspelt id does not compile; for records of your own (`Delegation<AnyIds>`), any string. Check a
 * string from outside with the collection's guard ({@link isDelegationId}, …) first.
 * @category Lookup
 * @example
 * ```ts
 * import { getById, delegations } from "peacekeeping-records";
 * console.log(getById(delegations, "VNM").name); // Viet Nam
 * ```
 */
export function getById<R extends Identified>(records: readonly R[], id: NoInfer<R["id"]>): R {
  requireArray(records, "records", "getById");
  for (const r of records) if (r.id === id) return r;
  throw new UnknownIdError(collectionName(records), String(id), records.map((r) => r.id));
}

/**
 * Indexes records by id, in input order. Throws a TypeError if two records share an id. The keys have the type of the
 * records' ids (for the bundled records, the id union of their collection).
 * @category Lookup
 * @example
 * ```ts
 * import { indexById, missions } from "peacekeeping-records";
 * const byId = indexById(missions);
 * console.log(byId.get("MINUSMA")?.host?.name); // Mali
 * ```
 */
export function indexById<R extends Identified>(records: readonly R[]): ReadonlyMap<R["id"], R> {
  requireArray(records, "records", "indexById");
  const map = new Map<R["id"], R>();
  for (const r of records) {
    if (map.has(r.id)) throw new TypeError(`indexById: duplicate id '${r.id}' in ${collectionName(records)}`);
    map.set(r.id, r);
  }
  return map;
}
