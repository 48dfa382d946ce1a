/**
 * The drafting's quality, measured against the hand-made records of every meeting of data/ and every fixture (the
 * answer key): the speakers in order, the paragraphs, the groups spoken for, the missions named, the numbers, and
 * nothing proposed outside the text.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { measureDraft, type DraftMeasures } from "../../src/authoring/draft/measure.js";
import { draftMeeting, type MeetingDraft } from "../../src/authoring/index.js";
import { parseNumberText } from "../../src/numbers.js";
import { draftCase, draftCaseNames, type DraftCase } from "./draft-cases.js";

// The case (text and answer key) is loaded once per block; the draft and its measures are made afresh before each
// test, while the test runs: Stryker switches a mutant on only then, and counts a hook before all tests as load time.
const drafted = (c: DraftCase) => draftMeeting(c.text, { source: c.source, meeting: c.meeting, date: c.date, reference: c.reference });

describe.each(draftCaseNames())("drafting $name", ({ meeting }) => {
  let c: DraftCase;
  let draft: MeetingDraft;
  let m: DraftMeasures;
  let expected: number;
  beforeAll(() => {
    c = draftCase(meeting);
  });
  beforeEach(() => {
    draft = drafted(c);
    m = measureDraft(draft, c.key, c.text, c.source);
    expected = m.statements.expected;
  });

  it("finds every statement, each with the hand-made delegation at its place in the speaking order", () => {
    expect(m.statements.drafted).toBe(expected);
    expect(m.delegationInOrder).toBe(expected);
    expect(draft.statements.map((s) => s.order)).toEqual(c.key.statements.map((_s, i) => i + 1));
  });

  it("reads each speaker's name, title, role and capacity, and the words that name the groups spoken for, as the hand-made records do", () => {
    const fields = (s: { speaker: { name: string | null; title: string | null }; role: unknown; capacity: unknown; onBehalfOfEvidence: { quote: string } | null }) => [
      s.speaker.name,
      s.speaker.title,
      s.role,
      s.capacity,
      s.onBehalfOfEvidence?.quote ?? null,
    ];
    expect(draft.statements.map(fields)).toEqual(c.key.statements.map((k) => fields(k as never)));
  });

  it("gives the hand-made paragraph spans for every statement but one at most", () => {
    expect(m.paragraphs).toBeGreaterThanOrEqual(expected - 1);
  });

  it("finds the delegations spoken for, and the missions named, of every statement", () => {
    expect(m.onBehalfOf).toBe(expected);
    expect(m.missions).toBe(expected);
  });

  it("proposes the hand-made numbers with their value and qualifier, all but two at most", () => {
    expect(m.numbers.matched).toBeGreaterThanOrEqual(m.numbers.expected - 2);
  });

  it("proposes nothing outside the text: every span quotes the text between its offsets", () => {
    expect(m.spans.total).toBeGreaterThan(expected);
    expect(m.spans.outside).toBe(0);
  });

  it("reads each number's value from its own words, and its qualifier and period from its sentence", () => {
    for (const n of draft.numbers) {
      expect(n.words.quote).toBe(n.text);
      const parsed = parseNumberText(n.text)!;
      expect(n.value).toBe(parsed.kind === "fraction" ? parsed.value * 100 : parsed.value);
      if (n.qualifierText !== null) expect(n.evidence.quote).toContain(n.qualifierText);
      if (n.period?.text) expect(n.evidence.quote).toContain(n.period.text);
      expect(n.evidence.start <= n.words.start && n.words.end <= n.evidence.end).toBe(true);
    }
  });

  it("ties each statement's numbers, mentions and review items to words inside its paragraphs", () => {
    const inside = (id: string | null, start: number) => draft.statements.find((s) => s.id === id)?.paragraphs.some((p) => p.start <= start && start < p.end) ?? true;
    for (const n of draft.numbers) expect(inside(n.statement, n.words.start)).toBe(true);
    for (const r of draft.review) expect(inside(r.statement, r.span.start)).toBe(true);
    for (const s of draft.statements) for (const x of s.missions) expect(inside(s.id, x.evidence.start)).toBe(true);
  });

  it("makes mentions only of missions named, and of a place at most a review suggestion outside every mention", () => {
    const mentions = draft.statements.flatMap((s) => s.missions);
    expect(mentions.every((x) => x.mention === "explicit" && x.inferredFrom === null)).toBe(true);
    const names = new Set(c.reference.missions.flatMap((x) => [x.acronym, x.name, ...(x.aliases ?? [])]));
    for (const x of mentions) expect([...names].some((n) => n !== null && x.evidence.quote.replace(/\u00a0/g, " ").includes(n))).toBe(true);
    for (const r of draft.review.filter((x) => x.kind === "possible-mission")) {
      expect(r.suggestions.length).toBeGreaterThan(0);
      expect(mentions.some((x) => x.evidence.start <= r.span.start && r.span.start < x.evidence.end)).toBe(false);
    }
  });

  it("lists each delegation it resolved once, by its first words", () => {
    const ids = draft.delegations.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set(draft.statements.flatMap((s) => [s.speaker.delegation, ...s.onBehalfOf]).filter((d) => d !== null));
    expect(new Set(ids)).toEqual(used);
    for (const d of draft.delegations) expect(c.reference.delegations.find((r) => r.id === d.id)?.name).toBe(d.name);
  });
});

describe("drafting the second press office's phrasing (fixture house-style-b, its readings in test/fixtures/README.md)", () => {
  let c: DraftCase;
  let draft: MeetingDraft;
  beforeAll(() => {
    c = draftCase("2031-11-13-community-engagement");
  });
  beforeEach(() => {
    draft = drafted(c);
  });

  it("drafts no statement for speakers listed but not reported, and puts the list in review", () => {
    const listed = draft.review.filter((r) => r.kind === "listed-speakers");
    expect(listed.map((r) => [r.span.quote, r.statement, r.suggestions])).toEqual([["Also speaking were the representatives of Peru and Thailand.", null, []]]);
    expect(draft.statements.flatMap((s) => s.paragraphs).some((p) => p.end > listed[0]!.span.start)).toBe(false);
  });

  it("suggests the mission a place names for review, never as a mention", () => {
    const sierraLeone = draft.statements.find((s) => s.speaker.delegation === "SLE")!;
    expect(sierraLeone.missions).toEqual([]);
    expect(draft.review.filter((r) => r.kind === "possible-mission").map((r) => [r.span.quote, r.statement, r.suggestions])).toEqual([["Abyei", sierraLeone.id, ["UNISFA"]]]);
  });

  it("reads a speaker's words as the hand-made records quote them, brackets and lists included", () => {
    expect(draft.statements.map((s) => s.speaker.evidence.quote)).toEqual(c.key.statements.map((k) => (k as unknown as { speaker: { evidence: { quote: string } } }).speaker.evidence.quote));
  });
});
