/**
 * The writers of the files for other languages, run in process into a temporary folder: they write what the build
 * shipped in dist/ (which `npm run build` wrote with them from the same records).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { datasetJsonSchema, writeCsvFiles, writeJsonFiles } from "../../src/export/files.js";
import { datasetToTables } from "../../src/export/tables.js";
import { dataset } from "../../src/index.js";
import { ROOT } from "../helpers.js";

const dist = path.join(ROOT, "dist");
const out = mkdtempSync(path.join(tmpdir(), "pkr-write-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const read = (file: string) => readFileSync(file, "utf8");

describe("writeJsonFiles", () => {
  const dir = path.join(out, "json", "nested");
  const files = writeJsonFiles(dataset, dir);

  it("writes dataset.json, compact, and dataset.schema.json, into a folder it creates", () => {
    expect(files).toEqual([path.join(dir, "dataset.json"), path.join(dir, "dataset.schema.json")]);
    expect(read(files[0]!)).toBe(JSON.stringify(dataset));
    expect(JSON.parse(read(files[1]!))).toEqual(datasetJsonSchema());
  });

  it("writes what the build shipped", () => {
    expect(read(files[0]!)).toBe(read(path.join(dist, "dataset.json")));
    expect(read(files[1]!)).toBe(read(path.join(dist, "dataset.schema.json")));
  });

  it("is JSON Schema draft 2020-12", () => {
    const schema = datasetJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });
});

describe("writeCsvFiles", () => {
  const dir = path.join(out, "csv", "nested");
  const files = writeCsvFiles(dataset, dir);

  it("writes one CSV per table, as the build shipped them", () => {
    expect(files).toEqual(datasetToTables(dataset).map((t) => path.join(dir, `${t.name}.csv`)));
    expect(readdirSync(dir).sort()).toEqual(readdirSync(path.join(dist, "csv")).sort());
    for (const file of files) expect(read(file), path.basename(file)).toBe(read(path.join(dist, "csv", path.basename(file))));
  });
});
