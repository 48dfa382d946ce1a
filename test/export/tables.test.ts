/**
 * The dataset as flat tables and back, in process: the real records and the fixtures' records of every shape survive
 * the trip, and tables that are broken are refused, naming the table, row and column.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { datasetToTables, tablesToDataset, type Table } from "../../src/export/tables.js";
import { dataset } from "../../src/index.js";
import { COLLECTION_SCHEMAS, COLLECTIONS, type CollectionName } from "../../src/schemas/index.js";
import { ROOT } from "../helpers.js";

type Read = Map<string, { columns: readonly string[]; rows: Array<Array<string | null>> }>;
type Rec = Record<string, unknown>;

/** Tables as a CSV parser gives them back: every cell a string, an empty cell null. */
const asRead = (tables: readonly Table[]): Read =>
  new Map(tables.map((t) => [t.name, { columns: t.columns, rows: t.rows.map((r) => r.map((c) => (c === null ? null : String(c)))) }]));
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const meta = dataset.meta!;

/**
 * The records of every fixture under test/fixtures/meetings (synthetic meetings of every shape), read through the
 * schemas. Their spans are written by quote only: the offsets are set to fit the quote, as the schemas need.
 */
function fixtureDataset(): Record<CollectionName, Rec[]> {
  const out = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as Rec[]])) as Record<CollectionName, Rec[]>;
  const fill = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(fill);
    if (v === null || typeof v !== "object") return v;
    const o = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)])) as Rec;
    return typeof o.quote === "string" && typeof o.source === "string" && o.start === undefined ? { ...o, start: 0, end: o.quote.length } : o;
  };
  const dir = path.join(ROOT, "test/fixtures/meetings");
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json")).sort()) {
    const content = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Rec;
    for (const c of COLLECTIONS) {
      for (const record of (content[c] as unknown[] | undefined) ?? []) out[c].push(COLLECTION_SCHEMAS[c].parse(fill(record)) as Rec);
    }
  }
  return out;
}

describe("datasetToTables and tablesToDataset", () => {
  it("rebuild the real dataset, meta block included", () => {
    expect(tablesToDataset(asRead(datasetToTables(dataset)))).toEqual(plain(dataset));
  });

  it("rebuild records of every shape: parts, outcomes, votes, citations, briefers named by title only", () => {
    const fixtures = fixtureDataset();
    for (const c of COLLECTIONS) expect(fixtures[c].length, c).toBeGreaterThan(0);
    // The fixtures record no vote: add resolutions with a vote, with an empty vote and with none to a meeting of theirs.
    const [meeting] = fixtures.meetings as Array<{ id: string; outcomes: Rec[] }>;
    const resolution = { kind: "resolution", citation: { kind: "document-symbol", symbol: "S/RES/9999 (2031)" }, document: null, evidence: [] };
    meeting!.outcomes.push(
      { ...resolution, vote: { inFavour: ["A", "B"], against: ["D"], abstaining: ["C"] } },
      { ...resolution, vote: { inFavour: [], against: [], abstaining: [] } },
      { ...resolution, vote: null },
    );
    const tables = datasetToTables(fixtures);
    // A list-less object that may be null gets a marker column: true where it is there (even empty), empty where null.
    const outcomes = tables.find((t) => t.name === "meetings.outcomes")!;
    const vote = outcomes.columns.indexOf("vote");
    expect(outcomes.rows.filter((r) => r[0] === meeting!.id).slice(-3).map((r) => r[vote])).toEqual([true, true, null]);
    // Every table has rows: every list and every kind of record went through the trip.
    expect(tables.filter((t) => t.rows.length === 0).map((t) => t.name)).toEqual([]);
    const rebuilt = tablesToDataset(asRead(tables));
    expect(rebuilt).toEqual(plain(fixtures));
    // Without a meta block, there are no meta tables and the rebuilt dataset has none.
    expect("meta" in rebuilt).toBe(false);
    expect(tables.some((t) => t.name.startsWith("meta"))).toBe(false);
  });

  it("read a marker cell that is empty (null or \"\") as null, and one that is true as the object, even when it is empty", () => {
    const fixtures = fixtureDataset();
    const [meeting] = fixtures.meetings as Array<{ id: string; outcomes: Rec[] }>;
    const resolution = { kind: "resolution", citation: { kind: "document-symbol", symbol: "S/RES/9999 (2031)" }, document: null, evidence: [] };
    meeting!.outcomes.push({ ...resolution, vote: { inFavour: [], against: [], abstaining: [] } });
    const last = meeting!.outcomes.length - 1;
    const rebuiltVote = (marker: string | null) => {
      const tables = asRead(datasetToTables(fixtures));
      const outcomes = tables.get("meetings.outcomes")!;
      const row = outcomes.rows.findIndex((r) => r[0] === meeting!.id && r[1] === String(last + 1));
      outcomes.rows[row]![outcomes.columns.indexOf("vote")] = marker;
      const rebuilt = tablesToDataset(tables).meetings.find((m) => (m as { id: string }).id === meeting!.id) as { outcomes: Rec[] };
      return rebuilt.outcomes[last]!.vote;
    };
    expect(rebuiltVote("true")).toEqual({ inFavour: [], against: [], abstaining: [] });
    expect(rebuiltVote(null)).toBeNull();
    expect(rebuiltVote("")).toBeNull();
  });

  it("give each list inside a record a table keyed by the record and the position in each enclosing list", () => {
    const tables = new Map(datasetToTables(dataset).map((t) => [t.name, t]));
    const themes = tables.get("statements.themes")!;
    expect(themes.columns.slice(0, 3)).toEqual(["statement", "position", "theme"]);
    const first = dataset.statements[0]!;
    expect(themes.rows.filter((r) => r[0] === first.id).map((r) => [r[1], r[2]])).toEqual(first.themes.map((t, i) => [i + 1, t.theme]));
    expect(tables.get("metrics.scope.missions")!.columns).toEqual(["metric", "position", "missions"]);
    expect(tables.get("meetings.parts.evidence")!.columns.slice(0, 3)).toEqual(["meeting", "parts.position", "position"]);
    expect(tables.get("meta")!.rows).toEqual([[meta.name, meta.version, meta.built]]);
    expect(tables.get("meta.sources")!.rows).toEqual(meta.sources.map((s, i) => [i + 1, s.id, s.path, s.sha256]));
  });

  it("read a meta block without its sources table as one with no sources", () => {
    const tables = asRead(datasetToTables(dataset));
    tables.delete("meta.sources");
    expect(tablesToDataset(tables).meta).toEqual({ name: meta.name, version: meta.version, built: meta.built, sources: [] });
  });

  it("read the meta block's sources in the order of their positions", () => {
    const tables = asRead(datasetToTables({ ...dataset, meta: { ...meta, sources: [...meta.sources, { id: "b", path: "b.txt", sha256: "0" }] } }));
    const sources = tables.get("meta.sources")!;
    sources.rows.reverse();
    expect((tablesToDataset(tables).meta as { sources: unknown[] }).sources).toEqual([...plain(meta.sources), { id: "b", path: "b.txt", sha256: "0" }]);
  });
});

describe("tablesToDataset refuses broken tables, naming where", () => {
  /** The real tables, with one change. */
  const broken = (change: (tables: Read) => void) => {
    const tables = asRead(datasetToTables(dataset));
    change(tables);
    return () => tablesToDataset(tables);
  };
  const cell = (tables: Read, table: string, row: number, column: string, value: string | null) => {
    const t = tables.get(table)!;
    const i = t.columns.indexOf(column);
    expect(i, column).toBeGreaterThanOrEqual(0);
    t.rows[row]![i] = value;
  };

  it("a missing table", () => {
    expect(broken((t) => t.delete("statements.themes"))).toThrow(new TypeError("missing table 'statements.themes'"));
    expect(broken((t) => t.delete("delegations"))).toThrow(new TypeError("missing table 'delegations'"));
  });

  it("a cell that is not a number, not true or false, or empty where a value is required", () => {
    expect(broken((t) => cell(t, "metrics", 0, "value", "many"))).toThrow(new TypeError("metrics.csv row 2, column value: 'many' is not a number"));
    expect(broken((t) => cell(t, "metrics", 1, "value", "Infinity"))).toThrow(new TypeError("metrics.csv row 3, column value: 'Infinity' is not a number"));
    const partial = dataset.metrics.findIndex((m) => m.period?.kind === "year");
    expect(broken((t) => cell(t, "metrics", partial, "period.partial", "yes"))).toThrow(new TypeError(`metrics.csv row ${partial + 2}, column period.partial: 'yes' is not true or false`));
    expect(broken((t) => cell(t, "metrics", 0, "subject", null))).toThrow(new TypeError("metrics.csv row 2, column subject: empty cell where a value is required"));
    expect(broken((t) => cell(t, "metrics", 0, "subject", ""))).toThrow(new TypeError("metrics.csv row 2, column subject: empty cell where a value is required"));
    expect(broken((t) => cell(t, "statements.onBehalfOf", 0, "onBehalfOf", null))).toThrow(new TypeError("statements.onBehalfOf.csv row 2: empty cell where a value is required"));
  });

  it("a row of a link table whose record is not there", () => {
    expect(broken((t) => cell(t, "statements.themes", 0, "statement", "no-such-statement"))).toThrow(new TypeError("statements.themes.csv row 2: no parent 'no-such-statement'"));
    // A row of a table two lists deep names both keys of the parent it lacks.
    const tables = asRead(datasetToTables(fixtureDataset()));
    const evidence = tables.get("meetings.parts.evidence")!;
    const [meeting] = evidence.rows[0]!;
    evidence.rows[0]![1] = "99";
    expect(() => tablesToDataset(tables)).toThrow(new TypeError(`meetings.parts.evidence.csv row 2: no parent '${meeting}, 99'`));
  });

  it("an unknown kind in a union", () => {
    const withPeriod = dataset.metrics.findIndex((m) => m.period !== null);
    expect(broken((t) => cell(t, "metrics", withPeriod, "period.kind", "decade"))).toThrow(new TypeError(`metrics.csv row ${withPeriod + 2}: unknown period.kind 'decade'`));
  });

  it("reads true and false, and an empty cell of a field that may be null as null", () => {
    const rebuilt = (change: (tables: Read) => void) => {
      const tables = asRead(datasetToTables(dataset));
      change(tables);
      return tablesToDataset(tables).metrics as Array<{ period: { partial?: boolean } | null; qualifierText: string | null }>;
    };
    const partial = dataset.metrics.findIndex((m) => m.period?.kind === "year" && m.period.partial);
    expect(rebuilt(() => {})[partial]!.period!.partial).toBe(true);
    expect(rebuilt((t) => cell(t, "metrics", partial, "period.partial", "false"))[partial]!.period!.partial).toBe(false);
    const qualified = dataset.metrics.findIndex((m) => m.qualifierText !== null);
    expect(rebuilt((t) => cell(t, "metrics", qualified, "qualifierText", ""))[qualified]!.qualifierText).toBeNull();
  });
});
