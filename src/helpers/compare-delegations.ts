/**
 * Where two delegations agree in what they raise.
 * @module
 */
import type { Statement } from "../types.js";
import type { AnyIds, BundledIds, IdTypes } from "./filter-statements.js";
import { checkIds, checkQueryFields, compareSets, requireArray, type SetComparison } from "./internal.js";

/**
 * What two delegations raised: themes and missions in common and apart.
 * @category Compare
 */
export interface DelegationComparison {
  /** The first delegation. */
  readonly a: string;
  /** The second delegation. */
  readonly b: string;
  /** Themes both raised, only a, only b, and their Jaccard similarity. */
  readonly themes: SetComparison<string>;
  /** Missions both mentioned, only a, only b, and their Jaccard similarity. */
  readonly missions: SetComparison<string>;
  /** Jaccard similarity over themes and missions together (null when neither raised anything). */
  readonly jaccard: number | null;
}

/**
 * Which statements count for a delegation.
 * @category Compare
 */
export interface CompareDelegationsOptions {
  /** Count statements made on a delegation's behalf as its own. Default false. */
  onBehalfOf?: boolean | undefined;
  /** Count inferred mission mentions. Default false: explicit only. */
  inferredMissions?: boolean | undefined;
}

/**
 * Compares the themes and missions two delegations raised in the given statements. Symmetric: swapping a and b swaps
 * onlyA and onlyB and leaves the rest. Throws {@link UnknownIdError} for a delegation neither in the bundled data nor
 * in the statements.
 * @category Compare
 * @example
 * ```ts
 * import { compareDelegations, filterStatements, statements } from "peacekeeping-records";
 * const c = compareDelegations(filterStatements(statements, { meeting: "2020-09-14-a4p" }), "DEU", "RUS");
 * console.log(c.themes.both); // [ 'financing-and-resources', 'human-rights', 'mandates', 'women-peace-and-security' ]
 * ```
 */
export function compareDelegations<I extends IdTypes = BundledIds>(
  statements: readonly Statement<AnyIds>[],
  a: I["delegation"],
  b: I["delegation"],
  options: CompareDelegationsOptions = {},
): DelegationComparison {
  requireArray(statements, "statements", "compareDelegations");
  checkQueryFields(options, ["onBehalfOf", "inferredMissions"], "compareDelegations options");
  checkIds("delegations", [a, b], () => new Set(statements.flatMap((s) => [s.speaker.delegation, ...s.onBehalfOf])));
  const raised = (d: string) => {
    const themes = new Set<string>();
    const missions = new Set<string>();
    for (const s of statements) {
      if (s.speaker.delegation !== d && !(options.onBehalfOf && s.onBehalfOf.includes(d))) continue;
      for (const t of s.themes) themes.add(t.theme);
      for (const m of s.missions) if (options.inferredMissions || m.mention === "explicit") missions.add(m.mission);
    }
    return { themes, missions };
  };
  const ra = raised(a);
  const rb = raised(b);
  const tagged = (r: { themes: Set<string>; missions: Set<string> }) =>
    new Set([...[...r.themes].map((t) => `theme:${t}`), ...[...r.missions].map((m) => `mission:${m}`)]);
  return {
    a,
    b,
    themes: compareSets(ra.themes, rb.themes),
    missions: compareSets(ra.missions, rb.missions),
    jaccard: compareSets(tagged(ra), tagged(rb)).jaccard,
  };
}
