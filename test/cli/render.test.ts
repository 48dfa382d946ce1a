/** The command's tables: aligned text and CSV. */
import { describe, expect, it } from "vitest";
import { renderCsv, renderText } from "../../src/cli/render.js";

describe("renderText", () => {
  it("aligns columns two spaces apart, numbers to the right, null as an empty cell, no trailing spaces", () => {
    const text = renderText({
      header: ["name", "n", "maybe", "mixed", "last"],
      rows: [
        ["Viet Nam", 704, null, 1, ""],
        ["ZAF", 7, 12, "x", "yes"],
        ["A", null, 3, true, null],
      ],
    });
    expect(text).toBe(["name        n  maybe  mixed  last", "Viet Nam  704         1", "ZAF         7     12  x      yes", `A${" ".repeat(18)}3  true`, ""].join("\n"));
  });

  it("prints the header alone, left-aligned, for no rows", () => {
    expect(renderText({ header: ["#", "id"], rows: [] })).toBe("#  id\n");
    expect(renderText({ header: ["value", "n"], rows: [] })).toBe("value  n\n");
  });

  it("widens a column to its header", () => {
    expect(renderText({ header: ["statements", "x"], rows: [[1, "a"]] })).toBe("statements  x\n         1  a\n");
  });
});

describe("renderCsv", () => {
  it("writes RFC 4180 CSV, header first, CRLF line ends, quoting where needed", () => {
    expect(renderCsv({ header: ["id", "text"], rows: [["a", "x, y"], ["b", null], ["c", 'say "hi"']] })).toBe('id,text\r\na,"x, y"\r\nb,\r\nc,"say ""hi"""\r\n');
  });
});
