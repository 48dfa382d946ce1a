import { get, groupBy, type Rule } from "./rule.js";

/** Every briefer of a meeting has a briefing statement at that meeting with the same delegation and name. */
export const briefersHaveStatements: Rule = {
  id: "briefers-have-statements",
  description: "Every briefer of a meeting has a briefing statement at that meeting, with the same delegation and name.",
  check({ records, idOf, report }) {
    const briefings = groupBy(
      records.statements.filter((s) => get(s, "role") === "briefer"),
      "meeting",
    );
    records.meetings.forEach((mt, index) => {
      const briefers = get(mt, "briefers");
      if (!Array.isArray(briefers)) return;
      const here = briefings.get(get(mt, "id") as string) ?? [];
      briefers.forEach((b, i) => {
        const match = here.some(([s]) => get(get(s, "speaker"), "delegation") === get(b, "delegation") && get(get(s, "speaker"), "name") === get(b, "name"));
        if (!match) report("meetings", idOf(mt, index), ["briefers", i], "no briefing statement at this meeting has this briefer as its speaker");
      });
    });
  },
};
