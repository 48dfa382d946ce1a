/**
 * What two meetings share.
 * @module
 */
import type { Dataset } from "../types.js";
import { UnknownIdError } from "./errors.js";
import type { AnyIds, BundledIds, IdTypes } from "./filter-statements.js";
import { compareSets, type SetComparison } from "./internal.js";

/**
 * Speakers, themes and metric subjects two meetings have in common and apart.
 * @category Compare
 */
export interface MeetingComparison {
  /** The first meeting. */
  readonly a: string;
  /** The second meeting. */
  readonly b: string;
  /** Speaking delegations. */
  readonly speakers: SetComparison<string>;
  /** Themes addressed. */
  readonly themes: SetComparison<string>;
  /** Subjects of the metrics stated. */
  readonly subjects: SetComparison<string>;
  /**
   * True when a source of either meeting is an excerpt: its records then hold only what the excerpt reports, so a
   * speaker, theme or subject "only in" the other meeting may have been there too.
   */
  readonly excerpt: boolean;
  /** The ids of each meeting's sources that are excerpts (`completeness: "excerpt"`), sorted; empty where none is. */
  readonly excerptSources: {
    /** The first meeting's sources that are excerpts. */
    readonly a: readonly string[];
    /** The second meeting's sources that are excerpts. */
    readonly b: readonly string[];
  };
}

/**
 * Compares two meetings of a dataset: speaking delegations, themes and metric subjects in common and apart, and
 * whether either meeting is known only from an excerpt (`excerpt`, with the sources in `excerptSources`), in which
 * case what one meeting lacks may only be missing from the excerpt.
 * Throws {@link UnknownIdError} for a meeting not in the dataset, and a TypeError for a source a meeting names that
 * the dataset does not hold.
 * @category Compare
 * @example
 * ```ts
 * import { compareMeetings, dataset } from "peacekeeping-records";
 * const c = compareMeetings(dataset, "2020-09-14-a4p", "2020-09-14-a4p");
 * console.log(c.speakers.both.length, c.speakers.jaccard, c.excerpt); // 13 1 false
 * ```
 */
export function compareMeetings<I extends IdTypes = BundledIds>(
  dataset: Pick<Dataset<AnyIds>, "sources" | "meetings" | "statements" | "metrics">,
  a: I["meeting"],
  b: I["meeting"],
): MeetingComparison {
  if (
    dataset === null ||
    typeof dataset !== "object" ||
    !Array.isArray(dataset.sources) ||
    !Array.isArray(dataset.meetings) ||
    !Array.isArray(dataset.statements) ||
    !Array.isArray(dataset.metrics)
  ) {
    throw new TypeError("compareMeetings: 'dataset' must have sources, meetings, statements and metrics arrays");
  }
  const ids = dataset.meetings.map((m) => m.id);
  for (const id of [a, b]) if (!ids.includes(id)) throw new UnknownIdError("meetings", id, ids);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const excerptsOf = (meeting: string): string[] => {
    const m = dataset.meetings.find((x) => x.id === meeting)!;
    return m.sources
      .filter((id) => {
        const source = sources.get(id);
        if (source === undefined) throw new TypeError(`compareMeetings: meeting '${meeting}' names source '${id}', which the dataset does not hold`);
        return source.completeness === "excerpt";
      })
      .sort();
  };
  const excerptSources = { a: excerptsOf(a), b: excerptsOf(b) };
  const of = (meeting: string) => {
    const speakers = new Set<string>();
    const themes = new Set<string>();
    const subjects = new Set<string>();
    for (const s of dataset.statements) {
      if (s.meeting !== meeting) continue;
      speakers.add(s.speaker.delegation);
      for (const t of s.themes) themes.add(t.theme);
    }
    for (const m of dataset.metrics) if (m.meeting === meeting) subjects.add(m.subject);
    return { speakers, themes, subjects };
  };
  const x = of(a);
  const y = of(b);
  return {
    a,
    b,
    speakers: compareSets(x.speakers, y.speakers),
    themes: compareSets(x.themes, y.themes),
    subjects: compareSets(x.subjects, y.subjects),
    excerpt: excerptSources.a.length > 0 || excerptSources.b.length > 0,
    excerptSources,
  };
}
