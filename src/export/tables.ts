/**
 * The dataset as flat tables, derived from the Zod schemas: one table per collection with nested objects as dotted
 * columns, and one link table per list inside the records (`statements.themes`, `statements.onBehalfOf`, …), so that
 * every fact of the JSON stands in some table. `tablesToDataset` rebuilds the records from the tables.
 * @module
 */
import * as z from "zod";
import { COLLECTION_SCHEMAS, COLLECTIONS, MetaSchema, type CollectionName } from "../schemas/dataset.js";

/** A flat table: a name, its columns, and rows of cells (null for an empty cell). */
export interface Table {
  /** File name without extension, e.g. `statements` or `statements.themes`. */
  readonly name: string;
  /** Column names, in order. */
  readonly columns: readonly string[];
  /** Rows, each with one cell per column. */
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>;
}

/** A value column's shape; `schema` is its Zod schema without nullable or default, `description` the field's words. */
type Leaf = { kind: "leaf"; type: "string" | "number" | "boolean"; nullable: boolean; schema: z.ZodType; description: string | undefined };
type Obj = { kind: "object"; fields: Array<[string, Shape]>; nullable: boolean; description: string | undefined };
type Union = { kind: "union"; discriminator: string; options: Map<string, Obj>; nullable: boolean; description: string | undefined };
type Arr = { kind: "array"; element: Shape; description: string | undefined };
type Shape = Leaf | Obj | Union | Arr;

/**
 * Reads a Zod schema into the shapes the tables need. A field's description is the outermost one (a `.describe()`
 * after `.nullable()` or `.default()` describes the field, the inner one the type it reuses).
 */
function shapeOf(schema: z.ZodType, nullable = false, described?: string): Shape {
  const description = described ?? schema.description;
  if (schema instanceof z.ZodNullable) return shapeOf(schema.unwrap() as z.ZodType, true, description);
  // No field is optional (z.optional): a missing key would come back from the tables as null, so it throws below.
  // A field with a default always has a value once parsed: its shape is its inner schema's.
  if (schema instanceof z.ZodDefault) return shapeOf(schema.unwrap() as z.ZodType, nullable, description);
  if (schema instanceof z.ZodObject) {
    return { kind: "object", nullable, description, fields: Object.entries(schema.shape as Record<string, z.ZodType>).map(([k, v]) => [k, shapeOf(v)]) };
  }
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const discriminator = (schema as unknown as { _zod: { def: { discriminator: string } } })._zod.def.discriminator;
    const options = new Map<string, Obj>();
    for (const option of schema.options as z.ZodObject[]) {
      const literal = option.shape[discriminator] as z.ZodLiteral;
      options.set(String([...literal.values][0]), shapeOf(option) as Obj);
    }
    return { kind: "union", discriminator, options, nullable, description };
  }
  if (schema instanceof z.ZodArray) return { kind: "array", element: shapeOf(schema.element as z.ZodType), description };
  // String formats (z.iso.date(), z.url()) are not ZodString instances: read the definition's type instead.
  const type = (schema as unknown as { _zod: { def: { type: string } } })._zod.def.type;
  const leaf = { kind: "leaf", nullable, schema, description } as const;
  if (type === "number") return { ...leaf, type: "number" };
  if (type === "boolean") return { ...leaf, type: "boolean" };
  if (type === "string" || type === "enum") return { ...leaf, type: "string" };
  // Literals are the kinds of the unions' options, all strings; a number or boolean literal throws below.
  if (schema instanceof z.ZodLiteral && typeof [...schema.values][0] === "string") return { ...leaf, type: "string" };
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
  /** The descriptions of the objects it lies in, outermost first, then its own. */
  descriptions: string[];
  /** True when the cell may be empty: the value is nullable, lies in a nullable object, or in only some options of a union. */
  optional: boolean;
  /** For a union's discriminator: every option's kind (the leaf holds only the first option's literal). */
  kinds?: string[];
}

/** Where a column lies: the descriptions of the objects around it, and whether any of them may be absent. */
interface Context {
  descriptions: string[];
  optional: boolean;
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
  /** What the table holds: the list's description (a collection's table: its record's). */
  description: string | undefined;
}

const words = (description: string | undefined): string[] => (description === undefined ? [] : [description]);

/** Columns and child specs for an object shape at a prefix. */
function columnsOf(shape: Shape, prefix: string[], tableName: string, columns: Column[], children: Spec[], at: Context): void {
  if (shape.kind === "leaf") {
    columns.push({ name: prefix.join("."), path: prefix, leaf: shape, descriptions: [...at.descriptions, ...words(shape.description)], optional: at.optional || shape.nullable });
  } else if (shape.kind === "object" || shape.kind === "union") {
    // The record (or list element) a table holds is the table itself: its description is the table's.
    const descriptions = prefix.length === 0 ? at.descriptions : [...at.descriptions, ...words(shape.description)];
    if (shape.nullable && !alwaysFillsAColumn(shape)) columns.push({ name: prefix.join("."), path: prefix, leaf: "marker", descriptions, optional: true });
    const optional = at.optional || shape.nullable;
    if (shape.kind === "object") {
      for (const [k, f] of shape.fields) columnsOf(f, [...prefix, k], tableName, columns, children, { descriptions, optional });
    } else {
      const options = [...shape.options.values()];
      for (const [k, f] of unionFields(shape)) {
        const inEvery = options.every((o) => o.fields.some(([name]) => name === k));
        if (k === shape.discriminator) {
          // The kind names the option: it is described by every option's words for its own kind.
          const name = [...prefix, k].join(".");
          const each = [...shape.options].map(([kind, o]) => `'${kind}': ${(o.fields.find(([n]) => n === k)![1] as Leaf).description ?? kind}`);
          columns.push({ name, path: [...prefix, k], leaf: f as Leaf, descriptions: [...descriptions, `Its kind. ${each.join(" ")}`], optional, kinds: [...shape.options.keys()] });
        } else columnsOf(f, [...prefix, k], tableName, columns, children, { descriptions, optional: optional || !inEvery });
      }
    }
  } else {
    children.push(specOf(shape.element, `${tableName}.${prefix.join(".")}`, prefix, shape.description));
  }
}

function specOf(shape: Shape, name: string, arrayPath: string[], description = shape.description): Spec {
  const columns: Column[] = [];
  const children: Spec[] = [];
  if (shape.kind === "leaf") {
    const last = arrayPath[arrayPath.length - 1]!;
    // A list of plain values: its one column is described by the list's words.
    const column: Column = { name: last, path: [], leaf: shape, descriptions: words(description), optional: shape.nullable };
    return { name, shape, arrayPath, columns: [column], children, scalar: true, description };
  }
  columnsOf(shape, [], name, columns, children, { descriptions: [], optional: false });
  return { name, shape, arrayPath, columns, children, scalar: false, description };
}

/** The key column that names a record of a collection in its link tables: `statements` → `statement`. */
const keyName = (collection: CollectionName) => collection.replace(/s$/, "");

/**
 * Each collection's table spec, read from its schema. Built on each call rather than once at import: it takes well
 * under a millisecond, and code that runs at import cannot be checked by the in-process mutation run.
 */
const specsOf = (): ReadonlyMap<CollectionName, Spec> => new Map(COLLECTIONS.map((c) => [c, specOf(shapeOf(COLLECTION_SCHEMAS[c]), c, [])]));

const getPath = (value: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), value);

/**
 * The tables of a dataset: for each collection in canonical order, its main table, then its link tables.
 * Link tables start with the record's key (`statement`), then a 1-based `position` for each enclosing list.
 */
export function datasetToTables(dataset: { readonly meta?: unknown } & { readonly [K in CollectionName]: ReadonlyArray<unknown> }): Table[] {
  const SPECS = specsOf();
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

/** A column as the data package and the codebook describe it. */
export interface ColumnLayout {
  /** The column's name, as in the CSV header. */
  readonly name: string;
  /**
   * `key`: the id (or position) of the row of the parent table this row belongs to; `position`: the row's 1-based
   * place in its list; `marker`: true where a nullable object is present, empty where it is null; `value`: a field.
   */
  readonly role: "key" | "position" | "marker" | "value";
  /** For a value: its Zod schema, without nullable or default. */
  readonly schema: z.ZodType | null;
  /** What the column holds, in the schemas' words (the objects around it first). */
  readonly description: string;
  /** True when a cell may be empty. */
  readonly optional: boolean;
  /** For the kind of a union: every kind there is. */
  readonly kinds: readonly string[] | null;
  /** Where the value lies in a record: the dotted path from its root, `*` for each list (as the schema rules name fields). */
  readonly pattern: string;
}

/** A table as the data package and the codebook describe it, in the order and with the columns `datasetToTables` writes. */
export interface TableLayout {
  /** The table's name (its file name without extension). */
  readonly name: string;
  /** The collection whose records it holds (or lists of), or `meta`. */
  readonly collection: CollectionName | "meta";
  /** What one row is. */
  readonly description: string;
  readonly columns: readonly ColumnLayout[];
  /** The columns that name a row. */
  readonly primaryKey: readonly string[];
  /** For a link table: the table its rows belong to, and its key columns, which name a row of it by its primary key. */
  readonly parent: { readonly table: string; readonly columns: readonly string[] } | null;
}

const sentence = (parts: readonly string[]) => parts.join(" ");

/** The layouts of one collection's tables (or the meta block's), main table first, then its link tables depth first. */
function layoutsOf(spec: Spec, collection: CollectionName | "meta", out: TableLayout[]): void {
  const value = (c: Column, prefix: string): ColumnLayout => ({
    name: c.name,
    role: c.leaf === "marker" ? "marker" : "value",
    schema: c.leaf === "marker" ? null : c.leaf.schema,
    description: sentence(c.leaf === "marker" ? [...c.descriptions, "true where present, empty where null."] : c.descriptions),
    optional: c.optional,
    kinds: c.kinds ?? null,
    pattern: [prefix, ...c.path].filter((p) => p !== "").join("."),
  });
  out.push({
    name: spec.name,
    collection,
    description: spec.description ?? spec.name,
    columns: spec.columns.map((c) => value(c, "")),
    primaryKey: ["id"],
    parent: null,
  });
  const key = collection === "meta" ? null : keyName(collection);
  const link = (child: Spec, keys: ColumnLayout[], parent: { table: string; columns: string[] }, prefix: string) => {
    const pattern = [prefix, ...child.arrayPath, "*"].filter((p) => p !== "").join(".");
    const position: ColumnLayout = {
      name: "position",
      role: "position",
      schema: null,
      description: "The row's place in its list, from 1.",
      optional: false,
      kinds: null,
      pattern: "",
    };
    const columns = [...keys, position, ...child.columns.map((c) => value(c, pattern))];
    out.push({ name: child.name, collection, description: child.description ?? child.name, columns, primaryKey: [...keys.map((k) => k.name), "position"], parent });
    const own: ColumnLayout = {
      ...position,
      name: `${child.arrayPath.join(".")}.position`,
      role: "key",
      description: `The place of the row of ${child.name} this row belongs to.`,
    };
    for (const grandchild of child.children) link(grandchild, [...keys, own], { table: child.name, columns: [...keys.map((k) => k.name), "position"] }, pattern);
  };
  for (const child of spec.children) {
    const keys: ColumnLayout[] =
      key === null
        ? []
        : [{ name: key, role: "key", schema: null, description: `Id of the record of ${collection} this row belongs to.`, optional: false, kinds: null, pattern: "" }];
    link(child, keys, { table: spec.name, columns: key === null ? [] : ["id"] }, "");
  }
}

/**
 * Every table {@link datasetToTables} writes for a built dataset (meta block included), in the same order and with the
 * same columns, each column with its type's schema and its description: what `datapackage.json` and the codebook say.
 */
export function tableLayouts(): TableLayout[] {
  const SPECS = specsOf();
  const out: TableLayout[] = [];
  const meta: TableLayout[] = [];
  layoutsOf(specOf(shapeOf(MetaSchema), "meta", []), "meta", meta);
  // One meta row (named by its package), and its sources without a key column: a list of the one row.
  out.push({ ...meta[0]!, primaryKey: ["name"] }, { ...meta[1]!, parent: null });
  for (const c of COLLECTIONS) layoutsOf(SPECS.get(c)!, c, out);
  return out;
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
  const SPECS = specsOf();
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
