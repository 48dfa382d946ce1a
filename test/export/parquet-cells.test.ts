/**
 * Parquet cells and files, in process, on small synthetic tables (marked below) and on the real dataset: a cell of the
 * wrong type for its column is refused whatever its column's type, the file names its writer and its root, and
 * writeParquetFiles writes one readable file per table. Everything is computed inside the tests (mutation testing
 * switches a mutant on only while tests run).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parquetMetadata } from "hyparquet";
import { afterEach, describe, expect, it } from "vitest";
import * as z from "zod";
import { tableToParquet, writeParquetFiles } from "../../src/export/parquet.js";
import { datasetToTables, type ColumnLayout, type Table, type TableLayout } from "../../src/export/tables.js";
import { dataset } from "../../src/index.js";

/** A synthetic test layout: one required value column per schema, named by its key. */
function layoutOf(schemas: Record<string, z.ZodType>): TableLayout {
  const columns = Object.entries(schemas).map(
    ([name, schema]): ColumnLayout => ({ name, role: "value", schema, description: `Synthetic test column ${name}.`, optional: false, kinds: null, pattern: name }),
  );
  return { name: "synthetic", collection: "themes", description: "Synthetic test table.", columns, primaryKey: [], parent: null };
}
const one = (column: string, cell: string | number | boolean | null): Table => ({ name: "synthetic", columns: [column], rows: [[cell]] });
/** A file's bytes as the ArrayBuffer hyparquet reads (a copy, so no shared buffer). */
const bytes = (file: Uint8Array): ArrayBuffer => new Uint8Array(file).buffer;

describe("tableToParquet refuses a cell of another type than its column's", () => {
  it("text in a column of numbers", () => {
    expect(() => tableToParquet(one("n", "1.5"), layoutOf({ n: z.number() }))).toThrow('synthetic row 1, column n: "1.5" is not a number');
    expect(() => tableToParquet(one("n", 1.5), layoutOf({ n: z.number() }))).not.toThrow();
  });

  it("text in a column of booleans", () => {
    expect(() => tableToParquet(one("b", "true"), layoutOf({ b: z.boolean() }))).toThrow('synthetic row 1, column b: "true" is not a boolean');
    expect(() => tableToParquet(one("b", true), layoutOf({ b: z.boolean() }))).not.toThrow();
  });

  it("a date with anything before or after its YYYY-MM-DD", () => {
    const layout = layoutOf({ d: z.iso.date() });
    expect(() => tableToParquet(one("d", "x2020-09-14"), layout)).toThrow('synthetic row 1, column d: "x2020-09-14" is not a date');
    expect(() => tableToParquet(one("d", "2020-09-14x"), layout)).toThrow('synthetic row 1, column d: "2020-09-14x" is not a date');
    expect(() => tableToParquet(one("d", "2020-09-14"), layout)).not.toThrow();
  });

  it("a number or a boolean in a column of text", () => {
    expect(() => tableToParquet(one("s", 5), layoutOf({ s: z.string() }))).toThrow("synthetic row 1, column s: 5 is not a string");
    expect(() => tableToParquet(one("s", false), layoutOf({ s: z.string() }))).toThrow("synthetic row 1, column s: false is not a string");
    expect(() => tableToParquet(one("s", "5"), layoutOf({ s: z.string() }))).not.toThrow();
  });

  it("a table whose columns are not its layout's, naming both lists", () => {
    const table: Table = { name: "synthetic", columns: ["a", "b"], rows: [] };
    expect(() => tableToParquet(table, layoutOf({ a: z.string(), c: z.string() }))).toThrow(new TypeError("parquet: table synthetic has columns a, b, its layout a, c"));
  });
});

describe("a Parquet file of tableToParquet", () => {
  it("names its writer and its root schema element", () => {
    const metadata = parquetMetadata(tableToParquet(one("s", "x"), layoutOf({ s: z.string() })));
    expect(metadata.created_by).toBe("peacekeeping-records (hyparquet-writer)");
    expect(metadata.schema[0]).toMatchObject({ name: "root", num_children: 1 });
    expect(metadata.schema.slice(1).map((s) => s.name)).toEqual(["s"]);
  });
});

describe("writeParquetFiles", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it("writes one <table>.parquet per table, into a folder it creates, each with the table's rows and columns", () => {
    dir = mkdtempSync(path.join(tmpdir(), "pkr-parquet-"));
    const out = path.join(dir, "nested", "parquet");
    const written = writeParquetFiles(dataset, out);
    const tables = datasetToTables(dataset);
    expect(written).toEqual(tables.map((t) => path.join(out, `${t.name}.parquet`)));
    tables.forEach((t, i) => {
      const metadata = parquetMetadata(bytes(readFileSync(written[i]!)));
      expect(Number(metadata.num_rows), t.name).toBe(t.rows.length);
      expect(metadata.schema.slice(1).map((s) => s.name), t.name).toEqual(t.columns);
    });
  });
});
