/**
 * What two meetings share.
 * @module
 */
import type { Dataset } from "../types.js";
import { UnknownIdError } from "./errors.js";
import type { BundledIds, IdTypes } from "./filter-statements.js";
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
}

/**
 * Compares two meetings of a dataset: speaking delegations, themes and metric subjects in common and apart.
 * Throws {@link UnknownIdError} for a meeting not in the dataset.
 * @category Compare
 * @example
 * ```ts
 * import { compareMeetings, dataset } from "peacekeeping-records";
 * const c = compareMeetings(dataset, "2020-09-14-a4p", "2020-09-14-a4p");
 * console.log(c.speakers.both.length, c.speakers.jaccard); // 13 1
 * ```
 */
export function compareMeetings<I extends IdTypes = BundledIds>(
  dataset: Pick<Dataset, "meetings" | "statements" | "metrics">,
  a: I["meeting"],
  b: I["meeting"],
): MeetingComparison {
  if (dataset === null || typeof dataset !== "object" || !Array.isArray(dataset.meetings) || !Array.isArray(dataset.statements) || !Array.isArray(dataset.metrics)) {
    throw new TypeError("compareMeetings: 'dataset' must have meetings, statements and metrics arrays");
  }
  const ids = dataset.meetings.map((m) => m.id);
  for (const id of [a, b]) if (!ids.includes(id)) throw new UnknownIdError("meetings", id, ids);
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
  return { a, b, speakers: compareSets(x.speakers, y.speakers), themes: compareSets(x.themes, y.themes), subjects: compareSets(x.subjects, y.subjects) };
}
