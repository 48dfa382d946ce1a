/**
 * rootCausesFirst and the report's lines: which problems are root causes, which follow from them, in what order,
 * and how the report prints them. On problems made for each case, with the records they name.
 */
import { describe, expect, it } from "vitest";
import { formatProblem, formatProblems, problemCount, rootCausesFirst, type FileProblem, type LoadedData } from "../../src/authoring/load.js";
import { COLLECTIONS } from "../../src/schemas/dataset.js";

const NO_SOURCES = "holds no sources: a data folder needs sources/sources.json, listing the source texts its records quote";
const P = (over: Partial<FileProblem>): FileProblem => ({ file: "data/x.json", collection: null, id: null, path: [], message: "m", ...over });
const span = (source: string) => ({ source, start: 0, end: 1, quote: "q" });

/** A data folder, read, that holds these records (only `input` is read by rootCausesFirst). */
function loaded(records: Partial<Record<(typeof COLLECTIONS)[number], unknown[]>> = {}): LoadedData {
  const input = Object.fromEntries(COLLECTIONS.map((c) => [c, records[c] ?? []])) as LoadedData["input"];
  return { input, sourceTexts: new Map(), files: [], problems: [], fileOf: () => null };
}
/** For each problem given, in the order given: where it ends up, and the index of the problem it follows from. */
function follows(all: readonly FileProblem[], records?: Parameters<typeof loaded>[0]): Array<number | null> {
  const out = rootCausesFirst(loaded(records), all);
  expect(out).toHaveLength(all.length);
  return all.map((p) => {
    const q = out.find((o) => o.message === p.message && o.file === p.file && o.path === p.path)!;
    return q.followsFrom === undefined ? null : all.indexOf(q.followsFrom);
  });
}

describe("rootCausesFirst", () => {
  it("a data file that could not be read is the cause of the references into the collection it is named for", () => {
    const all = [
      P({ collection: "statements", id: "s", path: ["themes", 0, "theme"], rule: "references-resolve", message: "unknown themes id 't'" }),
      P({ collection: "statements", id: "s", path: ["speaker", "delegation"], rule: "references-resolve", message: "unknown delegations id 'd'" }),
      P({ collection: "metrics", id: "m", path: ["statement"], rule: "references-resolve", message: "unknown statements id 's'" }),
      P({ collection: "meetings", id: "x", path: ["briefers", 0], rule: "briefers-have-statements", message: "no briefing statement" }),
      P({ file: "data/themes.json", message: "not valid JSON" }),
      P({ file: "data/meetings/a/statements.json", message: "not valid UTF-8" }),
      P({ collection: "statements", id: "s", path: ["themes", "x", "theme"], rule: "references-resolve", message: "unknown themes id 'u'" }),
      P({ collection: "statements", id: "s", path: ["themes", 0], rule: "references-resolve", message: "short path" }),
      P({ collection: "statements", id: "s", path: ["themes", 0, "theme", "x"], rule: "references-resolve", message: "long path" }),
    ];
    expect(follows(all)).toEqual([4, null, 5, 5, null, null, null, null, null]);
    // The files first, in the order found; then the others, in theirs.
    expect(rootCausesFirst(loaded(), all).map((p) => all.indexOf(all.find((q) => q.message === p.message)!))).toEqual([4, 5, 0, 1, 2, 3, 6, 7, 8]);
  });

  it("only a reference problem follows from a broken file, not another rule's problem at the same field", () => {
    const broken = P({ file: "data/delegations.json", message: "not valid JSON" });
    const at = (rule: string) => P({ collection: "statements", id: "s", path: ["speaker", "delegation"], rule, message: `${rule} at speaker.delegation` });
    expect(follows([at("references-resolve"), at("schema"), at("speaking-order"), broken])).toEqual([3, null, null, null]);
    // A reference problem that names no collection points into none.
    expect(follows([{ ...at("references-resolve"), collection: null }, broken])).toEqual([null, null]);
  });

  it("only a whole-file problem of a .json file named for a collection makes it broken, the first of each", () => {
    const ref = P({ collection: "statements", id: "s", path: ["themes", 0, "theme"], rule: "references-resolve", message: "unknown themes id 't'" });
    const cases: Array<[FileProblem, number | null]> = [
      [P({ file: "data/themes.json", message: "a" }), 1],
      [P({ file: "data/x/meeting.json", message: "a" }), null],
      [P({ file: "data/themes.json", path: ["speeches"], message: "unknown collection" }), null],
      [P({ file: "data/themes.json", collection: "themes", message: "collection set" }), null],
      [P({ file: "data/themes.json", rule: "schema", message: "a rule's" }), null],
      [P({ file: null, message: "no file" }), null],
      [P({ file: "data/themes.txt", message: "not json" }), null],
      [P({ file: "data/themes", message: "a folder named for a collection" }), null],
      [P({ file: "data/notes.json", message: "named for nothing" }), null],
    ];
    for (const [root, expected] of cases) expect(follows([ref, root])).toEqual([expected === null ? null : 1, null]);
    const meeting = P({ collection: "statements", id: "s", path: ["meeting"], rule: "references-resolve", message: "unknown meetings id 'a'" });
    expect(follows([meeting, P({ file: "data/x/meeting.json", message: "a" })])).toEqual([1, null]);
    // Two broken files for one collection: the first is the cause.
    expect(follows([ref, P({ file: "data/a/themes.json", message: "first" }), P({ file: "data/b/themes.json", message: "second" })])).toEqual([1, null, null]);
  });

  it("capacities that cannot be checked follow from a council terms, delegations or meetings file that could not be read", () => {
    const capacity = P({ collection: "meetings", id: "x", path: ["date"], rule: "statement-capacity-matches-council", message: "cannot be checked" });
    expect(follows([capacity, P({ file: "data/council-terms.json", message: "not valid JSON" })])).toEqual([1, null]);
    expect(follows([capacity, P({ file: "data/delegations.json", message: "not valid JSON" })])).toEqual([1, null]);
    expect(follows([capacity, P({ file: "data/x/meeting.json", message: "not valid JSON" })])).toEqual([1, null]);
    expect(follows([capacity, P({ file: "data/themes.json", message: "not valid JSON" })])).toEqual([null, null]);
    // The council terms file first, should several be broken.
    expect(follows([capacity, P({ file: "data/delegations.json", message: "a" }), P({ file: "data/council-terms.json", message: "b" })])).toEqual([2, null, null]);
    // With none of those files broken, a statement's capacity follows from a broken source it cites, like any rule's problem.
    const records = { statements: [{ id: "s", paragraphs: [span("B")] }] };
    const onStatement = P({ collection: "statements", id: "s", path: ["capacity"], rule: "statement-capacity-matches-council", message: "capacity" });
    const brokenSource = P({ file: "data/sources/sources.json", collection: "sources", id: "B", path: ["sha256"], rule: "source-texts", message: "changed" });
    expect(follows([onStatement, brokenSource, P({ file: "data/themes.json", message: "not valid JSON" })], records)).toEqual([1, null, null]);
  });

  it("spans citing an unknown source follow from a sources file that could not be read, or from there being none", () => {
    const cites = P({ collection: "statements", id: "s", path: ["paragraphs", 0], rule: "spans-match-source", message: "span cites unknown source 'x'" });
    const other = P({ collection: "statements", id: "s", path: ["paragraphs", 0], rule: "spans-match-source", message: "quote differs" });
    expect(follows([cites, other, P({ file: "data/sources/sources.json", message: "not valid JSON" })])).toEqual([2, null, null]);
    expect(follows([cites, other, P({ file: "data", message: NO_SOURCES })])).toEqual([2, null, null]);
    expect(follows([cites, other, P({ file: "data", message: "something else" })])).toEqual([null, null, null]);
    // A broken sources file is the cause rather than there being none.
    expect(follows([cites, P({ file: "data", message: NO_SOURCES }), P({ file: "data/sources/sources.json", message: "bad" })])).toEqual([2, null, null]);
    expect(follows([cites, P({ file: "data", message: NO_SOURCES, rule: "x" })])).toEqual([null, null]);
    // Only spans-match-source's own unknown-source problem: not a quote that holds those words, nor another rule's problem.
    const quoted = P({ collection: "statements", id: "s", path: ["paragraphs", 1], rule: "spans-match-source", message: `quote not found in source 'a': "span cites unknown source"` });
    const otherRule = P({ collection: "statements", id: "s", path: ["capacity"], rule: "statement-capacity-matches-council", message: "span cites unknown source was elected member" });
    expect(follows([quoted, otherRule, P({ file: "data/sources/sources.json", message: "not valid JSON" })])).toEqual([null, null, null]);
  });

  it("the problems of a source whose text could not be read follow from the first of them", () => {
    const src = (over: Partial<FileProblem>) => P({ file: "data/sources/sources.json", collection: "sources", id: "a", path: ["path"], ...over });
    expect(follows([src({ message: "cannot read source text" }), src({ rule: "source-texts", message: "no text was given" })])).toEqual([null, 0]);
    expect(follows([src({ rule: "schema", message: "bad path" }), src({ rule: "source-texts", message: "no text was given" })])).toEqual([null, 0]);
    expect(follows([src({ rule: "source-texts", path: ["sha256"], message: "changed" }), src({ rule: "source-texts", message: "no text" })])).toEqual([null, 0]);
    expect(follows([src({ rule: "source-texts", message: "no text was given" }), src({ rule: "schema", message: "bad path" })])).toEqual([null, 0]);
    // Not a text problem: a schema problem elsewhere, a source-texts problem elsewhere, another source, no id.
    expect(follows([src({ rule: "schema", path: ["title"], message: "bad title" }), src({ rule: "source-texts", message: "no text" })])).toEqual([null, null]);
    expect(follows([src({ rule: "source-texts", path: ["retrieved"], message: "x" }), src({ rule: "source-texts", message: "no text" })])).toEqual([null, null]);
    // A sha256 the schema refuses is no text problem: the text it should match may well be there.
    expect(follows([src({ rule: "schema", path: ["sha256"], message: "must be 64 lower-case hex digits" }), src({ rule: "source-texts", message: "no text" })])).toEqual([null, null]);
    // Another rule's problem at the path follows from the text problem, wherever it stands.
    expect(follows([src({ rule: "r", message: "at the path" }), src({ message: "cannot read source text" })])).toEqual([1, null]);
    expect(follows([src({ id: "b", message: "cannot read" }), src({ rule: "source-texts", message: "no text" })])).toEqual([null, null]);
    expect(follows([src({ id: null, message: "cannot read" }), src({ id: null, rule: "source-texts", message: "no text" })])).toEqual([null, null]);
    expect(follows([src({ collection: "themes", message: "cannot read" }), src({ rule: "source-texts", message: "no text" })])).toEqual([null, null]);
    // Only a problem of the source itself follows: not one of another collection's record that has the source's id.
    expect(follows([src({ collection: "documents", rule: "r", message: "a document" }), src({ message: "cannot read" })])).toEqual([null, null]);
    // Only a problem at the source's path follows; the first text problem is the cause.
    expect(follows([src({ message: "first" }), src({ message: "second" }), src({ rule: "schema", path: ["title"], message: "elsewhere" })])).toEqual([null, null, null]);
  });

  it("a rule's problem on a record that cites a broken source follows from it: the span on its path, else any span of the record", () => {
    const records = { statements: [{ id: "s", paragraphs: [span("A"), span("B")], speaker: { delegation: "X", evidence: span("B") }, themes: [{ theme: "t", evidence: span("A") }] }] };
    const broken = P({ file: "data/sources/sources.json", collection: "sources", id: "B", path: ["sha256"], rule: "source-texts", message: "changed" });
    const at = (path: FileProblem["path"], rule = "spans-match-source") => P({ collection: "statements", id: "s", path, rule, message: `at ${path.join(".")}` });
    expect(follows([broken, at(["paragraphs", 1]), at(["paragraphs", 0]), at(["speaker", "evidence", "quote"]), at(["themes", 0, "evidence"]), at(["speaker", "delegation"], "x")], records)).toEqual([null, 0, null, 0, null, 0]);
    // The record as a whole cites B: a problem on a field that is no span follows from it.
    expect(follows([broken, at(["order"], "speaking-order")], records)).toEqual([null, 0]);
    expect(follows([broken, at(["order"], "speaking-order")], { statements: [{ id: "s", paragraphs: [span("A")] }] })).toEqual([null, null]);
    // A span citing a source that is fine is passed over for a later one citing a broken source; of two broken, the first.
    expect(follows([broken, at(["order"], "speaking-order")], { statements: [{ id: "s", paragraphs: [span("A"), span("B")] }] })).toEqual([null, 0]);
    const brokenC = { ...broken, id: "C", message: "C changed" };
    expect(follows([broken, brokenC, at(["order"], "speaking-order")], { statements: [{ id: "s", paragraphs: [span("C"), span("B")] }] })).toEqual([null, null, 1]);
    // A path through a key the record does not have, or through a list, still finds the nearest span above it.
    expect(follows([broken, at(["speaker", "evidence", "nope", "deeper"])], records)).toEqual([null, 0]);
    expect(follows([broken, at(["paragraphs", 9])], records)).toEqual([null, 0]);
    expect(follows([broken, at(["themes", 0, "evidence"])], records)).toEqual([null, null]);
    expect(follows([broken, at(["themes", 0, "evidence", "quote"])], records)).toEqual([null, null]);
    // Rules whose problems stand on their own never follow from a source.
    for (const rule of ["schema", "unique-ids", "references-resolve", "source-texts"]) expect(follows([broken, at(["paragraphs", 1], rule)], records)).toEqual([null, null]);
    // No record, or no collection: nothing to cite.
    expect(follows([broken, P({ collection: "statements", id: "nope", path: ["order"], rule: "speaking-order" })], records)).toEqual([null, null]);
    expect(follows([broken, P({ collection: null, id: "s", path: ["order"], rule: "speaking-order" })], records)).toEqual([null, null]);
  });

  it("the nearest object above a problem that names a source is what it cites, however deep the path goes below it", () => {
    const broken = P({ file: "data/sources/sources.json", collection: "sources", id: "B", path: ["sha256"], rule: "source-texts", message: "changed" });
    const records = { statements: [{ id: "s", paragraphs: [span("A")], speaker: { source: "B", note: { text: "x" } } }] };
    const at = (path: FileProblem["path"]) => P({ collection: "statements", id: "s", path, rule: "speaking-order", message: `at ${path.join(".")}` });
    expect(follows([broken, at(["speaker", "note", "text"])], records)).toEqual([null, 0]);
    expect(follows([broken, at(["speaker", "note"])], records)).toEqual([null, 0]);
    expect(follows([broken, at(["speaker"])], records)).toEqual([null, 0]);
    expect(follows([broken, at(["paragraphs", 0, "quote"])], records)).toEqual([null, null]);
  });

  it("a null on the path, or anything that is no object where a span should be, is passed over", () => {
    const broken = P({ file: "data/sources/sources.json", collection: "sources", id: "B", path: ["sha256"], rule: "source-texts", message: "changed" });
    const records = { statements: [{ id: "s", paragraphs: [null, undefined, "B", span("B")], speaker: { delegation: "X", evidence: null } }] };
    const at = (path: FileProblem["path"]) => P({ collection: "statements", id: "s", path, rule: "speaking-order", message: `at ${path.join(".")}` });
    // No span on the path: every span of the record is cited, and what is no object among them is none.
    expect(follows([broken, at(["speaker", "evidence", "quote"])], records)).toEqual([null, 0]);
    expect(follows([broken, at(["speaker", "evidence"])], records)).toEqual([null, 0]);
    expect(follows([broken, at(["paragraphs", 0])], records)).toEqual([null, 0]);
  });

  it("a source whose id is the key of a list does not confuse the walk", () => {
    const records = { statements: [{ id: "s", paragraphs: Object.assign([span("A")], { source: "B" }) }] };
    const broken = P({ file: "data/sources/sources.json", collection: "sources", id: "B", path: ["sha256"], rule: "source-texts", message: "changed" });
    expect(follows([broken, P({ collection: "statements", id: "s", path: ["paragraphs", 0, "quote"], rule: "spans-match-source" })], records)).toEqual([null, null]);
  });

  it("orders reading problems first, then root causes, then the rest, each in the order given", () => {
    const rule = (n: number) => P({ collection: "themes", id: `t${n}`, rule: "r", message: `rule ${n}` });
    const src = P({ file: "data/sources/sources.json", collection: "sources", id: "a", path: ["sha256"], rule: "source-texts", message: "changed" });
    const read = (n: number) => P({ file: `data/f${n}.json`, message: `read ${n}` });
    const all = [rule(1), src, read(1), rule(2), read(2)];
    expect(rootCausesFirst(loaded(), all).map((p) => p.message)).toEqual(["read 1", "read 2", "changed", "rule 1", "rule 2"]);
    expect(rootCausesFirst(loaded(), all)).not.toBe(all);
    // A problem at a source's path that names no source is no root cause: it keeps its place.
    const noId = P({ file: "data/sources/sources.json", collection: "sources", id: null, path: ["path"], rule: "schema", message: "no id" });
    expect(rootCausesFirst(loaded(), [rule(1), noId]).map((p) => p.message)).toEqual(["rule 1", "no id"]);
  });
});

describe("the report", () => {
  const root = P({ file: "data/themes.json", message: "not valid JSON" });
  const child = (n: number) => ({ ...P({ collection: "statements", id: `s${n}`, path: ["themes", 0, "theme"], rule: "references-resolve", message: `unknown ${n}` }), followsFrom: root });
  const alone = P({ file: null, collection: "themes", id: null, path: [], rule: "r", message: "alone" });

  it("prints each root cause with how many problems follow from it, and the others as they are", () => {
    expect(formatProblems([root, child(1), alone])).toEqual(["data/themes.json: not valid JSON", "  1 more problem follows from it (not shown: fix this first)", "(dataset): themes[?]: alone [r]"]);
    expect(formatProblems([root, child(1), child(2)])).toEqual(["data/themes.json: not valid JSON", "  2 more problems follow from it (not shown: fix this first)"]);
    expect(formatProblems([alone])).toEqual(["(dataset): themes[?]: alone [r]"]);
  });

  it("counts the problems, and those not shown", () => {
    expect(problemCount([alone])).toBe("1 problem");
    expect(problemCount([alone, alone])).toBe("2 problems");
    expect(problemCount([root, child(1)])).toBe("2 problems (1 not shown: they follow from the root causes above)");
    expect(problemCount([root, child(1), child(2)])).toBe("3 problems (2 not shown: they follow from the root causes above)");
    expect(problemCount([])).toBe("0 problems");
  });

  it("prints a problem as file: collection[id].path: message [rule], leaving out what it has not", () => {
    expect(formatProblem(P({ file: "f.json", collection: "themes", id: "t", path: ["a", 0, "b"], rule: "r", message: "m" }))).toBe("f.json: themes[t].a.0.b: m [r]");
    expect(formatProblem(P({ file: "f.json", collection: "themes", id: "t", path: [], message: "m" }))).toBe("f.json: themes[t]: m");
    expect(formatProblem(P({ file: "f.json", path: ["speeches"], message: "m" }))).toBe("f.json: speeches: m");
    expect(formatProblem(P({ file: "f.json", message: "m" }))).toBe("f.json: m");
    expect(formatProblem(P({ file: null, message: "m", rule: "r" }))).toBe("(dataset): m [r]");
    const long = "x".repeat(200);
    const shown = `${"x".repeat(60)}… (200 characters)`;
    expect(formatProblem(P({ file: "f.json", collection: "themes", id: long, path: [long, 0], message: "m" }))).toBe(`f.json: themes[${shown}].${shown}.0: m`);
  });
});
