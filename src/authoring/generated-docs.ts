/**
 * The parts of the README and the guides that describe the whole dataset, generated from data/ by
 * `npm run docs:generate` and checked current by the tests, so that adding a meeting never means editing the docs:
 * the README's counts table, its citation forms and the theme tables of docs/themes.md, each between two marker
 * comments; the codebook (docs/codebook.md), written whole from the schemas; and CITATION.cff, from package.json
 * and the sources.
 * @module
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { codebook } from "../export/codebook.js";
import { readPackageInfo } from "../export/files.js";
import { citationCff, citationForms, type CitedSource } from "./citation.js";
import { COLLECTIONS, type CollectionName } from "../schemas/dataset.js";

/** The command that writes the generated parts (named in errors and in the stale-docs test). */
export const GENERATE_COMMAND = "npm run docs:generate";

/** The comment lines a generated block sits between. */
export const markers = (name: string) => ({
  start: `<!-- generated:${name}:start (${GENERATE_COMMAND} writes this from data/; do not edit) -->`,
  end: `<!-- generated:${name}:end -->`,
});

/** The current text of a block (without its markers); throws an Error naming the file and block when they are missing. */
export function readBlock(text: string, file: string, name: string): string {
  const { start, end } = markers(name);
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${file}: the generated block '${name}' must sit between the lines ${start} and ${end}`);
  return text.slice(a + start.length, b);
}

/** The text with the block between the markers of `name` replaced by `body` (lines, without the markers). */
export function replaceBlock(text: string, file: string, name: string, body: readonly string[]): string {
  const { start, end } = markers(name);
  readBlock(text, file, name);
  return `${text.slice(0, text.indexOf(start) + start.length)}\n${body.join("\n")}\n${text.slice(text.indexOf(end))}`;
}

/**
 * The README's counts table: one row per collection, in COLLECTIONS order, with its number of records. The `what`
 * column is kept from the table as written; a collection without a row, or a row for no collection, throws an Error
 * that says what to add or remove.
 */
export function countsTable(current: string, counts: Readonly<Record<CollectionName, number>>): string[] {
  const what = new Map<string, string>();
  for (const m of current.matchAll(/^\| `([A-Za-z]+)` \| [^|]* \| (.*) \|$/gm)) what.set(m[1]!, m[2]!);
  const unknown = [...what.keys()].filter((c) => !(COLLECTIONS as readonly string[]).includes(c));
  if (unknown.length) throw new Error(`README.md: the counts table has rows for unknown collections: ${unknown.join(", ")}`);
  const missing = COLLECTIONS.filter((c) => !what.has(c));
  if (missing.length) throw new Error(`README.md: the counts table has no row for ${missing.join(", ")}: add "| \`${missing[0]}\` | 0 | what it holds |"`);
  return [
    "| collection | records | what |",
    "| --- | ---: | --- |",
    ...COLLECTIONS.map((c) => `| \`${c}\` | ${counts[c]} | ${what.get(c)} |`),
  ];
}

/** The README's "How to cite" block: the BibTeX (biblatex) entry and the APA reference, converted from CITATION.cff. */
export function citationBlock(cff: string): string[] {
  const { bibtex, apa } = citationForms(cff);
  return ["BibTeX (biblatex):", "", "```bibtex", ...bibtex.split("\n"), "```", "", "APA:", "", `> ${apa}`];
}

/** A theme as the vocabulary file holds it. */
interface ThemeEntry {
  readonly id: string;
  readonly label: string;
  readonly definition: string;
  readonly a4pCommitmentArea: boolean;
}

/** The table of the themes that are (or are not) A4P commitment areas, in vocabulary order. */
export function themesTable(themes: readonly ThemeEntry[], a4pCommitmentArea: boolean): string[] {
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
  return [
    "| id | label | definition |",
    "| --- | --- | --- |",
    ...themes.filter((t) => t.a4pCommitmentArea === a4pCommitmentArea).map((t) => `| \`${t.id}\` | ${cell(t.label)} | ${cell(t.definition)} |`),
  ];
}

/**
 * Every file with generated parts, as it should read for the data given (`input`: the collections of a data folder,
 * as `loadDataDir` reads them). Reads the files under `root`; writes nothing.
 */
export function generatedDocs(root: string, input: Readonly<Record<CollectionName, readonly unknown[]>>): Array<{ file: string; text: string }> {
  const counts = Object.fromEntries(COLLECTIONS.map((c) => [c, input[c].length])) as Record<CollectionName, number>;
  const themes = input.themes as ThemeEntry[];
  // Each file named once: the name read is the name in errors and the name returned.
  const read = (file: string) => ({ file, text: readFileSync(path.join(root, file), "utf8") });
  const readme = read("README.md");
  const guide = read("docs/themes.md");
  const a4p = replaceBlock(guide.text, guide.file, "themes-a4p", themesTable(themes, true));
  const cff = citationCff(readPackageInfo(root), input.sources as CitedSource[]);
  const counted = replaceBlock(readme.text, readme.file, "counts", countsTable(readBlock(readme.text, readme.file, "counts"), counts));
  return [
    { file: readme.file, text: replaceBlock(counted, readme.file, "citation", citationBlock(cff)) },
    // From package.json and the sources: `npm run release` runs docs:generate after the version changes.
    { file: "CITATION.cff", text: cff },
    { file: guide.file, text: replaceBlock(a4p, guide.file, "themes-cross-cutting", themesTable(themes, false)) },
    // Written whole from the schemas (not from data/): every table and column the package ships.
    { file: "docs/codebook.md", text: codebook() },
  ];
}
