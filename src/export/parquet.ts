/**
 * The tables as Apache Parquet files, one per CSV table with the same columns in the same order, typed from the
 * schemas: integers as INT32, numbers as DOUBLE, booleans, dates as DATE, date-times as TIMESTAMP (milliseconds,
 * UTC), text as UTF-8 strings; a column that is never empty is REQUIRED, the others OPTIONAL (an empty CSV cell is a
 * null). Written by the build into `dist/parquet/` with hyparquet-writer, a build-time dependency only: nothing the
 * package's entries import reads this module.
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parquetWriteBuffer, type ColumnSource, type SchemaElement } from "hyparquet-writer";
import { fieldOf, type Field } from "./datapackage.js";
import type { ExportableDataset } from "./files.js";
import { datasetToTables, tableLayouts, type Table, type TableLayout } from "./tables.js";

type Cell = string | number | boolean | null;

/** The Parquet schema element of a field: its physical type, its logical (converted) type, and whether it is required. */
export function parquetElement(field: Field): SchemaElement {
  const repetition_type = field.constraints?.required ? "REQUIRED" : "OPTIONAL";
  const { name } = field;
  switch (field.type) {
    case "integer":
      return { name, type: "INT32", repetition_type };
    case "number":
      return { name, type: "DOUBLE", repetition_type };
    case "boolean":
      return { name, type: "BOOLEAN", repetition_type };
    case "date":
      return { name, type: "INT32", converted_type: "DATE", repetition_type };
    case "datetime":
      return { name, type: "INT64", converted_type: "TIMESTAMP_MILLIS", repetition_type };
    case "string":
      return { name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type };
  }
}

/** A cell as the writer takes it for a field's type; throws a TypeError naming the table, row and column when it does not fit. */
function value(cell: Cell, field: Field, where: string): unknown {
  if (cell === null) {
    if (field.constraints?.required) throw new TypeError(`${where}: empty where a value is required`);
    return null;
  }
  const fits =
    field.type === "integer"
      ? Number.isInteger(cell) && Math.abs(cell as number) <= 2 ** 31 - 1
      : field.type === "number"
        ? typeof cell === "number"
        : field.type === "boolean"
          ? typeof cell === "boolean"
          : field.type === "date"
            ? typeof cell === "string" && /^\d{4}-\d{2}-\d{2}$/.test(cell)
            : typeof cell === "string";
  if (!fits) throw new TypeError(`${where}: ${JSON.stringify(cell)} is not a${field.type === "integer" ? "n" : ""} ${field.type === "integer" ? "integer of 32 bits" : field.type}`);
  if (field.type === "date") return new Date(`${cell as string}T00:00:00Z`);
  if (field.type === "datetime") {
    const time = Date.parse(cell as string);
    if (Number.isNaN(time)) throw new TypeError(`${where}: ${JSON.stringify(cell)} is not a datetime`);
    return new Date(time);
  }
  return cell;
}

/** One table as a Parquet file's bytes, its columns typed by the table's layout. */
export function tableToParquet(table: Table, layout: TableLayout): ArrayBuffer {
  const fields = layout.columns.map(fieldOf);
  if (fields.map((f) => f.name).join("\u0000") !== table.columns.join("\u0000")) {
    throw new TypeError(`parquet: table ${table.name} has columns ${table.columns.join(", ")}, its layout ${fields.map((f) => f.name).join(", ")}`);
  }
  const schema: SchemaElement[] = [{ name: "root", num_children: fields.length }, ...fields.map(parquetElement)];
  const columnData: ColumnSource[] = fields.map((f, i) => ({
    name: f.name,
    data: table.rows.map((row, r) => value(row[i] ?? null, f, `${table.name} row ${r + 1}, column ${f.name}`)),
    nullable: !f.constraints?.required,
  }));
  return parquetWriteBuffer({ columnData, schema, createdBy: "peacekeeping-records (hyparquet-writer)" });
}

/** Writes one `<table>.parquet` per table into a folder; returns the paths written. */
export function writeParquetFiles(dataset: ExportableDataset, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const layouts = new Map(tableLayouts().map((l) => [l.name, l]));
  return datasetToTables(dataset).map((table) => {
    const layout = layouts.get(table.name);
    if (!layout) throw new TypeError(`parquet: no layout for table ${table.name}`);
    const file = path.join(dir, `${table.name}.parquet`);
    writeFileSync(file, new Uint8Array(tableToParquet(table, layout)));
    return file;
  });
}
