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
    for (const wrapped of [Inner.nullable(), Inner.optional(), Inner.readonly(), Inner.default({ a: 0, b: 0 }), Inner.transform((v) => v), Inner.nullable().optional()]) {
      expect(JSON.stringify(canonical({ b: 2, a: 1 }, wrapped as z.ZodType))).toBe('{"a":1,"b":2}');
    }
  });

  it("leaves a value whose schema is not an object or array as it is, keys sorted", () => {
    expect(JSON.stringify(canonical({ id: { b: 1, a: 2 }, inner: [{ b: 1, a: 2 }], list: "none" }, Schema))).toBe('{"id":{"a":2,"b":1},"inner":[{"b":1,"a":2}],"list":"none"}');
  });
});

describe("formatDataFile", () => {
  it("writes $schema first, then each collection's records in schema order, two-space JSON, a final newline", () => {
    const text = formatDataFile({ themes: [{ label: "L", id: "t" }], $schema: "./schema/data-file.schema.json" });
    expect(text).toBe('{\n  "$schema": "./schema/data-file.schema.json",\n  "themes": [\n    {\n      "id": "t",\n      "label": "L"\n    }\n  ]\n}\n');
  });

  it("leaves what is not a collection of records as it is", () => {
    expect(formatDataFile({ notes: [{ b: 1, a: 2 }], themes: "none" })).toBe(`${JSON.stringify({ notes: [{ b: 1, a: 2 }], themes: "none" }, null, 2)}\n`);
  });
});
