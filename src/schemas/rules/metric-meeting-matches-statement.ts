import { cut, get, type Rule } from "./rule.js";

/** A metric stated in a statement belongs to that statement's meeting. */
export const metricMeetingMatchesStatement: Rule = {
  id: "metric-meeting-matches-statement",
  description: "A metric stated in a statement belongs to that statement's meeting.",
  check({ records, idOf, report }) {
    const meetingOf = new Map<unknown, unknown>();
    for (const s of records.statements) meetingOf.set(get(s, "id"), get(s, "meeting"));
    records.metrics.forEach((m, index) => {
      const statement = get(m, "statement");
      if (typeof statement !== "string" || !meetingOf.has(statement)) return;
      if (meetingOf.get(statement) !== get(m, "meeting")) {
        report("metrics", idOf(m, index), ["meeting"], `meeting differs from the meeting of statement '${cut(statement)}'`);
      }
    });
  },
};
