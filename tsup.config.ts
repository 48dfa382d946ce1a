import { defineConfig, type Options } from "tsup";
import { buildData } from "./src/authoring/build.js";
import { readPackageInfo, writeCsvFiles, writeDataPackage, writeJsonFiles } from "./src/export/files.js";
import { writeParquetFiles } from "./src/export/parquet.js";
import { buildSync } from "esbuild";
import { renameSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";
import { loadSourceTexts } from "./src/texts.js";

/**
 * The data stays a JSON module beside the code (dist/dataset.json, written on success), imported with
 * `with { type: "json" }` from ESM and required from CJS: the engine's JSON parser loads it fastest.
 */
const datasetJson: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "dataset-json",
  setup(build) {
    build.onResolve({ filter: /\/generated\/dataset\.json$/ }, () => ({ path: "./dataset.json", external: true }));
  },
};

/** What the library and the command share: Node 18.20 (import attributes), one file per entry, dist/. */
const common = { target: "node18.20", platform: "node", splitting: false, outDir: "dist", esbuildPlugins: [datasetJson] } satisfies Options;

export default defineConfig(() => {
  // Validate data/ and regenerate src/generated/: a defect throws here, and a throwing config aborts the build.
  const dataset = buildData(process.cwd());
  return [
    {
      ...common,
      entry: { index: "src/index.ts", schemas: "src/schemas/index.ts", texts: "src/texts.ts", authoring: "src/authoring/index.ts" },
      format: ["esm", "cjs"],
      // texts finds the shipped sources from import.meta.url, which the CJS build takes from __filename.
      shims: true,
      dts: true,
      sourcemap: true,
      // The files for other languages, from the same validated records the entry loads.
      onSuccess: async () => {
        writeJsonFiles(dataset, "dist");
        writeCsvFiles(dataset, "dist/csv");
        // The CSV tables described as a Frictionless Data Package, from the same schemas.
        writeDataPackage(dataset, readPackageInfo(process.cwd()), "dist");
        // The same tables, typed, for engines that read Parquet (DuckDB, Spark, Polars, BigQuery).
        writeParquetFiles(dataset, "dist/parquet");
        // The explorer page: its code and styles bundled for the browser, then its data from the same dataset and the
        // shipped texts (src/explorer/build.ts).
        buildSync({
          entryPoints: { explorer: "src/explorer/page/main.ts", "explorer-css": "src/explorer/page/explorer.css" },
          entryNames: "[name]",
          outdir: "dist/explorer",
          bundle: true,
          minify: true,
          format: "iife",
          platform: "browser",
          target: "es2020",
          legalComments: "none",
          logLevel: "warning",
        });
        renameSync("dist/explorer/explorer-css.css", "dist/explorer/explorer.css");
        // Loaded here, not imported above: the explorer's generator reaches src/generated/, which buildData (above)
        // writes only when this config runs, after tsup has bundled the config itself (a fresh clone has none).
        const { writeExplorer } = (await tsImport(pathToFileURL(`${process.cwd()}/src/explorer/write.ts`).href, import.meta.url)) as typeof import("./src/explorer/write.js");
        writeExplorer(dataset, await loadSourceTexts(), "dist/explorer", "dist/explorer");
      },
    },
    { ...common, entry: { cli: "src/cli/bin.ts" }, format: ["esm"], dts: false, sourcemap: false },
  ];
});
