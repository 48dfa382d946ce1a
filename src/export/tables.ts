/**
 * The dataset as flat tables, derived from the Zod schemas: one table per collection with nested objects as dotted
 * columns, and one link table per list inside the records (`statements.themes`, `statements.onBehalfOf`, …), so that
 * every fact of the JSON stands in some table. `tablesToDataset` rebuilds the records from the tables.
 * @module
 */
import * as z from "zod";
import { COLLECTION_SCHEMAS, COLLECTIONS, type CollectionName } from "../schemas/dataset.js";

/** A flat table: a name, its columns, and rows of cells (null for an empty cell). */
export interface Table {
  /** File name without extension, e.g. `statements` or `statements.themes`. */
  readonly name: string;
  /** Column names, in order. */
  readonly columns: readonly string[];
  /** Rows, each with one cell per column. */
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>;
}

type Leaf = { kind: "leaf"; type: "string" | "number" | "boolean"; nullable: boolean };
type Obj = { kind: "object"; fields: Array<[string, Shape]>; nullable: boolean };
type Union = { kind: "union"; discriminator: string; options: Map<string, Obj>; nullable: boolean };
type Arr = { kind: "array"; element: Shape };
type Shape = Leaf | Obj | Union | Arr;

/** Reads a Zod schema into the shapes the tables need. */
function shapeOf(schema: z.ZodType, nullable = false): Shape {
  if (schema instanceof z.ZodNullable) return shapeOf(schema.unwrap() as z.ZodType, true);
  // No field is optional (z.optional): a missing key would come back from the tables as null, so it throws below.
  // A field with a default always has a value once parsed: its shape is its inner schema's.
  if (schema instanceof z.ZodDefault) return shapeOf(schema.unwrap() as z.ZodType, nullable);
  if (schema instanceof z.ZodObject) {
    return { kind: "object", nullable, fields: Object.entries(schema.shape as Record<string, z.ZodType>).map(([k, v]) => [k, shapeOf(v)]) };
  }
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const discriminator = (schema as unknown as { _zod: { def: { discriminator: string } } })._zod.def.discriminator;
    const options = new Map<string, Obj>();
    for (const option of schema.options as z.ZodObject[]) {
      const literal = option.shape[discriminator] as z.ZodLiteral;
      options.set(String([...literal.values][0]), shapeOf(option) as Obj);
    }
    return { kind: "union", discriminator, options, nullable };
  }
  if (schema instanceof z.ZodArray) return { kind: "array", element: shapeOf(schema.element as z.ZodType) };
  // String formats (z.iso.date(), z.url()) are not ZodString instances: read the definition's type instead.
  const type = (schema as unknown as { _zod: { def: { type: string } } })._zod.def.type;
  if (type === "number") return { kind: "leaf", type: "number", nullable };
  if (type === "boolean") return { kind: "leaf", type: "boolean", nullable };
  if (type === "string" || type === "enum") return { kind: "leaf", type: "string", nullable };
  // Literals are the kinds of the unions' options, all strings; a number or boolean literal throws below.
  if (schema instanceof z.ZodLiteral && typeof [...schema.values][0] === "string") return { kind: "leaf", type: "string", nullable };
  throw new TypeError(`tables: no flat form for schema type ${schema.constructor.name}`);
}

/** The fields of a union's options, merged in first-seen order (a column per distinct field name). */
function unionFields(u: Union): Array<[string, Shape]> {
  const seen = new Map<string, Shape>();
  for (const option of u.options.values()) for (const [k, v] of option.fields) if (!seen.has(k)) seen.set(k, v);
  return [...seen];
}

/** True when a present object always fills some column, so that "all cells empty" can only mean null. */
function alwaysFillsAColumn(shape: Obj | Union): boolean {
  if (shape.kind === "union") return true; // the discriminator column is always filled
  return shape.fields.some(([, f]) => (f.kind === "leaf" && !f.nullable) || ((f.kind === "object" || f.kind === "union") && !f.nullable && alwaysFillsAColumn(f)));
}

/** A column of a table: its name and its path inside the record (or array element). */
interface Column {
  name: string;
  path: string[];
  leaf: Leaf | "marker";
}

/** A table spec: the path of its array from the record root, its columns, and the specs of arrays inside it. */
interface Spec {
  name: string;
  /** The shape of the value one row holds: a record, or an element of the list. */
  shape: Shape;
  arrayPath: string[];
  columns: Column[];
  children: Spec[];
  /** For an array of scalars: the element is the single value column. */
  scalar: boolean;
}

/** Columns and child specs for an object shape at a prefix. */
function columnsOf(shape: Shape, prefix: string[], tableName: string, columns: Column[], children: Spec[]): void {
  if (shape.kind === "leaf") {
    columns.push({ name: prefix.join("."), path: prefix, leaf: shape });
  } else if (shape.kind === "object" || shape.kind === "union") {
    if (shape.nullable && !alwaysFillsAColumn(shape)) columns.push({ name: prefix.join("."), path: prefix, leaf: "marker" });
    const fields = shape.kind === "object" ? shape.fields : unionFields(shape);
    for (const [k, f] of fields) columnsOf(f, [...prefix, k], tableName, columns, children);
  } else {
    children.push(specOf(shape.element, `${tableName}.${prefix.join(".")}`, prefix));
  }
}

function specOf(shape: Shape, name: string, arrayPath: string[]): Spec {
  const columns: Column[] = [];
  const children: Spec[] = [];
  if (shape.kind === "leaf") {
    const last = arrayPath[arrayPath.length - 1]!;
    return { name, shape, arrayPath, columns: [{ name: last, path: [], leaf: shape }], children, scalar: true };
  }
  columnsOf(shape, [], name, columns, children);
  return { name, shape, arrayPath, columns, children, scalar: false };
}

/** The key column that names a record of a collection in its link tables: `statements` → `statement`. */
const keyName = (collection: CollectionName) => collection.replace(/s$/, "");

const SPECS: ReadonlyMap<CollectionName, Spec> = new Map(COLLECTIONS.map((c) => [c, specOf(shapeOf(COLLECTION_SCHEMAS[c]), c, [])]));

const getPath = (value: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), value);

/**
 * The tables of a dataset: for each collection in canonical order, its main table, then its link tables.
 * Link tables start with the record's key (`statement`), then a 1-based `position` for each enclosing list.
 */
export function datasetToTables(dataset: { readonly meta?: unknown } & { readonly [K in CollectionName]: ReadonlyArray<unknown> }): Table[] {
  const tables: Table[] = [];
  // The meta block of a built dataset: one row, and its sources (id, path, sha256) as a link table.
  const meta = dataset.meta as { name: string; version: string; built: string; sources: Array<{ id: string; path: string; sha256: string }> } | undefined;
  if (meta) {
    tables.push({ name: "meta", columns: ["name", "version", "built"], rows: [[meta.name, meta.version, meta.built]] });
    tables.push({ name: "meta.sources", columns: ["position", "id", "path", "sha256"], rows: meta.sources.map((s, i) => [i + 1, s.id, s.path, s.sha256]) });
  }
  /** A row's cell for a column: `true` or empty for a marker column, the value (or empty) otherwise. */
  const cell = (column: Column, v: unknown): string | number | boolean | null => {
    if (column.leaf === "marker") return v === null || v === undefined ? null : true;
    return v === undefined ? null : (v as string | number | boolean | null);
  };
  type Item = { keys: Array<string | number>; value: unknown };
  /** A link table (a list inside the records) and its own link tables, each row keyed by its parents and a position. */
  const emit = (spec: Spec, keyColumns: string[], items: Item[]) => {
    const columns = [...keyColumns, "position", ...spec.columns.map((c) => c.name)];
    const rows: Array<Array<string | number | boolean | null>> = [];
    // The elements of the list, each with its keys: the parents of the rows of every list inside them.
    const elements: Item[] = [];
    for (const item of items) {
      ((getPath(item.value, spec.arrayPath) as unknown[] | undefined) ?? []).forEach((element, i) => {
        const keys = [...item.keys, i + 1];
        rows.push([...keys, ...spec.columns.map((c) => cell(c, spec.scalar ? element : getPath(element, c.path)))]);
        elements.push({ keys, value: element });
      });
    }
    tables.push({ name: spec.name, columns, rows });
    const childKeys = [...keyColumns, `${spec.arrayPath.join(".")}.position`];
    for (const child of spec.children) emit(child, childKeys, elements);
  };
  for (const c of COLLECTIONS) {
    const spec = SPECS.get(c)!;
    const records = dataset[c];
    // The main table; its link tables are keyed by the record id.
    const columns = spec.columns.map((col) => col.name);
    tables.push({ name: c, columns, rows: records.map((r) => spec.columns.map((col) => cell(col, getPath(r, col.path)))) });
    for (const child of spec.children) {
      emit(child, [keyName(c)], records.map((r) => ({ keys: [(r as { id: string }).id], value: r })));
    }
  }
  return tables;
}

/** Reads a cell as the leaf's type; throws a TypeError naming the table, row and column when it cannot. */
function readCell(cell: string | null, leaf: Leaf, where: string): unknown {
  if (cell === null || cell === "") {
    if (!leaf.nullable) throw new TypeError(`${where}: empty cell where a value is required`);
    return null;
  }
  if (leaf.type === "number") {
    const n = Number(cell);
    if (!Number.isFinite(n)) throw new TypeError(`${where}: '${cell}' is not a number`);
    return n;
  }
  if (leaf.type === "boolean") {
    if (cell !== "true" && cell !== "false") throw new TypeError(`${where}: '${cell}' is not true or false`);
    return cell === "true";
  }
  return cell;
}

/**
 * Rebuilds the dataset's collections from tables whose cells are strings (as a CSV parser gives them; empty = null).
 * The inverse of {@link datasetToTables}: a test rebuilds the shipped CSV files with it and compares with the JSON.
 */
export function tablesToDataset(
  tables: ReadonlyMap<string, { columns: readonly string[]; rows: ReadonlyArray<ReadonlyArray<string | null>> }>,
): Record<CollectionName, unknown[]> & { meta?: unknown } {
  const table = (name: string) => {
    const t = tables.get(name);
    if (!t) throw new TypeError(`missing table '${name}'`);
    return t;
  };
  /** Builds one value (record or array element) from a row, following the shape of its table. */
  const build = (spec: Spec, row: ReadonlyArray<string | null>, offset: number, where: string): unknown => {
    if (spec.scalar) return readCell(row[offset] ?? null, spec.columns[0]!.leaf as Leaf, where);
    const cells = new Map(spec.columns.map((c, i) => [c.name, row[offset + i] ?? null]));
    const fill = (s: Shape, prefix: string[]): unknown => {
      const name = prefix.join(".");
      if (s.kind === "leaf") return readCell(cells.get(name) ?? null, s, `${where}, column ${name}`);
      if (s.kind === "array") return []; // filled from the link table
      // An object or a union.
      if (s.nullable) {
        const marker = cells.get(name);
        const own = spec.columns.filter((c) => c.name.startsWith(`${name}.`) && c.leaf !== "marker");
        const empty = marker !== undefined ? marker === null || marker === "" : own.every((c) => (cells.get(c.name) ?? "") === "");
        if (empty) return null;
      }
      let fields: Array<[string, Shape]>;
      if (s.kind === "union") {
        const kindCell = cells.get([...prefix, s.discriminator].join(".")) ?? null;
        const option = kindCell === null ? undefined : s.options.get(kindCell);
        if (!option) throw new TypeError(`${where}: unknown ${[...prefix, s.discriminator].join(".")} '${kindCell}'`);
        fields = option.fields;
      } else fields = s.fields;
      const out: Record<string, unknown> = {};
      for (const [k, f] of fields) out[k] = fill(f, [...prefix, k]);
      return out;
    };
    return fill(spec.shape, []);
  };

  const result = {} as Record<CollectionName, unknown[]> & { meta?: unknown };
  const meta = tables.get("meta")?.rows[0];
  if (meta) {
    const [name, version, built] = meta;
    const sources = [...(tables.get("meta.sources")?.rows ?? [])]
      .sort((a, b) => Number(a[0]) - Number(b[0]))
      .map(([, id, file, sha256]) => ({ id, path: file, sha256 }));
    result.meta = { name, version, built, sources };
  }
  for (const c of COLLECTIONS) {
    const spec = SPECS.get(c)!;
    const main = table(c);
    const records = main.rows.map((row, i) => build(spec, row, 0, `${c}.csv row ${i + 2}`) as Record<string, unknown>);
    const byKey = new Map<string, Record<string, unknown>>(records.map((r) => [String(r.id), r]));
    const attach = (childSpec: Spec, parents: Map<string, unknown>, keyCount: number) => {
      const t = table(childSpec.name);
      const nextParents = new Map<string, unknown>();
      t.rows.forEach((row, i) => {
        const parentKey = row.slice(0, keyCount).join("\u0000");
        const parent = parents.get(parentKey);
        if (parent === undefined) throw new TypeError(`${childSpec.name}.csv row ${i + 2}: no parent '${row.slice(0, keyCount).join(", ")}'`);
        const position = Number(row[keyCount]);
        const list = getPath(parent, childSpec.arrayPath) as unknown[];
        const element = build(childSpec, row, keyCount + 1, `${childSpec.name}.csv row ${i + 2}`);
        list[position - 1] = element;
        nextParents.set([...row.slice(0, keyCount), String(position)].join("\u0000"), element);
      });
      for (const grandchild of childSpec.children) attach(grandchild, nextParents, keyCount + 1);
    };
    for (const child of spec.children) attach(child, byKey, 1);
    result[c] = records;
  }
  return result;
}
