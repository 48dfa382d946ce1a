/**
 * draftMeeting on short texts, each written for one reading: who takes part under rule 39, the tables' edge cases
 * (empty tables, a name two missions share, a mission without a name or hosts), the periods a number's words give, the
 * speakers' phrasings, and the arguments' errors. Every text is synthetic (invented names and numbers, set in 2031);
 * the tables are small ones of the test's own, so each expectation follows from the text and the table.
 */
import { describe, expect, it } from "vitest";
import { draftMeeting, type DraftReference, type MissionRef, type ReviewKind } from "../../src/authoring/index.js";

const SYNTHETIC = "SYNTHETIC TEST TEXT — not a UN document; written for peacekeeping-records' tests. All names, numbers, dates and symbols in it are invented.";
const DATE = "2031-02-03";
const TERMS = ["DNK", "GHA"].map((state) => ({ seat: "elected", state, from: "2031-01-01", to: "2032-12-31" }));
const DELEGATIONS = [
  { id: "DNK", name: "Denmark", kind: "member-state" },
  { id: "GHA", name: "Ghana", kind: "member-state" },
  { id: "KEN", name: "Kenya", kind: "member-state" },
  { id: "AU", name: "African Union", kind: "regional-organization" },
  { id: "EU", name: "European Union", kind: "regional-organization" },
  { id: "Q", name: "Q", kind: "regional-organization" },
];
const MISSIONS: MissionRef[] = [
  { id: "UNXA", acronym: "UNXA", name: "United Nations Example Mission in Atlantis", hosts: [{ name: "Atlantis" }], established: { year: 2029 } },
];
const reference = (more: Partial<DraftReference> = {}): DraftReference => ({ delegations: DELEGATIONS, missions: MISSIONS, councilTerms: TERMS, ...more });

/** Drafts paragraphs (the synthetic line first) with the test's tables. */
const draft = (paragraphs: string[], more: Partial<DraftReference> = {}, date: string | null = DATE) =>
  draftMeeting([SYNTHETIC, ...paragraphs].join("\n\n"), { source: "synthetic", meeting: "m", ...(date === null ? {} : { date }), reference: reference(more) });
const items = (d: ReturnType<typeof draft>, kind: ReviewKind) => d.review.filter((r) => r.kind === kind).map((r) => [r.span.quote, r.message, r.suggestions]);

describe("draftMeeting reads who takes part under rule 39 from the clause before the words", () => {
  it("names only the organizations of that clause, not those before its comma", () => {
    const d = draft([
      "The Council invited the African Union, and the European Union under rule 39, to take part in the meeting.",
      "The representative of the African Union said that the Union had trained 40 police officers.",
      "The representative of the European Union said that the Union had trained 50 police officers.",
    ]);
    expect(d.statements.map((s) => [s.speaker.delegation, s.capacity])).toEqual([
      ["AU", "organization-representative"],
      ["EU", "invited-under-rule-39"],
    ]);
  });

  it("reads the clause from its first word, even a name of one letter right before the comma", () => {
    const d = draft([
      "Observers came from Q, the European Union under rule 39, and others.",
      "The representative of Q said that the observers had counted 12 patrols.",
      "The representative of the European Union said that the Union had trained 50 police officers.",
    ]);
    expect(d.statements.map((s) => s.capacity)).toEqual(["organization-representative", "invited-under-rule-39"]);
  });

  it("reads a clause that runs from the start of the text (no punctuation before it)", () => {
    const text = [
      "The European Union took part under rule 39 in the meeting of the Council on the protection of peacekeepers and on the safety of the women and men who serve in the missions",
      "The representative of the European Union said that the Union had trained 50 police officers.",
      "The representative of the African Union said that the Union had trained 40 police officers.",
      SYNTHETIC,
    ].join("\n\n");
    const d = draftMeeting(text, { source: "synthetic", meeting: "m", date: DATE, reference: reference() });
    expect(d.statements.map((s) => [s.speaker.delegation, s.capacity])).toEqual([
      ["EU", "invited-under-rule-39"],
      ["AU", "organization-representative"],
    ]);
  });
});

describe("draftMeeting with the tables it is given", () => {
  it("drafts from empty tables: no delegation, no mission, every speaker to review", () => {
    const d = draft(
      ["The representative of Kenya said that 30 engineers serve in Atlantis with UNXA.", "Also speaking were the representatives of Peru and Chile."],
      { delegations: [], missions: [], councilTerms: [] },
    );
    expect(d.statements.map((s) => [s.speaker.delegation, s.missions])).toEqual([[null, []]]);
    expect(d.review.map((r) => [r.kind, r.span.quote, r.suggestions])).toEqual([
      ["unknown-speaker", "Kenya", []],
      ["listed-speakers", "Also speaking were the representatives of Peru and Chile.", []],
    ]);
    expect(d.numbers.map((n) => [n.text, n.unit])).toEqual([["30", "count"]]);
  });

  it("leaves a name two running missions share to a person, suggesting both", () => {
    const twins: MissionRef[] = [
      { id: "UNXB", acronym: "UNXB", name: null, aliases: ["the Blue Force"] },
      { id: "UNXC", acronym: "UNXC", name: null, aliases: ["the Blue Force"] },
    ];
    const d = draft(["The representative of Kenya said that the Blue Force had 30 engineers."], { missions: twins });
    expect(d.statements[0]!.missions).toEqual([]);
    expect(items(d, "ambiguous-name")).toEqual([["the Blue Force", `"the Blue Force" may name 2 missions: choose one`, ["UNXB", "UNXC"]]]);
  });

  it("finds a mission with no name, no aliases and no hosts by its acronym, and one named in full with its acronym as one mention", () => {
    const bare: MissionRef[] = [...MISSIONS, { id: "UNXD", acronym: "UNXD", name: null }];
    const d = draft(["The representative of Kenya said that UNXD and the United Nations Example Mission in Atlantis (UNXA) had 30 engineers."], { missions: bare });
    expect(d.statements[0]!.missions.map((m) => [m.mission, m.evidence.quote])).toEqual([
      ["UNXD", "UNXD"],
      ["UNXA", "United Nations Example Mission in Atlantis (UNXA)"],
    ]);
    expect(d.review.filter((r) => r.kind === "possible-mission")).toEqual([]);
  });

  it("suggests the mission of the place its name ends with, and drafts a mention without a date", () => {
    const d = draft(["The representative of Kenya said that UNXA had 30 engineers, and that Atlantis needed more."], {}, null);
    expect(d.statements[0]!.missions.map((m) => m.mission)).toEqual(["UNXA"]);
    expect(items(d, "possible-mission")).toEqual([["Atlantis", `"Atlantis" is a place, not a mission: add an inferred mention if the statement speaks of UNXA there`, ["UNXA"]]]);
  });

  it("gives the reason a state has no capacity, exactly, and suggests nothing", () => {
    const d = draft(["The representative of Kenya said that 30 engineers serve."], {}, null);
    expect(items(d, "capacity-unknown")).toEqual([
      ["The representative of Kenya", "the capacity of Kenya is its seat on the Council on the meeting's date, and no meeting date was given: set capacity and role by hand", []],
    ]);
  });

  it("leaves a delegation's name the table holds twice to a person, with the exact words", () => {
    const d = draft(["The representative of Kenya said that 30 engineers serve."], { delegations: [...DELEGATIONS, { id: "KE2", name: "Kenya", kind: "member-state" }] });
    expect(items(d, "ambiguous-name")).toEqual([["Kenya", `"Kenya" is the name of 2 delegations: choose one`, ["KEN", "KE2"]]]);
  });

  it("suggests for listed speakers only the delegations their names settle", () => {
    const d = draft([
      "The representative of Ghana said that 30 engineers serve.",
      "Also speaking were the representatives of Kenya and Denmark.",
    ], { delegations: [...DELEGATIONS, { id: "KE2", name: "Kenya", kind: "member-state" }] });
    expect(d.review.filter((r) => r.kind === "listed-speakers").map((r) => r.suggestions)).toEqual([["DNK"]]);
  });
});

describe("draftMeeting reads a number's period from the words near it", () => {
  const periods = (sentence: string, date: string | null = DATE) =>
    draft([`The representative of Ghana said that ${sentence}`], {}, date).numbers.map((n) => [n.text, n.period]);

  it("a month and year", () => {
    expect(periods("30 patrols were made in March 2031.")).toEqual([["30", { kind: "month", year: 2031, month: 3, text: "in March 2031" }]]);
  });

  it("a year so far, through the meeting's date in its year, else through the year's end", () => {
    expect(periods("so far in 2031, 30 patrols were made.")).toEqual([["30", { kind: "year", year: 2031, partial: true, through: DATE, text: "so far in 2031" }]]);
    expect(periods("so far in 2030, 30 patrols were made.")).toEqual([["30", { kind: "year", year: 2030, partial: true, through: "2030-12-31", text: "so far in 2030" }]]);
  });

  it("without a date, a year named only when nothing makes it run to the meeting", () => {
    expect(periods("30 patrols were made in 2030.", null)).toEqual([["30", { kind: "year", year: 2030, partial: false, through: null, text: "in 2030" }]]);
    expect(periods("30 patrols were made so far in 2030.", null)).toEqual([["30", null]]);
  });
});

describe("draftMeeting's speakers, by phrasing", () => {
  it("a title and a surname not of the presiding person: an unknown speaker, quoted as the text writes it", () => {
    const d = draft(["Speaking next, Foreign Minister O’Hara said that 30 engineers serve."]);
    expect(items(d, "unknown-speaker")).toEqual([
      ["Foreign Minister O’Hara", `"Foreign Minister O’Hara" is no delegation of the table: add it to delegations, or set the speaker by hand`, []],
    ]);
  });

  it("a name that opens the sentence and speaks for others, unknown to the table, quoted as the text writes it", () => {
    const d = draft(["O’Neverland, speaking for Ghana and Kenya, said that 30 engineers serve."]);
    expect(d.statements.map((s) => [s.speaker.delegation, s.onBehalfOf])).toEqual([[null, ["GHA", "KEN"]]]);
    expect(items(d, "unknown-speaker").map(([quote, message]) => [quote, message])).toEqual([
      ["O’Neverland", `"O’Neverland" is no delegation of the table: add it to delegations, or set the speaker by hand`],
    ]);
  });

  it("the phrasing that starts first in the sentence, whichever pattern finds it", () => {
    const d = draft(["The representative of Kenya, quoting the Ghana’s delegate, said that 30 engineers serve."]);
    expect(d.statements.map((s) => [s.speaker.delegation, s.speaker.evidence.quote])).toEqual([["KEN", "The representative of Kenya"]]);
  });
});

describe("draftMeeting's lists of delegations spoken for, and its paragraphs and sentences", () => {
  it("ends a list after the name 'and' brings, and leaves the speaker's own delegation out of it", () => {
    const d = draft([
      "The representative of the European Union, speaking on behalf of Kenya and Denmark, Ghana’s partners, said that 30 engineers serve.",
      "Ghana, speaking for Ghana, Kenya and Denmark, said that 40 engineers serve.",
    ]);
    expect(d.statements.map((s) => [s.speaker.delegation, s.onBehalfOf, s.onBehalfOfEvidence?.quote])).toEqual([
      ["EU", ["KEN", "DNK"], "speaking on behalf of Kenya and Denmark"],
      ["GHA", ["KEN", "DNK"], "speaking for Ghana, Kenya and Denmark"],
    ]);
  });

  it("gives no evidence for a list that names no delegation of the table", () => {
    const d = draft(["Kenya’s delegate, speaking on behalf of the Coastal Group, said that 30 engineers serve."]);
    expect(d.statements.map((s) => [s.onBehalfOf, s.onBehalfOfEvidence])).toEqual([[[], null]]);
  });

  it("cuts a paragraph before its trailing spaces, and a sentence after the spaces that precede it", () => {
    const text = [SYNTHETIC, "The representative of Kenya said that the force grew.  \t Some 30 engineers serve.   ", "Ghana’s delegate agreed."].join("\n\n");
    const d = draftMeeting(text, { source: "synthetic", meeting: "m", date: DATE, reference: reference() });
    expect(d.statements.map((s) => s.paragraphs.map((p) => p.quote))).toEqual([
      ["The representative of Kenya said that the force grew.  \t Some 30 engineers serve."],
      ["Ghana’s delegate agreed."],
    ]);
    expect(d.numbers.map((n) => n.evidence.quote)).toEqual(["Some 30 engineers serve."]);
  });
});

describe("draftMeeting's errors show a long value cut at 40 characters", () => {
  it.each([
    ["x".repeat(39) + " ", `'${"x".repeat(39)} '`],
    ["x".repeat(40) + " ", `'${"x".repeat(40)}…'`],
  ])("%j", (source, shown) => {
    expect(() => draftMeeting("", { source, meeting: "m" })).toThrow(`draftMeeting: 'options.source' must be an id (letters and digits joined by single '-', '_' or '.'), got ${shown}`);
  });

  it("and name a delegations table that is no array", () => {
    expect(() => draftMeeting("", { source: "s", meeting: "m", reference: { delegations: "DNK" as never } })).toThrow("draftMeeting: 'options.reference.delegations' must be an array, got 'DNK'");
  });
});
