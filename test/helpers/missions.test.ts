/** missionsActiveOn, missionStatusAt and findMission: operations on a day, a mission's status, the mission a name finds. */
import { describe, expect, it } from "vitest";
import { councilTerms, findMission, getById, missions, missionsActiveOn, missionStatusAt, UnknownIdError, type AnyIds, type Mission } from "../../src/index.js";

/** A synthetic mission (not real data) with the given dates, for the precision cases. */
const own = (id: string, start: string | null, end: string | null, status = end === null ? "active" : "closed"): Mission<AnyIds> => ({
  ...getById(missions, "UNTSO"),
  id,
  acronym: id,
  aliases: [],
  start: start === null ? null : { date: start, citation: { kind: "url", url: "https://example.invalid/synthetic" } },
  end: end === null ? null : { date: end, citation: { kind: "url", url: "https://example.invalid/synthetic" } },
  status: status as Mission["status"],
  closedBy: null,
});

describe("missionStatusAt", () => {
  it("reads a start and end known to the day, both days included", () => {
    expect(missionStatusAt("MINUSMA", "2013-06-30")).toBe("not-started");
    expect(missionStatusAt("MINUSMA", "2013-07-01")).toBe("active");
    expect(missionStatusAt("MINUSMA", "2023-06-30")).toBe("active");
    expect(missionStatusAt("MINUSMA", "2023-07-01")).toBe("ended");
  });

  it("is uncertain inside a start known only to the month, and active from its last day", () => {
    expect(missionStatusAt("UNTSO", "1948-05-31")).toBe("not-started");
    expect(missionStatusAt("UNTSO", "1948-06-01")).toBe("uncertain");
    expect(missionStatusAt("UNTSO", "1948-06-29")).toBe("uncertain");
    expect(missionStatusAt("UNTSO", "1948-06-30")).toBe("active");
  });

  it("is active through the first day of an end known only to the month, uncertain after it, ended after the month", () => {
    const m = [own("X", "1990-01-01", "1995-03")];
    expect(missionStatusAt("X", "1995-03-01", m)).toBe("active");
    expect(missionStatusAt("X", "1995-03-02", m)).toBe("uncertain");
    expect(missionStatusAt("X", "1995-03-31", m)).toBe("uncertain");
    expect(missionStatusAt("X", "1995-04-01", m)).toBe("ended");
  });

  it("reads a start known only to the year", () => {
    expect(missionStatusAt("UNYOM", "1962-12-31")).toBe("not-started");
    expect(missionStatusAt("UNYOM", "1963-07-01")).toBe("uncertain");
    expect(missionStatusAt("UNYOM", "1963-12-31")).toBe("active");
    expect(missionStatusAt("UNYOM", "1964-09-05")).toBe("ended");
  });

  it("is uncertain where a bound it needs is not known", () => {
    expect(getById(missions, "UNAVEM-I").start).toBeNull();
    expect(missionStatusAt("UNAVEM-I", "1989-06-01")).toBe("uncertain");
    expect(missionStatusAt("UNAVEM-I", "1991-06-01")).toBe("ended");
    expect(missionStatusAt("Y", "2001-01-01", [own("Y", "2000-01-01", null, "closed")])).toBe("uncertain");
    // No start and no end: uncertain on any day. No start, an end known to the month: ended only after its last day.
    expect(missionStatusAt("Z", "2001-01-01", [own("Z", null, null)])).toBe("uncertain");
    const ending = [own("E", null, "2019-06")];
    expect(["2019-06-01", "2019-06-30", "2019-07-01"].map((d) => missionStatusAt("E", d, ending))).toEqual(["uncertain", "uncertain", "ended"]);
  });

  it("counts an end a resolution has decided, even ahead: UNIFIL to 31 December 2026", () => {
    expect(getById(missions, "UNIFIL").end?.citation).toEqual({ kind: "document-symbol", symbol: "S/RES/2790 (2025)" });
    expect(missionStatusAt("UNIFIL", "2026-12-31")).toBe("active");
    // Past the bundled data's last day only with the records passed as one's own (a copy of the list).
    expect(missionStatusAt("UNIFIL", "2027-01-01", [...missions])).toBe("ended");
  });

  it("an id that is not a string is a TypeError naming the argument; ids are exact, case included", () => {
    for (const [id, got] of [[null, "null"], [undefined, "undefined"], [42, "number"], [["MINUSMA"], "an array"]] as const) {
      expect(() => missionStatusAt(id as never, "2020-09-14"), got).toThrow(new TypeError(`missionStatusAt: 'id' must be a mission id (a string), got ${got}`));
    }
    // @ts-expect-error an id in lower case does not compile, and is unknown
    expect(() => missionStatusAt("minusma", "2020-09-14")).toThrow(UnknownIdError);
  });

  it("an unknown id throws UnknownIdError with the closest ids", () => {
    // @ts-expect-error a misspelt id does not compile
    expect(() => missionStatusAt("MINUSMAH", "2020-09-14")).toThrow(UnknownIdError);
    // @ts-expect-error a misspelt id does not compile
    expect(() => missionStatusAt("MINUSMAH", "2020-09-14")).toThrow(/^unknown missions id 'MINUSMAH'; closest known: MINUSMA/);
  });

  it("a bad date is one error naming the argument", () => {
    expect(() => missionStatusAt("MINUSMA", "2021-02-30")).toThrow(new RangeError("missionStatusAt: 'date' 2021-02-30 is not a day of the calendar"));
    expect(() => missionStatusAt("MINUSMA", "30 June 2023")).toThrow(new TypeError("missionStatusAt: 'date' must be a date written YYYY-MM-DD, got '30 June 2023'"));
  });
});

describe("the bundled missions' last day, the Council helpers' bound", () => {
  const message = (fn: string, date: string) => `${fn}: 'date' ${date} is after 2026-12-31, the last day the bundled missions cover (the data is as of its last update; pass missions of your own to read a later day)`;

  it("answers to 31 December of the last year the bundled council terms reach, and refuses a day after it", () => {
    const last = Math.max(...councilTerms.filter((t) => t.seat === "elected").map((t) => Number(t.from.slice(0, 4))));
    expect(last).toBe(2026);
    expect(missionsActiveOn("2026-12-31")).toContain("UNIFIL");
    expect(missionStatusAt("UNIFIL", "2026-12-31")).toBe("active");
    for (const date of ["2027-01-01", "9999-12-31"]) {
      expect(() => missionsActiveOn(date)).toThrow(new RangeError(message("missionsActiveOn", date)));
      expect(() => missionStatusAt("UNIFIL", date)).toThrow(new RangeError(message("missionStatusAt", date)));
      expect(() => missionsActiveOn(date, missions)).toThrow(RangeError);
    }
  });

  it("keeps no bound for missions of one's own", () => {
    expect(missionsActiveOn("9999-12-31", [own("X", "2030-01-01", null)])).toEqual(["X"]);
    expect(missionStatusAt("X", "2040-01-01", [own("X", "2030-01-01", "2035-06-30")])).toBe("ended");
  });
});

/** Plain-JS callers' records, which the types would refuse. */
const loose = (record: Record<string, unknown>) => [record] as unknown as Mission<AnyIds>[];

describe("records of one's own that cannot be read: one TypeError naming the record and the field", () => {
  const ok = { id: "X", kind: "peacekeeping-operation", start: { date: "2019-01-01" }, end: null, status: "active" };

  it.each([
    [{ ...ok, start: "2019-01-01" }, "missions[0] ('X') 'start' must be null or an object { date }, got '2019-01-01'"],
    [{ ...ok, start: undefined }, "missions[0] ('X') 'start' must be null or an object { date }, got undefined"],
    [{ ...ok, start: { date: "2019-02-30" } }, "missions[0] ('X') 'start.date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD that exists, got '2019-02-30'"],
    [{ ...ok, end: { date: "2019-13" } }, "missions[0] ('X') 'end.date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD that exists, got '2019-13'"],
    [{ ...ok, end: { date: 2019 } }, "missions[0] ('X') 'end.date' must be a date written YYYY, YYYY-MM or YYYY-MM-DD that exists, got number"],
    [{ ...ok, status: undefined }, "missions[0] ('X') 'status' must be a string, got undefined"],
    [{ ...ok, kind: 1 }, "missions[0] ('X') 'kind' must be a string or null, got number"],
    [{ ...ok, id: 7 }, "missions[0] 'id' must be a string, got number"],
  ])("missionsActiveOn with %j", (record, message) => {
    expect(() => missionsActiveOn("2020-01-01", loose(record))).toThrow(new TypeError(`missionsActiveOn: ${message}`));
    expect(() => missionStatusAt("X", "2020-01-01", loose(record))).toThrow(new TypeError(`missionStatusAt: ${message}`));
  });

  it("names a record that is not an object by its index", () => {
    expect(() => missionsActiveOn("2020-01-01", [own("A", "2000-01-01", null), null] as never)).toThrow(new TypeError("missionsActiveOn: missions[1] must be a mission (an object), got null"));
    expect(() => missionStatusAt<Mission<AnyIds>>("A", "2020-01-01", ["A"] as never)).toThrow(new TypeError("missionStatusAt: missions[0] must be a mission (an object), got 'A'"));
    expect(() => missionsActiveOn("2020-01-01", [[own("A", "2000-01-01", null)]] as never)).toThrow(new TypeError("missionsActiveOn: missions[0] must be a mission (an object), got an array"));
  });

  it("findMission names a record without aliases or acronym", () => {
    expect(() => findMission("x", loose({ id: "X", acronym: "X" }))).toThrow(new TypeError("findMission: missions[0] ('X') 'aliases' must be an array of strings, got undefined"));
    expect(() => findMission("x", loose({ id: "X", acronym: "X", aliases: ["Y", 3] }))).toThrow(new TypeError("findMission: missions[0] ('X') 'aliases' must be an array of strings, got an array"));
    expect(() => findMission("x", loose({ id: "X", aliases: [] }))).toThrow(new TypeError("findMission: missions[0] ('X') 'acronym' must be a string, got undefined"));
  });
});

describe("missionsActiveOn", () => {
  it("gives the thirteen operations of 14 September 2020, in the order of the records", () => {
    expect(missionsActiveOn("2020-09-14")).toEqual(["UNTSO", "UNMOGIP", "UNFICYP", "UNDOF", "UNIFIL", "MINURSO", "UNMIK", "UNAMID", "MONUSCO", "UNISFA", "UNMISS", "MINUSMA", "MINUSCA"]);
  });

  it("gives none before the first operation, and the first once it certainly runs", () => {
    expect(missionsActiveOn("1948-05-01")).toEqual([]);
    expect(missionsActiveOn("1948-06-15")).toEqual([]);
    expect(missionsActiveOn("1948-07-01")).toEqual(["UNTSO"]);
  });

  it("leaves out an operation whose status on the day is uncertain, and counts only peacekeeping operations", () => {
    const records = [own("A", "2000-01", null), own("B", "2000-01-01", null), { ...own("C", "2000-01-01", null), kind: "special-political-mission" as const }, { ...own("D", "2000-01-01", null), kind: null }];
    expect(missionsActiveOn("2000-01-15", records)).toEqual(["B"]);
    expect(missionsActiveOn("2000-02-01", records)).toEqual(["A", "B"]);
  });

  it("returns a frozen list", () => {
    expect(Object.isFrozen(missionsActiveOn("2020-09-14"))).toBe(true);
  });

  it("a bad date is one error naming the argument", () => {
    expect(() => missionsActiveOn("2020-02-30")).toThrow(new RangeError("missionsActiveOn: 'date' 2020-02-30 is not a day of the calendar"));
    expect(() => missionsActiveOn(undefined as unknown as string)).toThrow(new TypeError("missionsActiveOn: 'date' must be a date written YYYY-MM-DD, got undefined"));
    expect(() => missionsActiveOn("2020-09-14", {} as never)).toThrow(new TypeError("missionsActiveOn: 'missions' must be an array of missions, got object"));
  });
});

describe("findMission", () => {
  it("finds a mission by id, acronym or alias, ignoring case", () => {
    expect(findMission("MINUSMA")?.id).toBe("MINUSMA");
    expect(findMission("minusma")?.id).toBe("MINUSMA");
    expect(findMission("UNEF-II")?.id).toBe("UNEF-II");
    expect(findMission("UNEF II")?.id).toBe("UNEF-II");
    expect(findMission("uncpsg")?.id).toBe("UNPSG");
    expect(findMission("United Nations Civilian Police Support Group")?.id).toBe("UNPSG");
  });

  it("folds typographic variants and runs of spaces", () => {
    for (const query of ["UNEF\u00a0I", "UNEF\u2011I", "UNEF\u2010I", " unef   i ", "UNEF\u202fI"]) expect(findMission(query)?.id, JSON.stringify(query)).toBe("UNEF-I");
  });

  it("returns undefined for a name no mission has, and for an empty query", () => {
    expect(findMission("UNEF III")).toBeUndefined();
    expect(findMission("")).toBeUndefined();
    expect(findMission("   ")).toBeUndefined();
  });

  it("does not match a full name, only ids, acronyms and aliases", () => {
    expect(findMission("United Nations Interim Force in Lebanon")).toBeUndefined();
  });

  it("searches missions of one's own", () => {
    const mine = [{ ...own("MINE-1", "2030-01-01", null), acronym: "MINE I", aliases: ["First Mine"] }];
    expect(findMission("first\u00a0mine", mine)?.id).toBe("MINE-1");
  });

  it("a query that is not a string is a TypeError naming it", () => {
    expect(() => findMission(42 as unknown as string)).toThrow(new TypeError("findMission: 'query' must be a string, got number"));
    expect(() => findMission(null as unknown as string)).toThrow(new TypeError("findMission: 'query' must be a string, got null"));
  });

  it("compares names in lower case, spaces collapsed to one, and finds nothing for a blank query", () => {
    // ß has no single upper-case letter: upper-casing would make "Straße" and "STRASSE" one name.
    const mine = [{ ...own("SEE-1", "2030-01-01", null), acronym: "SEE I", aliases: ["Straße Mission", ""] }];
    expect(findMission("straße  mission", mine)?.id).toBe("SEE-1");
    expect(findMission("STRASSE MISSION", mine)).toBeUndefined();
    expect(findMission("see i", mine)?.id).toBe("SEE-1");
    expect(findMission("se ei", mine)).toBeUndefined();
    expect(findMission(" \u00a0", mine)).toBeUndefined();
    expect(() => findMission(["UNEF"] as unknown as string)).toThrow(new TypeError("findMission: 'query' must be a string, got an array"));
  });
});
