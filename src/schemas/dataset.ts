import { createHash } from "node:crypto";
import * as z from "zod";
import { normalisedValue } from "../numbers.js";
import { fold } from "../typography.js";
import { DelegationSchema } from "./delegation.js";
import { DocumentSchema } from "./document.js";
import { MeetingSchema } from "./meeting.js";
import { MetricSchema } from "./metric.js";
import { MissionSchema } from "./mission.js";
import { SourceSchema } from "./source.js";
import { StatementSchema } from "./statement.js";
import { SubjectSchema } from "./subject.js";
import { ThemeSchema } from "./theme.js";

/** The schema of each collection's records, by collection name, in the dataset's canonical order. */
export const COLLECTION_SCHEMAS = {
  /** Schema of a Source. */
  sources: SourceSchema,
  /** Schema of a Meeting. */
  meetings: MeetingSchema,
  /** Schema of a Delegation. */
  delegations: DelegationSchema,
  /** Schema of a Statement. */
  statements: StatementSchema,
  /** Schema of a Mission. */
  missions: MissionSchema,
  /** Schema of a Metric. */
  metrics: MetricSchema,
  /** Schema of a Theme. */
  themes: ThemeSchema,
  /** Schema of a Subject. */
  subjects: SubjectSchema,
  /** Schema of a Document. */
  documents: DocumentSchema,
} as const;

/** Names of the dataset's collections, in canonical order. */
export type CollectionName = keyof typeof COLLECTION_SCHEMAS;

/** Names of the dataset's collections, in canonical order. */
export const COLLECTIONS = Object.keys(COLLECTION_SCHEMAS) as CollectionName[];

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
    /** The missions statements mention. */
    missions: z.array(MissionSchema).describe("The missions statements mention."),
    /** The numbers stated at the meetings. */
    metrics: z.array(MetricSchema).describe("The numbers stated at the meetings."),
    /** The theme vocabulary. */
    themes: z.array(ThemeSchema).describe("The theme vocabulary."),
    /** The vocabulary of quantities that metrics measure. */
    subjects: z.array(SubjectSchema).describe("The vocabulary of quantities that metrics measure."),
    /** Documents, instruments and bodies that statements refer to. */
    documents: z.array(DocumentSchema).describe("Documents, instruments and bodies that statements refer to."),
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

type Path = Array<string | number>;
type AnyRecord = Record<string, unknown>;

/** Reference fields of each collection: a path (`*` walks an array) and the collection it points into. */
const REFERENCES: Readonly<Record<CollectionName, ReadonlyArray<readonly [string, CollectionName]>>> = {
  sources: [],
  meetings: [
    ["sources.*", "sources"],
    ["briefers.*.delegation", "delegations"],
    ["outcomes.*.vote.inFavour.*", "delegations"],
    ["outcomes.*.vote.against.*", "delegations"],
    ["outcomes.*.vote.abstaining.*", "delegations"],
  ],
  delegations: [],
  statements: [
    ["meeting", "meetings"],
    ["speaker.delegation", "delegations"],
    ["onBehalfOf.*", "delegations"],
    ["themes.*.theme", "themes"],
    ["missions.*.mission", "missions"],
    ["documents.*.document", "documents"],
  ],
  missions: [],
  metrics: [
    ["meeting", "meetings"],
    ["statement", "statements"],
    ["subject", "subjects"],
    ["scope.missions.*", "missions"],
    ["scope.delegation", "delegations"],
  ],
  themes: [],
  subjects: [],
  documents: [],
};

/**
 * Calls `visit` with every value at a dotted path and its concrete path; `*` walks the elements of an array.
 * The path array is shared and mutated as the walk goes: a visitor that keeps it must copy it.
 */
function valuesAt(value: unknown, pattern: readonly string[], visit: (value: unknown, path: Path) => void, depth = 0, path: Path = []): void {
  if (depth === pattern.length) return visit(value, path);
  const head = pattern[depth]!;
  if (head === "*") {
    if (!Array.isArray(value)) return;
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      valuesAt(value[i], pattern, visit, depth + 1, path);
      path.pop();
    }
    return;
  }
  if (value === null || typeof value !== "object" || !(head in value)) return;
  path.push(head);
  valuesAt((value as AnyRecord)[head], pattern, visit, depth + 1, path);
  path.pop();
}

/** Calls `visit` with every object shaped like a Span inside a value, and its (shared, mutated) path. */
function spansIn(value: unknown, visit: (span: AnyRecord, path: Path) => void, path: Path = []): void {
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (v === null || typeof v !== "object") continue;
      path.push(i);
      spansIn(v, visit, path);
      path.pop();
    }
    return;
  }
  const rec = value as AnyRecord;
  if ("quote" in rec && "source" in rec && "start" in rec) return visit(rec, path);
  for (const k in rec) {
    const v = rec[k];
    if (v === null || typeof v !== "object") continue;
    path.push(k);
    spansIn(v, visit, path);
    path.pop();
  }
}

const get = (rec: unknown, key: string): unknown =>
  rec !== null && typeof rec === "object" ? (rec as AnyRecord)[key] : undefined;


/**
 * Validates a dataset in two passes and reports every problem at once.
 *
 * The first pass parses each record with its collection's schema (shape, types, closed enumerations, per-record rules).
 * The second pass runs over every record, including those that failed the first, and checks what spans records:
 * unique ids per collection; every reference resolves; every Span's quote is exactly its source's text between its
 * offsets; every source's text matches its sha256; every metric's words occur in its quote and read as its value,
 * in its subject's unit; speaking orders run 1..n without gaps in each meeting; briefers match briefing statements.
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

  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return { ok: false, problems: [{ collection: null, id: null, path: [], message: "the dataset must be an object with one array per collection" }] };
  }
  const data = input as AnyRecord;

  for (const key of Object.keys(data)) {
    if (key !== "meta" && !(key in COLLECTION_SCHEMAS)) {
      problems.push({ collection: null, id: null, path: [key], message: `unknown collection '${key}' (known: ${COLLECTIONS.join(", ")})` });
    }
  }
  const records = {} as Record<CollectionName, unknown[]>;
  for (const name of COLLECTIONS) {
    const value = data[name];
    if (!Array.isArray(value)) {
      problems.push({ collection: name, id: null, path: [], message: `collection '${name}' must be an array` });
      records[name] = [];
    } else {
      records[name] = value;
    }
  }
  const idOf = (rec: unknown, index: number): string => {
    const id = get(rec, "id");
    return typeof id === "string" && id.length > 0 ? id : `#${index}`;
  };

  // Pass 1: each record against its schema. The parsed records are kept, so a valid dataset is not parsed twice.
  const parsedRecords = {} as Record<CollectionName, unknown[]>;
  for (const name of COLLECTIONS) {
    const schema = COLLECTION_SCHEMAS[name];
    const out: unknown[] = [];
    records[name].forEach((rec, index) => {
      const parsed = schema.safeParse(rec);
      if (parsed.success) {
        out.push(parsed.data);
      } else {
        for (const issue of parsed.error.issues) {
          problems.push({ collection: name, id: idOf(rec, index), path: issue.path as Path, message: issue.message });
        }
      }
    });
    parsedRecords[name] = out;
  }
  let meta: z.output<typeof MetaSchema> | undefined;
  if ("meta" in data) {
    const parsedMeta = MetaSchema.safeParse(data.meta);
    if (parsedMeta.success) meta = parsedMeta.data;
    else for (const issue of parsedMeta.error.issues) problems.push({ collection: null, id: null, path: ["meta", ...(issue.path as Path)], message: issue.message });
  }

  // Pass 2: across records, on the raw input, so that a record that failed pass 1 is still checked here.
  const ids = {} as Record<CollectionName, Set<string>>;
  for (const name of COLLECTIONS) {
    const seen = new Set<string>();
    records[name].forEach((rec, index) => {
      const id = get(rec, "id");
      if (typeof id !== "string") return;
      if (seen.has(id)) problems.push({ collection: name, id, path: ["id"], message: `duplicate id '${id}' in ${name} (record #${index})` });
      seen.add(id);
    });
    ids[name] = seen;
  }

  for (const name of COLLECTIONS) {
    records[name].forEach((rec, index) => {
      const id = idOf(rec, index);
      for (const [dotted, target] of REFERENCES[name]) {
        const pattern = dotted.split(".");
        valuesAt(rec, pattern, (value, path) => {
          if (typeof value === "string" && !ids[target].has(value)) {
            problems.push({ collection: name, id, path: [...path], message: `unknown ${target} id '${value}'` });
          }
        });
      }
      spansIn(rec, (span, path) => {
        const message = checkSpan(span, texts, ids.sources);
        if (message) problems.push({ collection: name, id, path: [...path], message });
      });
    });
  }

  records.sources.forEach((src, index) => {
    const id = idOf(src, index);
    const text = texts.get(id);
    if (text === undefined) {
      problems.push({ collection: "sources", id, path: ["path"], message: `no text was given for source '${id}'` });
      return;
    }
    for (const field of ["title", "note"] as const) {
      const value = get(src, field);
      if (typeof value === "string" && !text.includes(value)) {
        problems.push({ collection: "sources", id, path: [field], message: `${field} does not occur verbatim in the source's text` });
      }
    }
    const sha = get(src, "sha256");
    const actual = createHash("sha256").update(text, "utf8").digest("hex");
    if (typeof sha === "string" && sha !== actual) {
      problems.push({ collection: "sources", id, path: ["sha256"], message: `sha256 ${sha} does not match the text's ${actual}` });
    }
  });

  const subjectUnits = new Map<string, unknown>();
  for (const s of records.subjects) if (typeof get(s, "id") === "string") subjectUnits.set(get(s, "id") as string, get(s, "unit"));
  const statementMeeting = new Map<string, unknown>();
  for (const s of records.statements) if (typeof get(s, "id") === "string") statementMeeting.set(get(s, "id") as string, get(s, "meeting"));

  records.metrics.forEach((m, index) => {
    const id = idOf(m, index);
    const unit = get(m, "unit");
    const subjectUnit = subjectUnits.get(get(m, "subject") as string);
    if (subjectUnit !== undefined && unit !== subjectUnit) {
      problems.push({ collection: "metrics", id, path: ["unit"], message: `unit '${String(unit)}' differs from its subject's unit '${String(subjectUnit)}'` });
    }
    const statement = get(m, "statement");
    if (typeof statement === "string" && statementMeeting.has(statement) && statementMeeting.get(statement) !== get(m, "meeting")) {
      problems.push({ collection: "metrics", id, path: ["meeting"], message: `meeting differs from the meeting of statement '${statement}'` });
    }
    const numbers: Array<[unknown, Path]> = [[m, []]];
    const target = get(m, "target");
    if (target !== null && target !== undefined) numbers.push([target, ["target"]]);
    for (const [n, base] of numbers) {
      const text = get(n, "text");
      const quote = get(get(n, "evidence"), "quote");
      if (typeof text !== "string" || typeof quote !== "string") continue;
      if (!quote.includes(text)) {
        problems.push({ collection: "metrics", id, path: [...base, "text"], message: `number text '${text}' does not occur in its evidence quote` });
      }
      const qualifierText = get(n, "qualifierText");
      if (typeof qualifierText === "string" && !quote.includes(qualifierText)) {
        problems.push({ collection: "metrics", id, path: [...base, "qualifierText"], message: `qualifier text '${qualifierText}' does not occur in its evidence quote` });
      }
      if (typeof unit === "string") {
        const expected = normalisedValue(text, unit as "count");
        const value = get(n, "value");
        if (expected === undefined) {
          problems.push({ collection: "metrics", id, path: [...base, "text"], message: `number text '${text}' cannot be read as a value in unit '${unit}'` });
        } else if (value !== expected) {
          problems.push({ collection: "metrics", id, path: [...base, "value"], message: `value ${String(value)} differs from ${expected}, which its text '${text}' says` });
        }
      }
    }
    const periodText = get(get(m, "period"), "text");
    const quote = get(get(m, "evidence"), "quote");
    if (typeof periodText === "string" && typeof quote === "string" && !quote.includes(periodText)) {
      problems.push({ collection: "metrics", id, path: ["period", "text"], message: `period text '${periodText}' does not occur in its evidence quote` });
    }
  });

  const orders = new Map<unknown, Array<[number, string]>>();
  records.statements.forEach((s, index) => {
    const order = get(s, "order");
    if (typeof order !== "number") return;
    const list = orders.get(get(s, "meeting")) ?? [];
    list.push([order, idOf(s, index)]);
    orders.set(get(s, "meeting"), list);
  });
  for (const [meeting, list] of orders) {
    const sorted = [...list].sort((a, b) => a[0] - b[0]);
    sorted.forEach(([order, id], i) => {
      if (order !== i + 1) {
        problems.push({ collection: "statements", id, path: ["order"], message: `speaking order ${order} in meeting '${String(meeting)}' should be ${i + 1}: orders must run 1..n without gaps or repeats` });
      }
    });
  }

  const briefingsByMeeting = new Map<unknown, unknown[]>();
  for (const s of records.statements) {
    if (get(s, "role") !== "briefer") continue;
    const list = briefingsByMeeting.get(get(s, "meeting")) ?? [];
    list.push(s);
    briefingsByMeeting.set(get(s, "meeting"), list);
  }
  records.meetings.forEach((mt, index) => {
    const id = idOf(mt, index);
    const briefers = get(mt, "briefers");
    if (!Array.isArray(briefers)) return;
    const briefings = briefingsByMeeting.get(get(mt, "id")) ?? [];
    briefers.forEach((b, i) => {
      const match = briefings.some((s) => get(get(s, "speaker"), "delegation") === get(b, "delegation") && get(get(s, "speaker"), "name") === get(b, "name"));
      if (!match) problems.push({ collection: "meetings", id, path: ["briefers", i], message: "no briefing statement at this meeting has this briefer as its speaker" });
    });
  });

  if (problems.length > 0) return { ok: false, problems };
  // Every record passed its schema and no key is unknown, so these are exactly what DatasetSchema.parse would give.
  const dataset = { ...(meta === undefined ? {} : { meta }), ...parsedRecords } as z.output<typeof DatasetSchema>;
  return { ok: true, dataset };
}

/** Checks one Span against the source texts; returns a message, or undefined when it holds. */
function checkSpan(span: AnyRecord, texts: ReadonlyMap<string, string>, sourceIds: ReadonlySet<string>): string | undefined {
  const { source, start, end, quote } = span;
  if (typeof source !== "string" || typeof quote !== "string" || typeof start !== "number" || typeof end !== "number") return undefined;
  if (!sourceIds.has(source)) return `span cites unknown source '${source}'`;
  const text = texts.get(source);
  if (text === undefined) return undefined; // reported once, on the source
  const slice = text.slice(start, end);
  if (slice === quote) return undefined;
  const at = text.indexOf(quote);
  if (at >= 0) return `offsets ${start}..${end} do not hold the quote, which stands at ${at}..${at + quote.length}`;
  const folded = fold(text).indexOf(fold(quote));
  if (folded >= 0) return `quote differs from the source in typography (no-break spaces, curly quotes, hyphens) at ${folded}: copy the exact characters`;
  return `quote not found in source '${source}': "${quote.length > 60 ? `${quote.slice(0, 60)}…` : quote}"`;
}
