import type { CollectionName } from "../collections.js";
import { cut, get, valuesAt, type Rule } from "./rule.js";
import { SPAN_PATHS } from "./span-paths.js";

/** The collections whose records belong to one meeting: the meeting itself (its id), statements and metrics. */
const OWNED: ReadonlyArray<readonly [CollectionName, string]> = [
  ["meetings", "id"],
  ["statements", "meeting"],
  ["metrics", "meeting"],
];

/** Every span of a meeting, its statements and its metrics cites one of the sources the meeting lists. */
export const spansCiteMeetingSources: Rule = {
  id: "spans-cite-meeting-sources",
  description: "Every span of a meeting, of its statements and of its metrics cites one of the sources the meeting lists.",
  check({ records, ids, idOf, report }) {
    const sourcesOf = new Map<unknown, ReadonlySet<unknown>>();
    for (const m of records.meetings) {
      const list = get(m, "sources");
      if (Array.isArray(list)) sourcesOf.set(get(m, "id"), new Set(list));
    }
    for (const [name, key] of OWNED) {
      records[name].forEach((rec, index) => {
        const meeting = get(rec, key);
        const allowed = sourcesOf.get(meeting);
        if (allowed === undefined) return; // an unknown meeting is reported by references-resolve
        for (const pattern of SPAN_PATHS[name]) {
          valuesAt(rec, pattern, (span, path) => {
            const source = get(span, "source");
            // An unknown source is reported by spans-match-source.
            if (typeof source === "string" && ids.sources.has(source) && !allowed.has(source)) {
              report(name, idOf(rec, index), [...path, "source"], `source '${cut(source)}' is not one of meeting '${cut(meeting)}''s sources`);
            }
          });
        }
      });
    }
  },
};
