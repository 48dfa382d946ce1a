/**
 * Delegations found by name in the folded text: the longest name of the table that ends, starts or stands at a place,
 * with "the" before it where the text writes one.
 * @module
 */
import { fold } from "../../typography.js";
import type { DelegationRef } from "./types.js";

/** A name of the table found in the text. */
export interface FoundName {
  /** Where the words start, "the" included. */
  readonly start: number;
  /** Where the name itself starts. */
  readonly nameStart: number;
  /** Just past the name. */
  readonly end: number;
  /** Every delegation of that name (more than one: the name is ambiguous). */
  readonly ids: readonly string[];
}

/** The delegations by name, and the expressions that find their names. */
export interface NameIndex {
  readonly byId: ReadonlyMap<string, DelegationRef>;
  /** The longest name that ends exactly at `end`. */
  before(folded: string, end: number): FoundName | undefined;
  /** The longest name that starts exactly at `start`. */
  after(folded: string, start: number): FoundName | undefined;
  /** Every name that stands in the folded text between `start` and `end`. */
  within(folded: string, start: number, end: number): FoundName[];
  /** The delegations of exactly this name (folded), or none. */
  named(name: string): readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** The longest text before a name that a name can take. */
const LOOK_BACK = 160;

/**
 * The name index of a delegations table, built afresh on each call (`draftMeeting` builds one per draft): an index
 * cached across calls would outlive the mutant it was built under when Stryker runs every test in one process.
 */
export function nameIndex(delegations: readonly DelegationRef[]): NameIndex {
  const ids = new Map<string, string[]>();
  for (const d of delegations) {
    const name = fold(d.name);
    ids.set(name, [...(ids.get(name) ?? []), d.id]);
  }
  // Longest first, so that an alternation prefers "Democratic Republic of the Congo" to "Congo".
  const alternation = [...ids.keys()].sort((a, b) => b.length - a.length).map(escape).join("|") || "(?!)";
  const name = `(?<the>[Tt]he )?(?<name>${alternation})`;
  const endsHere = new RegExp(`(?<![\\p{L}-])${name}$`, "u");
  const startsHere = new RegExp(`^${name}(?![\\p{L}-])`, "u");
  const anywhere = new RegExp(`(?<![\\p{L}-])${name}(?![\\p{L}-])`, "gu");
  const found = (m: RegExpExecArray, offset: number): FoundName => {
    const the = m.groups!.the?.length ?? 0;
    return { start: offset + m.index, nameStart: offset + m.index + the, end: offset + m.index + m[0].length, ids: ids.get(m.groups!.name!)! };
  };
  return {
    byId: new Map(delegations.map((d) => [d.id, d])),
    before(folded, end) {
      const from = Math.max(0, end - LOOK_BACK);
      const m = endsHere.exec(folded.slice(from, end));
      return m ? found(m, from) : undefined;
    },
    after(folded, start) {
      const m = startsHere.exec(folded.slice(start, start + LOOK_BACK));
      return m ? found(m, start) : undefined;
    },
    within(folded, start, end) {
      return [...folded.slice(start, end).matchAll(anywhere)].map((m) => found(m, start));
    },
    named: (name) => ids.get(fold(name)) ?? [],
  };
}
