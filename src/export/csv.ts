/**
 * Writing tables as CSV (RFC 4180): a header row, fields quoted when they hold a comma, a quote or a line break,
 * quotes doubled, CRLF between records, UTF-8. Empty cells stand for null.
 * @module
 */
import type { Table } from "./tables.js";

/** One field, quoted where RFC 4180 needs it. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A table as CSV text, header first, CRLF line ends, ending with a CRLF. */
export function toCsv(table: Table): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvField).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
