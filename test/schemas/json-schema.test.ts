/**
 * The generated JSON Schema agrees with Zod: an independent validator (ajv, draft 2020-12) accepts the real data and
 * rejects the same structural defects. Rules that JSON Schema cannot state (a span's length against its offsets, and
 * the other cross-field refinements) are Zod's alone, and are listed here so that the split is explicit.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { datasetJsonSchema } from "../../src/authoring/build.js";
import { DatasetSchema } from "../../src/schemas/index.js";
import { realData, ROOT } from "../helpers.js";

type Rec = Record<string, any>;
const schema = datasetJsonSchema();
const ajv = new Ajv2020({ strict: false, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validate = ajv.compile(schema);

/** The real data as the package ships it (dataset.json): parsed, so every field with a default is filled in. */
const built = (): Record<string, Rec[]> => JSON.parse(JSON.stringify(DatasetSchema.parse(realData().input)));

const mutations: Array<[string, (d: Record<string, Rec[]>) => void]> = [
  ["a missing required field", (d) => delete d.statements![0]!.role],
  ["an unknown field", (d) => (d.metrics![0]!.note = "extra")],
  ["a value outside an enumeration", (d) => (d.metrics![0]!.qualifier = "roughly")],
  ["a wrong type", (d) => (d.statements![0]!.order = "1")],
  ["a non-integer where an integer is required", (d) => (d.statements![0]!.order = 1.5)],
  ["a malformed date", (d) => (d.meetings![0]!.date = "2020-9-14")],
  ["an id with spaces", (d) => (d.themes![0]!.id = "safety and security")],
  ["an empty paragraph list", (d) => (d.statements![0]!.paragraphs = [])],
  ["a period of an unknown kind", (d) => (d.metrics![3]!.period = { kind: "decade", text: null })],
  ["a malformed sha256", (d) => (d.sources![0]!.sha256 = "XYZ")],
  ["a null where a value is required", (d) => (d.delegations![0]!.name = null)],
  ["an unknown collection", (d) => ((d as Rec).speakers = [])],
];

describe("the JSON Schema of the dataset", () => {
  it("is draft 2020-12 and describes every field", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const undescribed: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (node === null || typeof node !== "object") return;
      const n = node as Rec;
      if (n.properties) {
        for (const [k, v] of Object.entries(n.properties as Rec)) {
          if (!(v as Rec).description) undescribed.push(`${at}.${k}`);
          walk(v, `${at}.${k}`);
        }
      }
      for (const key of ["items", "anyOf", "oneOf", "allOf", "$defs"]) {
        const child = n[key];
        if (Array.isArray(child)) child.forEach((c, i) => walk(c, `${at}.${key}[${i}]`));
        else if (child && typeof child === "object") walk(child, `${at}.${key}`);
      }
    };
    walk(schema, "$");
    expect(undescribed).toEqual([]);
  });

  it("is the file the build ships", () => {
    const shipped = JSON.parse(readFileSync(path.join(ROOT, "dist/dataset.schema.json"), "utf8"));
    expect(shipped).toEqual(schema);
  });

  it("accepts the real data as built, as Zod does", () => {
    const input = built();
    expect(DatasetSchema.safeParse(input).success).toBe(true);
    expect(validate(input) ? [] : validate.errors).toEqual([]);
  });

  it.each(mutations)("rejects %s, as Zod does", (_name, mutate) => {
    const input = built();
    mutate(input);
    expect(DatasetSchema.safeParse(input).success).toBe(false);
    expect(validate(input)).toBe(false);
  });

  it("leaves to Zod the rules JSON Schema cannot state: a span whose length disagrees with its offsets", () => {
    const input = built();
    input.delegations![0]!.evidence.end += 1;
    expect(validate(input)).toBe(true);
    expect(DatasetSchema.safeParse(input).success).toBe(false);
  });
});
