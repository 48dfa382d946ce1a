/** `show <id>`: one record, whatever its collection, with every quote it rests on and where that quote sits in its source. */
import { UnknownIdError, type Dataset } from "../index.js";
import { COLLECTIONS } from "../schemas/dataset.js";

/** A record found by id, with the collection it is in. */
export interface Found {
  readonly collection: (typeof COLLECTIONS)[number];
  readonly record: Readonly<Record<string, unknown>>;
}

/** Every record with this id, in any collection (ids are unique within a collection, not across them). */
export function findRecords(dataset: Dataset, id: string): Found[] {
  const found: Found[] = [];
  for (const collection of COLLECTIONS) {
    for (const record of dataset[collection] as ReadonlyArray<Readonly<Record<string, unknown>>>) {
      if (record.id === id) found.push({ collection, record });
    }
  }
  if (found.length === 0) {
    throw new UnknownIdError("record", id, COLLECTIONS.flatMap((c) => (dataset[c] as ReadonlyArray<{ readonly id: string }>).map((r) => r.id)));
  }
  return found;
}

const isSpan = (v: unknown): v is { source: string; start: number | null; end: number | null; quote: string } =>
  typeof v === "object" && v !== null && "source" in v && "quote" in v && "start" in v && "end" in v;

/**
 * The record as `path: value` lines. A quote prints as “…” followed by its source and character offsets; a delegation
 * id is followed by the delegation's name; null and empty lists print as "none". Quotes keep the source's characters
 * (no-break spaces, curly quotes) so they can be searched for in it.
 */
export function renderRecord({ collection, record }: Found, dataset: Dataset): string {
  const names = new Map(dataset.delegations.map((d) => [d.id as string, d.name]));
  const withName = (key: string, v: unknown) =>
    (key === "delegation" || key === "onBehalfOf") && names.has(v as string) ? `${v} (${names.get(v as string)})` : String(v);
  const lines: string[] = [`${collection} ${String(record.id)}`];
  const walk = (value: unknown, at: string, key: string): void => {
    if (isSpan(value)) {
      const where = value.start === null || value.end === null ? "offsets not filled" : `${value.start}–${value.end}`;
      lines.push(`${at}: “${value.quote}” (${value.source}, ${where})`);
    } else if (value === null || (Array.isArray(value) && value.length === 0)) {
      lines.push(`${at}: none`);
    } else if (Array.isArray(value)) {
      if (value.every((v) => typeof v !== "object" || v === null)) lines.push(`${at}: ${value.map((v) => withName(key, v)).join(", ")}`);
      else value.forEach((v, i) => walk(v, `${at}[${i}]`, key));
    } else if (typeof value === "object") {
      for (const [k, v] of Object.entries(value)) walk(v, `${at}.${k}`, k);
    } else {
      lines.push(`${at}: ${withName(key, value)}`);
    }
  };
  for (const [k, v] of Object.entries(record)) if (k !== "id") walk(v, k, k);
  return `${lines.join("\n")}\n`;
}
