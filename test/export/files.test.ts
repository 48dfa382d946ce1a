/**
 * The files for other languages, as the build ships them in dist/: dataset.json is exactly what `.` exports; every
 * CSV parses with a real CSV parser, and the records rebuilt from the tables equal the JSON.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { dataset } from "../../src/index.js";
import { datasetToTables, tablesToDataset } from "../../src/export/tables.js";
import { COLLECTIONS } from "../../src/schemas/index.js";
import { ROOT } from "../helpers.js";

const dist = path.join(ROOT, "dist");
const csvDir = path.join(dist, "csv");
const json = JSON.parse(readFileSync(path.join(dist, "dataset.json"), "utf8")) as Record<string, unknown>;

/** Every shipped CSV, parsed: header and rows, empty cells as null. */
function parsedTables() {
  return new Map(
    readdirSync(csvDir)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => {
        const text = readFileSync(path.join(csvDir, f), "utf8");
        const [columns, ...rows] = parse(text, { record_delimiter: "\r\n" }) as string[][];
        return [f.slice(0, -4), { columns: columns!, rows: rows.map((r) => r.map((c) => (c === "" ? null : c))), text }] as const;
      }),
  );
}

describe("dataset.json", () => {
  it("is exactly what the . entry exports, meta block included", () => {
    expect(json).toEqual(JSON.parse(JSON.stringify(dataset)));
    expect(Object.keys(json)).toEqual(["meta", ...COLLECTIONS]);
  });
});

describe("the CSV tables", () => {
  const tables = parsedTables();

  it("are one per collection plus one per list inside the records", () => {
    expect([...tables.keys()].sort()).toEqual(datasetToTables(dataset).map((t) => t.name).sort());
    expect(tables.has("meta") && tables.has("meta.sources")).toBe(true);
    for (const c of COLLECTIONS) expect(tables.has(c), c).toBe(true);
    for (const link of ["statements.themes", "statements.missions", "statements.onBehalfOf", "statements.paragraphs", "statements.documents", "metrics.scope.missions", "missions.hosts", "missions.aliases"]) {
      expect(tables.has(link), link).toBe(true);
    }
  });

  it("have one row per record, a header, CRLF line ends and UTF-8 text", () => {
    for (const c of COLLECTIONS) expect(tables.get(c)!.rows.length, c).toBe((json[c] as unknown[]).length);
    const statements = tables.get("statements")!;
    expect(statements.columns.slice(0, 4)).toEqual(["id", "meeting", "order", "speaker.delegation"]);
    expect(statements.text.split("\r\n").length).toBe(statements.rows.length + 2);
    expect(tables.get("statements.paragraphs")!.text).toContain("\u00a0per\u00a0cent");
    // The reference tables, with their nested citations and dated facts as dotted columns.
    expect(tables.get("councilTerms")!.columns).toEqual(["id", "seat", "state", "name", "from", "to", "split", "citation.kind", "citation.symbol", "citation.url"]);
    expect(tables.get("missions")!.columns).toEqual(expect.arrayContaining(["kind", "start.date", "start.citation.symbol", "end.date", "predecessor", "successor"]));
    expect(tables.get("missions.hosts")!.columns).toEqual(["mission", "position", "name", "iso3", "citation.kind", "citation.symbol", "citation.url"]);
  });

  it("rebuild into exactly the JSON, meta block included", () => {
    expect(tablesToDataset(tables)).toEqual(json);
  });

  it("quote fields with commas, quotes and line breaks (RFC 4180)", () => {
    const themes = tables.get("statements.themes")!;
    const quoteColumn = themes.columns.indexOf("evidence.quote");
    expect(themes.rows.some((r) => r[quoteColumn] === "The effectiveness of peacekeeping largely depends on realistic, achievable mandates, adequate resources, training and political will.")).toBe(true);
    expect(themes.text).toContain(',"The effectiveness of peacekeeping largely depends on realistic, achievable mandates, adequate resources, training and political will."\r\n');
  });
});
