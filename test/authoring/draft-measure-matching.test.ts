/**
 * measureDraft's matching rules: a key's explicit missions agree in any order, a metric matches a drafted number whose
 * words lie exactly on its evidence's bounds, a drafted number matches one metric at most (the first number too), and
 * only an object with both a source and a quote counts as a span. On the edge cases' draft (synthetic text) and small
 * corrupted copies of it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { measureDraft, type AnswerKey } from "../../src/authoring/draft/measure.js";
import { draftMeeting, type MeetingDraft } from "../../src/authoring/index.js";
import { EDGE, edgeReference } from "./draft-cases.js";

const TEXT = readFileSync(EDGE.file, "utf8");
const SOURCE = "edge-cases";
const drafted = () => draftMeeting(TEXT, { source: SOURCE, meeting: "2031-02-03-edges", date: EDGE.date, reference: edgeReference() });

/** A key that agrees with the draft, with the metrics given. */
const keyOf = (d: MeetingDraft, metrics: AnswerKey["metrics"]): AnswerKey => ({
  statements: d.statements.map((s) => ({
    speaker: { delegation: s.speaker.delegation as string },
    onBehalfOf: [...s.onBehalfOf],
    paragraphs: s.paragraphs.map((p) => ({ start: p.start, end: p.end })),
    missions: s.missions.map((m) => ({ mission: m.mission, mention: "explicit" })),
  })),
  metrics,
});

/** Every Span of a draft, counted by walking the fields that hold one. */
function spanCount(d: MeetingDraft): number {
  const ofStatements = d.statements.reduce(
    (sum, s) => sum + 1 + s.paragraphs.length + s.missions.length + (s.onBehalfOfEvidence ? 1 : 0) + (s.participation ? 1 : 0),
    0,
  );
  const ofNumbers = d.numbers.reduce((sum, n) => sum + 2 + (n.target ? 1 : 0), 0);
  return ofStatements + ofNumbers + d.delegations.length + d.review.length;
}

describe("measureDraft's matching", () => {
  it("agrees on a statement's explicit missions whatever order the key lists them in", () => {
    // Synthetic test text: one speaker who names two missions.
    const text = "Ghana’s delegate said that UNXB and UNXA needed more support.";
    const missions = [
      { id: "UNXA", acronym: "UNXA", name: null },
      { id: "UNXB", acronym: "UNXB", name: null },
    ];
    const d = draftMeeting(text, { source: "synthetic", meeting: "2031-02-03-edges", date: EDGE.date, reference: { ...edgeReference(), missions } });
    expect(d.statements.map((s) => s.missions.map((m) => m.mission))).toEqual([["UNXB", "UNXA"]]);
    const key = keyOf(d, []);
    const reversed: AnswerKey = { ...key, statements: key.statements.map((s) => ({ ...s, missions: [...s.missions].reverse() })) };
    expect(measureDraft(d, reversed, text, "synthetic").missions).toBe(1);
  });

  it("matches a metric whose evidence is exactly the number's words", () => {
    const d = drafted();
    const metrics = d.numbers.map((n) => ({ value: n.value, qualifier: n.qualifier as string, evidence: { start: n.words.start, end: n.words.end } }));
    expect(measureDraft(d, keyOf(d, metrics), TEXT, SOURCE).numbers.matched).toBe(d.numbers.length);
  });

  it("matches the draft's first number to one metric only", () => {
    const d = drafted();
    const first = d.numbers[0]!;
    const metric = { value: first.value, qualifier: first.qualifier as string, evidence: { start: first.evidence.start, end: first.evidence.end } };
    const sameBefore = d.numbers.slice(1).some((n) => n.value === first.value && n.qualifier === first.qualifier && n.words.start >= first.evidence.start && n.words.end <= first.evidence.end);
    expect(sameBefore).toBe(false);
    expect(measureDraft(d, keyOf(d, [metric, metric]), TEXT, SOURCE).numbers).toEqual({ expected: 2, drafted: d.numbers.length, matched: 1 });
  });
});

describe("measureDraft's spans", () => {
  it("counts every Span of the draft, and no other object", () => {
    const d = drafted();
    expect(measureDraft(d, keyOf(d, []), TEXT, SOURCE).spans).toEqual({ total: spanCount(d), outside: 0 });
  });

  it("takes an object with a quote but no source, or a source but no quote, for no span, and looks inside it", () => {
    const d = drafted();
    const inner = { source: SOURCE, start: 0, end: 3, quote: TEXT.slice(0, 3) };
    const corrupted = { ...d, extra: [{ quote: "words" }, { source: SOURCE, inner }] } as unknown as MeetingDraft;
    expect(measureDraft(corrupted, keyOf(d, []), TEXT, SOURCE).spans).toEqual({ total: spanCount(d) + 1, outside: 0 });
  });
});
