/**
 * The verbatim source texts the package ships, read from disk (Node only): the entry `peacekeeping-records/texts`.
 * @module
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

/** The shipped sources folder: `data/sources/` of the installed package, beside `dist/` (and beside `src/`). */
const SOURCES_DIR = new URL("../data/sources/", import.meta.url);

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads one shipped file strictly as UTF-8, or throws one error naming it. */
async function readShipped(name: string): Promise<string> {
  const url = new URL(name, SOURCES_DIR);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(url);
  } catch (error) {
    throw new Error(`loadSourceTexts: cannot read ${fileURLToPath(url)}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return utf8.decode(bytes);
  } catch (error) {
    throw new Error(`loadSourceTexts: ${fileURLToPath(url)} is not valid UTF-8`, { cause: error });
  }
}

/**
 * Reads the verbatim text of every source the package ships, as listed in its `data/sources/sources.json`, strictly as
 * UTF-8 (an invalid byte throws instead of turning into U+FFFD). The map holds one entry per source, however many
 * there are, keyed by source id, in the order of `sources.json`: pass it to `validateDataset`, or slice a Span's
 * `start` to `end` from the text of its `source`. Node only (it reads files); works from the ESM and the CJS build.
 *
 * Throws an `Error` naming the file when a listed text is missing or not UTF-8.
 * @returns A new `Map` from source id to its text.
 * @example
 * ```ts
 * import { dataset, getById, metrics } from "peacekeeping-records";
 * import { validateDataset } from "peacekeeping-records/schemas";
 * import { loadSourceTexts } from "peacekeeping-records/texts";
 *
 * const texts = await loadSourceTexts();
 * console.log(validateDataset(dataset, texts).ok); // true
 * console.log(dataset.sources.every((s) => texts.has(s.id))); // true
 *
 * const m = getById(metrics, "2020-09-14-a4p-fatalities-2017");
 * console.log(texts.get(m.evidence.source)?.slice(m.evidence.start, m.evidence.end) === m.evidence.quote); // true
 * ```
 */
export async function loadSourceTexts(): Promise<Map<string, string>> {
  const listing = JSON.parse(await readShipped("sources.json")) as { sources?: Array<{ id: string; path: string }> };
  if (!Array.isArray(listing.sources)) throw new Error("loadSourceTexts: sources.json has no 'sources' array");
  const texts = await Promise.all(listing.sources.map(async (s) => [s.id, await readShipped(s.path)] as const));
  return new Map(texts);
}
