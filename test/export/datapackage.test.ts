/**
 * dist/datapackage.json, as the build ships it: a resource for every CSV table whose fields are the CSV's header,
 * typed and described from the schemas; every cell fits its field, every primary key is unique, and every foreign
 * key resolves in the data.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { dataPackage, DATA_PACKAGE_PROFILE, fieldOf, foreignKeys, type Field, type ForeignKey, type TableResource } from "../../src/export/datapackage.js";
import { readPackageInfo } from "../../src/export/files.js";
import { datasetToTables, tableLayouts, type TableLayout } from "../../src/export/tables.js";
import { dataset } from "../../src/index.js";
import { ROLES } from "../../src/schemas/statement.js";
import { ROOT } from "../helpers.js";

const dist = path.join(ROOT, "dist");
const descriptor = JSON.parse(readFileSync(path.join(dist, "datapackage.json"), "utf8")) as Record<string, unknown> & { resources: TableResource[] };
const resources = new Map(descriptor.resources.map((r) => [r.name, r]));

/** A shipped CSV file: header and rows, cells as strings ("" for empty). */
function csv(file: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = parse(readFileSync(path.join(dist, file), "utf8"), { record_delimiter: "\r\n" }) as string[][];
  return { header: header!, rows };
}
const tables = new Map(descriptor.resources.map((r) => [r.name, csv(r.path)]));
const field = (table: string, name: string): Field => resources.get(table)!.schema.fields.find((f) => f.name === name)!;
const keysOf = (table: string): readonly ForeignKey[] => resources.get(table)!.schema.foreignKeys;

describe("datapackage.json", () => {
  it("is what dataPackage() writes for the built dataset and package.json: profile, version, build time, sources", () => {
    expect(descriptor).toEqual(JSON.parse(JSON.stringify(dataPackage(dataset as never, readPackageInfo(ROOT)))));
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string; license: string };
    expect(descriptor.$schema).toBe(DATA_PACKAGE_PROFILE);
    expect(descriptor.version).toBe(pkg.version);
    expect(descriptor.version).toBe(dataset.meta!.version);
    expect(descriptor.created).toBe(dataset.meta!.built);
    expect(descriptor.licenses).toEqual([{ name: pkg.license }]);
    expect(descriptor.sources).toHaveLength(dataset.sources.length);
    const [first] = dataset.sources;
    expect(descriptor.sources).toContainEqual({ title: `${first!.publisher}, "${first!.title}", ${first!.date}`, ...(first!.url === null ? {} : { path: first!.url }) });
  });

  it("has one resource per CSV file the build writes, each with a path that exists", () => {
    const files = readdirSync(path.join(dist, "csv")).filter((f) => f.endsWith(".csv")).map((f) => f.slice(0, -4));
    expect([...resources.keys()].sort()).toEqual(files.sort());
    for (const r of descriptor.resources) {
      expect(r.path, r.name).toBe(`csv/${r.name}.csv`);
      expect(existsSync(path.join(dist, r.path)), r.path).toBe(true);
    }
  });

  it("lists each table's fields in the order of its CSV header", () => {
    for (const [name, table] of tables) expect(resources.get(name)!.schema.fields.map((f) => f.name), name).toEqual(table.header);
  });

  it("types and describes the fields from the schemas", () => {
    expect(field("statements", "order")).toMatchObject({ type: "integer", constraints: { required: true, minimum: 1 } });
    expect(field("statements", "role")).toMatchObject({ type: "string", constraints: { required: true, enum: [...ROLES] } });
    expect(field("statements", "speaker.name")).toEqual({ name: "speaker.name", type: "string", description: "Who spoke. The person's name where the source gives it; null otherwise." });
    expect(field("sources", "date")).toMatchObject({ type: "date", constraints: { required: true } });
    expect(field("sources", "url")).toMatchObject({ type: "string", format: "uri" });
    expect(field("sources", "url").constraints).toBeUndefined();
    expect(field("meta", "built").type).toBe("datetime");
    expect(field("themes", "a4pCommitmentArea").type).toBe("boolean");
    expect(field("metrics", "value").type).toBe("number");
    expect(field("statements.themes", "statement")).toMatchObject({ type: "string", constraints: { required: true } });
    expect(field("statements.themes", "position")).toMatchObject({ type: "integer", constraints: { required: true, minimum: 1 } });
    expect(field("meetings.outcomes.evidence", "outcomes.position")).toMatchObject({ type: "integer", constraints: { required: true, minimum: 1 } });
    // A union's kind lists every kind; a field of only some of its options may be empty.
    expect(field("councilTerms", "citation.kind").constraints?.enum).toEqual(["document-symbol", "url"]);
    expect(field("councilTerms", "citation.kind").description).toContain("'url': Marks this as a citation by URL rather than a quote.");
    expect(field("councilTerms", "citation.symbol").constraints?.required).toBeUndefined();
    // A list of plain values takes the list's description.
    expect(field("statements.onBehalfOf", "onBehalfOf").description).toBe("Delegations, other than the speaker's own, on whose behalf the statement was also made.");
    for (const r of descriptor.resources) {
      expect(r.description.length, r.name).toBeGreaterThan(0);
      for (const f of r.schema.fields) expect(f.description.length, `${r.name}.${f.name}`).toBeGreaterThan(0);
    }
  });

  it("has cells that fit their fields: required ones filled, each value of its type and allowed values", () => {
    const fits: Record<Field["type"], (v: string) => boolean> = {
      string: () => true,
      integer: (v) => /^-?\d+$/.test(v),
      number: (v) => v.trim() !== "" && Number.isFinite(Number(v)),
      boolean: (v) => v === "true" || v === "false",
      date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
      datetime: (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v),
    };
    let checked = 0;
    for (const [name, { rows }] of tables) {
      resources.get(name)!.schema.fields.forEach((f, i) => {
        for (const row of rows) {
          const v = row[i]!;
          const where = `${name}.${f.name} '${v}'`;
          if (v === "") {
            expect(f.constraints?.required, where).toBeUndefined();
            continue;
          }
          checked += 1;
          expect(fits[f.type](v), where).toBe(true);
          if (f.constraints?.enum) expect(f.constraints.enum, where).toContain(v);
          if (f.constraints?.minimum !== undefined) expect(Number(v), where).toBeGreaterThanOrEqual(f.constraints.minimum);
          if (f.constraints?.maximum !== undefined) expect(Number(v), where).toBeLessThanOrEqual(f.constraints.maximum);
        }
      });
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("has primary keys that name each row once", () => {
    for (const [name, { header, rows }] of tables) {
      const pk = resources.get(name)!.schema.primaryKey.map((k) => header.indexOf(k));
      expect(pk, name).not.toContain(-1);
      const keys = rows.map((r) => JSON.stringify(pk.map((i) => r[i])));
      expect(new Set(keys).size, name).toBe(rows.length);
    }
  });

  it("has foreign keys that resolve in the data, every one of them", () => {
    let resolved = 0;
    for (const r of descriptor.resources) {
      const { header, rows } = tables.get(r.name)!;
      for (const key of r.schema.foreignKeys) {
        const target = tables.get(key.reference.resource ?? r.name)!;
        const at = (h: string[], names: readonly string[]) => names.map((n) => h.indexOf(n));
        const from = at(header, key.fields);
        const to = at(target.header, key.reference.fields);
        expect([...from, ...to], `${r.name} ${JSON.stringify(key)}`).not.toContain(-1);
        const present = new Set(target.rows.map((row) => JSON.stringify(to.map((i) => row[i]))));
        for (const row of rows) {
          const values = from.map((i) => row[i]);
          if (values.some((v) => v === "")) continue;
          expect(present.has(JSON.stringify(values)), `${r.name} [${key.fields.join(", ")}] = ${values.join(", ")} in ${key.reference.resource ?? r.name}`).toBe(true);
          resolved += 1;
        }
      }
    }
    // Every statement's meeting, speaker, themes and paragraphs' sources, at least.
    expect(resolved).toBeGreaterThan(4 * dataset.statements.length);
  });

  it("names the parent of every link table, every reference of the schema rules, and every span's source", () => {
    expect(keysOf("statements")).toEqual(
      expect.arrayContaining([
        { fields: ["meeting"], reference: { resource: "meetings", fields: ["id"] } },
        { fields: ["speaker.delegation"], reference: { resource: "delegations", fields: ["id"] } },
        { fields: ["speaker.evidence.source"], reference: { resource: "sources", fields: ["id"] } },
      ]),
    );
    expect(keysOf("statements.themes")).toEqual([
      { fields: ["statement"], reference: { resource: "statements", fields: ["id"] } },
      { fields: ["theme"], reference: { resource: "themes", fields: ["id"] } },
      { fields: ["evidence.source"], reference: { resource: "sources", fields: ["id"] } },
    ]);
    expect(keysOf("meetings.outcomes.vote.inFavour")).toEqual([
      { fields: ["meeting", "outcomes.position"], reference: { resource: "meetings.outcomes", fields: ["meeting", "position"] } },
      { fields: ["inFavour"], reference: { resource: "delegations", fields: ["id"] } },
    ]);
    // A reference to the table itself has no resource.
    expect(keysOf("missions").slice(0, 2)).toEqual([{ fields: ["predecessor"], reference: { fields: ["id"] } }, { fields: ["successor"], reference: { fields: ["id"] } }]);
    expect(keysOf("meta.sources")).toEqual([{ fields: ["id"], reference: { resource: "sources", fields: ["id"] } }]);
    expect(keysOf("themes")).toEqual([]);
  });

  it("refuses tables that hold a reference in no column, or in two", () => {
    const layouts = tableLayouts();
    const without = layouts.map((l): TableLayout => (l.name === "statements.themes" ? { ...l, columns: l.columns.filter((c) => c.name !== "theme") } : l));
    expect(() => foreignKeys(without)).toThrow("datapackage: 0 columns of statements's tables hold 'themes.*.theme', not one");
    const twice = layouts.map((l): TableLayout => (l.name === "statements" ? { ...l, columns: [...l.columns, { ...l.columns[1]!, name: "again" }] } : l));
    expect(() => foreignKeys(twice)).toThrow("datapackage: 2 columns of statements's tables hold 'meeting', not one");
  });
});

describe("the table layouts", () => {
  it("are the tables datasetToTables writes, in its order, with its columns", () => {
    const written = datasetToTables(dataset).map((t) => [t.name, t.columns]);
    expect(tableLayouts().map((l) => [l.name, l.columns.map((c) => c.name)])).toEqual(written);
  });

  it("type a marker column as a boolean that may be empty", () => {
    const vote = tableLayouts().find((l) => l.name === "meetings.outcomes")!.columns.find((c) => c.name === "vote")!;
    expect(fieldOf(vote)).toMatchObject({ type: "boolean" });
    expect(fieldOf(vote).constraints).toBeUndefined();
    expect(vote.description).toMatch(/true where present, empty where null\.$/);
  });
});
