/**
 * The build's data step: read `data/`, validate it with `validateDataset` and the checks that need build-time
 * packages (ISO 3166 codes), and either report every problem with its file or write the generated module that the
 * `.` entry bundles. Node-only; never shipped.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import * as z from "zod";
import { COLLECTION_SCHEMAS, COLLECTIONS, DatasetSchema, MetaSchema } from "../schemas/dataset.js";

import { formatProblem, formatProblems, loadDataDir, problemCount, rootCausesFirst, validateLoaded, type FileProblem } from "./load.js";
export { formatProblem, formatProblems, problemCount };

const require = createRequire(import.meta.url);

/** The i18n-iso-countries functions the checks use. */
interface IsoCountries {
  isValid(code: string): boolean;
  alpha3ToNumeric(code: string): string | undefined;
}

/**
 * Checks state codes against the maintained ISO 3166 list: alpha-3 ids exist and M49 codes match them; a mission's
 * hosts and a Council term's state may also be a listed ISO 3166-3 former code.
 */
export function checkIsoCodes(input: Record<string, unknown[]>): FileProblem[] {
  const iso = require("i18n-iso-countries") as IsoCountries;
  const problems: FileProblem[] = [];
  for (const d of input.delegations ?? []) {
    const { id, kind, m49 } = (d ?? {}) as { id?: unknown; kind?: unknown; m49?: unknown };
    if (typeof id !== "string" || (kind !== "member-state" && kind !== "observer-state")) continue;
    const numeric = /^[A-Z]{3}$/.test(id) ? iso.alpha3ToNumeric(id) : undefined;
    if (numeric === undefined || !iso.isValid(id)) {
      problems.push({ file: null, collection: "delegations", id, path: ["id"], message: `'${id}' is not an ISO 3166-1 alpha-3 code` });
    } else if (typeof m49 === "number" && Number(numeric) !== m49) {
      problems.push({ file: null, collection: "delegations", id, path: ["m49"], message: `M49 code ${m49} differs from ISO 3166-1 numeric ${numeric} for ${id}` });
    }
  }
  // (isValid alone would take lower case, alpha-2 and numeric codes too.)
  const isAlpha3 = (code: string) => /^[A-Z]{3}$/.test(code) && iso.isValid(code);
  // Hosts and Council members may be states that no longer exist: their ISO 3166-3 former codes are accepted too.
  const known = (code: string) => isAlpha3(code) || Object.hasOwn(FORMER_STATE_CODES, code);
  const notKnown = (code: string) => `'${code}' is neither an ISO 3166-1 alpha-3 code nor a listed ISO 3166-3 former code (${Object.keys(FORMER_STATE_CODES).join(", ")})`;
  for (const m of input.missions ?? []) {
    const { id, host, hosts } = (m ?? {}) as { id?: unknown; host?: { iso3?: unknown } | null; hosts?: unknown };
    const missionId = typeof id === "string" ? id : null;
    const code = host?.iso3;
    if (typeof code === "string" && !isAlpha3(code)) {
      problems.push({ file: null, collection: "missions", id: missionId, path: ["host", "iso3"], message: `'${code}' is not an ISO 3166-1 alpha-3 code` });
    }
    if (!Array.isArray(hosts)) continue;
    hosts.forEach((h: unknown, i) => {
      const hostCode = (h as { iso3?: unknown } | null)?.iso3;
      if (typeof hostCode === "string" && !known(hostCode)) problems.push({ file: null, collection: "missions", id: missionId, path: ["hosts", i, "iso3"], message: notKnown(hostCode) });
    });
  }
  for (const t of input.councilTerms ?? []) {
    const { id, state } = (t ?? {}) as { id?: unknown; state?: unknown };
    if (typeof state === "string" && !known(state)) {
      problems.push({ file: null, collection: "councilTerms", id: typeof id === "string" ? id : null, path: ["state"], message: notKnown(state) });
    }
  }
  return problems;
}

/**
 * The ISO 3166-3 former alpha-3 codes the data may use, for states that no longer exist (a state that only changed
 * its name keeps its current code instead), with the state each stands for.
 */
export const FORMER_STATE_CODES: Readonly<Record<string, string>> = {
  CSK: "Czechoslovakia",
  DDR: "German Democratic Republic",
  SCG: "Serbia and Montenegro",
  SUN: "Union of Soviet Socialist Republics",
  YMD: "Democratic Yemen",
  YUG: "Yugoslavia",
};

/** Validates a data folder completely (validateDataset plus ISO 3166 codes); returns the dataset or every problem, each with its file. */
export function checkDataDir(dir: string):
  | { ok: true; dataset: z.output<typeof DatasetSchema>; sourceTexts: ReadonlyMap<string, string> }
  | { ok: false; problems: FileProblem[] } {
  const loaded = loadDataDir(dir);
  const checked = validateLoaded(loaded);
  const iso = checkIsoCodes(loaded.input).map((p) => ({ ...p, file: loaded.fileOf(p.collection!, p.id) }));
  if (checked.ok && iso.length === 0) return checked;
  return { ok: false, problems: rootCausesFirst(loaded, [...(checked.ok ? [] : checked.problems), ...iso]) };
}

export { datasetJsonSchema } from "../export/files.js";

/**
 * The JSON Schema of one data file under `data/`: an object with an optional `$schema` and any of the collections.
 * Editors use it (through each file's `$schema`) to validate while typing.
 */
export function dataFileJsonSchema(): Record<string, unknown> {
  const file = z
    .strictObject({
      /** Path to this schema, for editors. */
      $schema: z.string().optional().describe("Path to this schema, for editors."),
      ...Object.fromEntries(COLLECTIONS.map((c) => [c, z.array(COLLECTION_SCHEMAS[c]).optional().describe(`Records of the ${c} collection.`)])),
    })
    .describe("A data file of peacekeeping-records: one or more collections of records.");
  return z.toJSONSchema(file, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
}

/** Sorted, de-duplicated ids of a collection. */
const idsOf = (records: ReadonlyArray<{ id: string }>) => [...new Set(records.map((r) => r.id))];

/** The meta block of a built dataset: package name and version (from package.json), build time, sources. */
export function buildMeta(root: string, dataset: z.output<typeof DatasetSchema>): z.output<typeof MetaSchema> {
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { name: string; version: string };
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const built = new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString();
  return { name: pkg.name, version: pkg.version, built, sources: dataset.sources.map((s) => ({ id: s.id, path: s.path, sha256: s.sha256 })) };
}

/** The TypeScript module of the id lists as const arrays (the data itself is `dataset.json` beside it). */
export function generatedModule(dataset: z.output<typeof DatasetSchema>): string {
  const constArray = (doc: string, name: string, ids: string[]) =>
    `/**\n * ${doc}\n * @category Records\n */\nexport const ${name} = ${JSON.stringify(ids)} as const;\n`;
  return [
    "// Generated by `npm run data:build` from data/, after validation. Do not edit.\n",
    constArray("Every delegation id in the data.", "DELEGATION_IDS", idsOf(dataset.delegations)),
    constArray("Every mission id in the data.", "MISSION_IDS", idsOf(dataset.missions)),
    constArray("Every theme id in the data.", "THEME_IDS", idsOf(dataset.themes)),
    constArray("Every metric subject id in the data.", "METRIC_SUBJECTS", idsOf(dataset.subjects)),
    constArray("Every meeting id in the data.", "MEETING_IDS", idsOf(dataset.meetings)),
    constArray("Every document id in the data.", "DOCUMENT_IDS", idsOf(dataset.documents)),
    constArray("Every council term id in the data.", "COUNCIL_TERM_IDS", idsOf(dataset.councilTerms)),
    `/**\n * The date of every meeting in the data, by id (the helpers order points stated at different meetings by it).\n * @internal\n */\nexport const MEETING_DATES: Readonly<Record<string, string>> = ${JSON.stringify(Object.fromEntries(dataset.meetings.map((m) => [m.id, m.date])))};\n`,
  ].join("\n");
}

/**
 * The declaration beside the generated dataset.json: it keeps TypeScript from inferring a type from the JSON (slow
 * and useless at scale); `src/data.ts` gives the data its type, Dataset.
 */
export const GENERATED_JSON_DECLARATION = "// Generated. The data's type is Dataset, given in src/data.ts.\nexport {};\n";

/** A file's text, or undefined when it cannot be read. */
export function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/** Writes a file only when its content changes (keeps watchers and timestamps quiet). */
export function writeIfChanged(file: string, content: string): void {
  if (readIfExists(file) !== content) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}

/**
 * Validates `data/` and writes what the build needs: `src/generated/dataset.ts`.
 * Throws one error listing every problem (with file, record id and field path) when the data has any.
 * (`data/schema/data-file.schema.json` is written by `npm run data:format`, and a test checks it is current.)
 */
export function buildData(root: string): z.output<typeof DatasetSchema> {
  const checked = checkDataDir(path.join(root, "data"));
  if (!checked.ok) {
    throw new Error(`data/ has ${problemCount(checked.problems)}:\n${formatProblems(checked.problems).join("\n")}`);
  }
  // meta first, then the collections in canonical order: the same object is dist/dataset.json.
  const dataset = { meta: buildMeta(root, checked.dataset), ...checked.dataset };
  writeIfChanged(path.join(root, "src/generated/dataset.ts"), generatedModule(dataset));
  writeIfChanged(path.join(root, "src/generated/dataset.json"), JSON.stringify(dataset));
  writeIfChanged(path.join(root, "src/generated/dataset.d.json.ts"), GENERATED_JSON_DECLARATION);
  return dataset;
}
