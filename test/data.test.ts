/** The exported dataset is the validated data, deeply frozen. */
import { describe, expect, it } from "vitest";
import * as entry from "../src/index.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { dataset, dataVersion, delegations, metrics, statements } from "../src/index.js";
import { COLLECTIONS, DatasetSchema } from "../src/schemas/index.js";
import { realData, ROOT } from "./helpers.js";

describe("the exported dataset", () => {
  it("holds exactly the records in data/, with the defaults of fields they leave out filled in", () => {
    const { input } = realData();
    const { meta: _meta, ...records } = JSON.parse(JSON.stringify(dataset)) as Record<string, unknown>;
    expect(records).toEqual(JSON.parse(JSON.stringify(DatasetSchema.parse(input))));
  });

  it("carries a meta block: package, version, build time, and each source with its sha256", () => {
    expect(dataset.meta).toMatchObject({ name: "peacekeeping-records", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(Date.parse(dataset.meta!.built)).not.toBeNaN();
    expect(dataset.meta!.sources).toEqual(dataset.sources.map((s) => ({ id: s.id, path: s.path, sha256: s.sha256 })));
  });

  it("exports dataVersion: the package's version and the data's build time, frozen", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(dataVersion).toEqual({ version: pkg.version, built: dataset.meta!.built });
    expect(Object.keys(dataVersion)).toEqual(["version", "built"]);
    expect(Object.isFrozen(dataVersion)).toBe(true);
  });

  it("exports each collection as the same array the dataset holds", () => {
    expect(statements).toBe(dataset.statements);
    expect(metrics).toBe(dataset.metrics);
  });

  it.each(COLLECTIONS)("exports %s as the array the dataset holds", (collection) => {
    expect(entry[collection]).toBe(dataset[collection]);
    expect(entry[collection].length).toBeGreaterThan(0);
  });

  it("freezes every object and array in it", () => {
    const stack: unknown[] = [dataset];
    let seen = 0;
    while (stack.length > 0) {
      const value = stack.pop();
      if (value === null || typeof value !== "object") continue;
      seen++;
      expect(Object.isFrozen(value)).toBe(true);
      stack.push(...Object.values(value));
    }
    expect(seen).toBeGreaterThan(dataset.statements.length);
  });

  it("is deeply frozen: mutation throws", () => {
    expect(() => {
      (dataset.statements as unknown as unknown[]).push({});
    }).toThrow(TypeError);
    expect(() => {
      (statements[0]!.speaker as { name: string | null }).name = "someone";
    }).toThrow(TypeError);
    expect(() => {
      (metrics[0]!.evidence as { start: number }).start = 0;
    }).toThrow(TypeError);
    expect(() => {
      (delegations as unknown as unknown[]).sort();
    }).toThrow(TypeError);
    expect(Object.isFrozen(dataset)).toBe(true);
  });
});
