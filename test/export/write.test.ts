/**
 * The writers of the files for other languages, run in process into a temporary folder: they write what the
 * functions they wrap give (the dataset, its JSON Schema, one CSV per table), and what the build shipped in dist/
 * (which `npm run build` wrote with them from the same records). Each test calls the writer itself, so that a
 * mutation tool sees which test runs it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toCsv } from "../../src/export/csv.js";
import { datasetJsonSchema, writeCsvFiles, writeJsonFiles } from "../../src/export/files.js";
import { datasetToTables } from "../../src/export/tables.js";
import { dataset } from "../../src/index.js";
import { ROOT } from "../helpers.js";

const dist = path.join(ROOT, "dist");
const out = mkdtempSync(path.join(tmpdir(), "pkr-write-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const read = (file: string) => readFileSync(file, "utf8");

describe("writeJsonFiles", () => {
  it("writes dataset.json, compact, and dataset.schema.json, into a folder it creates", () => {
    const dir = path.join(out, "json", "nested");
    const files = writeJsonFiles(dataset, dir);
    expect(files).toEqual([path.join(dir, "dataset.json"), path.join(dir, "dataset.schema.json")]);
    expect(read(files[0]!)).toBe(JSON.stringify(dataset));
    const schema = read(files[1]!);
    expect(JSON.parse(schema)).toEqual(datasetJsonSchema());
    expect(schema.endsWith("}\n")).toBe(true);
  });

  it("writes what the build shipped", () => {
    const files = writeJsonFiles(dataset, path.join(out, "json-shipped"));
    expect(read(files[0]!)).toBe(read(path.join(dist, "dataset.json")));
    expect(read(files[1]!)).toBe(read(path.join(dist, "dataset.schema.json")));
  });

  it("is JSON Schema draft 2020-12", () => {
    const schema = datasetJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });
});

describe("writeCsvFiles", () => {
  it("writes one CSV per table, each the table as toCsv writes it, into a folder it creates", () => {
    const dir = path.join(out, "csv", "nested");
    const files = writeCsvFiles(dataset, dir);
    const tables = datasetToTables(dataset);
    expect(files).toEqual(tables.map((t) => path.join(dir, `${t.name}.csv`)));
    expect(readdirSync(dir).sort()).toEqual(tables.map((t) => `${t.name}.csv`).sort());
    tables.forEach((table, i) => expect(read(files[i]!), table.name).toBe(toCsv(table)));
  });

  it("writes what the build shipped", () => {
    const dir = path.join(out, "csv-shipped");
    const files = writeCsvFiles(dataset, dir);
    expect(readdirSync(dir).sort()).toEqual(readdirSync(path.join(dist, "csv")).sort());
    for (const file of files) expect(read(file), path.basename(file)).toBe(read(path.join(dist, "csv", path.basename(file))));
  });
});
