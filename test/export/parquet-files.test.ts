/**
 * dist/parquet/, as the build ships it: one Parquet file per CSV table with the CSV's header as its columns, and the
 * records rebuilt from the files (read with hyparquet) equal dist/dataset.json.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parquetMetadata, parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import { tablesToDataset } from "../../src/export/tables.js";
import { COLLECTIONS } from "../../src/schemas/index.js";
import { ROOT } from "../helpers.js";

const dist = path.join(ROOT, "dist");
const names = (dir: string, ext: string) => readdirSync(path.join(dist, dir)).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort();
const json = JSON.parse(readFileSync(path.join(dist, "dataset.json"), "utf8")) as Record<string, unknown>;

/** A shipped Parquet file's columns and rows, each cell as the CSV writes it (a string, or null for empty). */
async function read(name: string): Promise<{ columns: string[]; rows: Array<Array<string | null>> }> {
  const bytes = readFileSync(path.join(dist, "parquet", `${name}.parquet`));
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const schema = parquetMetadata(file).schema.slice(1);
  const columns = schema.map((s) => s.name);
  const text = (v: unknown, i: number): string | null => {
    if (v === null || v === undefined) return null;
    if (v instanceof Date) return schema[i]!.converted_type === "DATE" ? v.toISOString().slice(0, 10) : v.toISOString();
    return String(v);
  };
  const rows = (await parquetReadObjects({ file })).map((row) => columns.map((c, i) => text(row[c], i)));
  return { columns, rows };
}

describe("the Parquet files", () => {
  it("are one per CSV table, each with the CSV's header as its columns", async () => {
    expect(names("parquet", ".parquet")).toEqual(names("csv", ".csv"));
    for (const name of names("csv", ".csv")) {
      const header = readFileSync(path.join(dist, "csv", `${name}.csv`), "utf8").split("\r\n")[0];
      expect((await read(name)).columns.join(","), name).toBe(header);
    }
  });

  it("hold every record of dataset.json: the records rebuilt from them equal it, meta block included", async () => {
    const tables = new Map(await Promise.all(names("parquet", ".parquet").map(async (n) => [n, await read(n)] as const)));
    const rebuilt = tablesToDataset(tables);
    expect(rebuilt.meta).toEqual(json.meta);
    for (const c of COLLECTIONS) expect(rebuilt[c], c).toEqual(json[c]);
    expect(tables.get("statements.themes")!.rows.length).toBeGreaterThan(10);
  });
});
