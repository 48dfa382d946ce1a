import { cut, get, insideAny, paragraphPlaces, placeOf, type Place, type Rule } from "./rule.js";

/** A metric stated in a statement stands inside one of that statement's paragraphs. */
export const metricEvidenceInStatement: Rule = {
  id: "metric-evidence-in-statement",
  description: "A metric stated in a statement has its evidence inside one of that statement's paragraphs.",
  check({ records, idOf, report }) {
    const paragraphsOf = new Map<unknown, Place[]>();
    for (const s of records.statements) paragraphsOf.set(get(s, "id"), paragraphPlaces(s));
    records.metrics.forEach((m, index) => {
      const statement = get(m, "statement");
      const paragraphs = paragraphsOf.get(statement);
      const at = placeOf(get(m, "evidence"));
      if (paragraphs === undefined || paragraphs.length === 0 || at === undefined) return;
      if (!insideAny(at, paragraphs)) {
        report("metrics", idOf(m, index), ["evidence"], `evidence ${cut(at.source)} ${at.start}..${at.end} lies outside the paragraphs of statement '${cut(statement)}'`);
      }
    });
  },
};
