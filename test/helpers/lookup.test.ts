import { describe, expect, it } from "vitest";
import { delegations, filterMetrics, getById, indexById, metrics, missions, statements, subjects, UnknownIdError, type AnyIds, type Subject } from "../../src/index.js";

describe("getById", () => {
  it("returns the record with that id", () => {
    expect(getById(delegations, "VNM").name).toBe("Viet Nam");
    expect(getById(statements, "2020-09-14-a4p-07").speaker.delegation).toBe("IDN");
  });

  it("throws UnknownIdError naming the collection and the closest ids", () => {
    const error = (() => {
      try {
        // @ts-expect-error a misspelt id does not compile, and throws at run time for callers without types
        getById(delegations, "VIETNAM");
      } catch (e) {
        return e;
      }
    })() as UnknownIdError;
    expect(error).toBeInstanceOf(UnknownIdError);
    expect(error.collection).toBe("delegations");
    expect(error.suggestions[0]).toBe("VNM");
    expect(error.message).toBe("unknown delegations id 'VIETNAM'; closest known: VNM, ASEAN, IDN");
  });

  it("names each collection by its records", () => {
    const a4p = metrics.filter((m) => m.meeting === "2020-09-14-a4p");
    expect(() => getById(a4p, "fatalities-2017")).toThrow(/^unknown metrics id 'fatalities-2017'; closest known: 2020-09-14-a4p-fatalities-2017/);
    // @ts-expect-error a misspelt id does not compile
    expect(() => getById(missions, "MINUSMAH")).toThrow(/^unknown missions id 'MINUSMAH'; closest known: MINUSMA/);
  });

  it("suggests the ids that contain the unknown one first, ignoring case, then the closest by edit distance", () => {
    const containing = subjects.map((s) => s.id).filter((id) => id.includes("fatalities"));
    expect(containing.length).toBeGreaterThan(0);
    for (const query of ["fatalities", "FATALITIES"]) {
      const error = (() => {
        try {
          getById(subjects as readonly Subject<AnyIds>[], query);
        } catch (e) {
          return e;
        }
      })() as UnknownIdError;
      const first = error.suggestions.slice(0, Math.min(3, containing.length));
      expect(first.length).toBe(Math.min(3, containing.length));
      for (const id of first) expect(containing).toContain(id);
    }
    // The same suggestions reach the filters' errors, which share the implementation.
    expect(() => filterMetrics(metrics, { subject: "fatalities" } as never)).toThrow(/^unknown subjects id 'fatalities'; closest known: ([^;]+, )?peacekeeper-fatalities-acts-of-violence(,|$)/);
  });

  it("rejects a non-array with a TypeError", () => {
    expect(() => getById(null as never, "x")).toThrow(new TypeError("getById: 'records' must be an array of records, got null"));
  });
});

describe("indexById", () => {
  it("maps every id to its record, in input order", () => {
    const index = indexById(missions);
    expect([...index.keys()]).toEqual(missions.map((m) => m.id));
    expect(index.get("MINUSMA")).toBe(missions.find((m) => m.id === "MINUSMA"));
  });

  it("refuses duplicate ids", () => {
    expect(() => indexById([missions[0]!, missions[0]!])).toThrow(new TypeError("indexById: duplicate id 'UNAMID' in missions"));
  });
});
