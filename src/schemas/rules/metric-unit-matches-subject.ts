import { cut, get, type Rule } from "./rule.js";

/** A metric's unit is its subject's unit. */
export const metricUnitMatchesSubject: Rule = {
  id: "metric-unit-matches-subject",
  description: "A metric's unit is its subject's unit.",
  check({ records, idOf, report }) {
    const units = new Map<unknown, unknown>();
    for (const s of records.subjects) units.set(get(s, "id"), get(s, "unit"));
    records.metrics.forEach((m, index) => {
      const subject = get(m, "subject");
      if (typeof subject !== "string" || !units.has(subject)) return;
      const unit = get(m, "unit");
      const expected = units.get(subject);
      if (unit !== expected) report("metrics", idOf(m, index), ["unit"], `unit '${cut(unit)}' differs from its subject's unit '${cut(expected)}'`);
    });
  },
};
