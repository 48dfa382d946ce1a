/**
 * measureDraft, the counts the drafting's quality tests and bench report: on the edge cases' draft, against an answer
 * key made from the draft itself (every count full), then against the same key with one thing changed (that count one
 * less).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { measureDraft, type AnswerKey } from "../../src/authoring/draft/measure.js";
import { draftMeeting, type MeetingDraft } from "../../src/authoring/index.js";
import { EDGE, edgeReference } from "./draft-cases.js";

const TEXT = readFileSync(EDGE.file, "utf8");
const drafted = () => draftMeeting(TEXT, { source: "edge-cases", meeting: "2031-02-03-edges", date: EDGE.date, reference: edgeReference() });

/** The key a person would write if the draft were right: its statements and numbers (an inferred mention added). */
const keyOf = (d: MeetingDraft) => ({
  statements: d.statements.map((s) => ({
    speaker: { delegation: s.speaker.delegation as string },
    onBehalfOf: [...s.onBehalfOf],
    paragraphs: s.paragraphs.map((p) => ({ start: p.start, end: p.end })),
    missions: [...s.missions.map((m) => ({ mission: m.mission, mention: "explicit" })), { mission: "UNXX", mention: "inferred" }],
  })),
  metrics: d.numbers.map((n) => ({ value: n.value, qualifier: n.qualifier as string, evidence: { start: n.evidence.start, end: n.evidence.end } })),
});

describe("measureDraft", () => {
  it("counts every record as agreeing with a key made from the draft, and every span as inside the text", () => {
    const d = drafted();
    const n = d.statements.length;
    const m = measureDraft(d, keyOf(d), TEXT, "edge-cases");
    expect(m).toEqual({
      statements: { expected: n, drafted: n },
      delegationInOrder: n,
      paragraphs: n,
      onBehalfOf: n,
      missions: n,
      numbers: { expected: d.numbers.length, drafted: d.numbers.length, matched: d.numbers.length },
      spans: { total: m.spans.total, outside: 0 },
    });
    const spans = d.statements.reduce((sum, s) => sum + 1 + s.paragraphs.length + s.missions.length + (s.onBehalfOfEvidence ? 1 : 0) + (s.participation ? 1 : 0), 0);
    expect(m.spans.total).toBe(spans + d.numbers.length * 2 + d.delegations.length + d.review.length);
  });

  it("counts one less for each thing the key says otherwise", () => {
    const d = drafted();
    const n = d.statements.length;
    const change = (edit: (k: ReturnType<typeof keyOf>) => void) => {
      const k = keyOf(d);
      edit(k);
      return measureDraft(d, k as AnswerKey, TEXT, "edge-cases");
    };
    expect(change((k) => void (k.statements[1]!.speaker.delegation = "DNK")).delegationInOrder).toBe(n - 1);
    expect(change((k) => void (k.statements[1]!.paragraphs[0]!.end -= 1)).paragraphs).toBe(n - 1);
    expect(change((k) => void (k.statements[1]!.paragraphs[0]!.start += 1)).paragraphs).toBe(n - 1);
    expect(change((k) => void k.statements[1]!.paragraphs.push({ start: 0, end: 1 })).paragraphs).toBe(n - 1);
    expect(change((k) => void (k.statements[1]!.onBehalfOf = ["DNK"])).onBehalfOf).toBe(n - 1);
    expect(change((k) => void (k.statements[1]!.onBehalfOf = ["KEN", "DNK"])).onBehalfOf).toBe(n - 1);
    expect(change((k) => void (k.statements[1]!.onBehalfOf = [])).onBehalfOf).toBe(n - 1);
    expect(change((k) => void k.statements[4]!.missions.push({ mission: "UNXY", mention: "explicit" })).missions).toBe(n - 1);
    expect(change((k) => void (k.statements[4]!.missions[0]!.mission = "UNXY")).missions).toBe(n - 1);
    const numbers = d.numbers.length;
    expect(change((k) => void (k.metrics[2]!.value += 1)).numbers.matched).toBe(numbers - 1);
    expect(change((k) => void (k.metrics[2]!.qualifier = "exact")).numbers.matched).toBe(numbers - 1);
    expect(change((k) => void (k.metrics[2]!.evidence.start = d.numbers[2]!.words.start + 1)).numbers.matched).toBe(numbers - 1);
    expect(change((k) => void (k.metrics[2]!.evidence.end = d.numbers[2]!.words.end - 1)).numbers.matched).toBe(numbers - 1);
    // A number matches one metric at most: the same metric twice is matched once.
    expect(change((k) => void k.metrics.push({ ...k.metrics[2]! })).numbers).toEqual({ expected: numbers + 1, drafted: numbers, matched: numbers });
    // A key with a statement more than the draft: that statement agrees with nothing.
    const longer = change((k) => void k.statements.push({ ...k.statements[0]! }));
    expect([longer.statements, longer.delegationInOrder]).toEqual([{ expected: n + 1, drafted: n }, n]);
  });

  it("counts a span outside when it cites another source, or quotes other words than its offsets hold", () => {
    const d = drafted();
    const m = measureDraft(d, keyOf(d), TEXT, "other-source");
    expect(m.spans.outside).toBe(m.spans.total);
    const shifted = measureDraft(d, keyOf(d), ` ${TEXT}`, "edge-cases");
    expect(shifted.spans.outside).toBe(shifted.spans.total);
  });
});
