import * as z from "zod";
import { CouncilTermSchema } from "./council-term.js";
import { DelegationSchema } from "./delegation.js";
import { DocumentSchema } from "./document.js";
import { MeetingSchema } from "./meeting.js";
import { MetricSchema } from "./metric.js";
import { MissionSchema } from "./mission.js";
import { SourceSchema } from "./source.js";
import { StatementSchema } from "./statement.js";
import { SubjectSchema } from "./subject.js";
import { ThemeSchema } from "./theme.js";

import { COLLECTION_SCHEMAS, COLLECTIONS, type CollectionName } from "./collections.js";
import { RULES } from "./rules/index.js";
import { cut, type Path, type RuleContext } from "./rules/rule.js";

export { COLLECTION_SCHEMAS, COLLECTIONS, type CollectionName } from "./collections.js";
export { RULES, type Rule, type RuleContext } from "./rules/index.js";

/** Where a dataset comes from: the package, its version, when it was built, and the sources with their sha256. */
export const MetaSchema = z
  .strictObject({
    /** The package the data ships in. */
    name: z.string().min(1).describe("The package the data ships in."),
    /** The package version (semver). */
    version: z.string().regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/, "must be a semver version").describe("The package version (semver)."),
    /** When the data was built, ISO 8601 date and time (UTC). */
    built: z.iso.datetime().describe("When the data was built, ISO 8601 date and time (UTC)."),
    /** The sources the data is taken from, with the sha256 of their texts. */
    sources: z
      .array(
        z.strictObject({
          /** Id of the source. */
          id: z.string().min(1).describe("Id of the source."),
          /** File name of its verbatim text. */
          path: z.string().min(1).describe("File name of its verbatim text."),
          /** SHA-256 of the text. */
          sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lower-case hex digits").describe("SHA-256 of the text."),
        }),
      )
      .describe("The sources the data is taken from, with the sha256 of their texts."),
  })
  .describe("Where a dataset comes from.");

/**
 * The whole dataset: one array per collection. Parsing with it checks each record's shape (the first pass);
 * {@link validateDataset} adds the checks across records (the second pass).
 */
export const DatasetSchema = z
  .strictObject({
    /** Package, version, build time and sources of a built dataset; absent in a data folder. */
    meta: MetaSchema.optional().describe("Package, version, build time and sources of a built dataset; absent in a data folder."),
    /** The documents the data is taken from. */
    sources: z.array(SourceSchema).describe("The documents the data is taken from."),
    /** The meetings. */
    meetings: z.array(MeetingSchema).describe("The meetings."),
    /** Who speaks, or on whose behalf. */
    delegations: z.array(DelegationSchema).describe("Who speaks, or on whose behalf."),
    /** One record per intervention. */
    statements: z.array(StatementSchema).describe("One record per intervention."),
    /** Every UN peacekeeping operation, and the special political missions statements name. */
    missions: z.array(MissionSchema).describe("Every UN peacekeeping operation, and the special political missions statements name."),
    /** The numbers stated at the meetings. */
    metrics: z.array(MetricSchema).describe("The numbers stated at the meetings."),
    /** The theme vocabulary. */
    themes: z.array(ThemeSchema).describe("The theme vocabulary."),
    /** The vocabulary of quantities that metrics measure. */
    subjects: z.array(SubjectSchema).describe("The vocabulary of quantities that metrics measure."),
    /** Documents, instruments and bodies that statements refer to. */
    documents: z.array(DocumentSchema).describe("Documents, instruments and bodies that statements refer to."),
    /** The Security Council's membership: one record per term a state holds a seat (an empty list where absent). */
    councilTerms: z
      .array(CouncilTermSchema)
      .default([])
      .describe("The Security Council's membership: one record per term a state holds a seat (an empty list where absent)."),
  })
  .describe("The peacekeeping-records dataset: Security Council debates on peacekeeping, traceable to their sources.");

/** One thing wrong with a dataset: where it is and what is wrong. */
export interface Problem {
  /** The collection of the record at fault, or null for a problem with the dataset as a whole. */
  readonly collection: CollectionName | null;
  /** The id of the record at fault (or `#index` when it has no usable id), or null. */
  readonly id: string | null;
  /** Path to the field at fault inside the record. */
  readonly path: ReadonlyArray<string | number>;
  /** What is wrong, in plain words. */
  readonly message: string;
  /** What found it: `schema` for a record's own shape and rules (the first pass), else the id of a cross-record rule in {@link RULES}. */
  readonly rule: string;
}

/** The outcome of {@link validateDataset}: the parsed dataset, or every problem found. */
export type ValidationResult =
  | {
      /** The dataset is valid. */
      readonly ok: true;
      /** The parsed, typed dataset. */
      readonly dataset: z.output<typeof DatasetSchema>;
    }
  | {
      /** The dataset has problems. */
      readonly ok: false;
      /** Every problem found, in both passes. */
      readonly problems: readonly Problem[];
    };

/** The text of each source, by source id, as read from its file. */
export type SourceTexts = Readonly<Record<string, string>> | ReadonlyMap<string, string>;

type AnyRecord = Record<string, unknown>;

/** A Zod issue's message, with the input it echoes (unknown keys) cut to a readable length. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") {
    const shown = issue.keys.slice(0, 5).map((k) => `"${cut(k)}"`);
    const more = issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : "";
    return `Unrecognized key${issue.keys.length === 1 ? "" : "s"}: ${shown.join(", ")}${more}`;
  }
  return cut(issue.message, 300);
}

/**
 * Validates a dataset in two passes and reports every problem at once.
 *
 * The first pass parses each record with its collection's schema (shape, types, closed enumerations, per-record rules).
 * The second pass runs the cross-record rules of {@link RULES} over every record, including those that failed the
 * first: unique ids, references that resolve, source texts and their sha256, spans whose quotes stand in their
 * source at their offsets, evidence inside its statement's paragraphs, speaking orders per meeting, briefers, and
 * metrics whose words read as their values in their subject's unit. Each problem names the rule that found it
 * (`schema` for the first pass); docs/validation-rules.md lists the rules.
 *
 * @param input - The dataset as plain data (for instance, parsed JSON).
 * @param sourceTexts - The verbatim text of each source, by source id.
 * @returns `{ ok: true, dataset }` with the typed dataset, or `{ ok: false, problems }` with every problem found.
 * @example
 * ```ts
 * import { dataset } from "peacekeeping-records";
 * import { validateDataset } from "peacekeeping-records/schemas";
 * import { loadSourceTexts } from "peacekeeping-records/texts";
 *
 * const texts = await loadSourceTexts(); // every source text the package ships, by source id
 * const result = validateDataset(dataset, texts);
 * console.log(result.ok); // true
 *
 * const broken = {
 *   ...dataset,
 *   statements: dataset.statements.map((s) => (s.id === "2020-09-14-a4p-04" ? { ...s, speaker: { ...s.speaker, delegation: "VIETNAM" } } : s)),
 * };
 * const checked = validateDataset(broken, texts);
 * if (!checked.ok) for (const p of checked.problems) console.log(p.collection, p.id, p.path.join("."), p.message);
 * // statements 2020-09-14-a4p-04 speaker.delegation unknown delegations id 'VIETNAM'
 * ```
 */
export function validateDataset(input: unknown, sourceTexts: SourceTexts): ValidationResult {
  const problems: Problem[] = [];
  const texts: ReadonlyMap<string, string> =
    sourceTexts instanceof Map ? sourceTexts : new Map(Object.entries(sourceTexts as Record<string, string>));
  const schemaProblem = (collection: CollectionName | null, id: string | null, path: Path, message: string) =>
    problems.push({ collection, id, path, message, rule: "schema" });

  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    schemaProblem(null, null, [], "the dataset must be an object with one array per collection");
    return { ok: false, problems };
  }
  const data = input as AnyRecord;

  for (const key of Object.keys(data)) {
    if (key !== "meta" && !Object.hasOwn(COLLECTION_SCHEMAS, key)) {
      schemaProblem(null, null, [cut(key)], `unknown collection '${cut(key)}' (known: ${COLLECTIONS.join(", ")})`);
    }
  }
  const records = {} as Record<CollectionName, unknown[]>;
  for (const name of COLLECTIONS) {
    const value = Object.hasOwn(data, name) ? data[name] : undefined;
    if (value === undefined && DatasetSchema.shape[name] instanceof z.ZodDefault) {
      // A collection added after others (councilTerms) may be absent from a dataset written before it: an empty list.
      records[name] = [];
    } else if (!Array.isArray(value)) {
      schemaProblem(name, null, [], `collection '${name}' must be an array`);
      records[name] = [];
    } else {
      records[name] = value;
    }
  }
  const idOf = (rec: unknown, index: number): string => {
    const id = rec !== null && typeof rec === "object" ? (rec as AnyRecord).id : undefined;
    return typeof id === "string" && id.length > 0 ? id : `#${index}`;
  };

  // Pass 1: each record against its schema. The parsed records are kept, so a valid dataset is not parsed twice.
  const parsedRecords = {} as Record<CollectionName, unknown[]>;
  for (const name of COLLECTIONS) {
    const schema = COLLECTION_SCHEMAS[name];
    const out: unknown[] = [];
    records[name].forEach((rec, index) => {
      const parsed = schema.safeParse(rec);
      if (parsed.success) out.push(parsed.data);
      else for (const issue of parsed.error.issues) schemaProblem(name, idOf(rec, index), issue.path as Path, issueMessage(issue));
    });
    parsedRecords[name] = out;
  }
  let meta: z.output<typeof MetaSchema> | undefined;
  if (Object.hasOwn(data, "meta")) {
    const parsedMeta = MetaSchema.safeParse(data.meta);
    if (parsedMeta.success) meta = parsedMeta.data;
    else for (const issue of parsedMeta.error.issues) schemaProblem(null, null, ["meta", ...(issue.path as Path)], issueMessage(issue));
  }

  // Pass 2: the cross-record rules, on the raw input, so that a record that failed pass 1 is still checked here.
  const ids = {} as Record<CollectionName, Set<string>>;
  for (const name of COLLECTIONS) {
    ids[name] = new Set();
    for (const rec of records[name]) {
      const id = rec !== null && typeof rec === "object" ? (rec as AnyRecord).id : undefined;
      if (typeof id === "string") ids[name].add(id);
    }
  }
  for (const rule of RULES) {
    const context: RuleContext = {
      records,
      ids,
      texts,
      idOf,
      report: (collection, id, path, message) => problems.push({ collection, id, path, message, rule: rule.id }),
    };
    rule.check(context);
  }

  if (problems.length > 0) return { ok: false, problems };
  // Every record passed its schema and no key is unknown, so these are exactly what DatasetSchema.parse would give.
  const dataset = { ...(meta === undefined ? {} : { meta }), ...parsedRecords } as z.output<typeof DatasetSchema>;
  return { ok: true, dataset };
}
