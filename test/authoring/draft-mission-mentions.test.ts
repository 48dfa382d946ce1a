/**
 * How the drafting finds missions in a statement's words: names and acronyms (longest first, special characters taken
 * literally, a full name with its acronym in brackets as one mention), the missions that may have run on the meeting's
 * date, and places that only suggest a mission. On small synthetic missions tables and sentences (synthetic test text).
 */
import { describe, expect, it } from "vitest";
import { findMentions, findPlaces, missionIndex } from "../../src/authoring/draft/missions.js";
import type { Finding } from "../../src/authoring/draft/speakers.js";
import type { MissionRef } from "../../src/authoring/draft/types.js";
import { fold } from "../../src/typography.js";

const DATE = "2020-09-14";
const sourceOf = (text: string) => ({ id: "synthetic", text, folded: fold(text) });

/** The mentions and findings of a whole synthetic text, read with a synthetic missions table. */
function mentionsIn(missions: readonly MissionRef[], text: string, date: string | undefined = DATE) {
  const source = sourceOf(text);
  const findings: Finding[] = [];
  const found = findMentions(source, missionIndex(missions), { start: 0, end: text.length }, date, findings);
  return { ...found, findings, quote: (r: { start: number; end: number }) => text.slice(r.start, r.end) };
}

/** The findings of places in a whole synthetic text, outside the ranges to skip. */
function placesIn(missions: readonly MissionRef[], text: string, skip: readonly { start: number; end: number }[] = [], date: string | undefined = DATE) {
  const findings: Finding[] = [];
  findPlaces(sourceOf(text), missionIndex(missions), { start: 0, end: text.length }, date, skip, findings);
  return findings;
}

const MALI: MissionRef = { id: "UNMM", acronym: "UNMM", name: "United Nations Mission in Mali", hosts: [{ name: "Mali" }] };
const OTHER: MissionRef = { id: "UNXO", acronym: "UNXO", name: null };

describe("the index of a missions table", () => {
  it("holds a mission's acronym, name and aliases, and no name where the table has none", () => {
    const index = missionIndex([OTHER, { id: "UNPF", acronym: "UNPF", name: "United Nations Peace Force", aliases: ["the Peace Force"] }]);
    expect([...index.missionsOf.keys()]).toEqual(["UNXO", "UNPF", "United Nations Peace Force", "the Peace Force"]);
  });

  it("holds a mission's hosts and the place its name ends with, and no place for a name without one", () => {
    const index = missionIndex([OTHER, MALI, { id: "UNPF", acronym: "UNPF", name: "United Nations Peace Force", hosts: [{ name: "Ruritania" }] }]);
    expect([...index.placesOf.keys()]).toEqual(["Mali", "Ruritania"]);
  });

  it("takes the characters of a name literally", () => {
    const { mentions, quote } = mentionsIn([{ id: "UNDOT", acronym: "U.N.D.", name: null }], "The U.N.D. reported, not the UND or UNxD.");
    expect(mentions.map((m) => [m.mission, quote(m.range)])).toEqual([["UNDOT", "U.N.D."]]);
  });

  it("finds the longest name first, whichever mission the table lists first", () => {
    const short: MissionRef = { id: "UNM", acronym: "UNM", name: "United Nations Mission" };
    const long: MissionRef = { id: "UNMA", acronym: "UNMA", name: "United Nations Mission in Abyei" };
    for (const table of [[short, long], [long, short]]) {
      const { mentions, quote } = mentionsIn(table, "The United Nations Mission in Abyei reported.");
      expect(mentions.map((m) => [m.mission, quote(m.range)])).toEqual([["UNMA", "United Nations Mission in Abyei"]]);
    }
  });
});

describe("the missions named in a statement", () => {
  it("reads a full name and its acronym in brackets as one mention, and each mission once", () => {
    const { mentions, covered, quote } = mentionsIn([MALI, OTHER], "The United Nations Mission in Mali (UNMM) and UNXO met; UNMM spoke.");
    expect(mentions.map((m) => [m.mission, quote(m.range)])).toEqual([
      ["UNMM", "United Nations Mission in Mali (UNMM)"],
      ["UNXO", "UNXO"],
    ]);
    expect(covered.map(quote)).toEqual(["United Nations Mission in Mali (UNMM)", "UNXO", "UNMM"]);
  });

  it("reads a name right after a bracketed acronym as a mention of its own", () => {
    const { mentions, quote } = mentionsIn([MALI, OTHER], "The United Nations Mission in Mali (UNMM)UNXO met.");
    expect(mentions.map((m) => [m.mission, quote(m.range)])).toEqual([
      ["UNMM", "United Nations Mission in Mali (UNMM)"],
      ["UNXO", "UNXO"],
    ]);
  });

  it("puts a name several missions share in review, without the acronym in brackets after it", () => {
    const a: MissionRef = { id: "UNMA", acronym: "UNMA", name: "UN Mission" };
    const b: MissionRef = { id: "UNMB", acronym: "UNMB", name: "UN Mission" };
    const { mentions, findings, quote } = mentionsIn([a, b], "The UN Mission (UNMA) left.");
    expect(findings.map((f) => [f.kind, quote(f.range), f.suggestions])).toEqual([["ambiguous-name", "UN Mission", ["UNMA", "UNMB"]]]);
    expect(mentions.map((m) => m.mission)).toEqual(["UNMA"]);
  });

  it("names a mission established in the meeting's year, not one established after it", () => {
    const named = (year: number) => mentionsIn([{ ...OTHER, established: { year } }], "UNXO spoke.");
    expect(named(2020).mentions.map((m) => m.mission)).toEqual(["UNXO"]);
    expect(named(2021).mentions).toEqual([]);
    expect(named(2021).findings.map((f) => f.kind)).toEqual(["ambiguous-name"]);
  });

  it("names a mission whose mandate ended in the meeting's year, not one that ended before it", () => {
    const named = (date: string) => mentionsIn([{ ...OTHER, end: { date } }], "UNXO spoke.").mentions.map((m) => m.mission);
    expect(named("2020")).toEqual(["UNXO"]);
    expect(named("2020-09-14")).toEqual(["UNXO"]);
    expect(named("2020-09")).toEqual(["UNXO"]);
    expect(named("2019")).toEqual([]);
  });
});

describe("places that may point to a mission", () => {
  it("suggest every mission that may have run there, in the message too", () => {
    const findings = placesIn([MALI, { id: "UNPM", acronym: "UNPM", name: "Police Mission", hosts: [{ name: "Mali" }] }], "Troops in Mali stayed.");
    expect(findings.map((f) => [f.kind, f.suggestions, f.message])).toEqual([
      ["possible-mission", ["UNMM", "UNPM"], `"Mali" is a place, not a mission: add an inferred mention if the statement speaks of UNMM or UNPM there`],
    ]);
  });

  it("are not read inside the words already read, from their first character", () => {
    const text = "Mali's representative said troops in Mali stayed.";
    const findings = placesIn([MALI], text, [{ start: 0, end: "Mali's representative".length }]);
    expect(findings.map((f) => f.range.start)).toEqual([text.lastIndexOf("Mali")]);
  });

  it("are read right after the words already read", () => {
    const text = "In Mali, the mission works.";
    const findings = placesIn([MALI], text, [{ start: 0, end: "In ".length }]);
    expect(findings.map((f) => f.range.start)).toEqual(["In ".length]);
  });
});
