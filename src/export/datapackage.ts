/**
 * The CSV tables as a Frictionless Data Package (v2): `datapackage.json` names each table's file, its fields in the
 * CSV's column order with their types, constraints and descriptions (read from the Zod schemas), its primary key, and
 * a foreign key for every reference (link tables to their parent, records to the records they name, spans to their
 * source). Written by the build beside the CSV files; the codebook is written from the same descriptions.
 * @module
 */
import * as z from "zod";
import type { CollectionName } from "../schemas/dataset.js";
import { REFERENCES } from "../schemas/rules/references-resolve.js";
import { SPAN_PATHS } from "../schemas/rules/span-paths.js";
import { tableLayouts, type ColumnLayout, type TableLayout } from "./tables.js";

/** The dataset's title, as the data package and CITATION.cff give it. */
export const DATASET_TITLE = "peacekeeping-records: UN Security Council debates on peacekeeping";

/** Who the data package and CITATION.cff name as its authors: the project's contributors, as one entity. */
export const AUTHORS = "peacekeeping-records contributors";

/** The profile the descriptor follows. */
export const DATA_PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

/** A Table Schema field. */
export interface Field {
  readonly name: string;
  readonly type: "string" | "integer" | "number" | "boolean" | "date" | "datetime";
  readonly format?: "uri";
  readonly description: string;
  readonly constraints?: { readonly required?: true; readonly enum?: readonly string[]; readonly minimum?: number; readonly maximum?: number };
}

/** A Table Schema foreign key; a reference without `resource` names the table itself. */
export interface ForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly resource?: string; readonly fields: readonly string[] };
}

/** A tabular data resource: one CSV table. */
export interface TableResource {
  readonly name: string;
  readonly type: "table";
  readonly path: string;
  readonly format: "csv";
  readonly mediatype: "text/csv";
  readonly encoding: "utf-8";
  readonly description: string;
  readonly dialect: { readonly header: true; readonly delimiter: ","; readonly lineTerminator: "\r\n"; readonly quoteChar: '"'; readonly doubleQuote: true };
  readonly schema: {
    readonly fields: readonly Field[];
    readonly missingValues: readonly [""];
    readonly primaryKey: readonly string[];
    readonly foreignKeys: readonly ForeignKey[];
  };
}

/** What the descriptor takes from package.json. */
export interface PackageInfo {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly license: string;
}

/** What the descriptor takes from the built dataset: its build time and its sources. */
export interface DescribedDataset {
  readonly meta?: { readonly built: string } | undefined;
  readonly sources: ReadonlyArray<{ readonly id: string; readonly title: string; readonly publisher: string; readonly date: string; readonly url: string | null }>;
}

/** What Zod 4 tells of a schema: its definition's type, and for numbers and string formats the public getters. */
type Described = { _zod: { def: { type: string } }; format?: string | null; isInt?: boolean; minValue?: number | null; maxValue?: number | null };

/** A value's Table Schema type (and format), from its Zod schema. */
export function fieldType(schema: z.ZodType): Pick<Field, "type" | "format"> {
  const { _zod, format, isInt } = schema as unknown as Described;
  const type = _zod.def.type;
  if (type === "number") return { type: isInt ? "integer" : "number" };
  if (type === "boolean") return { type: "boolean" };
  if (type === "string" && format === "date") return { type: "date" };
  if (type === "string" && format === "datetime") return { type: "datetime" };
  if (type === "string" && format === "url") return { type: "string", format: "uri" };
  if (type === "string" || type === "enum" || type === "literal") return { type: "string" };
  throw new TypeError(`datapackage: no Table Schema type for a schema of type ${type}`);
}

/** A column as a Table Schema field: its type, whether it is required, its allowed values and bounds. */
export function fieldOf(column: ColumnLayout): Field {
  const type: Pick<Field, "type" | "format"> =
    column.role === "marker" ? { type: "boolean" } : column.schema ? fieldType(column.schema) : { type: column.role === "key" && !column.name.endsWith(".position") ? "string" : "integer" };
  const constraints: { required?: true; enum?: readonly string[]; minimum?: number; maximum?: number } = {};
  if (!column.optional) constraints.required = true;
  if (column.kinds) constraints.enum = column.kinds;
  else if (column.schema instanceof z.ZodEnum) constraints.enum = column.schema.options as string[];
  else if (column.schema instanceof z.ZodLiteral) constraints.enum = [...column.schema.values].map(String);
  if (column.role === "position" || (column.role === "key" && type.type === "integer")) constraints.minimum = 1;
  if (column.schema && (type.type === "integer" || type.type === "number")) {
    // An integer's bounds are ±(2^53 - 1) and a number's ±Infinity where the schema sets none: only a set one says something.
    const { minValue, maxValue } = column.schema as unknown as Described;
    if (typeof minValue === "number" && Math.abs(minValue) < Number.MAX_SAFE_INTEGER) constraints.minimum = minValue;
    if (typeof maxValue === "number" && Math.abs(maxValue) < Number.MAX_SAFE_INTEGER) constraints.maximum = maxValue;
  }
  return { name: column.name, ...type, description: column.description, ...(Object.keys(constraints).length ? { constraints } : {}) };
}

/** The resource of the table that holds a collection's records. */
const mainTable = (layouts: readonly TableLayout[], collection: CollectionName) => layouts.find((l) => l.collection === collection && l.parent === null)!;

/**
 * The foreign keys of every table, by table name: each link table to its parent, each reference field of the schema
 * rules ({@link REFERENCES}) to the table it names, each span's source to `sources`, and the meta block's sources to
 * `sources`. Throws a TypeError naming a reference or span that no column holds, or that two columns claim.
 */
export function foreignKeys(layouts: readonly TableLayout[]): Map<string, ForeignKey[]> {
  const keys = new Map<string, ForeignKey[]>(layouts.map((l) => [l.name, []]));
  const add = (table: string, fields: readonly string[], resource: string, target: readonly string[]) =>
    keys.get(table)!.push({ fields, reference: resource === table ? { fields: target } : { resource, fields: target } });
  for (const l of layouts) if (l.parent) add(l.name, l.primaryKey.slice(0, -1), l.parent.table, l.parent.columns);
  /** The one column of a collection's tables at a field path. */
  const at = (collection: CollectionName, pattern: string): { table: string; column: string } => {
    const found = layouts.flatMap((l) => (l.collection === collection ? l.columns.filter((c) => c.role === "value" && c.pattern === pattern).map((c) => ({ table: l.name, column: c.name })) : []));
    if (found.length !== 1) throw new TypeError(`datapackage: ${found.length} columns of ${collection}'s tables hold '${pattern}', not one`);
    return found[0]!;
  };
  for (const [collection, references] of Object.entries(REFERENCES) as Array<[CollectionName, ReadonlyArray<readonly [string, CollectionName]>]>) {
    for (const [pattern, target] of references) {
      const { table, column } = at(collection, pattern);
      add(table, [column], mainTable(layouts, target).name, ["id"]);
    }
    for (const span of SPAN_PATHS[collection]) {
      const { table, column } = at(collection, [...span, "source"].join("."));
      add(table, [column], mainTable(layouts, "sources").name, ["id"]);
    }
  }
  add("meta.sources", ["id"], mainTable(layouts, "sources").name, ["id"]);
  return keys;
}

/** The data package of the CSV tables of a built dataset; `csvDir` is the tables' folder relative to the descriptor. */
export function dataPackage(dataset: DescribedDataset, info: PackageInfo, csvDir = "csv"): Record<string, unknown> {
  const layouts = tableLayouts();
  const keys = foreignKeys(layouts);
  const resources: TableResource[] = layouts.map((l) => ({
    name: l.name,
    type: "table",
    path: `${csvDir}/${l.name}.csv`,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    description: l.description,
    dialect: { header: true, delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true },
    schema: { fields: l.columns.map(fieldOf), missingValues: [""], primaryKey: l.primaryKey, foreignKeys: keys.get(l.name)! },
  }));
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: info.name,
    title: DATASET_TITLE,
    description: info.description,
    version: info.version,
    ...(dataset.meta ? { created: dataset.meta.built } : {}),
    keywords: info.keywords,
    licenses: [{ name: info.license }],
    contributors: [{ title: AUTHORS, roles: ["author"] }],
    sources: dataset.sources.map((s) => ({ title: `${s.publisher}, "${s.title}", ${s.date}`, ...(s.url === null ? {} : { path: s.url }) })),
    resources,
  };
}
