/**
 * The table layouts' own columns, in process: the meta block's two tables come first, a marker column has no
 * schema, and key and position columns lie at no path of a record (their pattern is empty). Everything is computed
 * inside the tests (mutation testing switches a mutant on only while tests run).
 */
import { describe, expect, it } from "vitest";
import { tableLayouts } from "../../src/export/tables.js";

describe("tableLayouts", () => {
  it("start with the meta block: one row named by its package, then its sources, a list of that row", () => {
    const [meta, sources] = tableLayouts();
    expect(meta).toMatchObject({ name: "meta", collection: "meta", primaryKey: ["name"], parent: null });
    expect(meta!.columns.map((c) => c.name)).toEqual(["name", "version", "built"]);
    expect(meta!.description).toBe("Where a dataset comes from.");
    expect(sources).toMatchObject({ name: "meta.sources", collection: "meta", primaryKey: ["position"], parent: null });
    expect(sources!.columns.map((c) => c.name)).toEqual(["position", "id", "path", "sha256"]);
  });

  it("give a marker column no schema, and a value column its field's", () => {
    const columns = tableLayouts().flatMap((l) => l.columns);
    const markers = columns.filter((c) => c.role === "marker");
    expect(markers.length).toBeGreaterThan(0);
    for (const c of markers) expect(c.schema, c.name).toBeNull();
    for (const c of columns.filter((c) => c.role === "value")) expect(c.schema, c.name).not.toBeNull();
  });

  it("give key and position columns an empty pattern: they hold no field of a record", () => {
    const columns = tableLayouts().flatMap((l) => l.columns.map((c) => ({ table: l.name, ...c })));
    const keys = columns.filter((c) => c.role === "key" || c.role === "position");
    expect(keys.some((c) => c.role === "key")).toBe(true);
    expect(keys.some((c) => c.role === "position")).toBe(true);
    for (const c of keys) expect(c.pattern, `${c.table}.${c.name}`).toBe("");
  });
});
