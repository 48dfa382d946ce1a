/**
 * The drafting's edges, on test/fixtures/draft/edge-cases.txt (synthetic, one house style per paragraph) with a small
 * reference of its own: what goes to review (unknown speakers and delegations, ambiguous names, numbers without a
 * unit, places that may point to a mission, capacities without a date), and the errors for bad arguments.
 */
import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { draftMeeting, type DraftReference, type MeetingDraft, type ReviewKind } from "../../src/authoring/index.js";
import { councilTerms } from "../../src/index.js";
import { EDGE, edgeReference } from "./draft-cases.js";

const TEXT = readFileSync(EDGE.file, "utf8");
const DATE = EDGE.date;
const delegations = [...EDGE.delegations];
const reference: DraftReference = edgeReference();
const options = { source: "edge-cases", meeting: "2031-02-03-edges", date: DATE, reference };

// Drafted afresh before each test, while it runs: Stryker switches a mutant on only then.
let draft: MeetingDraft;
beforeEach(() => {
  draft = draftMeeting(TEXT, options);
});
const quotes = (d: MeetingDraft, kind: ReviewKind) => d.review.filter((r) => r.kind === kind).map((r) => r.span.quote);
const statement = (order: number) => draft.statements[order - 1]!;

describe("draftMeeting on every house style", () => {
  it("opens one statement per speaker, whatever the phrasing, and leaves the publisher's last line out", () => {
    expect(draft.statements.map((s) => s.speaker.evidence.quote)).toEqual([
      "the representative of Ruritania",
      "Ghana’s delegate",
      "Atlantis’s representative",
      "The speaker for the European Union",
      "Foreign Minister Brenn",
      "Special Envoy Mara Quill",
      "LINA ORTEGA (Kenya)",
      "ARNO VALK (Freedonia)",
    ]);
    expect(draft.statements.map((s) => s.speaker.delegation)).toEqual([null, "GHA", null, "EU", "DNK", null, "KEN", null]);
    expect(draft.statements.flatMap((s) => s.paragraphs).some((p) => p.quote.startsWith("For information media"))).toBe(false);
    expect(draft.statements.map((s) => s.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `2031-02-03-edges-0${n}`));
  });

  it("puts a speaker the tables do not hold in review, with the words that name them, and proposes no delegation", () => {
    expect(quotes(draft, "unknown-speaker")).toEqual(["Ruritania", "Atlantis", "Special Envoy", "Freedonia"]);
    expect([1, 3, 6, 8].map((n) => [statement(n).role, statement(n).capacity])).toEqual([[null, null], [null, null], [null, null], [null, null]]);
    expect(statement(6).speaker).toMatchObject({ name: "Mara Quill", title: "Special Envoy" });
    expect(statement(8).speaker).toMatchObject({ name: "ARNO VALK", title: null });
  });

  it("reads the delegations spoken for up to the one 'and' brings, and puts a group the tables do not hold in review", () => {
    expect(statement(2).onBehalfOf).toEqual(["KEN"]);
    expect(statement(2).onBehalfOfEvidence?.quote).toBe("speaking on behalf of Kenya and the Coastal Group");
    expect(quotes(draft, "unknown-delegation")).toEqual(["the Coastal Group"]);
    expect(draft.delegations.map((d) => [d.id, d.evidence.quote])).toEqual([
      ["GHA", "Ghana’s delegate"],
      ["KEN", "Kenya"],
      ["EU", "The speaker for the European Union"],
      ["DNK", "Foreign Minister Brenn"],
    ]);
  });

  it("knows the presiding person by name when they speak in their national capacity", () => {
    expect(statement(5)).toMatchObject({ role: "president", capacity: "elected-member", speaker: { name: "Brenn", title: "Foreign Minister" } });
  });

  it("gives a council member its seat, a state without one an invitation, and an organization without 'rule 39' its representative's capacity", () => {
    expect([statement(2).role, statement(2).capacity]).toEqual(["council-member", "elected-member"]);
    expect(statement(7)).toMatchObject({ role: "invited", capacity: "non-member", speaker: { name: "LINA ORTEGA", title: null } });
    expect([statement(4).role, statement(4).capacity]).toEqual(["invited", "organization-representative"]);
  });

  it("makes a mission mention only of a mission named, and of a place only a review suggestion", () => {
    expect(draft.statements.map((s) => s.missions.map((m) => m.mission))).toEqual([[], [], [], [], ["UNMISS"], [], [], []]);
    const place = draft.review.filter((r) => r.kind === "possible-mission");
    expect(place.map((r) => [r.span.quote, r.statement, r.suggestions])).toEqual([["South Sudan", "2031-02-03-edges-02", ["UNMISS"]]]);
  });

  it("proposes each number with its qualifier, unit and period, and one with no clear unit for review", () => {
    expect(draft.numbers.map((n) => [n.text, n.value, n.unit, n.qualifier, n.qualifierText, n.period?.kind ?? null, n.statement?.slice(-2)])).toEqual([
      ["12", 12, null, "exact", null, null, "02"],
      ["half", 50, "percent", "more-than", "more than", null, "03"],
      ["400", 400, "count", "approximately", "about", "year", "04"],
      ["$12 million", 12_000_000, "usd", "exact", null, null, "05"],
      ["30", 30, "count", "exact", null, null, "08"],
    ]);
    expect(quotes(draft, "number-without-unit")).toEqual(["12"]);
  });

  it("orders the review by where its words stand", () => {
    const starts = draft.review.map((r) => r.span.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe("draftMeeting's review of what the reference does not settle", () => {
  it("leaves a name two delegations share to a person, suggesting both", () => {
    const twice = draftMeeting(TEXT, { ...options, reference: { ...reference, delegations: [...delegations, { id: "GH2", name: "Ghana", kind: "member-state" }] } });
    expect(twice.statements[1]!.speaker.delegation).toBeNull();
    expect(twice.review.filter((r) => r.kind === "ambiguous-name").map((r) => [r.span.quote, r.suggestions])).toEqual([["Ghana", ["GHA", "GH2"]]]);
  });

  it("without a date, proposes no capacity for a state and says why, but keeps what needs no date", () => {
    const { date: _date, ...rest } = options;
    const undated = draftMeeting(TEXT, rest);
    expect(undated.statements.map((s) => s.capacity)).toEqual([null, null, null, "organization-representative", null, null, null, null]);
    expect(undated.statements.map((s) => s.role)).toEqual([null, null, null, "invited", "president", null, null, null]);
    const items = undated.review.filter((r) => r.kind === "capacity-unknown");
    expect(items.map((r) => r.span.quote)).toEqual(["Ghana’s delegate", "Foreign Minister Brenn", "LINA ORTEGA (Kenya)"]);
    expect(items[0]!.message).toMatch(/no meeting date was given/);
    // A period that runs to the meeting needs its date; a year named does not.
    expect(undated.numbers.map((n) => n.period?.kind ?? null)).toEqual([null, null, "year", null, null]);
  });

  it("with council terms that do not cover the date, proposes no capacity and names the year", () => {
    const uncovered = draftMeeting(TEXT, { ...options, reference: { ...reference, councilTerms } });
    const items = uncovered.review.filter((r) => r.kind === "capacity-unknown");
    expect(items.map((r) => r.statement)).toEqual(["2031-02-03-edges-02", "2031-02-03-edges-05", "2031-02-03-edges-07"]);
    expect(items[0]!.message).toMatch(/the date 2031-02-03 is in 2031, a year the membership table does not cover/);
  });

  it("reads the bundled tables when no reference is given", () => {
    const bundled = draftMeeting(TEXT, { source: "edge-cases", meeting: "m", date: DATE });
    // Denmark and Ghana are not in the bundled delegations; the European Union is not either.
    expect(bundled.statements.map((s) => s.speaker.delegation)).toEqual([null, null, null, null, null, null, null, null]);
    expect(quotes(bundled, "unknown-speaker")).toContain("Ghana");
  });
});

describe("draftMeeting's results and arguments", () => {
  it("returns a frozen draft, the same for the same input", () => {
    expect(Object.isFrozen(draft)).toBe(true);
    expect(Object.isFrozen(draft.statements[1]!.paragraphs[0])).toBe(true);
    expect(Object.isFrozen(draft.review)).toBe(true);
    expect(draftMeeting(TEXT, options)).toEqual(draft);
  });

  it("drafts nothing from an empty text", () => {
    expect(draftMeeting("", options)).toEqual({ statements: [], numbers: [], delegations: [], review: [] });
  });

  it.each([
    ["a text that is not a string", () => draftMeeting(42 as never, options), TypeError, "draftMeeting: 'text' must be a string, got number"],
    ["no options", () => draftMeeting(TEXT, null as never), TypeError, "draftMeeting: 'options' must be an object with 'source' and 'meeting', got null"],
    ["options as an array", () => draftMeeting(TEXT, [] as never), TypeError, "'options' must be an object with 'source' and 'meeting', got an array"],
    ["an empty source", () => draftMeeting(TEXT, { ...options, source: "" }), TypeError, "draftMeeting: 'options.source' must be an id (letters and digits joined by single '-', '_' or '.'), got ''"],
    ["a meeting id with a space", () => draftMeeting(TEXT, { ...options, meeting: "a b" }), TypeError, "'options.meeting' must be an id"],
    ["a meeting id that is no string", () => draftMeeting(TEXT, { ...options, meeting: 7 as never }), TypeError, "'options.meeting' must be an id (letters and digits joined by single '-', '_' or '.'), got number"],
    ["a malformed date", () => draftMeeting(TEXT, { ...options, date: "3 February 2031" }), TypeError, "draftMeeting: 'options.date' must be a date written YYYY-MM-DD, got '3 February 2031'"],
    ["a day that does not exist", () => draftMeeting(TEXT, { ...options, date: "2031-02-30" }), RangeError, "draftMeeting: 'options.date' 2031-02-30 is not a day of the calendar"],
    ["a reference that is no object", () => draftMeeting(TEXT, { ...options, reference: "bundled" as never }), TypeError, "draftMeeting: 'options.reference' must be an object of tables, got 'bundled'"],
    ["a reference as an array", () => draftMeeting(TEXT, { ...options, reference: [] as never }), TypeError, "'options.reference' must be an object of tables, got an array"],
    ["a table that is no array", () => draftMeeting(TEXT, { ...options, reference: { missions: {} as never } }), TypeError, "draftMeeting: 'options.reference.missions' must be an array, got object"],
    ["council terms that are no array", () => draftMeeting(TEXT, { ...options, reference: { councilTerms: null as never } }), TypeError, "'options.reference.councilTerms' must be an array, got null"],
  ])("refuses %s with one error naming the argument", (_what, call, type, message) => {
    expect(call).toThrow(type);
    expect(call).toThrow(message);
  });
});
