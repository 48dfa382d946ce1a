/**
 * Missions in a statement's words: named by acronym or full name (a mention), or a place that may point to one (a
 * review suggestion, never a mention: a place name is not a mission on its own).
 * @module
 */
import { fold } from "../../typography.js";
import { PLACE_IN_NAME } from "./patterns.js";
import type { Finding } from "./speakers.js";
import type { Range, Source } from "./text.js";
import type { MissionRef } from "./types.js";

/** A mission named in the text. */
export interface Mention {
  readonly mission: string;
  readonly range: Range;
}

/** The expressions that find a missions table's names, acronyms and places. */
export interface MissionIndex {
  readonly names: RegExp;
  readonly missionsOf: ReadonlyMap<string, readonly MissionRef[]>;
  readonly places: RegExp;
  readonly placesOf: ReadonlyMap<string, readonly MissionRef[]>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** An expression that finds any of the words, longest first, as whole words. */
function wordsPattern(words: Iterable<string>): RegExp {
  const alternation = [...words].sort((a, b) => b.length - a.length).map(escape).join("|") || "(?!)";
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation})(?![\\p{L}\\p{N}-])`, "gu");
}

/** Adds a mission under a key of a map of lists. */
function add(map: Map<string, MissionRef[]>, key: string, mission: MissionRef): void {
  const list = map.get(key) ?? [];
  if (!list.includes(mission)) list.push(mission);
  map.set(key, list);
}

/**
 * The places a mission's name ends with: "… Mission in Mali" → Mali; "… in India and Pakistan" → India, Pakistan;
 * "… Interim Security Force for Abyei" → Abyei; "… Mission for the Referendum in Western Sahara" → Western Sahara.
 */
const placesInName = (name: string): string[] => PLACE_IN_NAME.exec(name)?.[1]!.split(" and ") ?? [];

/**
 * The index of a missions table, built afresh on each call (`draftMeeting` builds one per draft and hands it to
 * `findMentions` and `findPlaces`): an index cached across calls would outlive the mutant it was built under when
 * Stryker runs every test in one process.
 */
export function missionIndex(missions: readonly MissionRef[]): MissionIndex {
  const missionsOf = new Map<string, MissionRef[]>();
  const placesOf = new Map<string, MissionRef[]>();
  for (const m of missions) {
    for (const n of [m.acronym, ...(m.name === null ? [] : [m.name]), ...(m.aliases ?? [])]) add(missionsOf, fold(n), m);
    const places = [...(m.hosts ?? []).map((h) => h.name), ...placesInName(m.name ?? "")];
    for (const place of places) add(placesOf, fold(place), m);
  }
  return { names: wordsPattern(missionsOf.keys()), missionsOf, places: wordsPattern(placesOf.keys()), placesOf };
}

/** Whether a mission may have run on a day: established by that year, and not ended before it. */
function mayRunOn(m: MissionRef, date: string | undefined): boolean {
  if (date === undefined) return true;
  const begun = (m.established?.year ?? 0) <= Number(date.slice(0, 4));
  const end = m.end?.date;
  return begun && (end === undefined || end >= date.slice(0, end.length));
}

/**
 * The missions named in a range of the text, each once, with its first words: a full name followed by its acronym in
 * brackets is one mention. A name several missions share is a finding, not a mention.
 */
export function findMentions(source: Source, index: MissionIndex, range: Range, date: string | undefined, findings: Finding[]): { mentions: Mention[]; covered: Range[] } {
  const mentions: Mention[] = [];
  const covered: Range[] = [];
  const body = source.folded.slice(range.start, range.end);
  for (const m of body.matchAll(index.names)) {
    const start = range.start + m.index;
    let end = start + m[0].length;
    // Every range in `covered` belongs to an earlier match, which starts before this one: only its end can hold this one.
    if (covered.some((c) => start < c.end)) continue;
    const found = index.missionsOf.get(m[0])!;
    const acronym = found.length === 1 ? ` (${fold(found[0]!.acronym)})` : "";
    if (acronym !== "" && source.folded.startsWith(acronym, end)) end += acronym.length;
    covered.push({ start, end });
    const running = found.filter((x) => mayRunOn(x, date));
    if (running.length !== 1) {
      findings.push({ kind: "ambiguous-name", message: `"${source.text.slice(start, end)}" may name ${found.length} missions: choose one`, range: { start, end }, suggestions: found.map((x) => x.id) });
      continue;
    }
    if (!mentions.some((x) => x.mission === running[0]!.id)) mentions.push({ mission: running[0]!.id, range: { start, end } });
  }
  return { mentions, covered };
}

/**
 * Places in a range of the text that are a mission's host or the place its name gives, outside the words already
 * read (mentions, speakers): each is a finding that suggests the missions that may have run there on the date.
 */
export function findPlaces(source: Source, index: MissionIndex, range: Range, date: string | undefined, skip: readonly Range[], findings: Finding[]): void {
  const body = source.folded.slice(range.start, range.end);
  for (const m of body.matchAll(index.places)) {
    const start = range.start + m.index;
    if (skip.some((c) => start >= c.start && start < c.end)) continue;
    const suggestions = index.placesOf.get(m[0])!.filter((x) => mayRunOn(x, date)).map((x) => x.id);
    if (suggestions.length === 0) continue;
    const place = source.text.slice(start, start + m[0].length);
    findings.push({
      kind: "possible-mission",
      message: `"${place}" is a place, not a mission: add an inferred mention if the statement speaks of ${suggestions.join(" or ")} there`,
      range: { start, end: start + m[0].length },
      suggestions,
    });
  }
}
