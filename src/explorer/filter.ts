/**
 * What the explorer's filters keep: one rule for the page (bundled into explorer.js) and for the tests, so the page and
 * its expectations cannot drift apart. Types only from the records; no zod, no DOM.
 * @module
 */
import type { AnyIds } from "../ids.js";
import type { Metric, Statement } from "../types.js";

/** The explorer's filters; an empty string or a missing field means "any". */
export interface ExplorerFilter {
  /** A delegation that speaks, or is spoken for (`onBehalfOf`), or that a figure is about (`scope.delegation`). */
  readonly delegation?: string;
  /** A theme a statement raises. */
  readonly theme?: string;
  /** A mission a statement names or a figure covers. */
  readonly mission?: string;
  /** The subject of a figure. */
  readonly subject?: string;
}

type S = Statement<AnyIds>;
type M = Metric<AnyIds>;

/** True when no filter is set. */
export function isEmptyFilter(f: ExplorerFilter): boolean {
  return !f.delegation && !f.theme && !f.mission && !f.subject;
}

/** True when the statement's speaker is the delegation or speaks for it. */
function speaksFor(s: S, delegation: string): boolean {
  return s.speaker.delegation === delegation || s.onBehalfOf.includes(delegation);
}

/**
 * Whether a statement passes every filter set: the delegation speaks or is spoken for; the theme is among its themes;
 * the mission is among its missions or the scope of one of its figures; one of its figures has the subject.
 * `itsMetrics` are the metrics the statement states.
 */
export function statementMatches(s: S, itsMetrics: readonly M[], f: ExplorerFilter): boolean {
  if (f.delegation && !speaksFor(s, f.delegation)) return false;
  if (f.theme && !s.themes.some((t) => t.theme === f.theme)) return false;
  const mission = f.mission;
  if (mission && !s.missions.some((m) => m.mission === mission) && !itsMetrics.some((m) => m.scope.missions.includes(mission))) return false;
  if (f.subject && !itsMetrics.some((m) => m.subject === f.subject)) return false;
  return true;
}

/**
 * Whether a metric passes every filter set: the subject is its own; the delegation is its scope's or speaks (or is
 * spoken for) in its statement; the theme is raised by its statement; the mission is in its scope or named by its
 * statement. `statement` is the statement that states it (undefined for the source's own voice).
 */
export function metricMatches(m: M, statement: S | undefined, f: ExplorerFilter): boolean {
  if (f.subject && m.subject !== f.subject) return false;
  if (f.delegation && m.scope.delegation !== f.delegation && !(statement !== undefined && speaksFor(statement, f.delegation))) return false;
  if (f.theme && !(statement?.themes.some((t) => t.theme === f.theme) ?? false)) return false;
  const mission = f.mission;
  if (mission && !m.scope.missions.includes(mission) && !(statement?.missions.some((x) => x.mission === mission) ?? false)) return false;
  return true;
}
