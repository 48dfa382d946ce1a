/**
 * The schemas entry loads: its module-level work (the reference table, the span paths read from the schemas, the
 * rules) runs at import, so a fault there throws before any test of the file that imports it. Importing it inside a
 * test makes such a fault a failing test rather than a file that could not be collected.
 */
import { describe, expect, it } from "vitest";

describe("the schemas entry", () => {
  it("loads, with every collection's schema, its span paths and its reference fields", async () => {
    const schemas = await import("../../src/schemas/index.js");
    const { SPAN_PATHS } = await import("../../src/schemas/rules/span-paths.js");
    const { REFERENCES } = await import("../../src/schemas/rules/references-resolve.js");
    expect(Object.keys(schemas.COLLECTION_SCHEMAS)).toEqual(schemas.COLLECTIONS);
    expect(Object.keys(SPAN_PATHS)).toEqual(schemas.COLLECTIONS);
    expect(Object.keys(REFERENCES)).toEqual(schemas.COLLECTIONS);
    for (const refs of Object.values(REFERENCES)) for (const [dotted, target] of refs) expect([dotted, schemas.COLLECTIONS.includes(target)]).toEqual([expect.stringMatching(/^[A-Za-z]+(\.([A-Za-z]+|\*))*$/), true]);
    expect(schemas.RULES.length).toBeGreaterThan(0);
  });
});
