import { get, type Rule } from "./rule.js";

/** A metric stated in a statement stands inside one of that statement's paragraphs. */
export const metricEvidenceInStatement: Rule = {
  id: "metric-evidence-in-statement",
  description: "A metric stated in a statement has its evidence inside one of that statement's paragraphs.",
  check({ records, idOf, report }) {
    const paragraphsOf = new Map<unknown, unknown>();
    for (const s of records.statements) paragraphsOf.set(get(s, "id"), get(s, "paragraphs"));
    records.metrics.forEach((m, index) => {
      const paragraphs = paragraphsOf.get(get(m, "statement"));
      const evidence = get(m, "evidence");
      const [source, start, end] = [get(evidence, "source"), get(evidence, "start"), get(evidence, "end")];
      if (!Array.isArray(paragraphs) || typeof start !== "number" || typeof end !== "number") return;
      const inside = paragraphs.some((p) => get(p, "source") === source && (get(p, "start") as number) <= start && end <= (get(p, "end") as number));
      if (!inside) report("metrics", idOf(m, index), ["evidence"], `evidence ${String(source)} ${start}..${end} lies outside the paragraphs of statement '${String(get(m, "statement"))}'`);
    });
  },
};
