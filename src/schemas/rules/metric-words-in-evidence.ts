import { cut, get, statedNumbers, type Rule } from "./rule.js";

/** A metric's number words, qualifier words and period words stand in its evidence quote (a target's in its own). */
export const metricWordsInEvidence: Rule = {
  id: "metric-words-in-evidence",
  description: "A metric's number words, qualifier words and period words stand in its evidence quote (a target's in its own).",
  check({ records, idOf, report }) {
    records.metrics.forEach((m, index) => {
      const id = idOf(m, index);
      for (const [n, base] of statedNumbers(m)) {
        const quote = get(get(n, "evidence"), "quote");
        if (typeof quote !== "string") continue;
        const text = get(n, "text");
        if (typeof text === "string" && !quote.includes(text)) report("metrics", id, [...base, "text"], `number text '${cut(text)}' does not occur in its evidence quote`);
        const qualifierText = get(n, "qualifierText");
        if (typeof qualifierText === "string" && !quote.includes(qualifierText)) {
          report("metrics", id, [...base, "qualifierText"], `qualifier text '${cut(qualifierText)}' does not occur in its evidence quote`);
        }
      }
      const periodText = get(get(m, "period"), "text");
      const quote = get(get(m, "evidence"), "quote");
      if (typeof periodText === "string" && typeof quote === "string" && !quote.includes(periodText)) {
        report("metrics", id, ["period", "text"], `period text '${cut(periodText)}' does not occur in its evidence quote`);
      }
    });
  },
};
