/** Shared by the tests: the real data folder, read fresh (a deep copy each time, safe to corrupt). */
import path from "node:path";
import { loadDataDir, type LoadedData } from "../src/authoring/load.js";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const DATA_DIR = path.join(ROOT, "data");

/** The real data as plain, mutable input, with its source texts. */
export function realData(): { input: LoadedData["input"]; sourceTexts: ReadonlyMap<string, string> } {
  const loaded = loadDataDir(DATA_DIR);
  return { input: structuredClone(loaded.input), sourceTexts: loaded.sourceTexts };
}
