/**
 * The Table Schema fields, foreign keys and sources of the data package, in process: each Zod type gives its field
 * type, only a number's own bounds become constraints, key columns that hold ids have no minimum, foreign keys do not
 * depend on the order of the layouts, and a source with a URL gets a path. Everything is computed inside the tests
 * (mutation testing switches a mutant on only while tests run).
 */
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { dataPackage, fieldOf, fieldType, foreignKeys, type PackageInfo } from "../../src/export/datapackage.js";
import { tableLayouts, type ColumnLayout, type TableLayout } from "../../src/export/tables.js";

/** A value column of the real `metrics` table, given another schema: the other properties stay real. */
const valueColumn = (schema: z.ZodType): ColumnLayout => {
  const metrics = tableLayouts().find((l) => l.name === "metrics")!;
  return { ...metrics.columns.find((c) => c.name === "value")!, schema };
};

describe("fieldType", () => {
  it("gives each kind of schema its Table Schema type, and refuses a schema with none", () => {
    expect(fieldType(z.string())).toEqual({ type: "string" });
    expect(fieldType(z.enum(["a", "b"]))).toEqual({ type: "string" });
    expect(fieldType(z.literal("a"))).toEqual({ type: "string" });
    expect(fieldType(z.iso.date())).toEqual({ type: "date" });
    expect(fieldType(z.iso.datetime())).toEqual({ type: "datetime" });
    expect(fieldType(z.url())).toEqual({ type: "string", format: "uri" });
    expect(fieldType(z.int())).toEqual({ type: "integer" });
    expect(fieldType(z.number())).toEqual({ type: "number" });
    expect(fieldType(z.boolean())).toEqual({ type: "boolean" });
    expect(() => fieldType(z.object({ a: z.string() }))).toThrow(new TypeError("datapackage: no Table Schema type for a schema of type object"));
    expect(() => fieldType(z.array(z.string()))).toThrow(new TypeError("datapackage: no Table Schema type for a schema of type array"));
  });
});

describe("fieldOf", () => {
  it("bounds a number by the minimum and maximum its schema sets, an integer too", () => {
    expect(fieldOf(valueColumn(z.number().min(0.5).max(99.5))).constraints).toEqual({ required: true, minimum: 0.5, maximum: 99.5 });
    expect(fieldOf(valueColumn(z.number().max(10))).constraints).toEqual({ required: true, maximum: 10 });
    expect(fieldOf(valueColumn(z.int().min(-3).max(12))).constraints).toEqual({ required: true, minimum: -3, maximum: 12 });
  });

  it("sets no bound where the schema sets none: not a number's ±Infinity, nor an integer's ±(2^53 - 1)", () => {
    expect(fieldOf(valueColumn(z.number())).constraints).toEqual({ required: true });
    expect(fieldOf(valueColumn(z.int())).constraints).toEqual({ required: true });
    expect(fieldOf(valueColumn(z.int().min(0))).constraints).toEqual({ required: true, minimum: 0 });
  });

  it("gives no minimum to a column of text, a date, or a key that holds a record's id", () => {
    for (const schema of [z.string(), z.iso.date(), z.enum(["a"])]) expect(fieldOf(valueColumn(schema)).constraints).not.toHaveProperty("minimum");
    const themes = tableLayouts().find((l) => l.name === "statements.themes")!;
    const statement = fieldOf(themes.columns.find((c) => c.name === "statement")!);
    expect(statement).toMatchObject({ type: "string", constraints: { required: true } });
    expect(statement.constraints).not.toHaveProperty("minimum");
    const theme = fieldOf(themes.columns.find((c) => c.name === "theme")!);
    expect(theme.constraints).toEqual({ required: true });
    // A position, and the key that names the row of a list by its position, start at 1.
    expect(fieldOf(themes.columns.find((c) => c.name === "position")!).constraints).toEqual({ required: true, minimum: 1 });
    const evidence = tableLayouts().find((l) => l.name === "meetings.parts.evidence")!;
    expect(fieldOf(evidence.columns.find((c) => c.name === "parts.position")!)).toMatchObject({ type: "integer", constraints: { required: true, minimum: 1 } });
  });
});

describe("foreignKeys", () => {
  it("do not depend on the order of the layouts: a reference points to the collection's main table, not to a link table", () => {
    const layouts = tableLayouts();
    const reversed = foreignKeys([...layouts].reverse());
    const inOrder = foreignKeys(layouts);
    for (const l of layouts) expect(reversed.get(l.name), l.name).toEqual(inOrder.get(l.name));
    expect(reversed.get("statements.themes")).toContainEqual({ fields: ["theme"], reference: { resource: "themes", fields: ["id"] } });
  });

  it("read a reference from a value column only, not from a marker column at the same path", () => {
    const layouts = tableLayouts();
    const statements = layouts.find((l) => l.name === "statements")!;
    const meeting = statements.columns.find((c) => c.name === "meeting")!;
    const marker: ColumnLayout = { ...meeting, name: "meeting.present", role: "marker", schema: null };
    const withMarker = layouts.map((l): TableLayout => (l === statements ? { ...l, columns: [...l.columns, marker] } : l));
    expect(foreignKeys(withMarker).get("statements")).toEqual(foreignKeys(layouts).get("statements"));
  });
});

describe("dataPackage", () => {
  it("names a source's URL as its path, and gives a source without one no path", () => {
    // Synthetic test sources: one with a URL, one without.
    const sources = [
      { id: "a", title: "A record", publisher: "United Nations", date: "2020-09-14", url: "https://example.org/a.pdf" },
      { id: "b", title: "B record", publisher: "United Nations", date: "2021-01-02", url: null },
    ];
    const info: PackageInfo = { name: "test-package", version: "1.2.3", description: "Synthetic test package.", keywords: [], license: "MIT" };
    expect(dataPackage({ sources }, info).sources).toEqual([
      { title: 'United Nations, "A record", 2020-09-14', path: "https://example.org/a.pdf" },
      { title: 'United Nations, "B record", 2021-01-02' },
    ]);
  });
});
