/**
 * The tables as Parquet, in process: each table of the real dataset written with its layout's types and read back
 * with hyparquet gives the same cells; a cell that does not fit its column's type is refused, naming where it is.
 */
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import { fieldOf } from "../../src/export/datapackage.js";
import { parquetElement, tableToParquet } from "../../src/export/parquet.js";
import { datasetToTables, tableLayouts, type Table } from "../../src/export/tables.js";
import { dataset } from "../../src/index.js";

const layouts = new Map(tableLayouts().map((l) => [l.name, l]));
const tables = datasetToTables(dataset);
const table = (name: string) => tables.find((t) => t.name === name)!;
/** A cell as hyparquet gives it back: dates and date-times as Date objects. */
const asRead = (t: Table) => {
  const fields = layouts.get(t.name)!.columns.map(fieldOf);
  return t.rows.map((row) =>
    Object.fromEntries(
      row.map((cell, i) => {
        const f = fields[i]!;
        if (cell !== null && f.type === "date") return [f.name, new Date(`${String(cell)}T00:00:00Z`)];
        if (cell !== null && f.type === "datetime") return [f.name, new Date(String(cell))];
        return [f.name, cell];
      }),
    ),
  );
};

describe("tableToParquet", () => {
  it("writes every table of the real dataset so that hyparquet reads back the same cells, in the same columns", async () => {
    let cells = 0;
    for (const t of tables) {
      const file = tableToParquet(t, layouts.get(t.name)!);
      const schema = parquetMetadata(file).schema;
      expect(schema.slice(1).map((s) => s.name), t.name).toEqual(t.columns);
      expect(await parquetReadObjects({ file }), t.name).toEqual(asRead(t));
      cells += t.rows.length * t.columns.length;
    }
    expect(cells).toBeGreaterThan(5000);
  });

  it("types each column from its field: integers, numbers, booleans, dates, date-times and text, required or optional", () => {
    const element = (t: string, column: string) => parquetMetadata(tableToParquet(table(t), layouts.get(t)!)).schema.find((s) => s.name === column);
    expect(element("statements", "order")).toMatchObject({ type: "INT32", repetition_type: "REQUIRED" });
    expect(element("statements", "speaker.name")).toMatchObject({ type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" });
    expect(element("metrics", "value")).toMatchObject({ type: "DOUBLE", repetition_type: "REQUIRED" });
    expect(element("themes", "a4pCommitmentArea")).toMatchObject({ type: "BOOLEAN", repetition_type: "REQUIRED" });
    expect(element("meetings", "date")).toMatchObject({ type: "INT32", converted_type: "DATE", repetition_type: "REQUIRED" });
    expect(element("meta", "built")).toMatchObject({ type: "INT64", converted_type: "TIMESTAMP_MILLIS", repetition_type: "REQUIRED" });
    expect(parquetElement({ name: "x", type: "number", description: "" })).toEqual({ name: "x", type: "DOUBLE", repetition_type: "OPTIONAL" });
  });

  it("refuses a cell that does not fit its column, or a table whose columns are not its layout's", () => {
    const statements = table("statements");
    const layout = layouts.get("statements")!;
    const order = statements.columns.indexOf("order");
    const withOrder = (v: string | number | boolean | null): Table => ({ ...statements, rows: [statements.rows[0]!.map((c, i) => (i === order ? v : c))] });
    expect(() => tableToParquet(withOrder(1.5), layout)).toThrow("statements row 1, column order: 1.5 is not an integer of 32 bits");
    expect(() => tableToParquet(withOrder(2 ** 31), layout)).toThrow("statements row 1, column order: 2147483648 is not an integer of 32 bits");
    expect(() => tableToParquet(withOrder("3"), layout)).toThrow('statements row 1, column order: "3" is not an integer of 32 bits');
    expect(() => tableToParquet(withOrder(null), layout)).toThrow("statements row 1, column order: empty where a value is required");
    expect(() => tableToParquet(withOrder(2 ** 31 - 1), layout)).not.toThrow();
    const meetings = table("meetings");
    const date = meetings.columns.indexOf("date");
    const badDate = { ...meetings, rows: [meetings.rows[0]!.map((c, i) => (i === date ? "14 September 2020" : c))] };
    expect(() => tableToParquet(badDate, layouts.get("meetings")!)).toThrow('meetings row 1, column date: "14 September 2020" is not a date');
    const meta = table("meta");
    const badTime = { ...meta, rows: [meta.rows[0]!.map((c, i) => (i === 2 ? "yesterday" : c))] };
    expect(() => tableToParquet(badTime, layouts.get("meta")!)).toThrow('meta row 1, column built: "yesterday" is not a datetime');
    expect(() => tableToParquet({ ...statements, columns: statements.columns.slice(1) }, layout)).toThrow(/^parquet: table statements has columns meeting, /);
  });
});
