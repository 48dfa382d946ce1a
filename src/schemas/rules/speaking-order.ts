import { cut, get, groupBy, type Rule } from "./rule.js";

/** The statements of each meeting run 1..n in speaking order, without gaps or repeats. */
export const speakingOrder: Rule = {
  id: "speaking-order",
  description: "The statements of each meeting run 1..n in speaking order, without gaps or repeats.",
  check({ records, idOf, report }) {
    for (const [meeting, list] of groupBy(records.statements, "meeting")) {
      const orders = list
        .filter(([s]) => typeof get(s, "order") === "number")
        .map(([s, index]) => [get(s, "order") as number, idOf(s, index)] as const)
        .sort((a, b) => a[0] - b[0]);
      orders.forEach(([order, id], i) => {
        if (order !== i + 1) {
          report("statements", id, ["order"], `speaking order ${cut(order)} in meeting '${cut(meeting)}' should be ${i + 1}: orders must run 1..n without gaps or repeats`);
        }
      });
    }
  },
};
