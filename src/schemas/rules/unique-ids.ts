import { cut, type Rule } from "./rule.js";

/** No two records of a collection share an id. */
export const uniqueIds: Rule = {
  id: "unique-ids",
  description: "No two records of a collection share an id.",
  check({ records, report }) {
    for (const [name, list] of Object.entries(records) as Array<[keyof typeof records, readonly unknown[]]>) {
      const seen = new Set<string>();
      list.forEach((rec, index) => {
        const id = (rec as { id?: unknown } | null)?.id;
        if (typeof id !== "string") return;
        if (seen.has(id)) report(name, id, ["id"], `duplicate id '${cut(id)}' in ${name} (record #${index})`);
        seen.add(id);
      });
    }
  },
};
