/**
 * CITATION.cff for a source without an address, symbol or note, and the citation forms of a text citation-js reads
 * with no main entry (a BibTeX text, not a CFF): the fields it lacks are left out, and the forms are refused.
 */
import { describe, expect, it } from "vitest";
import { citationCff, citationForms, type CitedSource } from "../../src/authoring/citation.js";
import { readPackageInfo } from "../../src/export/files.js";
import { ROOT } from "../helpers.js";

const bare: CitedSource = { title: "A synthetic source", publisher: "A publisher", date: "2020-09-14", url: null, symbol: null, note: null };

describe("citationCff", () => {
  it("writes a reference without url, number or notes when the source has none", () => {
    const cff = citationCff(readPackageInfo(ROOT), [bare]);
    const references = cff.slice(cff.indexOf("references:\n") + "references:\n".length);
    expect(references).toBe(
      [
        "  - type: generic",
        '    title: "A synthetic source"',
        "    authors:",
        '      - name: "A publisher"',
        "    publisher:",
        '      name: "A publisher"',
        '    date-published: "2020-09-14"',
        "",
      ].join("\n"),
    );
  });
});

describe("citationForms", () => {
  it("refuses a text citation-js reads with no main entry, saying how many it read", () => {
    expect(() => citationForms("@misc{a, title={A synthetic title}, author={B}, year={2020}}")).toThrow("CITATION.cff: citation-js read 0 main entries, not one");
  });
});
