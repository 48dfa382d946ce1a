/**
 * Reading a data folder (the layout of `data/`) into a dataset input, its source texts, and a map back to files.
 * Node-only; used by the build, the authoring scripts and the tests, never by the published entry points.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import type * as z from "zod";
import { COLLECTIONS, validateDataset, type CollectionName, type DatasetSchema } from "../schemas/dataset.js";

/** One JSON data file: its path and parsed content. */
export interface DataFile {
  readonly file: string;
  readonly content: Record<string, unknown>;
}

/** A data folder, read. */
export interface LoadedData {
  /** The dataset as plain data, collections merged across files in file order. */
  readonly input: Record<CollectionName, unknown[]>;
  /** The text of each source, by id, read from `sources/<path>`. */
  readonly sourceTexts: ReadonlyMap<string, string>;
  /** Every data file read, in order. */
  readonly files: readonly DataFile[];
  /** Problems found while reading (unreadable files, bad JSON, unknown keys), with their file. */
  readonly problems: readonly FileProblem[];
  /** The file that holds a record. */
  fileOf(collection: CollectionName, id: string | null): string | null;
}

/** A problem tied to a data file. */
export interface FileProblem {
  readonly file: string | null;
  readonly collection: CollectionName | null;
  readonly id: string | null;
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
  /** The rule that found it (see docs/validation-rules.md), where a rule did; absent for problems reading the files. */
  readonly rule?: string;
}

/** Every `.json` data file below a folder, in a stable order (the `schema/` folder excluded). */
export function listDataFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) {
        if (path.relative(dir, full) !== "schema") walk(full);
      } else if (name.endsWith(".json")) {
        out.push(full);
      }
    }
  };
  walk(dir);
  return out;
}

/** Reads a data folder. Never throws for bad content: problems are returned with their file. */
export function loadDataDir(dir: string): LoadedData {
  const input = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as unknown[]])) as Record<CollectionName, unknown[]>;
  const problems: FileProblem[] = [];
  const files: DataFile[] = [];
  const owner = new Map<string, string>();
  let list: string[] = [];
  try {
    list = listDataFiles(dir);
  } catch (error) {
    problems.push({ file: dir, collection: null, id: null, path: [], message: `cannot read the data folder: ${(error as Error).message}` });
  }
  for (const file of list) {
    const rel = path.relative(process.cwd(), file);
    let content: unknown;
    try {
      content = JSON.parse(readFileSync(file, "utf8"));
    } catch (error) {
      problems.push({ file: rel, collection: null, id: null, path: [], message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    if (content === null || typeof content !== "object" || Array.isArray(content)) {
      problems.push({ file: rel, collection: null, id: null, path: [], message: "a data file must hold an object with one or more collection arrays" });
      continue;
    }
    files.push({ file: rel, content: content as Record<string, unknown> });
    for (const [key, value] of Object.entries(content)) {
      if (key === "$schema") continue;
      if (!(COLLECTIONS as string[]).includes(key)) {
        problems.push({ file: rel, collection: null, id: null, path: [key], message: `unknown collection '${key}' (known: ${COLLECTIONS.join(", ")})` });
        continue;
      }
      if (!Array.isArray(value)) {
        problems.push({ file: rel, collection: key as CollectionName, id: null, path: [key], message: `'${key}' must be an array of records` });
        continue;
      }
      for (const rec of value) {
        input[key as CollectionName].push(rec);
        const id = (rec as { id?: unknown } | null)?.id;
        if (typeof id === "string" && !owner.has(`${key}\u0000${id}`)) owner.set(`${key}\u0000${id}`, rel);
      }
    }
  }
  const sourceTexts = new Map<string, string>();
  for (const src of input.sources) {
    const { id, path: p } = (src ?? {}) as { id?: unknown; path?: unknown };
    if (typeof id !== "string" || typeof p !== "string") continue;
    try {
      sourceTexts.set(id, readFileSync(path.join(dir, "sources", p), "utf8"));
    } catch {
      problems.push({ file: owner.get(`sources\u0000${id}`) ?? null, collection: "sources", id, path: ["path"], message: `cannot read source text 'sources/${p}'` });
    }
  }
  return {
    input,
    sourceTexts,
    files,
    problems,
    fileOf: (collection, id) => (id === null ? null : (owner.get(`${collection}\u0000${id}`) ?? null)),
  };
}

/** The raw record a problem names, where its collection and id find one. */
function recordOf(loaded: LoadedData, p: { collection: CollectionName | null; id: string | null }): unknown {
  if (p.collection === null) return undefined;
  const list = (loaded.input as Record<string, unknown[]>)[p.collection] ?? [];
  return list.find((r) => r !== null && typeof r === "object" && (r as { id?: unknown }).id === p.id);
}

/** Validates what a data folder holds with validateDataset; every problem comes back with its file. */
export function validateLoaded(loaded: LoadedData):
  | { ok: true; dataset: z.output<typeof DatasetSchema>; sourceTexts: ReadonlyMap<string, string> }
  | { ok: false; problems: FileProblem[] } {
  const problems: FileProblem[] = [...loaded.problems];
  const result = validateDataset(loaded.input, loaded.sourceTexts);
  if (!result.ok) {
    for (const p of result.problems) {
      const file = p.collection ? loaded.fileOf(p.collection, p.id) : null;
      // A span written by quote whose offsets were never filled: say which command fills them, once per span.
      const last = p.path[p.path.length - 1];
      if (p.rule === "schema" && (last === "start" || last === "end") && /received undefined/.test(p.message)) {
        const span = p.path.slice(0, -1).reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<string | number, unknown>)[k] : undefined), recordOf(loaded, p));
        if (span !== null && typeof span === "object" && "quote" in span) {
          if (last === "start") problems.push({ ...p, file, path: p.path.slice(0, -1), message: "span has no offsets: run npm run data:spans to fill them from its quote" });
          continue;
        }
      }
      problems.push({ ...p, file });
    }
  }
  if (problems.length > 0 || !result.ok) return { ok: false, problems };
  return { ok: true, dataset: result.dataset, sourceTexts: loaded.sourceTexts };
}

/** One line per problem: `file: collection[id].path: message`. */
export function formatProblem(p: FileProblem): string {
  const where = p.collection ? `${p.collection}[${p.id ?? "?"}]${p.path.length ? `.${p.path.join(".")}` : ""}` : p.path.join(".");
  const message = p.rule === undefined ? p.message : `${p.message} [${p.rule}]`;
  return [p.file ?? "(dataset)", where, message].filter((part) => part !== "").join(": ");
}
