/**
 * Who speaks: the speaker a paragraph's first sentence introduces, the delegations spoken for, how the speaker took
 * part, and the person who presides (for "Speaking in her national capacity, Prime Minister Vell said").
 * @module
 */
import type { NameIndex } from "./names.js";
import {
  LIST_SEPARATOR,
  NATIONAL_CAPACITY,
  ON_BEHALF,
  PARTICIPATION,
  PERSON,
  PRESIDER,
  RULE_39,
  SPEAKER_PATTERNS,
  TITLE,
  TITLE_RULES,
  UNKNOWN_NAME,
  UNKNOWN_NAME_BEFORE,
  type SpeakerPattern,
} from "./patterns.js";
import type { Range, Source } from "./text.js";
import type { ReviewKind } from "./types.js";

/** Something to review, found before it belongs to a statement. */
export interface Finding {
  readonly kind: ReviewKind;
  readonly message: string;
  readonly range: Range;
  readonly suggestions: readonly string[];
}

/** A delegation found by name, with where. */
export interface Named {
  readonly id: string;
  readonly range: Range;
}

/** A speaker's introduction, read from a paragraph's first sentence. */
export interface Intro {
  readonly delegation: string | null;
  readonly name: string | null;
  readonly title: string | null;
  readonly evidence: Range;
  readonly president: boolean;
  readonly rule39: boolean;
  readonly onBehalfOf: readonly string[];
  readonly onBehalfOfEvidence: Range | null;
  readonly participation: { readonly mode: "videoconference" | "written"; readonly evidence: Range } | null;
  readonly findings: readonly Finding[];
  readonly named: readonly Named[];
}

/** The person presiding, as the text names them ("with Prime Minister Joanna Vell of Malta in the Chair"). */
export interface Presider {
  readonly delegation: string;
  readonly person: string | null;
}

/** What the speaker readers share. */
export interface SpeakerContext {
  readonly source: Source;
  readonly names: NameIndex;
  readonly presiders: readonly Presider[];
}

const STATE_KINDS = new Set(["member-state", "observer-state"]);
const PERSON_ONLY = new RegExp(`^${PERSON}$`, "u");
const TITLE_FIRST = new RegExp(`^${TITLE} ?`, "u");

/** A delegation's id from the ids of a name, or null with a finding when the name is ambiguous. */
function oneOf(ids: readonly string[], range: Range, quote: string, findings: Finding[]): string | null {
  if (ids.length === 1) return ids[0]!;
  findings.push({ kind: "ambiguous-name", message: `"${quote}" is the name of ${ids.length} delegations: choose one`, range, suggestions: ids });
  return null;
}

/** A finding for a speaker whose name is in no table. */
const unknownSpeaker = (range: Range, quote: string): Finding => ({
  kind: "unknown-speaker",
  message: `"${quote}" is no delegation of the table: add it to delegations, or set the speaker by hand`,
  range,
  suggestions: [],
});

/** The people the text says preside, each with their delegation. */
export function findPresiders(source: Source, names: NameIndex): Presider[] {
  const out: Presider[] = [];
  for (const m of source.folded.matchAll(PRESIDER)) {
    const [start, end] = (m.indices!.groups!.who ?? m.indices!.groups!.by)!;
    const states = names.within(source.folded, start, end).filter((f) => f.ids.length === 1 && STATE_KINDS.has(names.byId.get(f.ids[0]!)!.kind));
    if (states.length === 0) continue;
    const parts = source.folded.slice(start, end).split(", ").map((p) => p.replace(/^.*'s /u, "").replace(/ of .*$/u, "").replace(TITLE_FIRST, ""));
    out.push({ delegation: states[states.length - 1]!.ids[0]!, person: parts.find((p) => PERSON_ONLY.test(p)) ?? null });
  }
  return out;
}

/** The delegation a title names: a department's head by rule, else the last name of the table inside the title. */
function titleDelegation(ctx: SpeakerContext, title: Range): { ids: readonly string[]; at: number } | undefined {
  const text = ctx.source.folded.slice(title.start, title.end);
  for (const rule of TITLE_RULES) {
    const m = rule.pattern.exec(text);
    const ids = m ? rule.names(m).flatMap((n) => ctx.names.named(n)) : [];
    if (ids.length > 0) return { ids, at: title.end };
  }
  const inside = ctx.names.within(ctx.source.folded, title.start, title.end);
  const last = inside[inside.length - 1];
  return last && { ids: last.ids, at: last.start };
}

/** What one pattern's match says about the speaker, or undefined when it names no one. */
function readMatch(ctx: SpeakerContext, p: SpeakerPattern, m: RegExpExecArray, head: Range): Omit<Intro, "onBehalfOf" | "onBehalfOfEvidence" | "participation"> | undefined {
  const { folded, text } = ctx.source;
  const at = head.start + m.index;
  const end = at + m[0].length;
  const group = (name: string): Range | undefined => {
    const g = m.indices!.groups?.[name];
    return g && { start: head.start + g[0], end: head.start + g[1] };
  };
  const title = group("title");
  const person = group("person");
  const president = group("president");
  const bracket = group("bracket");
  const owner = group("owner");
  const findings: Finding[] = [];
  const named: Named[] = [];
  const words = (r: Range | undefined) => (r ? text.slice(r.start, r.end) : null);
  const intro = (delegation: string | null, evidence: Range, extra: { title?: string | null; rule39?: boolean } = {}) => {
    if (delegation !== null) named.push({ id: delegation, range: evidence });
    return {
      delegation,
      name: words(person),
      title: extra.title === undefined ? words(title) : extra.title,
      evidence,
      president: president !== undefined,
      rule39: extra.rule39 ?? false,
      findings,
      named,
    };
  };
  switch (p.nameAt) {
    case "before": {
      const evidenceEnd = Math.max(person?.end ?? 0, title?.end ?? end);
      const found = ctx.names.before(folded, at);
      if (found) {
        const range = { start: found.nameStart, end: at };
        return intro(oneOf(found.ids, range, text.slice(range.start, range.end), findings), { start: found.start, end: evidenceEnd });
      }
      const unknown = UNKNOWN_NAME_BEFORE.exec(folded.slice(head.start, at));
      if (unknown === null) return undefined;
      const range = { start: head.start + unknown.index, end: at };
      findings.push(unknownSpeaker(range, text.slice(range.start, range.end)));
      return intro(null, { start: range.start, end: evidenceEnd });
    }
    case "after": {
      // A name in capitals starts after the ", " its pattern begins with, and its delegation ends with a bracket.
      const start = person?.start ?? at;
      const close = (to: number) => to + (person !== undefined && folded[to] === ")" ? 1 : 0);
      const found = ctx.names.after(folded, end);
      if (found) {
        const range = { start: found.nameStart, end: found.end };
        return intro(oneOf(found.ids, range, text.slice(range.start, range.end), findings), { start, end: close(found.end) }, { rule39: RULE_39.test(folded.slice(found.end, head.end)) });
      }
      const unknown = UNKNOWN_NAME.exec(folded.slice(end, head.end));
      if (unknown === null || unknown.index !== 0) return undefined;
      const range = { start: end, end: end + unknown[0].length };
      findings.push(unknownSpeaker(range, text.slice(range.start, range.end)));
      return intro(null, { start, end: close(range.end) });
    }
    case "title": {
      const t = title!;
      // "(Ireland)" after the title names the delegation; "(UNISFA)" is the title's acronym, and the title names it.
      const evidence = {
        start: Math.min(president?.start ?? t.start, person?.start ?? t.start, t.start),
        end: Math.max(t.end, person?.end ?? 0, bracket ? bracket.end + 1 : 0),
      };
      const inBracket = bracket && ctx.names.after(folded, bracket.start);
      if (inBracket && inBracket.end === bracket!.end) {
        return intro(oneOf(inBracket.ids, bracket!, text.slice(bracket!.start, bracket!.end), findings), evidence);
      }
      const found = titleDelegation(ctx, t);
      if (found === undefined) {
        findings.push(unknownSpeaker(t, text.slice(t.start, t.end)));
        return intro(null, evidence);
      }
      const delegation = oneOf(found.ids, t, text.slice(t.start, t.end), findings);
      // "Minister for Foreign Affairs of Brazil": the country is not part of a state's minister's title.
      const isState = delegation !== null && STATE_KINDS.has(ctx.names.byId.get(delegation)!.kind);
      const cut = isState && folded.slice(t.start, found.at).endsWith(" of ") ? found.at - 4 : t.end;
      return intro(delegation, evidence, { title: text.slice(t.start, cut) });
    }
    case "person": {
      const who = words(person)!;
      const presider = ctx.presiders.find((x) => x.person !== null && (x.person === who || x.person.endsWith(` ${who}`)));
      const evidence = { start: title!.start, end: person!.end };
      if (presider === undefined) findings.push(unknownSpeaker(evidence, text.slice(evidence.start, evidence.end)));
      return intro(presider?.delegation ?? null, evidence);
    }
    case "owner": {
      // "Rui Albergaria, Portugal's Secretary of State …": from the person to the title; "Fiji, speaking for …": the name.
      const o = owner!;
      const evidence = { start: person?.start ?? o.start, end: title?.end ?? o.end };
      const found = ctx.names.after(folded, o.start);
      if (found && found.end === o.end) {
        const range = { start: found.nameStart, end: found.end };
        return intro(oneOf(found.ids, range, text.slice(range.start, range.end), findings), evidence);
      }
      findings.push(unknownSpeaker(o, text.slice(o.start, o.end)));
      return intro(null, evidence);
    }
    case "start": {
      const found = ctx.names.after(folded, head.start);
      if (found === undefined) return undefined;
      const range = { start: found.nameStart, end: found.end };
      return intro(oneOf(found.ids, range, text.slice(range.start, range.end), findings), { start: found.start, end: at + m[0].search(/,? (?:circulated|submitted) /u) });
    }
  }
}

/** The delegations of a list after "on behalf of", up to "and" and the name it brings, never into the speaker's words. */
function readList(ctx: SpeakerContext, from: number, stop: Range, limit: number, findings: Finding[], named: Named[]): { ids: string[]; end: number } {
  const { folded, text } = ctx.source;
  const ids: string[] = [];
  let pos = from;
  let end = from;
  for (let last = false; ; ) {
    if (pos >= stop.start && pos < stop.end) break;
    const found = ctx.names.after(folded, pos);
    const unknown = found ? null : UNKNOWN_NAME.exec(folded.slice(pos, limit));
    if (found) {
      const range = { start: found.nameStart, end: found.end };
      const id = oneOf(found.ids, range, text.slice(range.start, range.end), findings);
      if (id !== null) {
        ids.push(id);
        named.push({ id, range });
      }
      end = found.end;
    } else if (unknown !== null && unknown.index === 0) {
      end = pos + unknown[0].length;
      const quote = text.slice(pos, end);
      findings.push({ kind: "unknown-delegation", message: `"${quote}" is spoken for but is no delegation of the table: add it, or leave it out of onBehalfOf`, range: { start: pos, end }, suggestions: [] });
    } else break;
    const sep = LIST_SEPARATOR.exec(folded.slice(end, limit));
    if (last || sep === null) break;
    last = sep[0].includes("and");
    pos = end + sep[0].length;
  }
  return { ids, end };
}

/** The speaker a paragraph's first sentence introduces, or undefined when it introduces none. */
export function findIntro(ctx: SpeakerContext, head: Range): Intro | undefined {
  const headText = ctx.source.folded.slice(head.start, head.end);
  let best: Omit<Intro, "onBehalfOf" | "onBehalfOfEvidence" | "participation"> | undefined;
  let throughList = false;
  for (const p of SPEAKER_PATTERNS) {
    for (const m of headText.matchAll(p.pattern)) {
      const read = readMatch(ctx, p, m, head);
      if (read === undefined) continue;
      if (best === undefined || read.evidence.start < best.evidence.start) {
        best = read;
        throughList = p.throughList === true;
      }
      break;
    }
  }
  if (best === undefined) return undefined;
  const findings = [...best.findings];
  const named = [...best.named];
  let onBehalfOf: string[] = [];
  let onBehalfOfEvidence: Range | null = null;
  for (const m of headText.matchAll(ON_BEHALF)) {
    const from = head.start + m.index;
    const list = readList(ctx, from + m[0].length, best.evidence, head.end, findings, named);
    onBehalfOf = list.ids.filter((id) => id !== best.delegation);
    onBehalfOfEvidence = onBehalfOf.length > 0 ? { start: from, end: list.end } : null;
    break;
  }
  const participation =
    PARTICIPATION.flatMap(({ mode, pattern }) => {
      const m = pattern.exec(headText);
      return m ? [{ mode, evidence: { start: head.start + m.index, end: head.start + m.index + m[0].length } }] : [];
    })[0] ?? null;
  // "Fiji, speaking for Samoa, Tonga and Vanuatu": the list is part of the words that introduce the speaker.
  const evidence = throughList && onBehalfOfEvidence !== null ? { start: best.evidence.start, end: onBehalfOfEvidence.end } : best.evidence;
  return { ...best, evidence, president: best.president || NATIONAL_CAPACITY.test(headText), onBehalfOf, onBehalfOfEvidence, participation, findings, named };
}
