/** Rendering rows for the terminal or a pipe: aligned text columns, JSON, or CSV. No colour, ever. */
import { toCsv } from "../export/csv.js";

/** A table to print: a header and rows of cells. */
export interface Rows {
  readonly header: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>;
}

/** Aligned columns, two spaces apart, header first; numbers right-aligned. */
export function renderText({ header, rows }: Rows): string {
  const cells = [header, ...rows].map((r) => r.map((c) => (c === null ? "" : String(c))));
  // With no rows every column counts as numeric, which changes nothing: each header is already as wide as its column.
  const numeric = header.map((_h, i) => rows.every((r) => r[i] === null || typeof r[i] === "number"));
  const widths = header.map((_h, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return `${cells.map((r) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd()).join("\n")}\n`;
}

/** CSV (RFC 4180), header first: the writer of the shipped tables. */
export function renderCsv({ header, rows }: Rows): string {
  return toCsv({ name: "", columns: header, rows });
}
