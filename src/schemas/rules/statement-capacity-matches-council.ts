import { isCalendarDate } from "../../dates.js";
import { councilTable, type CouncilCapacity, type CouncilTermLike } from "../../helpers/council-table.js";
import { SEATS } from "../council-term.js";
import { get, type Rule } from "./rule.js";

/** The delegation kinds that are states, whose seat on the Council the terms record. */
const STATE_KINDS: ReadonlySet<unknown> = new Set(["member-state", "observer-state"]);

/** The capacities a state without a seat may speak in. */
const WITHOUT_A_SEAT = ["non-member", "invited-under-rule-37", "invited-under-rule-39", "observer-state"];

/** The council terms whose fields the membership can be read from (the schema reports the others). */
function usableTerms(records: readonly unknown[]): CouncilTermLike[] {
  return records.filter((t): t is CouncilTermLike => {
    const to = get(t, "to");
    return (
      (SEATS as readonly unknown[]).includes(get(t, "seat")) &&
      typeof get(t, "state") === "string" &&
      typeof get(t, "from") === "string" &&
      isCalendarDate(get(t, "from") as string) &&
      (to === null || (typeof to === "string" && isCalendarDate(to)))
    );
  });
}

/**
 * Every statement by a state has the capacity the dataset's own council terms give that state on the meeting's date:
 * a permanent or elected member where it held a seat; otherwise not a member, invited or an observer. A meeting with
 * statements by states on a date the terms do not cover is a problem itself: the capacities cannot be checked there.
 */
export const statementCapacityMatchesCouncil: Rule = {
  id: "statement-capacity-matches-council",
  description:
    "A state's statement has the capacity the council terms give it on the meeting's date: its seat where it held one, else non-member, invited or observer; the terms cover every such meeting's date.",
  check({ records, idOf, report }) {
    const states = new Set(records.delegations.filter((d) => STATE_KINDS.has(get(d, "kind"))).map((d) => get(d, "id")));
    const dates = new Map<unknown, string>();
    for (const m of records.meetings) {
      const date = get(m, "date");
      if (typeof date === "string" && isCalendarDate(date)) dates.set(get(m, "id"), date);
    }
    const table = councilTable(usableTerms(records.councilTerms));
    const seatsOn = new Map<string, ReadonlyMap<string, CouncilCapacity>>();
    const uncovered = new Set<unknown>();
    records.statements.forEach((s, index) => {
      const state = get(get(s, "speaker"), "delegation");
      const capacity = get(s, "capacity");
      const meeting = get(s, "meeting");
      const date = dates.get(meeting);
      // Not a state, or a field the schema or references-resolve reports already.
      if (typeof state !== "string" || !states.has(state) || typeof capacity !== "string" || date === undefined) return;
      const why = table.uncovered(date);
      if (why !== undefined) {
        if (!uncovered.has(meeting)) {
          uncovered.add(meeting);
          report("meetings", meeting as string, ["date"], `the capacities of the states that speak cannot be checked: ${date} ${why}; add the council terms that cover it`);
        }
        return;
      }
      let seats = seatsOn.get(date);
      if (seats === undefined) seatsOn.set(date, (seats = table.seatsOn(date)));
      const seat = seats.get(state);
      if (seat !== undefined && capacity !== seat) {
        const kind = seat === "permanent-member" ? "a permanent" : "an elected";
        report("statements", idOf(s, index), ["capacity"], `${state} was ${kind} member on ${date} (councilTerms), so its capacity is '${seat}', not '${capacity}'`);
      } else if (seat === undefined && !WITHOUT_A_SEAT.includes(capacity)) {
        report("statements", idOf(s, index), ["capacity"], `${state} held no seat on the Council on ${date} (councilTerms), so its capacity is one of ${WITHOUT_A_SEAT.join(", ")}, not '${capacity}'`);
      }
    });
  },
};
