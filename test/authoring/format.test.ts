import { describe, expect, it } from "vitest";
import * as z from "zod";
import { canonical, formatDataFile } from "../../src/authoring/format.js";

describe("formatDataFile", () => {
  it("orders the keys of fields with a default (president, parts, participation) as their schema declares them", () => {
    const span = { quote: "q", end: 1, start: 0, source: "s" };
    const text = formatDataFile({
      meetings: [{ president: { title: null, name: null, evidence: span, delegation: "BRA" }, parts: [{ citations: [], evidence: [], recordSymbol: null, meetingNumber: 1, date: "2031-01-01" }], id: "m" }],
      statements: [{ participation: { evidence: span, mode: "written" }, id: "s" }],
    });
    const parsed = JSON.parse(text) as { meetings: Array<Record<string, Record<string, unknown>>>; statements: Array<Record<string, Record<string, unknown>>> };
    const meeting = parsed.meetings[0]!;
    expect(Object.keys(meeting)).toEqual(["id", "president", "parts"]);
    expect(Object.keys(meeting.president!)).toEqual(["delegation", "name", "title", "evidence"]);
    expect(Object.keys(meeting.president!.evidence as object)).toEqual(["source", "start", "end", "quote"]);
    expect(Object.keys((meeting.parts as unknown as Array<object>)[0]!)).toEqual(["date", "meetingNumber", "recordSymbol", "evidence", "citations"]);
    expect(Object.keys(parsed.statements[0]!.participation!)).toEqual(["mode", "evidence"]);
  });
});

describe("canonical", () => {
  const Inner = z.object({ a: z.number(), b: z.number() });
  const Schema = z.object({ id: z.string(), inner: Inner, list: z.array(Inner), kind: z.discriminatedUnion("k", [z.object({ k: z.literal("x"), p: z.number(), q: z.number() }), z.object({ k: z.literal("y"), r: z.number() })]) });

  it("orders keys as the schema declares them, keys it does not know last and sorted, and adds none", () => {
    const out = canonical({ zeta: 1, list: [{ b: 2, a: 1, c: 0 }], alpha: 2, id: "x" }, Schema) as Record<string, unknown>;
    expect(JSON.stringify(out)).toBe('{"id":"x","list":[{"a":1,"b":2,"c":0}],"alpha":2,"zeta":1}');
    expect(Object.keys(out)).toEqual(["id", "list", "alpha", "zeta"]);
  });

  it("orders a union's keys as the option its discriminator names; an unknown option's keys sorted", () => {
    expect(JSON.stringify(canonical({ kind: { q: 2, p: 1, k: "x" } }, Schema))).toBe('{"kind":{"k":"x","p":1,"q":2}}');
    expect(JSON.stringify(canonical({ kind: { r: 2, k: "y" } }, Schema))).toBe('{"kind":{"k":"y","r":2}}');
    expect(JSON.stringify(canonical({ kind: { r: 2, k: "z", a: 1 } }, Schema))).toBe('{"kind":{"a":1,"k":"z","r":2}}');
  });

  it("sees through wrappers that keep an object's keys: nullable, optional, readonly, default, a pipe", () => {
    // Keys declared out of alphabetical order, so that sorting them is not mistaken for the schema's order.
    const Reversed = z.object({ b: z.number(), a: z.number() });
    for (const wrapped of [Reversed.nullable(), Reversed.optional(), Reversed.readonly(), Reversed.default({ a: 0, b: 0 }), Reversed.transform((v) => v), Reversed.nullable().optional()]) {
      expect(JSON.stringify(canonical({ a: 1, b: 2 }, wrapped as z.ZodType))).toBe('{"b":2,"a":1}');
    }
  });

  it("leaves a value whose schema is not an object or array as it is, keys sorted", () => {
    expect(JSON.stringify(canonical({ id: { b: 1, a: 2 }, inner: [{ b: 1, a: 2 }], list: "none" }, Schema))).toBe('{"id":{"a":2,"b":1},"inner":[{"b":1,"a":2}],"list":"none"}');
    expect(Object.keys(canonical({ b: 1, a: 2 }, z.string()) as object)).toEqual(["a", "b"]);
  });

  it("leaves the value of a key the schema does not know as it is, even one named like an object's own methods", () => {
    const out = canonical(JSON.parse('{ "zeta": { "b": 1, "a": 2 }, "toString": { "b": 1, "a": 2 }, "__proto__": { "b": 1 }, "constructor": [{ "b": 1, "a": 2 }], "id": "x" }'), Schema);
    expect(JSON.stringify(out)).toBe('{"id":"x","__proto__":{"b":1},"constructor":[{"b":1,"a":2}],"toString":{"b":1,"a":2},"zeta":{"b":1,"a":2}}');
  });
});

describe("formatDataFile", () => {
  it("writes $schema first, then each collection's records in schema order, two-space JSON, a final newline", () => {
    const text = formatDataFile({ themes: [{ label: "L", id: "t" }], $schema: "./schema/data-file.schema.json" });
    expect(text).toBe('{\n  "$schema": "./schema/data-file.schema.json",\n  "themes": [\n    {\n      "id": "t",\n      "label": "L"\n    }\n  ]\n}\n');
  });

  it("leaves what is not a collection of records as it is", () => {
    expect(formatDataFile({ notes: [{ b: 1, a: 2 }], themes: "none" })).toBe(`${JSON.stringify({ notes: [{ b: 1, a: 2 }], themes: "none" }, null, 2)}\n`);
    // Names an object has from its prototype name no collection.
    const inherited = JSON.parse('{ "toString": [{ "b": 1, "a": 2 }], "constructor": [{ "b": 1, "a": 2 }], "__proto__": [{ "b": 1, "a": 2 }] }') as Record<string, unknown>;
    expect(Object.keys(inherited)).toEqual(["toString", "constructor", "__proto__"]);
    expect(formatDataFile(inherited)).toBe(`${JSON.stringify(inherited, null, 2)}\n`);
  });

  it("keeps $schema first wherever it stands in the file", () => {
    expect(Object.keys(JSON.parse(formatDataFile({ themes: [], notes: 1, $schema: "s" })) as object)).toEqual(["$schema", "themes", "notes"]);
    expect(Object.keys(JSON.parse(formatDataFile({ themes: [] })) as object)).toEqual(["themes"]);
  });
});
