/**
 * Writing the dataset for other languages: `dataset.json` (with its meta block), `dataset.schema.json`, one CSV per
 * table, and `datapackage.json`, which describes the CSV tables. Used by the build (into `dist/`) and by the
 * command-line tool's `export`.
 * @module
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as z from "zod";
import { DatasetSchema, type CollectionName } from "../schemas/dataset.js";
import { toCsv } from "./csv.js";
import { dataPackage, type DescribedDataset, type PackageInfo } from "./datapackage.js";
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

/** What `datapackage.json` takes from a project's package.json. */
export function readPackageInfo(root: string): PackageInfo {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as PackageInfo;
  return { name: pkg.name, version: pkg.version, description: pkg.description, keywords: pkg.keywords, license: pkg.license };
}

/** Writes `datapackage.json` into a folder, for CSV tables in its subfolder `csvDir`; returns the path written. */
export function writeDataPackage(dataset: DescribedDataset, info: PackageInfo, dir: string, csvDir = "csv"): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "datapackage.json");
  writeFileSync(file, `${JSON.stringify(dataPackage(dataset, info, csvDir), null, 2)}\n`);
  return file;
}
