/**
 * Reading a data folder (the layout of `data/`) into a dataset input, its source texts, and a map back to files.
 * Node-only; used by the build, the authoring scripts and the tests, never by the published entry points.
 */
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import type * as z from "zod";
import { COLLECTIONS, validateDataset, type CollectionName, type DatasetSchema } from "../schemas/dataset.js";
import { REFERENCES } from "../schemas/rules/references-resolve.js";
import { cut, valuesAt } from "../schemas/rules/rule.js";
import { SPAN_PATHS } from "../schemas/rules/span-paths.js";
import { SourceSchema } from "../schemas/source.js";

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
  /** The root problem this one follows from (a file that could not be read, a source text missing or changed), if any. */
  readonly followsFrom?: FileProblem;
}

/** True when `inner` is `outer` or lies below it. */
const isInside = (outer: string, inner: string): boolean => {
  const rel = path.relative(outer, inner);
  return !rel.startsWith("..") && !path.isAbsolute(rel);
};

/**
 * The `.json` data files below a folder, in a stable order (the `schema/` folder excluded), and the entries refused:
 * a symbolic link is followed only when its target lies inside the folder (and is then read once, where it stands).
 */
function scanDataDir(dir: string): { files: string[]; refused: Array<{ file: string; message: string }> } {
  const files: string[] = [];
  const refused: Array<{ file: string; message: string }> = [];
  const top = realpathSync(dir);
  // The real paths of the folder and of each link's target met; only those of folders are ever looked up.
  const seen = new Set<string>([top]);
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      let isDir: boolean;
      if (lstatSync(full).isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(full);
        } catch {
          if (name.endsWith(".json")) refused.push({ file: full, message: "a symbolic link whose target does not exist; not read" });
          continue;
        }
        if (!isInside(top, target)) {
          if (name.endsWith(".json") || statSync(target).isDirectory()) refused.push({ file: full, message: "a symbolic link to outside the data folder; not read" });
          continue;
        }
        isDir = statSync(target).isDirectory();
        if (isDir && seen.has(target)) continue;
        seen.add(target);
      } else {
        isDir = statSync(full).isDirectory();
      }
      if (isDir) {
        if (path.relative(dir, full) !== "schema") walk(full);
      } else if (name.endsWith(".json")) {
        files.push(full);
      }
    }
  };
  walk(dir);
  // A file reached twice (through a link inside the folder) is read once, where it is first found.
  const real = new Set<string>();
  return { files: files.filter((f) => !real.has(realpathSync(f)) && real.add(realpathSync(f))), refused };
}

/** Every `.json` data file below a folder, in a stable order (the `schema/` folder and links to outside it excluded). */
export function listDataFiles(dir: string): string[] {
  return scanDataDir(dir).files;
}

/** The offset of the first byte that is not well-formed UTF-8, or -1 when every byte is. */
export function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let n: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [n, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [n, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes a file's bytes as strict UTF-8; returns the text, or what is wrong with it (a byte-order mark, UTF-16,
 * or the offset of the first byte that is not UTF-8). Invalid bytes never turn into U+FFFD silently.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { error: "starts with a UTF-8 byte-order mark (EF BB BF): save it as UTF-8 without one" };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: `is UTF-16 (${bytes[0] === 0xff ? "little" : "big"}-endian byte-order mark ${bytes[0] === 0xff ? "FF FE" : "FE FF"}): save it as UTF-8` };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0 && nul < 4 && bytes.length >= 2) return { error: `looks like UTF-16 without a byte-order mark (a zero byte at offset ${nul}): save it as UTF-8` };
  try {
    return { text: strictUtf8.decode(bytes) };
  } catch {
    const at = invalidUtf8At(bytes);
    // The byte is 0x80 or more: every byte below is ASCII, which is valid.
    return { error: `not valid UTF-8: byte 0x${bytes[at]!.toString(16).toUpperCase()} at byte offset ${at}` };
  }
}

/** The problem with a data folder that lists no sources (every span then cites an unknown source). */
const NO_SOURCES = "holds no sources: a data folder needs sources/sources.json, listing the source texts its records quote";

/** Reads a data folder. Never throws for bad content: problems are returned with their file. */
export function loadDataDir(dir: string): LoadedData {
  const input = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as unknown[]])) as Record<CollectionName, unknown[]>;
  const problems: FileProblem[] = [];
  const files: DataFile[] = [];
  const owner = new Map<string, string>();
  let list: string[] = [];
  try {
    const scan = scanDataDir(dir);
    list = scan.files;
    for (const r of scan.refused) problems.push({ file: path.relative(process.cwd(), r.file), collection: null, id: null, path: [], message: r.message });
  } catch (error) {
    problems.push({ file: dir, collection: null, id: null, path: [], message: `cannot read the data folder: ${(error as Error).message}` });
  }
  // (A folder that could not be read has a problem already, and lists no files.)
  if (list.length === 0 && problems.length === 0) {
    problems.push({ file: dir, collection: null, id: null, path: [], message: "holds no data files (.json): a data folder holds sources/sources.json and the records' files (see data/README.md)" });
  }
  for (const file of list) {
    const rel = path.relative(process.cwd(), file);
    let content: unknown;
    let raw: string;
    try {
      const decoded = decodeUtf8(readFileSync(file));
      if ("error" in decoded) {
        problems.push({ file: rel, collection: null, id: null, path: [], message: decoded.error });
        continue;
      }
      raw = decoded.text;
    } catch (error) {
      problems.push({ file: rel, collection: null, id: null, path: [], message: `cannot read the file: ${(error as Error).message}` });
      continue;
    }
    try {
      content = JSON.parse(raw);
    } catch (error) {
      problems.push({ file: rel, collection: null, id: null, path: [], message: `not valid JSON: ${cut((error as Error).message, 200)}` });
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
        problems.push({ file: rel, collection: null, id: null, path: [key], message: `unknown collection '${cut(key)}' (known: ${COLLECTIONS.join(", ")})` });
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
  // No sources at all (unless the file that held them could not be read: that is the root cause then).
  // (Every problem found so far names a file: the folder, a link refused, or a data file.)
  if (list.length > 0 && input.sources.length === 0 && !problems.some((p) => collectionNamedBy(p.file!) === "sources")) {
    problems.push({ file: dir, collection: null, id: null, path: [], message: NO_SOURCES });
  }
  const sourceTexts = new Map<string, string>();
  const fileName = SourceSchema.shape.path;
  for (const src of input.sources) {
    const { id, path: given } = (src ?? {}) as { id?: unknown; path?: unknown };
    // The path is checked before anything is read (the schema reports a bad one), and the text must lie in the folder.
    const checked = fileName.safeParse(given);
    if (typeof id !== "string" || !checked.success) continue;
    const p = checked.data;
    const at = (message: string) => problems.push({ file: owner.get(`sources\u0000${id}`) ?? null, collection: "sources", id, path: ["path"], message });
    const file = path.join(dir, "sources", p);
    try {
      if (lstatSync(file).isSymbolicLink() && !isInside(realpathSync(dir), realpathSync(file))) {
        at(`source text 'sources/${p}' is a symbolic link to outside the data folder; not read`);
        continue;
      }
      const decoded = decodeUtf8(readFileSync(file));
      if ("error" in decoded) at(`source text 'sources/${p}' ${decoded.error.startsWith("not") ? `is ${decoded.error}` : decoded.error}`);
      else sourceTexts.set(id, decoded.text);
    } catch {
      at(`cannot read source text 'sources/${p}'`);
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
  return loaded.input[p.collection].find((r) => (r as { id?: unknown } | null)?.id === p.id);
}

/** The file of each record with this id, in the order the records were merged (file order, then order in the file). */
function filesHolding(loaded: LoadedData, collection: CollectionName, id: string): string[] {
  return loaded.files.flatMap(({ file, content }) => {
    const list = content[collection];
    return Array.isArray(list) ? list.filter((r) => (r as { id?: unknown } | null)?.id === id).map(() => file) : [];
  });
}

/** Validates what a data folder holds with validateDataset; every problem comes back with its file, root causes first. */
export function validateLoaded(loaded: LoadedData):
  | { ok: true; dataset: z.output<typeof DatasetSchema>; sourceTexts: ReadonlyMap<string, string> }
  | { ok: false; problems: FileProblem[] } {
  const problems: FileProblem[] = [...loaded.problems];
  const result = validateDataset(loaded.input, loaded.sourceTexts);
  if (!result.ok) {
    // unique-ids reports every record after the first with an id, in order: the nth report is the (n+1)th record.
    const repeats = new Map<string, number>();
    for (const p of result.problems) {
      let file = p.collection ? loaded.fileOf(p.collection, p.id) : null;
      if (p.rule === "unique-ids" && p.collection !== null && p.id !== null) {
        const key = `${p.collection}\u0000${p.id}`;
        const n = (repeats.get(key) ?? 0) + 1;
        repeats.set(key, n);
        file = filesHolding(loaded, p.collection, p.id)[n] ?? file;
      }
      // A span written by quote whose offsets were never filled: say which command fills them, once per span.
      const last = p.path[p.path.length - 1];
      if (p.rule === "schema" && (last === "start" || last === "end") && /received undefined/.test(p.message)) {
        const span = p.path.slice(0, -1).reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<string | number, unknown>)[k] : undefined), recordOf(loaded, p));
        if (span !== null && typeof span === "object" && "quote" in span) {
          // Said at its start when that is missing too (its end then goes without saying), else at its end.
          const noStart = (span as { start?: unknown }).start === undefined;
          if (last === "start" || !noStart) {
            const message = noStart ? "span has no offsets: run npm run data:spans to fill them from its quote" : "span has no end offset: run npm run data:spans to fill it from its quote";
            problems.push({ ...p, file, path: p.path.slice(0, -1), message });
          }
          continue;
        }
      }
      problems.push({ ...p, file });
    }
  }
  if (problems.length > 0 || !result.ok) return { ok: false, problems: rootCausesFirst(loaded, problems) };
  return { ok: true, dataset: result.dataset, sourceTexts: loaded.sourceTexts };
}

/** The collection a data file is named for (`delegations.json`, `meetings/<id>/meeting.json`), if it is. */
function collectionNamedBy(file: string): CollectionName | undefined {
  const base = path.basename(file, ".json");
  // A file is named for its collection in kebab case: council-terms.json holds councilTerms.
  const name = base === "meeting" ? "meetings" : base.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
  return (COLLECTIONS as readonly string[]).includes(name) ? (name as CollectionName) : undefined;
}

/** True when a concrete path matches a dotted reference pattern (`*` for an array index). */
const matches = (pattern: readonly string[], at: ReadonlyArray<string | number>): boolean =>
  pattern.length === at.length && pattern.every((part, i) => (part === "*" ? typeof at[i] === "number" : part === at[i]));

/** The collection a reference problem points into, read from the reference table. */
function referenceTarget(p: FileProblem): CollectionName | undefined {
  if (p.rule !== "references-resolve" || p.collection === null) return undefined;
  return REFERENCES[p.collection].find(([dotted]) => matches(dotted.split("."), p.path))?.[1];
}

/**
 * The problem of the first broken source that a problem's record cites where the problem stands: the span on its path,
 * else any span of the record (in the order of SPAN_PATHS).
 */
function brokenSourceCited(loaded: LoadedData, p: FileProblem, brokenSources: ReadonlyMap<string, FileProblem>): FileProblem | undefined {
  let value = recordOf(loaded, p);
  const record = value;
  let nearest: string | undefined;
  for (const key of p.path) {
    if (value === null || typeof value !== "object") break;
    const source = (value as Record<string, unknown>).source;
    if (typeof source === "string" && !Array.isArray(value)) nearest = source;
    value = Object.hasOwn(value, key) ? (value as Record<string | number, unknown>)[key] : undefined;
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value) && typeof (value as { source?: unknown }).source === "string") nearest = (value as { source: string }).source;
  if (nearest !== undefined) return brokenSources.get(nearest);
  let cause: FileProblem | undefined;
  for (const pattern of p.collection ? SPAN_PATHS[p.collection] : []) {
    valuesAt(record, pattern, (span) => {
      const source = span !== null && typeof span === "object" ? (span as { source?: unknown }).source : undefined;
      if (typeof source === "string") cause ??= brokenSources.get(source);
    });
  }
  return cause;
}

/**
 * Orders problems root causes first and marks those that follow from them: a data file that could not be read
 * (references into the collection it is named for, spans citing unknown sources when it held the sources), and a
 * source text that is missing, unreadable or changed (its sha256 differs): the checks on spans citing it.
 */
export function rootCausesFirst(loaded: LoadedData, problems: readonly FileProblem[]): FileProblem[] {
  const brokenFiles = new Map<CollectionName, FileProblem>();
  for (const p of problems) {
    if (p.rule !== undefined || p.collection !== null || p.path.length > 0 || p.file === null || !p.file.endsWith(".json")) continue;
    // A file that could not be read: its records are missing, which the problems naming them follow from.
    const c = collectionNamedBy(p.file);
    if (c && !brokenFiles.has(c)) brokenFiles.set(c, p);
  }
  const noSources = problems.find((p) => p.rule === undefined && p.message === NO_SOURCES);
  if (noSources && !brokenFiles.has("sources")) brokenFiles.set("sources", noSources);
  // The first problem with each source's text: unreadable, a bad path, missing, or changed.
  const brokenSources = new Map<string, FileProblem>();
  for (const p of problems) {
    if (p.collection !== "sources" || p.id === null) continue;
    const textProblem = p.rule === undefined || (p.rule === "source-texts" && (p.path[0] === "path" || p.path[0] === "sha256")) || (p.rule === "schema" && p.path[0] === "path");
    if (textProblem && !brokenSources.has(p.id)) brokenSources.set(p.id, p);
  }
  const roots = new Set<FileProblem>([...brokenFiles.values(), ...brokenSources.values()]);
  const causeOf = (p: FileProblem): FileProblem | undefined => {
    if (roots.has(p) || p.rule === undefined) return undefined;
    const target = referenceTarget(p);
    // (No reference starts in sources, so the checks below would find no cause for a reference problem either.)
    if (target) return brokenFiles.get(target);
    if (p.rule === "spans-match-source" && /^span cites unknown source/.test(p.message) && brokenFiles.has("sources")) return brokenFiles.get("sources");
    if (p.rule === "briefers-have-statements" && brokenFiles.has("statements")) return brokenFiles.get("statements");
    if (p.rule === "statement-capacity-matches-council") {
      const cause = (["councilTerms", "delegations", "meetings"] as const).find((c) => brokenFiles.has(c));
      if (cause) return brokenFiles.get(cause);
    }
    if (p.collection === "sources" && p.id !== null && p.path[0] === "path" && brokenSources.has(p.id)) return brokenSources.get(p.id);
    if (p.rule === "schema" || p.rule === "unique-ids" || p.rule === "references-resolve" || p.rule === "source-texts") return undefined;
    return brokenSourceCited(loaded, p, brokenSources);
  };
  const marked = problems.map((p) => {
    const cause = causeOf(p);
    return cause === undefined ? p : { ...p, followsFrom: cause };
  });
  const rank = (p: FileProblem) => (p.rule === undefined ? 0 : roots.has(p) ? 1 : 2);
  // (The sort is stable: each rank keeps the order given.)
  return marked.sort((a, b) => rank(a) - rank(b));
}

/**
 * The lines a report prints: each problem that follows from no other, root causes first, and under a root cause
 * how many problems follow from it (those are not printed one by one: fix the root cause and validate again).
 */
export function formatProblems(problems: readonly FileProblem[]): string[] {
  const followers = new Map<FileProblem, number>();
  for (const p of problems) if (p.followsFrom) followers.set(p.followsFrom, (followers.get(p.followsFrom) ?? 0) + 1);
  const lines: string[] = [];
  for (const p of problems) {
    if (p.followsFrom) continue;
    lines.push(formatProblem(p));
    const n = followers.get(p);
    if (n) lines.push(`  ${n} more problem${n === 1 ? " follows" : "s follow"} from it (not shown: fix this first)`);
  }
  return lines;
}

/** The closing line of a report: how many problems, and how many of them were not shown because they follow from others. */
export function problemCount(problems: readonly FileProblem[]): string {
  const hidden = problems.filter((p) => p.followsFrom).length;
  return `${problems.length} problem${problems.length === 1 ? "" : "s"}${hidden ? ` (${hidden} not shown: they follow from the root causes above)` : ""}`;
}

/** One line per problem: `file: collection[id].path: message` (ids and keys cut to a readable length). */
export function formatProblem(p: FileProblem): string {
  const at = p.path.map((k) => cut(k)).join(".");
  const where = p.collection ? `${p.collection}[${p.id === null ? "?" : cut(p.id)}]${at ? `.${at}` : ""}` : at;
  const message = p.rule === undefined ? p.message : `${p.message} [${p.rule}]`;
  return [p.file ?? "(dataset)", where, message].filter((part) => part !== "").join(": ");
}
