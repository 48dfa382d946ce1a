/** Writing CSV (RFC 4180), in process: which fields are quoted, and that a real CSV parser reads back any text. */
import { parse } from "csv-parse/sync";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "../../src/export/csv.js";

/**
 * Any character: those CSV gives a meaning to, typeset ones from the sources, any of U+0000–U+00FF (control characters
 * included) and any code point. (`fc.string()` alone yields printable ASCII only, so it never writes a bare CR.)
 */
const char = fc.oneof(
  fc.constantFrom('"', ",", "\r", "\n", "\u00a0", "\u2019", "\u2011"),
  fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);
const text = fc.string({ unit: char, maxLength: 12 });
const cell = fc.oneof(text, fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean());

/** Reads CSV as a tolerant reader does (Excel, Python's csv module): a bare CR or LF also ends a record. */
const read = (csv: string) => parse(csv, { record_delimiter: ["\r\n", "\n", "\r"] }) as string[][];

describe("csvField", () => {
  it.each([
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["a\rb", '"a\rb"'],
    ["a\nb", '"a\nb"'],
    ["two\r\nlines", '"two\r\nlines"'],
    ['"', '""""'],
  ])("quotes %j as %j", (value, field) => {
    expect(csvField(value)).toBe(field);
  });

  it.each(["", "a b", "22.6\u00a0per\u00a0cent", "C\u201134", "a;b\tc", "it\u2019s", "'single'"])("leaves %j as it is", (value) => {
    expect(csvField(value)).toBe(value);
  });

  it("writes null as an empty field, numbers and booleans as JavaScript prints them", () => {
    expect(csvField(null)).toBe("");
    expect(csvField(22.6)).toBe("22.6");
    expect(csvField(6_600_000_000)).toBe("6600000000");
    expect(csvField(false)).toBe("false");
    expect(csvField(true)).toBe("true");
  });

  test.prop([text])("quotes a field only when it holds a comma, a quote, a CR or an LF", (value) => {
    const needsQuotes = [",", '"', "\r", "\n"].some((c) => value.includes(c));
    expect(csvField(value) === value).toBe(!needsQuotes);
  });
});

describe("toCsv", () => {
  it("writes the header, then one line per row, each ended by CRLF", () => {
    const csv = toCsv({ name: "t", columns: ["id", "value", "note"], rows: [["a", 1, null], ["b", true, "x, y"]] });
    expect(csv).toBe('id,value,note\r\na,1,\r\nb,true,"x, y"\r\n');
  });

  test.prop([fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 })])(
    "writes any text a real CSV parser reads back, even one that ends records at a bare CR or LF",
    (rows) => {
      const width = rows[0]!.length;
      const square = rows.map((r) => Array.from({ length: width }, (_v, i) => r[i] ?? "x"));
      const columns = square[0]!.map((_c, i) => `c${i}`);
      const back = read(toCsv({ name: "t", columns, rows: square }));
      expect(back[0]).toEqual(columns);
      expect(back.slice(1)).toEqual(square.map((r) => r.map((c) => (c === null ? "" : String(c)))));
    },
  );
});
