/**
 * Writes the explorer to a folder (Node only): the data files of {@link explorerFiles} and the page code bundled from
 * src/explorer/page/ (or copied from a built explorer).
 * @module
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { AnyIds } from "../ids.js";
import type { Dataset } from "../types.js";
import { explorerFiles } from "./build.js";

/** The page code and styles, the same for every dataset. */
export const EXPLORER_ASSETS = ["explorer.js", "explorer.css"] as const;

/**
 * Writes index.html, index.js, lookup.js and meetings/*.js for `dataset` into `outDir`, and copies the page code from
 * `assetsDir` (a built dist/explorer) unless it is `outDir` itself.
 */
export function writeExplorer(dataset: Dataset<AnyIds>, texts: ReadonlyMap<string, string>, outDir: string, assetsDir: string): void {
  mkdirSync(path.join(outDir, "meetings"), { recursive: true });
  for (const f of explorerFiles(dataset, texts)) writeFileSync(path.join(outDir, f.path), f.content);
  if (path.resolve(assetsDir) !== path.resolve(outDir)) for (const a of EXPLORER_ASSETS) copyFileSync(path.join(assetsDir, a), path.join(outDir, a));
}
