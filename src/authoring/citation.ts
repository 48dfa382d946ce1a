/**
 * How to cite the package: `CITATION.cff` (Citation File Format 1.2.0), written from package.json (title, version,
 * licence, keywords) and the data's sources, and the BibTeX and APA forms of it for the README, converted from the
 * CFF text by citation-js. `npm run docs:generate` writes both (and `npm run release` runs it after the version
 * changes); a test keeps them current.
 * @module
 */
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-cff";
import "@citation-js/plugin-csl";
import { AUTHORS, DATASET_TITLE, type PackageInfo } from "../export/datapackage.js";

/** A source as the data folder lists it: what a reference to it needs. */
export interface CitedSource {
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
  readonly url: string | null;
  readonly symbol: string | null;
  readonly note: string | null;
}

/** The key of the BibTeX entry. */
export const CITATION_KEY = "peacekeeping_records";

/** A YAML scalar: a JSON string is a YAML double-quoted scalar with the same value. */
const q = (s: string) => JSON.stringify(s);

/** The text of CITATION.cff for a package and the sources its data is drawn from. */
export function citationCff(info: PackageInfo, sources: readonly CitedSource[]): string {
  const lines = [
    "# npm run docs:generate writes this file from package.json and data/sources/sources.json; do not edit.",
    "cff-version: 1.2.0",
    `message: ${q("If you use these data, please cite them as below, with the version you used, and the sources of the records you use.")}`,
    "type: dataset",
    `title: ${q(DATASET_TITLE)}`,
    `abstract: ${q(info.description)}`,
    `version: ${q(info.version)}`,
    `license: ${q(info.license)}`,
    "authors:",
    `  - name: ${q(AUTHORS)}`,
    "keywords:",
    ...info.keywords.map((k) => `  - ${q(k)}`),
    "references:",
  ];
  for (const s of sources) {
    lines.push(
      "  - type: generic",
      `    title: ${q(s.title)}`,
      "    authors:",
      `      - name: ${q(s.publisher)}`,
      "    publisher:",
      `      name: ${q(s.publisher)}`,
      `    date-published: ${q(s.date)}`,
      ...(s.url === null ? [] : [`    url: ${q(s.url)}`]),
      ...(s.symbol === null ? [] : [`    number: ${q(s.symbol)}`]),
      ...(s.note === null ? [] : [`    notes: ${q(s.note)}`]),
    );
  }
  return `${lines.join("\n")}\n`;
}

/** The BibTeX (biblatex) entry and the APA reference of a CITATION.cff text, as citation-js converts them. */
export function citationForms(cff: string): { bibtex: string; apa: string } {
  // citation-js reads the YAML into one entry for the work and one per reference: the work is the one cited.
  const entries = (new Cite(cff).data as Array<{ _cff_mainReference?: boolean }>).filter((e) => e._cff_mainReference);
  if (entries.length !== 1) throw new Error(`CITATION.cff: citation-js read ${entries.length} main entries, not one`);
  // The entry's key (citation-js makes one of the title's words otherwise); a key with a hyphen it would not keep.
  const cite = new Cite(entries.map((e) => ({ ...e, "citation-key": CITATION_KEY })));
  // biblatex's @dataset keeps the version, which a classic @misc entry drops.
  const bibtex = (cite.format("biblatex", { format: "text" }) as string).trim();
  const apa = (cite.format("bibliography", { format: "text", template: "apa", lang: "en-US" }) as string).trim();
  return { bibtex, apa };
}
