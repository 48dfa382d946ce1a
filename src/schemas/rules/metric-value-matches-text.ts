import { normalisedValue } from "../../numbers.js";
import type { Unit } from "../../types.js";
import { cut, get, statedNumbers, type Rule } from "./rule.js";

/** A metric's value (and its target's) is what its number words read as, in its unit. */
export const metricValueMatchesText: Rule = {
  id: "metric-value-matches-text",
  description: "A metric's value (and its target's) is what its number words read as, in its unit.",
  check({ records, idOf, report }) {
    records.metrics.forEach((m, index) => {
      const unit = get(m, "unit");
      if (typeof unit !== "string") return;
      for (const [n, base] of statedNumbers(m)) {
        const text = get(n, "text");
        if (typeof text !== "string") continue;
        const expected = normalisedValue(text, unit as Unit);
        const value = get(n, "value");
        if (expected === undefined) {
          report("metrics", idOf(m, index), [...base, "text"], `number text '${cut(text)}' cannot be read as a value in unit '${cut(unit)}'`);
        } else if (value !== expected) {
          report("metrics", idOf(m, index), [...base, "value"], `value ${cut(value)} differs from ${expected}, which its text '${cut(text)}' says`);
        }
      }
    });
  },
};
