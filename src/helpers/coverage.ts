/**
 * Which themes and missions the statements raise, and who raised them.
 * @module
 */
import type { AnyIds } from "../ids.js";
import type { Statement } from "../types.js";
import { requireArray } from "./internal.js";
import { compareStrings } from "./order.js";

/**
 * One theme and the statements and delegations that raised it.
 * @category Aggregate
 */
export interface ThemeCoverage {
  /** The theme id. */
  readonly theme: string;
  /** How many statements address it. */
  readonly count: number;
  /** Ids of the statements that address it, in input order. */
  readonly statements: readonly string[];
  /** The speaking delegations that raised it, in order of first appearance. */
  readonly delegations: readonly string[];
}

/**
 * For each theme the statements address: its statements and the delegations that raised it, most statements first
 * (ties by theme id).
 * @category Aggregate
 * @example
 * ```ts
 * import { filterStatements, themeCoverage, statements } from "peacekeeping-records";
 * const [top] = themeCoverage(filterStatements(statements, { meeting: "2020-09-14-a4p" }));
 * console.log(top?.theme, top?.count); // training-and-capacity-building 9
 * ```
 */
export function themeCoverage(statements: readonly Statement<AnyIds>[]): ThemeCoverage[] {
  requireArray(statements, "statements", "themeCoverage");
  const byTheme = new Map<string, { statements: string[]; delegations: Set<string> }>();
  for (const s of statements) {
    for (const theme of new Set(s.themes.map((t) => t.theme))) {
      let entry = byTheme.get(theme);
      if (!entry) byTheme.set(theme, (entry = { statements: [], delegations: new Set() }));
      entry.statements.push(s.id);
      entry.delegations.add(s.speaker.delegation);
    }
  }
  return [...byTheme]
    .map(([theme, e]) => ({ theme, count: e.statements.length, statements: e.statements, delegations: [...e.delegations] }))
    .sort((a, b) => b.count - a.count || compareStrings(a.theme, b.theme));
}

/**
 * Who mentioned something, and in which statements.
 * @category Aggregate
 */
export interface Mentions {
  /** Ids of the statements, in input order. */
  readonly statements: readonly string[];
  /** The speaking delegations, in order of first appearance. */
  readonly delegations: readonly string[];
}

/**
 * One mission and who mentioned it, explicit and inferred mentions apart.
 * @category Aggregate
 */
export interface MissionMentions {
  /** The mission id. */
  readonly mission: string;
  /** Mentions that name the mission. */
  readonly explicit: Mentions;
  /** Mentions inferred from a place or unit the statement names. */
  readonly inferred: Mentions;
}

/**
 * For each mission the statements mention: who mentioned it, explicit and inferred mentions apart; most mentioning
 * statements first (ties by mission id).
 * @category Aggregate
 * @example
 * ```ts
 * import { filterStatements, missionMentions, statements } from "peacekeeping-records";
 * const minusma = missionMentions(filterStatements(statements, { meeting: "2020-09-14-a4p" })).find((m) => m.mission === "MINUSMA");
 * console.log(minusma?.explicit.delegations, minusma?.inferred.delegations); // [ 'UN-DPO', 'EST', 'GBR' ] [ 'BEL' ]
 * ```
 */
export function missionMentions(statements: readonly Statement<AnyIds>[]): MissionMentions[] {
  requireArray(statements, "statements", "missionMentions");
  type Acc = { statements: string[]; delegations: Set<string> };
  const byMission = new Map<string, { explicit: Acc; inferred: Acc }>();
  for (const s of statements) {
    for (const m of s.missions) {
      let entry = byMission.get(m.mission);
      if (!entry) byMission.set(m.mission, (entry = { explicit: { statements: [], delegations: new Set() }, inferred: { statements: [], delegations: new Set() } }));
      const acc = entry[m.mention];
      // A statement that mentions a mission twice the same way counts once (its id was just pushed).
      if (acc.statements[acc.statements.length - 1] === s.id) continue;
      acc.statements.push(s.id);
      acc.delegations.add(s.speaker.delegation);
    }
  }
  const out = (a: Acc): Mentions => ({ statements: a.statements, delegations: [...a.delegations] });
  const totals = new Map([...byMission].map(([id, e]) => [id, new Set([...e.explicit.statements, ...e.inferred.statements]).size]));
  return [...byMission]
    .sort(([ida], [idb]) => totals.get(idb)! - totals.get(ida)! || compareStrings(ida, idb))
    .map(([mission, e]) => ({ mission, explicit: out(e.explicit), inferred: out(e.inferred) }));
}
