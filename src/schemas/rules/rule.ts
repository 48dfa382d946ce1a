/**
 * What a cross-record rule of {@link validateDataset} is and what it sees. Each rule lives in its own file, named
 * for its id, with its own corruption test (test/schemas/rules/).
 * @module
 */
import type { CollectionName } from "../dataset.js";

/** A path inside a record: field names and array indices. */
export type Path = Array<string | number>;

/** What a rule sees: the raw records (also those that failed their schema), the ids of each collection, the texts. */
export interface RuleContext {
  /** The raw records of each collection, as given (not parsed). */
  readonly records: Readonly<Record<CollectionName, readonly unknown[]>>;
  /** The string ids present in each collection. */
  readonly ids: Readonly<Record<CollectionName, ReadonlySet<string>>>;
  /** The verbatim text of each source, by source id. */
  readonly texts: ReadonlyMap<string, string>;
  /** The id of a record, or `#index` when it has no usable id. */
  idOf(record: unknown, index: number): string;
  /** Reports one problem with a record (collection null: with the dataset as a whole). */
  report(collection: CollectionName | null, id: string | null, path: Array<string | number>, message: string): void;
}

/** One cross-record check: an id (kebab-case, the name of its file), a one-line description, and the check. */
export interface Rule {
  /** The rule's id, carried by every problem it reports. */
  readonly id: string;
  /** What must hold, in one sentence. */
  readonly description: string;
  /** Runs the check over the whole dataset, reporting each problem found. */
  check(context: RuleContext): void;
}

type AnyRecord = Record<string, unknown>;

/** The longest an echoed value (an id, a key, a quote) is printed in a problem before it is cut. */
export const ECHO_MAX = 60;

/** Cuts a value echoed in a problem to a readable length, saying how long it was. */
export const cut = (value: unknown, max = ECHO_MAX): string => {
  const s = String(value);
  return s.length > max ? `${s.slice(0, max)}… (${s.length} characters)` : s;
};

/** A field of a value that may not be an object: undefined unless it is an own property of an object. */
export const get = (rec: unknown, key: string): unknown =>
  rec !== null && typeof rec === "object" && Object.hasOwn(rec, key) ? (rec as AnyRecord)[key] : undefined;

/**
 * Calls `visit` with every value at a dotted path and its concrete path; `*` walks the elements of an array.
 * The path array is shared and mutated as the walk goes: a visitor that keeps it must copy it.
 */
export function valuesAt(value: unknown, pattern: readonly string[], visit: (value: unknown, path: Path) => void, depth = 0, path: Path = []): void {
  if (depth === pattern.length) return visit(value, path);
  const head = pattern[depth]!;
  if (head === "*") {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      valuesAt(value[i], pattern, visit, depth + 1, path);
      path.pop();
    }
    return;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value) || !Object.hasOwn(value, head)) return;
  path.push(head);
  valuesAt((value as AnyRecord)[head], pattern, visit, depth + 1, path);
  path.pop();
}

/** Groups records by the value of one of their fields (records without a string there are left out). */
export function groupBy(records: readonly unknown[], key: string): Map<string, Array<[unknown, number]>> {
  const groups = new Map<string, Array<[unknown, number]>>();
  records.forEach((rec, index) => {
    const value = get(rec, key);
    if (typeof value !== "string") return;
    const list = groups.get(value);
    if (list) list.push([rec, index]);
    else groups.set(value, [[rec, index]]);
  });
  return groups;
}

/** Where a span stands: its source and offsets, when it has them all. */
export interface Place {
  /** The source id. */
  readonly source: string;
  /** The first offset. */
  readonly start: number;
  /** The offset past the end. */
  readonly end: number;
}

/** A span's place, or undefined when it lacks a string source or numeric offsets. */
export function placeOf(span: unknown): Place | undefined {
  const source = get(span, "source");
  const start = get(span, "start");
  const end = get(span, "end");
  return typeof source === "string" && typeof start === "number" && typeof end === "number" ? { source, start, end } : undefined;
}

/** The places of a statement's paragraphs (those with a usable place). */
export function paragraphPlaces(statement: unknown): Place[] {
  const paragraphs = get(statement, "paragraphs");
  return Array.isArray(paragraphs) ? paragraphs.map(placeOf).filter((p): p is Place => p !== undefined) : [];
}

/** True when a place lies inside one of the paragraphs (same source, edges included). */
export const insideAny = (at: Place, paragraphs: readonly Place[]): boolean =>
  paragraphs.some((p) => p.source === at.source && p.start <= at.start && at.end <= p.end);

/**
 * A metric's stated numbers with their paths: the metric itself, and its target. A metric without a target gives
 * null or undefined there, which has no fields for {@link get} to read, so the checks pass over it.
 */
export function statedNumbers(metric: unknown): Array<[unknown, Path]> {
  return [
    [metric, []],
    [get(metric, "target"), ["target"]],
  ];
}
