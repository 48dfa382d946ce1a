/**
 * The codebook (`docs/codebook.md`): every table the package ships as CSV and Parquet, with each column's type,
 * whether it may be empty, its description and its allowed values, and each table's keys. Written from the same
 * layouts and fields as `datapackage.json`, so the two never disagree; `npm run docs:generate` writes it and a test
 * keeps it current.
 * @module
 */
import { fieldOf, foreignKeys } from "./datapackage.js";
import { tableLayouts } from "./tables.js";

/** A Markdown table cell: pipes escaped, line breaks as spaces. */
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
const code = (s: string) => `\`${s}\``;

/** The codebook's Markdown text. */
export function codebook(): string {
  const layouts = tableLayouts();
  const keys = foreignKeys(layouts);
  const lines = [
    "# Codebook",
    "",
    "<!-- npm run docs:generate writes this file from the schemas (src/schemas/); do not edit -->",
    "",
    "Every table the package ships, as `dist/csv/<table>.csv` and `dist/parquet/<table>.parquet` (the same columns in",
    "the same order), and as the resources of `dist/datapackage.json`. A collection's table has one row per record; a",
    "link table has one row per item of a list inside the records, keyed by its record's id and the item's 1-based",
    "`position`. Nested objects are dotted column names (`speaker.delegation`). An empty CSV cell (a null in Parquet)",
    "is a null; a column marked *required* is never empty. Types are [Table Schema](https://datapackage.org/standard/table-schema/)",
    "types: `date` is `YYYY-MM-DD`, `datetime` ISO 8601 in UTC.",
    "",
    "## Tables",
    "",
    ...layouts.map((l) => `- [${code(l.name)}](#${l.name.replace(/\./g, "").toLowerCase()}): ${cell(l.description)}`),
  ];
  for (const l of layouts) {
    lines.push("", `## ${l.name}`, "", cell(l.description), "");
    lines.push(`- Primary key: ${l.primaryKey.map(code).join(", ")}.`);
    const references = keys.get(l.name)!.map((k) => `${k.fields.map(code).join(", ")} → ${k.reference.fields.map((f) => code(`${k.reference.resource ?? l.name}.${f}`)).join(", ")}`);
    if (references.length) lines.push(`- References: ${references.join("; ")}.`);
    lines.push("", "| column | type | required | description | allowed values |", "| --- | --- | --- | --- | --- |");
    for (const column of l.columns) {
      const field = fieldOf(column);
      const c = field.constraints;
      const allowed = [
        ...(c?.enum ? [c.enum.map(code).join(", ")] : []),
        ...(c?.minimum !== undefined ? [`≥ ${c.minimum}`] : []),
        ...(c?.maximum !== undefined ? [`≤ ${c.maximum}`] : []),
        ...(field.format === "uri" ? ["a URL"] : []),
      ].join("; ");
      lines.push(`| ${code(field.name)} | ${field.type} | ${c?.required ? "yes" : ""} | ${cell(field.description)} | ${allowed} |`);
    }
  }
  return `${lines.join("\n")}\n`;
}
