/** The README's counts table is written from the data, between its markers, keeping each row's description. */
import { describe, expect, it } from "vitest";
import { COUNTS_END, COUNTS_START, countRecords, withCounts } from "../../src/authoring/readme-counts.js";
import { COLLECTIONS } from "../../src/schemas/index.js";
import { realData } from "../helpers.js";

const counts = countRecords(realData().input);
const rows = (n: (c: string) => number | string) => COLLECTIONS.map((c) => `| \`${c}\` | ${n(c)} | the ${c} |`).join("\n");
const readme = (body: string) => `# title\n\n${COUNTS_START}\n| collection | records | what |\n| --- | ---: | --- |\n${body}\n${COUNTS_END}\n\nafter\n`;

describe("withCounts", () => {
  it("writes each collection's number of records and keeps its description and the text around", () => {
    const stale = readme(rows(() => 0));
    expect(withCounts(stale, counts)).toBe(readme(rows((c) => counts[c as keyof typeof counts])));
  });

  it("counts the records of data/, one per record", () => {
    const { input } = realData();
    for (const c of COLLECTIONS) expect(counts[c], c).toBe(input[c].length);
    expect(counts.statements).toBeGreaterThan(0);
  });

  it("leaves a current table as it is", () => {
    const current = withCounts(readme(rows(() => 0)), counts);
    expect(withCounts(current, counts)).toBe(current);
  });

  it("names the markers when they are missing", () => {
    expect(() => withCounts("# no table\n", counts)).toThrow(/must sit between the lines <!-- counts:start/);
  });

  it("names a collection without a row, and a row for no collection", () => {
    const without = readme(rows(() => 0).split("\n").filter((l) => !l.includes("`metrics`")).join("\n"));
    expect(() => withCounts(without, counts)).toThrow(/has no row for metrics/);
    expect(() => withCounts(readme(`${rows(() => 0)}\n| \`speeches\` | 3 | x |`), counts)).toThrow(/unknown collections: speeches/);
  });
});
