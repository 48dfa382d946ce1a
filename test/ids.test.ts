/** The id guards: true for exactly the ids of their collection in the bundled data, false for anything else. */
import { describe, expect, it } from "vitest";
import { dataset, isCouncilTermId, isDelegationId, isDocumentId, isMeetingId, isMetricSubject, isMissionId, isThemeId } from "../src/index.js";

const GUARDS = [
  ["delegations", isDelegationId],
  ["missions", isMissionId],
  ["themes", isThemeId],
  ["subjects", isMetricSubject],
  ["meetings", isMeetingId],
  ["documents", isDocumentId],
  ["councilTerms", isCouncilTermId],
] as const;

describe.each(GUARDS)("the guard of %s", (collection, guard) => {
  const ids: string[] = dataset[collection].map((r) => r.id);

  it("accepts every id of its collection", () => {
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(guard(id), id).toBe(true);
  });

  it("rejects the ids of every other collection", () => {
    for (const [other] of GUARDS) {
      if (other === collection) continue;
      for (const { id } of dataset[other]) if (!ids.includes(id)) expect(guard(id), `${other} ${id}`).toBe(false);
    }
  });

  it("rejects a misspelt id, a changed case, and what is not a string", () => {
    const first = ids[0]!;
    for (const value of [`${first}x`, first.toLowerCase() === first ? first.toUpperCase() : first.toLowerCase(), ` ${first}`, "", "toString", "__proto__", null, undefined, 1, [first], { id: first }]) {
      expect(guard(value), String(value)).toBe(false);
    }
  });
});
