/**
 * What changed between two versions of the data: the records added, removed and changed in each collection, by id,
 * with the fields that changed. Behind the command-line tool's `diff OLD [NEW]`.
 * @module
 */
import { COLLECTIONS, type CollectionName } from "../schemas/dataset.js";
import { compareStrings } from "../helpers/order.js";

/** One record that changed: its id and the dotted paths of the values that differ (`speaker.name`, `themes`). */
export interface ChangedRecord {
  readonly id: string;
  readonly fields: readonly string[];
}

/** The changes in one collection, ids in sorted order. */
export interface CollectionDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly ChangedRecord[];
}

/** The changes between two datasets: their versions (null where a dataset has no meta block) and each collection's changes. */
export interface DatasetDiff {
  readonly from: string | null;
  readonly to: string | null;
  readonly collections: Readonly<Record<CollectionName, CollectionDiff>>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The paths at which two values differ. Objects are compared key by key and lists of the same length item by item
 * (`themes.2.evidence`); a list whose length changed is one change at its own path, as are values of different kinds.
 */
export function changedPaths(a: Json, b: Json, prefix = ""): string[] {
  if (a === b) return [];
  const here = [prefix];
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object" || Array.isArray(a) !== Array.isArray(b)) return here;
  const at = (key: string | number) => (prefix === "" ? String(key) : `${prefix}.${key}`);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return here;
    return a.flatMap((item, i) => changedPaths(item, b[i]!, at(i)));
  }
  const x = a as Record<string, Json>;
  const y = b as Record<string, Json>;
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])];
  return keys.flatMap((k) => (!Object.hasOwn(x, k) || !Object.hasOwn(y, k) ? [at(k)] : changedPaths(x[k]!, y[k]!, at(k))));
}

/** A dataset read from a file: each collection's records by id; throws a TypeError naming what is wrong. */
function recordsOf(dataset: unknown, name: string): { version: string | null; byId: Record<CollectionName, Map<string, Json>> } {
  if (dataset === null || typeof dataset !== "object" || Array.isArray(dataset)) throw new TypeError(`${name} is not a dataset: not a JSON object`);
  const data = dataset as Record<string, unknown>;
  const byId = {} as Record<CollectionName, Map<string, Json>>;
  for (const c of COLLECTIONS) {
    // A collection added in a later version (councilTerms) is absent from files written before it: no records.
    const records = data[c] ?? [];
    if (!Array.isArray(records)) throw new TypeError(`${name} is not a dataset: '${c}' is not a list of records`);
    byId[c] = new Map();
    records.forEach((r: unknown, i) => {
      const id = r !== null && typeof r === "object" ? (r as { id?: unknown }).id : undefined;
      if (typeof id !== "string") throw new TypeError(`${name}: ${c} record ${i + 1} has no id`);
      if (byId[c].has(id)) throw new TypeError(`${name}: ${c} has two records with id '${id}'`);
      byId[c].set(id, r as Json);
    });
  }
  const meta = data.meta as { version?: unknown } | undefined;
  return { version: typeof meta?.version === "string" ? meta.version : null, byId };
}

const sorted = (ids: Iterable<string>) => [...ids].sort(compareStrings);

/** The records added, removed and changed from `before` to `after`, two datasets as their dataset.json holds them. */
export function diffDatasets(before: unknown, after: unknown, names: readonly [string, string] = ["OLD", "NEW"]): DatasetDiff {
  const a = recordsOf(before, names[0]);
  const b = recordsOf(after, names[1]);
  const collections = {} as Record<CollectionName, CollectionDiff>;
  for (const c of COLLECTIONS) {
    const [x, y] = [a.byId[c], b.byId[c]];
    const changed = sorted([...y.keys()].filter((id) => x.has(id)))
      .map((id) => ({ id, fields: changedPaths(x.get(id)!, y.get(id)!) }))
      .filter((r) => r.fields.length > 0);
    collections[c] = { added: sorted([...y.keys()].filter((id) => !x.has(id))), removed: sorted([...x.keys()].filter((id) => !y.has(id))), changed };
  }
  return { from: a.version, to: b.version, collections };
}

/** How {@link diffMarkdown} lays out its headings. */
export interface DiffMarkdownOptions {
  /** The level of each collection's heading: 3 (`###`) by default, under the `##` title. */
  readonly level?: number;
  /** Whether to open with a title naming the two versions, one level above the collections: true by default. */
  readonly title?: boolean;
}

/**
 * The diff as Markdown: a heading with the versions, then per collection that changed its added, removed and changed
 * ids. `level` and `title` fit it under another heading (the release script's changeset does so).
 */
export function diffMarkdown(diff: DatasetDiff, { level = 3, title = true }: DiffMarkdownOptions = {}): string {
  const code = (s: string) => `\`${s}\``;
  const lines = title ? [`${"#".repeat(level - 1)} Data changes from ${diff.from ?? "OLD"} to ${diff.to ?? "NEW"}`, ""] : [];
  let any = false;
  for (const c of COLLECTIONS) {
    const { added, removed, changed } = diff.collections[c];
    if (added.length + removed.length + changed.length === 0) continue;
    any = true;
    lines.push(`${"#".repeat(level)} ${c}`, "");
    if (added.length) lines.push(`- added (${added.length}): ${added.map(code).join(", ")}`);
    if (removed.length) lines.push(`- removed (${removed.length}): ${removed.map(code).join(", ")}`);
    for (const r of changed) lines.push(`- changed ${code(r.id)}: ${r.fields.map(code).join(", ")}`);
    lines.push("");
  }
  if (!any) lines.push("No record was added, removed or changed.", "");
  return lines.join("\n");
}

/** Whether a diff holds any record added, removed or changed. */
export function hasChanges(diff: DatasetDiff): boolean {
  return Object.values(diff.collections).some((c) => c.added.length + c.removed.length + c.changed.length > 0);
}
