/** What the docs say about the whole dataset is generated from data/ (npm run docs:generate) and must be current. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countsTable, GENERATE_COMMAND, generatedDocs, markers, readBlock, replaceBlock, themesTable } from "../../src/authoring/generated-docs.js";
import { COLLECTIONS } from "../../src/schemas/index.js";
import { realData, ROOT } from "../helpers.js";

const { input } = realData();
const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, input[c].length])) as Parameters<typeof countsTable>[1];

describe("the generated parts of the docs", () => {
  // The files are generated inside the test, not when this file loads: mutation testing switches a mutant on only while tests run.
  it.each(["README.md", "CITATION.cff", "docs/themes.md", "docs/codebook.md"])(`%s is current (else run ${GENERATE_COMMAND})`, (file) => {
    const docs = generatedDocs(ROOT, input);
    expect(docs.map((d) => d.file)).toEqual(["README.md", "CITATION.cff", "docs/themes.md", "docs/codebook.md"]);
    const text = docs.find((d) => d.file === file)!.text;
    expect(readFileSync(path.join(ROOT, file), "utf8") === text, `${file} is not current: run ${GENERATE_COMMAND}`).toBe(true);
  });

  it("the README's table counts the records of data/ and keeps what each collection holds", () => {
    const rows = countsTable("| `statements` | 0 | one per intervention |\n" + COLLECTIONS.map((c) => `| \`${c}\` | 1 | the ${c} |`).join("\n"), counts);
    expect(rows).toHaveLength(COLLECTIONS.length + 2);
    expect(rows).toContain(`| \`metrics\` | ${input.metrics.length} | the metrics |`);
    expect(rows).toContain(`| \`statements\` | ${input.statements.length} | the statements |`);
  });

  it("writes the table's header, one row per collection in order, and keeps only rows that stand alone on a line", () => {
    const rows = COLLECTIONS.map((c) => `| \`${c}\` | 123 | the ${c} |`);
    const table = countsTable(["| collection | records | what |", "| --- | ---: | --- |", ...rows, "  | `statements` | 1 | indented |", "| `statements` | 1 | trailing | text"].join("\n"), counts);
    expect(table).toEqual(["| collection | records | what |", "| --- | ---: | --- |", ...COLLECTIONS.map((c) => `| \`${c}\` | ${counts[c]} | the ${c} |`)]);
  });

  it("names every collection without a row, and every row for no collection", () => {
    const rows = COLLECTIONS.filter((c) => c !== "metrics" && c !== "themes").map((c) => `| \`${c}\` | 1 | x |`).join("\n");
    expect(() => countsTable(rows, counts)).toThrow('README.md: the counts table has no row for metrics, themes: add "| `metrics` | 0 | what it holds |"');
    const all = COLLECTIONS.map((c) => `| \`${c}\` | 1 | x |`).join("\n");
    expect(() => countsTable(`${all}\n| \`speeches\` | 3 | x |\n| \`talks\` | 3 | x |`, counts)).toThrow("README.md: the counts table has rows for unknown collections: speeches, talks");
  });

  it("writes the themes table's header", () => {
    expect(themesTable([], true)).toEqual(["| id | label | definition |", "| --- | --- | --- |"]);
  });

  it("finds a block at the very start of a text, and refuses markers in the wrong order", () => {
    const { start, end } = markers("t");
    expect(readBlock(`${start}\nx\n${end}`, "f.md", "t")).toBe("\nx\n");
    expect(() => readBlock(`${end}\nx\n${start}`, "f.md", "t")).toThrow(`f.md: the generated block 't' must sit between the lines ${start} and ${end}`);
    expect(() => readBlock(`${start}\nx\n`, "f.md", "t")).toThrow(/^f\.md: the generated block 't'/);
  });

  it("names a collection without a row, and a row for no collection", () => {
    const rows = COLLECTIONS.filter((c) => c !== "metrics").map((c) => `| \`${c}\` | 1 | x |`).join("\n");
    expect(() => countsTable(rows, counts)).toThrow(/has no row for metrics: add/);
    expect(() => countsTable(`${rows}\n| \`metrics\` | 1 | x |\n| \`speeches\` | 3 | x |`, counts)).toThrow(/unknown collections: speeches/);
  });

  it("lists every theme once, in the table of its kind, with its label and definition", () => {
    const themes = input.themes as Array<{ id: string; label: string; definition: string; a4pCommitmentArea: boolean }>;
    const [a4p, other] = [themesTable(themes, true), themesTable(themes, false)];
    expect(a4p.length + other.length - 4).toBe(themes.length);
    for (const t of themes) expect(t.a4pCommitmentArea ? a4p : other).toContain(`| \`${t.id}\` | ${t.label} | ${t.definition} |`);
    expect(themesTable([{ id: "x", label: "a | b", definition: "one\ntwo", a4pCommitmentArea: false }], false)[2]).toBe("| `x` | a \\| b | one two |");
  });

  it("replaces only the block between its markers, and names a missing one", () => {
    const { start, end } = markers("t");
    const text = `before\n${start}\nold\n${end}\nafter\n`;
    expect(replaceBlock(text, "f.md", "t", ["new", "lines"])).toBe(`before\n${start}\nnew\nlines\n${end}\nafter\n`);
    expect(readBlock(text, "f.md", "t")).toBe("\nold\n");
    expect(() => replaceBlock("no markers", "f.md", "t", [])).toThrow(/^f\.md: the generated block 't' must sit between the lines <!-- generated:t:start/);
  });
});
