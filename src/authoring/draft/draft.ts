/**
 * `draftMeeting`: the records a person would write for a meeting, proposed from its text, each field that comes from
 * the words with its Span, and what needs a person's judgement in the review.
 * @module
 */
import { councilTerms as bundledTerms, delegations as bundledDelegations, missions as bundledMissions } from "../../data.js";
import { requireCalendarDate } from "../../dates.js";
import { councilTable } from "../../helpers/council-table.js";
import { fold } from "../../typography.js";
import { findMentions, findPlaces, missionIndex, type Mention } from "./missions.js";
import { nameIndex, type NameIndex } from "./names.js";
import { findNumbers } from "./numbers.js";
import { CLAUSE_START, END_MATTER, LISTED_SPEAKERS, REPORTED_SPEECH, RULE_37, SENTENCE_ENDING, UNDER_RULE_39 } from "./patterns.js";
import { findIntro, findPresiders, type Finding, type Intro, type SpeakerContext } from "./speakers.js";
import { paragraphsOf, sentencesOf, spanOf, type Range, type Source } from "./text.js";
import type {
  DraftCapacity,
  DraftDelegation,
  DraftNumber,
  DraftOptions,
  DraftReference,
  DraftRole,
  DraftStatement,
  MeetingDraft,
  ReviewItem,
} from "./types.js";

const ID = /^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/u;

/** A value as an error message shows it: a string quoted and cut short, else its type (or null). */
function shown(value: unknown): string {
  if (typeof value === "string") return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}

/** Checks the arguments: one TypeError (a RangeError for a day that does not exist) naming the first that is wrong. */
function requireArguments(text: unknown, options: unknown): asserts options is DraftOptions {
  if (typeof text !== "string") throw new TypeError(`draftMeeting: 'text' must be a string, got ${shown(text)}`);
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`draftMeeting: 'options' must be an object with 'source' and 'meeting', got ${shown(options)}`);
  }
  const o = options as Record<string, unknown>;
  for (const key of ["source", "meeting"]) {
    if (typeof o[key] !== "string" || !ID.test(o[key])) {
      throw new TypeError(`draftMeeting: 'options.${key}' must be an id (letters and digits joined by single '-', '_' or '.'), got ${shown(o[key])}`);
    }
  }
  if (o.date !== undefined) requireCalendarDate(o.date, "options.date", "draftMeeting");
  if (o.reference === undefined) return;
  if (typeof o.reference !== "object" || o.reference === null || Array.isArray(o.reference)) {
    throw new TypeError(`draftMeeting: 'options.reference' must be an object of tables, got ${shown(o.reference)}`);
  }
  const r = o.reference as Record<string, unknown>;
  for (const key of ["delegations", "missions", "councilTerms"]) {
    if (r[key] !== undefined && !Array.isArray(r[key])) throw new TypeError(`draftMeeting: 'options.reference.${key}' must be an array, got ${shown(r[key])}`);
  }
}

/**
 * Freezes a draft and everything in it. A primitive and null count as frozen already (`Object.isFrozen` is true for
 * them), and a draft holds no function, so only its unfrozen objects and arrays are frozen and walked, each once.
 */
function deepFreeze<T>(value: T): T {
  if (!Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** What the capacities of a meeting's states are read from: the Council's seats on its date, or why they cannot be. */
interface Seats {
  /** The seats on the date, or a sentence that says why there are none to read. */
  readonly seats: ReadonlyMap<string, DraftCapacity> | string;
  /** Whether the text says States were invited under rule 37. */
  readonly rule37: boolean;
  /** The delegations the text says take part under rule 39 ("and the European Union under rule 39"). */
  readonly rule39: ReadonlySet<string>;
}

/** The delegations named in the clause before each "under rule 39" of the text. */
function underRule39(folded: string, names: NameIndex): Set<string> {
  const out = new Set<string>();
  for (const m of folded.matchAll(UNDER_RULE_39)) {
    const from = Math.max(0, m.index - 200);
    const clause = CLAUSE_START.exec(folded.slice(from, m.index));
    const start = clause === null ? from : from + clause.index + 1;
    for (const found of names.within(folded, start, m.index)) if (found.ids.length === 1) out.add(found.ids[0]!);
  }
  return out;
}

/** The seats of a meeting's date, read once. */
function seatsOn(reference: Required<DraftReference>, date: string | undefined, folded: string, names: NameIndex): Seats {
  const table = councilTable(reference.councilTerms);
  const uncovered = date === undefined ? "no meeting date was given" : table.uncovered(date);
  return {
    seats: uncovered === undefined ? table.seatsOn(date!) : date === undefined ? uncovered : `the date ${date} ${uncovered}`,
    rule37: RULE_37.test(folded),
    rule39: underRule39(folded, names),
  };
}

/** The role and capacity of a speaker: from the delegation's kind, or the council terms on the date for a state. */
function seatOf(intro: Intro, ctx: SpeakerContext, seats: Seats, findings: Finding[]): { role: DraftRole | null; capacity: DraftCapacity | null } {
  const d = intro.delegation === null ? undefined : ctx.names.byId.get(intro.delegation)!;
  if (d === undefined) return { role: null, capacity: null };
  if (d.kind === "un-entity") return { role: "briefer", capacity: "un-official" };
  if (d.kind === "civil-society") return { role: "briefer", capacity: "invited-under-rule-39" };
  if (d.kind === "observer-state") return { role: "invited", capacity: "observer-state" };
  if (d.kind !== "member-state") return { role: "invited", capacity: intro.rule39 || seats.rule39.has(d.id) ? "invited-under-rule-39" : "organization-representative" };
  if (typeof seats.seats === "string") {
    findings.push({
      kind: "capacity-unknown",
      message: `the capacity of ${d.name} is its seat on the Council on the meeting's date, and ${seats.seats}: set capacity and role by hand`,
      range: intro.evidence,
      suggestions: [],
    });
    return { role: intro.president ? "president" : null, capacity: null };
  }
  const seat = seats.seats.get(d.id);
  const role = intro.president ? "president" : seat ? "council-member" : "invited";
  return { role, capacity: seat ?? (seats.rule37 ? "invited-under-rule-37" : "non-member") };
}

/**
 * Drafts a meeting's records from its meetings-coverage text: the statements in speaking order (speaker, role,
 * capacity, the delegations spoken for, the paragraphs, the missions named), the numbers that measure something, the
 * delegations found by name, and a review of everything the text does not settle.
 *
 * Each field read from the words carries its Span (`source`, `quote`, `start`, `end`, with `quote` the exact slice
 * of the text), and no value is proposed that the text does not contain: a speaker whose name is in no table is
 * `null` with an `unknown-speaker` review item; a place that is a mission's host is a `possible-mission` suggestion,
 * never a mention; a capacity needs the date and the council terms that cover it. Themes, documents and the subjects
 * of numbers are left to a person. Pure: reads no file; the result is frozen.
 *
 * A `text` that is not a string, a `source` or `meeting` that is not an id, a `date` that is not a day written
 * `YYYY-MM-DD`, or a reference table that is not an array is one TypeError (a RangeError for a day that does not
 * exist) naming the argument.
 *
 * @param text - The source text, exactly as stored (offsets count UTF-16 code units).
 * @param options - The source and meeting ids, the meeting's date, and the tables to read (the bundled ones by default).
 * @returns The draft, frozen.
 * @category Authoring
 * @example
 * ```ts
 * import { draftMeeting } from "peacekeeping-records/authoring";
 * import { loadSourceTexts } from "peacekeeping-records/texts";
 *
 * const text = (await loadSourceTexts()).get("press-release-2020-09-14")!;
 * const draft = draftMeeting(text, { source: "press-release-2020-09-14", meeting: "2020-09-14-a4p", date: "2020-09-14" });
 * console.log(draft.statements.length, draft.statements[1]?.speaker.evidence.quote); // 13 South Africa’s representative
 * console.log(draft.statements[1]?.onBehalfOf); // [ 'NER', 'TUN', 'VCT' ]
 * const budget = draft.numbers.find((n) => n.unit === "usd");
 * console.log(budget?.value, budget?.period?.kind); // 6600000000 fiscal-year
 * console.log(draft.review.filter((r) => r.kind === "possible-mission").map((r) => r.span.quote).join(", "));
 * // Sudan, Darfur, Mali, Democratic Republic of the Congo, Sudan
 * ```
 */
export function draftMeeting(text: string, options: DraftOptions): MeetingDraft {
  requireArguments(text, options);
  const { meeting, date } = options;
  const reference: Required<DraftReference> = {
    delegations: options.reference?.delegations ?? bundledDelegations,
    missions: options.reference?.missions ?? bundledMissions,
    councilTerms: options.reference?.councilTerms ?? bundledTerms,
  };
  const source: Source = { id: options.source, text, folded: fold(text) };
  const names = nameIndex(reference.delegations);
  const missions = missionIndex(reference.missions);
  const ctx: SpeakerContext = { source, names, presiders: findPresiders(source, names) };
  const seats = seatsOn(reference, date, source.folded, names);
  const review: ReviewItem[] = [];

  // Each paragraph goes to the statement its speaker opens, or to the one before; those before the first speaker go
  // to it when they report what was said, and to no statement otherwise. A list of speakers whose words are not
  // reported ("Also speaking were …") opens no statement, goes to review, and closes the statement before it.
  const paragraphs = paragraphsOf(text).filter((p) => !END_MATTER.test(source.folded.slice(p.start, p.end)));
  const sentences = new Map(paragraphs.map((p) => [p, sentencesOf(source.folded, p)]));
  const opened: Array<{ intro: Intro; paragraphs: Range[] }> = [];
  const owner = new Map<Range, number>();
  let pending: Range[] = [];
  let closed = false;
  for (const p of paragraphs) {
    const first = sentences.get(p)![0]!;
    const words = source.folded.slice(p.start, p.end);
    if (LISTED_SPEAKERS.test(source.folded.slice(first.start, first.end))) {
      const listed = names.within(source.folded, first.start, first.end).filter((f) => f.ids.length === 1).map((f) => f.ids[0]!);
      review.push({
        kind: "listed-speakers",
        message: `"${text.slice(first.start, first.end)}" lists speakers whose words the text does not report: no statement is drafted for them; add one by hand only from a source that reports what they said`,
        span: spanOf(source, first.start, first.end),
        statement: null,
        suggestions: [...new Set(listed)],
      });
      closed = true;
      continue;
    }
    const intro = findIntro(ctx, first);
    if (intro !== undefined) {
      opened.push({ intro, paragraphs: opened.length === 0 ? [...pending, p] : [p] });
      pending = [];
      closed = false;
    } else if (opened.length > 0) {
      if (!closed) opened[opened.length - 1]!.paragraphs.push(p);
    } else if (REPORTED_SPEECH.test(words) && SENTENCE_ENDING.test(words)) pending.push(p);
  }
  opened.forEach((s, i) => s.paragraphs.forEach((q) => owner.set(q, i)));

  const toReview = (findings: readonly Finding[], statement: string | null) =>
    review.push(...findings.map((f) => ({ kind: f.kind, message: f.message, span: spanOf(source, f.range.start, f.range.end), statement, suggestions: f.suggestions })));
  const idOf = (i: number) => `${meeting}-${String(i + 1).padStart(2, "0")}`;

  const statements: DraftStatement[] = opened.map(({ intro, paragraphs: own }, i) => {
    const findings: Finding[] = [...intro.findings];
    const { role, capacity } = seatOf(intro, ctx, seats, findings);
    const mentions: Mention[] = [];
    const skip: Range[] = [intro.evidence, ...(intro.onBehalfOfEvidence ? [intro.onBehalfOfEvidence] : [])];
    for (const p of own) {
      const found = findMentions(source, missions, p, date, findings);
      mentions.push(...found.mentions.filter((m) => !mentions.some((x) => x.mission === m.mission)));
      findPlaces(source, missions, p, date, [...skip, ...found.covered], findings);
    }
    toReview(findings, idOf(i));
    const span = (r: Range) => spanOf(source, r.start, r.end);
    return {
      id: idOf(i),
      meeting,
      order: i + 1,
      speaker: { delegation: intro.delegation, name: intro.name, title: intro.title, evidence: span(intro.evidence) },
      role,
      capacity,
      participation: intro.participation && { mode: intro.participation.mode, evidence: span(intro.participation.evidence) },
      onBehalfOf: intro.onBehalfOf,
      onBehalfOfEvidence: intro.onBehalfOfEvidence && span(intro.onBehalfOfEvidence),
      paragraphs: own.map(span),
      missions: mentions.map((m) => ({ mission: m.mission, mention: "explicit" as const, inferredFrom: null, evidence: span(m.range) })),
    };
  });

  // Numbers in text order: a statement's paragraphs, and the source's own sentences (statement null).
  const numbers: DraftNumber[] = [];
  for (const p of paragraphs) {
    const i = owner.get(p);
    if (i === undefined && !SENTENCE_ENDING.test(source.folded.slice(p.start, p.end))) continue;
    const findings: Finding[] = [];
    const statement = i === undefined ? null : idOf(i);
    numbers.push(...findNumbers(source, sentences.get(p)!, statement, date, findings));
    toReview(findings, statement);
  }

  const delegations: DraftDelegation[] = [];
  for (const n of opened.flatMap((s) => s.intro.named)) {
    if (!delegations.some((d) => d.id === n.id)) delegations.push({ id: n.id, name: names.byId.get(n.id)!.name, evidence: spanOf(source, n.range.start, n.range.end) });
  }
  review.sort((a, b) => a.span.start - b.span.start);
  return deepFreeze({ statements, numbers, delegations, review });
}
