/** `show`: one record with its quotes and where each sits in its source. */
import { describe, expect, it } from "vitest";
import { findRecords, renderRecord } from "../../src/cli/show.js";
import { dataset, getById, UnknownIdError } from "../../src/index.js";
import { COLLECTIONS } from "../../src/schemas/dataset.js";

const MEETING = "2020-09-14-a4p";
const name = (id: string) => dataset.delegations.find((d) => d.id === id)!.name;

describe("findRecords", () => {
  it("finds a record by id in whichever collection holds it", () => {
    for (const collection of COLLECTIONS) {
      const record = dataset[collection][0]!;
      expect(findRecords(dataset, record.id)).toEqual([{ collection, record }]);
    }
  });

  it("finds every record with the id, in collection order", () => {
    const data = structuredClone(dataset) as any;
    const statement = data.statements[1];
    data.themes.push({ ...data.themes[0], id: statement.id });
    const theme = data.themes.at(-1);
    expect(COLLECTIONS.indexOf("statements")).toBeLessThan(COLLECTIONS.indexOf("themes"));
    expect(findRecords(data, statement.id)).toEqual([
      { collection: "statements", record: statement },
      { collection: "themes", record: theme },
    ]);
  });

  it("throws UnknownIdError with the closest ids of any collection", () => {
    const error = (() => {
      try {
        findRecords(dataset, `${MEETING}-2`);
      } catch (e) {
        return e;
      }
    })() as UnknownIdError;
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error.message).toMatch(new RegExp(`^unknown record id '${MEETING}-2'; closest known: ${MEETING}`));
    expect(error.collection).toBe("record");
    // Ids of other collections are known too.
    expect(() => findRecords(dataset, "VNN")).toThrow(/^unknown record id 'VNN'; closest known: VNM/);
    expect(() => findRecords(dataset, "politic")).toThrow(/^unknown record id 'politic'; closest known: politics/);
  });
});

describe("renderRecord", () => {
  it("prints each field as path: value, quotes with their source and offsets, delegations with their names", () => {
    const record = {
      id: "x",
      count: 1,
      nothing: null,
      empty: [],
      list: ["p", "q"],
      nested: { flag: true, span: { source: "s", start: 3, end: 9, quote: "a\u00a0“quote”" } },
      unfilled: { source: "s", start: null, end: 3, quote: "q" },
      halfFilled: { source: "s", start: 3, end: null, quote: "q" },
      notSpan: { source: "s", quote: "q", start: 1 },
      rows: [{ i: 1 }, { i: 2 }],
      mixed: [1, { j: "k" }],
      scalars: [1, null, false],
      delegation: "ZAF",
      onBehalfOf: ["NER", "XXX"],
      speaker: { delegation: "NER", name: "ZAF" },
      other: "ZAF",
      people: [{ delegation: "VNM" }],
    };
    expect(renderRecord({ collection: "things" as never, record }, dataset)).toBe(
      [
        "things x",
        "count: 1",
        "nothing: none",
        "empty: none",
        "list: p, q",
        "nested.flag: true",
        "nested.span: “a\u00a0“quote”” (s, 3–9)",
        "unfilled: “q” (s, offsets not filled)",
        "halfFilled: “q” (s, offsets not filled)",
        "notSpan.source: s",
        "notSpan.quote: q",
        "notSpan.start: 1",
        "rows[0].i: 1",
        "rows[1].i: 2",
        "mixed[0]: 1",
        "mixed[1].j: k",
        "scalars: 1, null, false",
        `delegation: ZAF (${name("ZAF")})`,
        `onBehalfOf: NER (${name("NER")}), XXX`,
        `speaker.delegation: NER (${name("NER")})`,
        "speaker.name: ZAF",
        "other: ZAF",
        `people[0].delegation: VNM (${name("VNM")})`,
        "",
      ].join("\n"),
    );
  });

  it("prints a statement of the meeting with its speaker, who it spoke for, and every quote where it stands", () => {
    const statement = getById(dataset.statements, `${MEETING}-02`);
    const text = renderRecord({ collection: "statements", record: statement as never }, dataset);
    const lines = text.split("\n");
    const span = (s: { source: string; start: number; end: number; quote: string }) => `“${s.quote}” (${s.source}, ${s.start}–${s.end})`;
    expect(lines.slice(0, 6)).toEqual([
      `statements ${MEETING}-02`,
      `meeting: ${MEETING}`,
      "order: 2",
      `speaker.delegation: ZAF (${name("ZAF")})`,
      "speaker.name: none",
      "speaker.title: none",
    ]);
    expect(lines).toContain(`speaker.evidence: ${span(statement.speaker.evidence)}`);
    expect(lines).toContain(`onBehalfOf: ${statement.onBehalfOf.map((d) => `${d} (${name(d)})`).join(", ")}`);
    statement.paragraphs.forEach((p, i) => expect(lines).toContain(`paragraphs[${i}]: ${span(p)}`));
    statement.themes.forEach((t, i) => {
      expect(lines).toContain(`themes[${i}].theme: ${t.theme}`);
      expect(lines).toContain(`themes[${i}].evidence: ${span(t.evidence)}`);
    });
    expect(lines.filter((l) => l.startsWith("id"))).toEqual([]);
    expect(text.endsWith("\n")).toBe(true);
  });
});
