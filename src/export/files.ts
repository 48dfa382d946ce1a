/**
 * Writing the dataset for other languages: `dataset.json` (with its meta block), `dataset.schema.json`, and one CSV
 * per table. Used by the build (into `dist/`) and by the command-line tool's `export`.
 * @module
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as z from "zod";
import { DatasetSchema, type CollectionName } from "../schemas/dataset.js";
import { toCsv } from "./csv.js";
import { datasetToTables } from "./tables.js";

/** The JSON Schema (draft 2020-12) of the whole dataset, generated from the Zod schemas. */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DatasetSchema, { target: "draft-2020-12", io: "output" }) as Record<string, unknown>;
}

/** What the writers need: the collections, and a meta block when there is one. */
export type ExportableDataset = { readonly meta?: unknown } & { readonly [K in CollectionName]: ReadonlyArray<unknown> };

/** Writes `dataset.json` and `dataset.schema.json` into a folder; returns the paths written. */
export function writeJsonFiles(dataset: ExportableDataset, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files = [path.join(dir, "dataset.json"), path.join(dir, "dataset.schema.json")];
  // Compact: it is also the module the . entry loads, and whitespace would only slow that down.
  writeFileSync(files[0]!, JSON.stringify(dataset));
  writeFileSync(files[1]!, `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  return files;
}

/** Writes one `<table>.csv` per table into a folder; returns the paths written. */
export function writeCsvFiles(dataset: ExportableDataset, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return datasetToTables(dataset).map((table) => {
    const file = path.join(dir, `${table.name}.csv`);
    writeFileSync(file, toCsv(table));
    return file;
  });
}
