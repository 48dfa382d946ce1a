/**
 * Filtering statements.
 * @module
 */
import type { AnyIds, BundledIds, IdTypes } from "../ids.js";
import type { Statement } from "../types.js";
import { fold } from "../typography.js";
export type { AnyIds, BundledIds, IdTypes } from "../ids.js";
import { checkIds, checkQueryFields, many, membership, requireArray, type OneOrMany } from "./internal.js";

/**
 * What to look for in statements. Fields combine with AND; an array inside a field matches any of its values (OR).
 * @category Filter
 */
export interface StatementQuery<I extends IdTypes = BundledIds> {
  /** The meeting(s). */
  meeting?: OneOrMany<I["meeting"]> | undefined;
  /** The delegation(s) that spoke (and, with `onBehalfOf: true`, those spoken for). */
  delegation?: OneOrMany<I["delegation"]> | undefined;
  /** The speaker's role(s). */
  role?: OneOrMany<Statement["role"]> | undefined;
  /** The capacity (capacities) of the speaker's delegation. */
  capacity?: OneOrMany<Statement["capacity"]> | undefined;
  /** Theme(s) the statement addresses. */
  theme?: OneOrMany<I["theme"]> | undefined;
  /** Mission(s) the statement mentions (explicitly; with `inferredMissions: true`, inferred mentions too). */
  mission?: OneOrMany<I["mission"]> | undefined;
  /** Document(s) the statement refers to. */
  document?: OneOrMany<I["document"]> | undefined;
  /** Words in the statement's paragraphs: a string (case-insensitive substring) or a RegExp. */
  text?: OneOrMany<string | RegExp> | undefined;
}

/**
 * How a statement query reads delegations and missions.
 * @category Filter
 */
export interface StatementFilterOptions {
  /** Match `delegation` against `onBehalfOf` as well as the speaker. Default false: the speaker only. */
  onBehalfOf?: boolean | undefined;
  /** Match `mission` against inferred mentions as well as explicit ones. Default false: explicit only. */
  inferredMissions?: boolean | undefined;
}

const FIELDS = ["meeting", "delegation", "role", "capacity", "theme", "mission", "document", "text"] as const;

/** Folds the typography of the sources so that a plain query finds typeset text. */
const foldLower = (s: string) => fold(s).toLowerCase();

/**
 * The statements that match a query, in input order (a new array; the input is not touched).
 *
 * Throws a TypeError for an unknown query field, and {@link UnknownIdError} for an id that is neither in the bundled
 * data nor used by the statements given (most often a typo). Text matching folds no-break spaces, curly quotes,
 * hyphens and dashes, so `"22.6 per cent"` finds the typeset text.
 * @category Filter
 * @example
 * ```ts
 * import { filterStatements, statements } from "peacekeeping-records";
 * const forNiger = filterStatements(statements, { meeting: "2020-09-14-a4p", delegation: "NER" }, { onBehalfOf: true });
 * console.log(forNiger.map((s) => s.speaker.delegation)); // [ 'ZAF' ]
 * ```
 * @typeParam I - The id types of the query: the bundled data's ids by default; {@link AnyIds} for ids of your own.
 * @typeParam S - The statements' type, which the result keeps (bundled statements keep their typed ids).
 */
export function filterStatements<I extends IdTypes = BundledIds, S extends Statement<AnyIds> = Statement<I>>(
  statements: readonly S[],
  query: StatementQuery<I>,
  options: StatementFilterOptions = {},
): S[] {
  requireArray(statements, "statements", "filterStatements");
  checkQueryFields(query, FIELDS, "filterStatements");
  checkQueryFields(options, ["onBehalfOf", "inferredMissions"], "filterStatements options");
  const q = query as StatementQuery<AnyIds>;
  const used = (pick: (s: Statement<AnyIds>) => Iterable<string>) => () => new Set(statements.flatMap((s) => [...pick(s)]));
  if (q.meeting !== undefined) checkIds("meetings", many(q.meeting), used((s) => [s.meeting]));
  if (q.delegation !== undefined) checkIds("delegations", many(q.delegation), used((s) => [s.speaker.delegation, ...s.onBehalfOf]));
  if (q.theme !== undefined) checkIds("themes", many(q.theme), used((s) => s.themes.map((t) => t.theme)));
  if (q.mission !== undefined) checkIds("missions", many(q.mission), used((s) => s.missions.map((m) => m.mission)));
  if (q.document !== undefined) checkIds("documents", many(q.document), used((s) => s.documents.map((d) => d.document)));

  const set = <T>(v: OneOrMany<T> | undefined) => (v === undefined ? undefined : new Set<T>(many(v)));
  const meetings = set(q.meeting);
  const delegationsWanted = set(q.delegation);
  const roles = set(q.role);
  const capacities = set(q.capacity);
  const themesWanted = set(q.theme);
  const missionsWanted = set(q.mission);
  const documentsWanted = set(q.document);
  const texts = q.text === undefined ? undefined : many(q.text).map((t) => (typeof t === "string" ? foldLower(t) : t));
  // Only the fields the query gives become checks, so a field left out costs nothing per statement.
  const checks: Array<(s: Statement<AnyIds>) => boolean> = [];
  if (meetings) {
    const is = membership(meetings);
    checks.push((s) => is(s.meeting));
  }
  if (roles) {
    const is = membership(roles);
    checks.push((s) => is(s.role));
  }
  if (capacities) {
    const is = membership(capacities);
    checks.push((s) => is(s.capacity));
  }
  if (delegationsWanted) {
    const is = membership(delegationsWanted);
    checks.push(options.onBehalfOf ? (s) => is(s.speaker.delegation) || s.onBehalfOf.some(is) : (s) => is(s.speaker.delegation));
  }
  if (themesWanted) {
    checks.push((s) => {
      for (const t of s.themes) if (themesWanted.has(t.theme)) return true;
      return false;
    });
  }
  if (missionsWanted) {
    const inferred = options.inferredMissions === true;
    checks.push((s) => {
      for (const m of s.missions) if ((inferred || m.mention === "explicit") && missionsWanted.has(m.mission)) return true;
      return false;
    });
  }
  if (documentsWanted) {
    checks.push((s) => {
      for (const d of s.documents) if (documentsWanted.has(d.document)) return true;
      return false;
    });
  }
  if (texts) {
    const patterns = texts.map((t) => (typeof t === "string" ? t : new RegExp(t.source, t.flags.replace(/[gy]/g, ""))));
    checks.push((s) => {
      const body = s.paragraphs.map((p) => p.quote).join("\n\n");
      const folded = foldLower(body);
      return patterns.some((t) => (typeof t === "string" ? folded.includes(t) : t.test(body)));
    });
  }
  const out: S[] = [];
  outer: for (const s of statements) {
    for (const check of checks) if (!check(s)) continue outer;
    out.push(s);
  }
  return out;
}
