import { describe, expect, it } from "vitest";
import { closestIds } from "../../src/helpers/errors.js";
import {
  dataset,
  delegations,
  filterMetrics,
  getById,
  indexById,
  metrics,
  missions,
  PartialPeriodError,
  statements,
  subjects,
  UnknownIdError,
  type AnyIds,
  type Identified,
  type Subject,
} from "../../src/index.js";

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
    const unamid = getById(missions, "UNAMID");
    expect(() => indexById([unamid, unamid])).toThrow(new TypeError("indexById: duplicate id 'UNAMID' in missions"));
  });
});

describe("the collection an error names", () => {
  const collections = ["sources", "meetings", "statements", "missions", "metrics", "themes", "delegations", "subjects", "documents"] as const;

  it.each(collections)("is %s for the bundled %s", (collection) => {
    const records = dataset[collection] as readonly Identified[];
    expect(records.length).toBeGreaterThan(0);
    expect(() => getById(records, "no-such-id")).toThrow(new RegExp(`^unknown ${collection} id 'no-such-id'`));
    expect(() => indexById([records[0]!, records[0]!])).toThrow(new TypeError(`indexById: duplicate id '${records[0]!.id}' in ${collection}`));
  });

  it("is 'records' for records of no known collection, and for none", () => {
    expect(() => getById([{ id: "a" }], "b")).toThrow(new UnknownIdError("records", "b", ["a"]));
    expect(() => getById([] as Identified[], "b")).toThrow(/^unknown records id 'b'$/);
  });
});

describe("closestIds", () => {
  it("puts the ids that contain the unknown one (three characters or more, any case) first", () => {
    expect(closestIds("abc", ["abd", "xxABCxx"])).toEqual(["xxABCxx", "abd"]);
    // Shorter than three characters, containing it does not count: the edit distance decides.
    expect(closestIds("ab", ["xxabxx", "ac"])).toEqual(["ac", "xxabxx"]);
  });

  it("orders the rest by edit distance, ignoring case, ties by id", () => {
    expect(closestIds("kitten", ["sitting", "KITTEN", "kitchen", "mitten"], 4)).toEqual(["KITTEN", "mitten", "kitchen", "sitting"]);
    expect(closestIds("flaw", ["lawn", "flows", "claw"])).toEqual(["claw", "flows", "lawn"]);
    expect(closestIds("aa", ["ba", "ac", "ab"])).toEqual(["ab", "ac", "ba"]);
    expect(closestIds("", ["bbb", "a", "cc"])).toEqual(["a", "cc", "bbb"]);
    expect(closestIds("abc", ["", "ab"])).toEqual(["ab", ""]);
  });

  it("folds case as toLowerCase does: the Kelvin sign is a k", () => {
    expect(closestIds("\u212a", ["a", "k"])).toEqual(["k", "a"]);
  });

  it("gives at most three by default, each once", () => {
    expect(closestIds("a", ["e", "d", "c", "b", "b"])).toEqual(["b", "c", "d"]);
    expect(closestIds("a", ["e", "d", "c", "b"], 2)).toEqual(["b", "c"]);
    expect(closestIds("a", [])).toEqual([]);
  });
});

describe("the errors", () => {
  it("UnknownIdError names the collection, the id and the suggestions, and omits them when there are none", () => {
    const error = new UnknownIdError("themes", "safety", []);
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.message, error.collection, error.id, error.suggestions]).toEqual(["UnknownIdError", "unknown themes id 'safety'", "themes", "safety", []]);
  });

  it("PartialPeriodError names the period and the subject", () => {
    const error = new PartialPeriodError("2020", "peacekeeper-fatalities-acts-of-violence");
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.period, error.message]).toEqual([
      "PartialPeriodError",
      "2020",
      "the peacekeeper-fatalities-acts-of-violence value for 2020 covers only part of that period; pass { allowPartial: true } to compare it anyway",
    ]);
  });
});

describe("bad input", () => {
  it("getById and indexById refuse what is not an array, saying what it is", () => {
    expect(() => getById("VNM" as never, "VNM")).toThrow(new TypeError("getById: 'records' must be an array of records, got string"));
    expect(() => indexById(undefined as never)).toThrow(new TypeError("indexById: 'records' must be an array of records, got undefined"));
  });
});
