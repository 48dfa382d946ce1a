/**
 * How draftMeeting reads a speaker from a paragraph's first sentence, one phrasing per test: a name before "'s",
 * after "of", in a title or its brackets, by the presiding person's name, as a sentence's owner, in a written
 * statement; the delegations spoken for; how the speaker took part; and the exact words each review item quotes.
 * Every text is synthetic (invented names and numbers, set in 2031); the tables are the test's own, so each
 * expectation follows from the text and the table.
 */
import { describe, expect, it } from "vitest";
import { draftMeeting, type DraftReference, type MeetingDraft, type ReviewKind } from "../../src/authoring/index.js";
import { nameIndex } from "../../src/authoring/draft/names.js";
import { findPresiders } from "../../src/authoring/draft/speakers.js";
import { fold } from "../../src/typography.js";

const SYNTHETIC = "SYNTHETIC TEST TEXT — not a UN document; written for peacekeeping-records' tests. All names, numbers, dates and symbols in it are invented.";
const DATE = "2031-02-03";
const TERMS = ["DNK", "GHA"].map((state) => ({ seat: "elected", state, from: "2031-01-01", to: "2032-12-31" }));
const DELEGATIONS = [
  { id: "DNK", name: "Denmark", kind: "member-state" },
  { id: "GHA", name: "Ghana", kind: "member-state" },
  { id: "KEN", name: "Kenya", kind: "member-state" },
  { id: "MLT", name: "Malta", kind: "member-state" },
  { id: "FJI", name: "Fiji", kind: "member-state" },
  { id: "WSM", name: "Samoa", kind: "member-state" },
  { id: "COG", name: "Congo", kind: "member-state" },
  { id: "COD", name: "Congo", kind: "member-state" },
  { id: "EU", name: "European Union", kind: "regional-organization" },
  { id: "DPO", name: "Department of Peace Operations", kind: "un-entity" },
  { id: "OHA", name: "Office of Humanitarian Affairs", kind: "un-entity" },
];
const reference: DraftReference = { delegations: DELEGATIONS, missions: [], councilTerms: TERMS };

/** Drafts paragraphs (the synthetic line first) with the test's tables. */
const draft = (paragraphs: string[]) => draftMeeting([SYNTHETIC, ...paragraphs].join("\n\n"), { source: "synthetic", meeting: "m", date: DATE, reference });
const items = (d: MeetingDraft, kind: ReviewKind) => d.review.filter((r) => r.kind === kind).map((r) => [r.span.quote, r.message, r.suggestions]);
const speakers = (d: MeetingDraft) => d.statements.map((s) => [s.speaker.delegation, s.speaker.evidence.quote]);
const unknown = (quote: string) => [quote, `"${quote}" is no delegation of the table: add it to delegations, or set the speaker by hand`, []];
const ambiguous = (quote: string) => [quote, `"${quote}" is the name of 2 delegations: choose one`, ["COG", "COD"]];
const OPENING = "The representative of Kenya said that 30 engineers serve.";

describe("a name before \"'s representative\"", () => {
  it("leaves a name the table holds twice to a person, quoting the name", () => {
    const d = draft(["Congo's representative said that 12 patrols ran."]);
    expect(speakers(d)).toEqual([[null, "Congo's representative"]]);
    expect(items(d, "ambiguous-name")).toEqual([ambiguous("Congo")]);
  });

  it("quotes an unknown name where it stands in the sentence", () => {
    const d = draft(["Speaking next, Atlantis's representative said that 12 patrols ran."]);
    expect(speakers(d)).toEqual([[null, "Atlantis's representative"]]);
    expect(items(d, "unknown-speaker")).toEqual([unknown("Atlantis")]);
  });

  it("opens no statement for a possessive that is no name, and reads on to the next one", () => {
    const d = draft([OPENING, "The country's representative said that 12 patrols ran.", "The country's representative and Ghana's representative said that 12 patrols ran."]);
    expect(speakers(d)).toEqual([
      ["KEN", "The representative of Kenya"],
      ["GHA", "Ghana's representative"],
    ]);
    expect(d.statements[0]!.paragraphs.map((p) => p.quote)).toEqual([OPENING, "The country's representative said that 12 patrols ran."]);
  });

  it("gives an organization read this way its representative's capacity, not rule 39's", () => {
    const d = draft(["The European Union's representative said that the Union had trained 50 police officers."]);
    expect(d.statements.map((s) => [s.speaker.delegation, s.role, s.capacity])).toEqual([["EU", "invited", "organization-representative"]]);
  });
});

describe("a name after \"the representative of\" or a name in capitals", () => {
  it("ends the speaker's words with the name, and with a bracket only after a name in capitals", () => {
    const d = draft(["The representative of Ghana said that 12 patrols ran.", "(The representative of Denmark) said that 14 patrols ran.", "ZHANG JUN (Kenya) said that 16 patrols ran."]);
    expect(speakers(d)).toEqual([
      ["GHA", "The representative of Ghana"],
      ["DNK", "The representative of Denmark"],
      ["KEN", "ZHANG JUN (Kenya)"],
    ]);
  });

  it("takes no character after a name in capitals' delegation that is not its closing bracket", () => {
    const d = draft(["LINA ORTEGA (Kenya, Minister of Defence) said that 16 patrols ran."]);
    expect(speakers(d)).toEqual([["KEN", "LINA ORTEGA (Kenya"]]);
  });

  it("opens no statement when no name follows 'of' right away", () => {
    const d = draft([OPENING, "The representative of the host country said that 12 patrols ran.", "The representative of the host country, Atlantis, said that 14 patrols ran."]);
    expect(speakers(d)).toEqual([["KEN", "The representative of Kenya"]]);
    expect(d.statements[0]!.paragraphs).toHaveLength(3);
    expect(d.review.filter((r) => r.kind === "unknown-speaker")).toEqual([]);
  });

  it("quotes an unknown name after 'of' in its review item", () => {
    const d = draft(["The representative of Ruritania said that 12 patrols ran."]);
    expect(items(d, "unknown-speaker")).toEqual([unknown("Ruritania")]);
  });
});

describe("a title", () => {
  it("makes the Council's President the president, the words from 'Council President', the country not in the title", () => {
    const d = draft(["Council President Ana Lima, Minister for Foreign Affairs of Denmark, said that 12 patrols ran."]);
    expect(d.statements.map((s) => [s.speaker.delegation, s.speaker.title, s.speaker.evidence.quote, s.role, s.capacity])).toEqual([
      ["DNK", "Minister for Foreign Affairs", "Council President Ana Lima, Minister for Foreign Affairs of Denmark", "president", "elected-member"],
    ]);
  });

  it("keeps a state's name in the title when no 'of' brings it", () => {
    const d = draft(["Ana Lima, Minister for Ghana Affairs, said that 12 patrols ran."]);
    expect(d.statements.map((s) => [s.speaker.delegation, s.speaker.title])).toEqual([["GHA", "Minister for Ghana Affairs"]]);
  });

  it("reads a department or an office from an Under-Secretary-General's title", () => {
    const d = draft(["Karim Essayed, Under-Secretary-General for Peace Operations, said that 12 patrols ran.", "Lena Ortiz, Under-Secretary-General for Humanitarian Affairs, said that 14 convoys ran."]);
    expect(d.statements.map((s) => [s.speaker.delegation, s.role, s.capacity])).toEqual([
      ["DPO", "briefer", "un-official"],
      ["OHA", "briefer", "un-official"],
    ]);
    expect(d.review.filter((r) => r.kind === "unknown-speaker")).toEqual([]);
  });

  it("takes the bracket for the delegation only when a name fills it, and quotes the title when none does", () => {
    const d = draft(["Niamh Corrigan, Minister of State (Ghana Office), said that 12 patrols ran."]);
    expect(speakers(d)).toEqual([[null, "Niamh Corrigan, Minister of State (Ghana Office)"]]);
    expect(items(d, "unknown-speaker")).toEqual([unknown("Minister of State")]);
  });

  it("quotes an ambiguous name in the bracket, and an ambiguous title, and proposes no delegation", () => {
    const d = draft(["Niamh Corrigan, Minister of State (Congo), said that 12 patrols ran.", "Ana Lima, Minister for Foreign Affairs of Congo, said that 14 patrols ran."]);
    expect(d.statements.map((s) => [s.speaker.delegation, s.speaker.title])).toEqual([
      [null, "Minister of State"],
      [null, "Minister for Foreign Affairs of Congo"],
    ]);
    expect(items(d, "ambiguous-name")).toEqual([ambiguous("Congo"), ambiguous("Minister for Foreign Affairs of Congo")]);
  });
});

describe("the presiding person by name", () => {
  const CHAIR = "The meeting was held with Prime Minister Joanna Vell of Malta presiding.";

  it("knows the presiding person by their full name, and no one else by it", () => {
    const d = draft([CHAIR, "Prime Minister Joanna Vell said that 12 patrols ran.", "Foreign Minister Brenn said that 14 patrols ran."]);
    expect(speakers(d)).toEqual([
      ["MLT", "Prime Minister Joanna Vell"],
      [null, "Foreign Minister Brenn"],
    ]);
    expect(items(d, "unknown-speaker")).toEqual([unknown("Foreign Minister Brenn")]);
  });

  it("knows no one by name when the text names the presiding state without a person", () => {
    const d = draft(["The meeting was held with Malta presiding.", "Foreign Minister Brenn said that 14 patrols ran."]);
    expect(speakers(d)).toEqual([[null, "Foreign Minister Brenn"]]);
  });

  it("finds the presiding person of a state, named after the state's title", () => {
    const text = fold("The meeting was held with Malta's Prime Minister Joanna Vell presiding.");
    expect(findPresiders({ id: "s", text, folded: text }, nameIndex(DELEGATIONS))).toEqual([{ delegation: "MLT", person: "Joanna Vell" }]);
  });

  it("finds no presiding person where the text names no state that presides", () => {
    const names = nameIndex(DELEGATIONS);
    for (const words of ["with the representative of the European Union presiding.", "with the Minister of Congo presiding."]) {
      expect(findPresiders({ id: "s", text: words, folded: words }, names)).toEqual([]);
    }
  });
});

describe("a delegation that owns the sentence", () => {
  it("takes a name only when it is the whole owner", () => {
    const d = draft(["Rui Albergaria, Ghana Republic's Secretary of State for Foreign Affairs, then spoke in his national capacity."]);
    expect(speakers(d)).toEqual([[null, "Rui Albergaria, Ghana Republic's Secretary of State for Foreign Affairs"]]);
    expect(items(d, "unknown-speaker")).toEqual([unknown("Ghana Republic")]);
  });

  it("quotes an ambiguous owner's name", () => {
    const d = draft(["Congo, speaking for Ghana, said that 12 patrols ran."]);
    expect(speakers(d)).toEqual([[null, "Congo, speaking for Ghana"]]);
    expect(items(d, "ambiguous-name")).toEqual([ambiguous("Congo")]);
  });

  it("keeps the speaker's words to the name when the group spoken for is no delegation", () => {
    const d = draft(["Fiji, speaking for the Pacific Group, said that 12 patrols ran."]);
    expect(d.statements.map((s) => [s.speaker.delegation, s.speaker.evidence.quote, s.onBehalfOf, s.onBehalfOfEvidence])).toEqual([["FJI", "Fiji", [], null]]);
  });
});

describe("a written statement", () => {
  it("reads the name at the start, up to the verb, with or without a comma", () => {
    const d = draft(["Ghana circulated a written statement.", "Congo, which did not take the floor, circulated a written statement."]);
    expect(speakers(d)).toEqual([
      ["GHA", "Ghana"],
      [null, "Congo, which did not take the floor"],
    ]);
    expect(items(d, "ambiguous-name")).toEqual([ambiguous("Congo")]);
  });

  it("opens no statement when the name at the start is in no table", () => {
    const d = draft([OPENING, "Atlantis, which did not take the floor, circulated a written statement."]);
    expect(speakers(d)).toEqual([["KEN", "The representative of Kenya"]]);
    expect(d.statements[0]!.paragraphs).toHaveLength(2);
  });

  it("reads the group a written statement speaks for", () => {
    const d = draft(["Fiji, speaking for Samoa, circulated a written statement."]);
    expect(d.statements.map((s) => [s.speaker.delegation, s.speaker.evidence.quote, s.onBehalfOf, s.onBehalfOfEvidence?.quote, s.participation?.mode])).toEqual([
      ["FJI", "Fiji, speaking for Samoa", ["WSM"], "speaking for Samoa", "written"],
    ]);
  });
});

describe("the delegations spoken for", () => {
  it("stops the list where the speaker's own name begins", () => {
    const d = draft(["On behalf of Kenya, Ghana's representative said that 12 patrols ran."]);
    expect(d.statements.map((s) => [s.speaker.delegation, s.onBehalfOf, s.onBehalfOfEvidence?.quote])).toEqual([["GHA", ["KEN"], "On behalf of Kenya"]]);
  });

  it("leaves an ambiguous name of the list to a person and keeps the others", () => {
    const d = draft(["Ghana's representative, speaking on behalf of Congo and Kenya, said that 12 patrols ran."]);
    expect(d.statements.map((s) => s.onBehalfOf)).toEqual([["KEN"]]);
    expect(items(d, "ambiguous-name")).toEqual([ambiguous("Congo")]);
    expect(d.delegations.map((x) => x.id)).toEqual(["GHA", "KEN"]);
  });

  it("quotes a group the tables do not hold, and suggests nothing", () => {
    const d = draft(["Ghana's representative, speaking on behalf of Kenya and the Coastal Group, said that 12 patrols ran."]);
    expect(items(d, "unknown-delegation")).toEqual([
      ["the Coastal Group", `"the Coastal Group" is spoken for but is no delegation of the table: add it, or leave it out of onBehalfOf`, []],
    ]);
  });

  it("reads no list that does not start with a name", () => {
    const d = draft(["Ghana's representative, speaking on behalf of the host country, Atlantis and Kenya, said that 12 patrols ran."]);
    expect(d.statements.map((s) => [s.onBehalfOf, s.onBehalfOfEvidence])).toEqual([[[], null]]);
    expect(d.review.filter((r) => r.kind === "unknown-delegation")).toEqual([]);
  });

  it("ends the list after the name 'and' brings", () => {
    const d = draft(["Ghana's representative, speaking on behalf of Kenya and Denmark, Samoa, said that 12 patrols ran.", "Ghana's representative, speaking on behalf of Kenya"]);
    expect(d.statements.map((s) => [s.onBehalfOf, s.onBehalfOfEvidence?.quote])).toEqual([
      [["KEN", "DNK"], "speaking on behalf of Kenya and Denmark"],
      [["KEN"], "speaking on behalf of Kenya"],
    ]);
  });
});

describe("the speaker of a sentence with more than one introduction", () => {
  it("is the one introduced first", () => {
    const d = draft(["Ghana's representative said that the representative of Kenya had left."]);
    expect(speakers(d)).toEqual([["GHA", "Ghana's representative"]]);
  });

  it("took part as the words say, quoted where they stand", () => {
    const d = draft(["Ghana's representative, speaking by videoconference from Accra, said that 12 patrols ran."]);
    expect(d.statements.map((s) => [s.participation?.mode, s.participation?.evidence.quote])).toEqual([["videoconference", "speaking by videoconference from Accra"]]);
  });
});
