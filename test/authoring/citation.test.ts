/** CITATION.cff and the README's citation forms, written from package.json and the sources (checked current with the other generated docs). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Cite } from "@citation-js/core";
import { describe, expect, it } from "vitest";
import { CITATION_KEY, citationCff, citationForms, type CitedSource } from "../../src/authoring/citation.js";
import { citationBlock } from "../../src/authoring/generated-docs.js";
import { AUTHORS, DATASET_TITLE } from "../../src/export/datapackage.js";
import { readPackageInfo } from "../../src/export/files.js";
import { realData, ROOT } from "../helpers.js";

const info = readPackageInfo(ROOT);
const sources = realData().input.sources as CitedSource[];
const cff = citationCff(info, sources);

describe("CITATION.cff", () => {
  it("is the file at the root of the project", () => {
    expect(readFileSync(path.join(ROOT, "CITATION.cff"), "utf8")).toBe(cff);
  });

  it("cites the package as a dataset: title, version, licence, the contributors as one entity, and the keywords", () => {
    const [work] = (new Cite(cff).data as Array<Record<string, unknown>>).filter((e) => e._cff_mainReference);
    expect(work).toMatchObject({ type: "dataset", title: DATASET_TITLE, version: info.version, author: [{ literal: AUTHORS }], keyword: info.keywords.join(",") });
    expect(cff).toContain(`license: "${info.license}"\n`);
    expect(cff).toContain('cff-version: 1.2.0\n');
    // One author, an entity: no person is named.
    expect(cff.match(/^ {2}- name: /gm)).toHaveLength(1);
  });

  it("lists every source as a reference, with its publisher, date and note, and its address or symbol where known", () => {
    const references = (new Cite(cff).data as Array<Record<string, unknown>>).filter((e) => !e._cff_mainReference);
    expect(references.map((r) => r.title)).toEqual(sources.map((s) => s.title));
    expect(cff).toContain(`    date-published: "${sources[0]!.date}"\n`);
    expect(cff).toContain(`    notes: ${JSON.stringify(sources[0]!.note)}\n`);
    const known = citationCff(info, [{ ...sources[0]!, url: "https://press.un.org/en/2031/sc0000.doc.htm", symbol: "S/PV.9999", note: null }]);
    expect(known).toContain('    url: "https://press.un.org/en/2031/sc0000.doc.htm"\n    number: "S/PV.9999"\n');
    expect(known).not.toContain("notes:");
  });

  it("quotes every text it writes, so that a colon or a quote in a title stays text", () => {
    const odd = citationCff({ ...info, description: 'A "dataset": yes' }, [{ ...sources[0]!, title: "Peace: a title # with a hash" }]);
    const [work, ref] = new Cite(odd).data as Array<Record<string, unknown>>;
    expect(work!.abstract).toBe('A "dataset": yes');
    expect(ref!.title).toBe("Peace: a title # with a hash");
  });
});

describe("the citation forms", () => {
  it("give the BibTeX (biblatex) entry and the APA reference of the package's version, from the CFF", () => {
    const { bibtex, apa } = citationForms(citationCff({ ...info, version: "9.8.7" }, sources));
    expect(bibtex).toMatch(new RegExp(`^@dataset\\{${CITATION_KEY},\\n`));
    expect(bibtex).toContain("\tversion = {9.8.7},\n");
    expect(bibtex).toContain(`\tauthor = {{${AUTHORS}}},\n`);
    expect(apa).toBe(`${AUTHORS}. (n.d.). ${DATASET_TITLE} (Version 9.8.7) [Dataset].`);
  });

  it("stand in the README as a bibtex block and a quoted APA line", () => {
    const block = citationBlock(cff);
    expect(block.slice(0, 3)).toEqual(["BibTeX (biblatex):", "", "```bibtex"]);
    expect(block.at(-1)).toBe(`> ${citationForms(cff).apa}`);
    expect(readFileSync(path.join(ROOT, "README.md"), "utf8")).toContain(block.join("\n"));
  });
});
