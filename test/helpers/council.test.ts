/** councilCapacity and councilMembers: the Council's membership on a day, and one clear error for each bad argument. */
import { describe, expect, it } from "vitest";
import { councilCapacity, councilMembers, councilTerms, type CouncilTerm } from "../../src/index.js";
import type { AnyIds } from "../../src/ids.js";

/** A synthetic table: two permanent seats and two elected terms that begin in 2031 (not real data). */
const own: CouncilTerm<AnyIds>[] = [
  { id: "permanent-AAA-2031", seat: "permanent", state: "AAA", name: "A", from: "2031-01-01", to: null, split: false, citation: { kind: "url", url: "https://example.invalid/synthetic" } },
  { id: "permanent-BBB-2031", seat: "permanent", state: "BBB", name: "B", from: "2031-01-01", to: "2031-06-30", split: false, citation: { kind: "url", url: "https://example.invalid/synthetic" } },
  { id: "elected-CCC-2031", seat: "elected", state: "CCC", name: "C", from: "2031-01-01", to: "2032-12-31", split: false, citation: { kind: "url", url: "https://example.invalid/synthetic" } },
  { id: "elected-DDD-2032", seat: "elected", state: "DDD", name: "D", from: "2032-01-01", to: "2033-12-31", split: false, citation: { kind: "url", url: "https://example.invalid/synthetic" } },
];

describe("councilMembers", () => {
  it("gives the fifteen members of 14 September 2020, permanent first, each group sorted", () => {
    expect(councilMembers("2020-09-14")).toEqual(["CHN", "FRA", "GBR", "RUS", "USA", "BEL", "DEU", "DOM", "EST", "IDN", "NER", "TUN", "VCT", "VNM", "ZAF"]);
  });

  it("gives eleven before 1966, with the USSR in its permanent seat", () => {
    const members = councilMembers("1950-06-27");
    expect(members).toHaveLength(11);
    expect(members.slice(0, 5)).toEqual(["CHN", "FRA", "GBR", "SUN", "USA"]);
  });

  it("answers from the first day of the first elected terms, 12 January 1946", () => {
    expect(councilMembers("1946-01-12")).toEqual(["CHN", "FRA", "GBR", "SUN", "USA", "AUS", "BRA", "EGY", "MEX", "NLD", "POL"]);
  });

  it("returns a frozen list", () => {
    expect(Object.isFrozen(councilMembers("2020-09-14"))).toBe(true);
  });

  it("reads terms of one's own", () => {
    expect(councilMembers("2031-03-01", own)).toEqual(["AAA", "BBB", "CCC"]);
    expect(councilMembers("2032-03-01", own)).toEqual(["AAA", "CCC", "DDD"]);
  });
});

describe("councilCapacity", () => {
  it("says permanent, elected or non-member", () => {
    expect(councilCapacity("USA", "2020-09-14")).toBe("permanent-member");
    expect(councilCapacity("VNM", "2020-09-14")).toBe("elected-member");
    expect(councilCapacity("CHE", "2020-09-14")).toBe("non-member");
    expect(councilCapacity("CHE", "2023-06-01")).toBe("elected-member");
  });

  it("hands a permanent seat on the day of the decision: the Russian Federation from 24 December 1991", () => {
    expect([councilCapacity("SUN", "1991-12-23"), councilCapacity("RUS", "1991-12-23")]).toEqual(["permanent-member", "non-member"]);
    expect([councilCapacity("SUN", "1991-12-24"), councilCapacity("RUS", "1991-12-24")]).toEqual(["non-member", "permanent-member"]);
  });

  it("keeps China in its seat across 25 October 1971, under one code", () => {
    for (const day of ["1971-10-24", "1971-10-25"]) expect(councilCapacity("CHN", day)).toBe("permanent-member");
    const names = councilTerms.filter((t) => t.state === "CHN").map((t) => t.name);
    expect(names).toHaveLength(2);
  });

  it("gives Democratic Yemen the seat until the union of 22 May 1990, then Yemen", () => {
    expect([councilCapacity("YMD", "1990-05-21"), councilCapacity("YEM", "1990-05-21")]).toEqual(["elected-member", "non-member"]);
    expect([councilCapacity("YMD", "1990-05-22"), councilCapacity("YEM", "1990-05-22")]).toEqual(["non-member", "elected-member"]);
  });

  it("keeps one code across a state's names: Zaire is COD", () => {
    expect(councilCapacity("COD", "1982-06-01")).toBe("elected-member");
    expect(councilTerms.find((t) => t.id === "elected-COD-1982")?.name).toBe("Zaire");
    expect(councilCapacity("ZAR", "1982-06-01")).toBe("non-member");
  });

  it("says a well-formed code of a state that never sat is not a member", () => {
    expect(councilCapacity("XYZ", "2020-09-14")).toBe("non-member");
  });

  it("reads terms of one's own, the last day of a term included", () => {
    expect(councilCapacity("BBB", "2031-06-30", own)).toBe("permanent-member");
    expect(councilCapacity("BBB", "2031-07-01", own)).toBe("non-member");
    expect(councilCapacity("CCC", "2031-07-01", own)).toBe("elected-member");
  });
});

describe("one clear error naming the argument", () => {
  it.each([
    ["2020-9-14", TypeError, "councilMembers: 'date' must be a date written YYYY-MM-DD, got '2020-9-14'"],
    ["14/09/2020", TypeError, "councilMembers: 'date' must be a date written YYYY-MM-DD, got '14/09/2020'"],
    ["2020-09-14T00:00", TypeError, "councilMembers: 'date' must be a date written YYYY-MM-DD, got '2020-09-14T00:00'"],
    ["", TypeError, "councilMembers: 'date' must be a date written YYYY-MM-DD, got ''"],
    ["2021-02-30", RangeError, "councilMembers: 'date' 2021-02-30 is not a day of the calendar"],
    ["2020-13-01", RangeError, "councilMembers: 'date' 2020-13-01 is not a day of the calendar"],
    ["1945-10-24", RangeError, "councilMembers: 'date' 1945-10-24 is before 1946-01-12, the first day the membership table covers (its first elected members took their seats that day)"],
    ["1946-01-11", RangeError, "councilMembers: 'date' 1946-01-11 is before 1946-01-12, the first day the membership table covers (its first elected members took their seats that day)"],
  ])("councilMembers(%j)", (date, type, message) => {
    expect(() => councilMembers(date)).toThrow(type);
    expect(() => councilMembers(date)).toThrow(message);
  });

  it("a date in a year whose terms the table does not hold", () => {
    const last = Math.max(...councilTerms.filter((t) => t.seat === "elected").map((t) => Number(t.from.slice(0, 4))));
    expect(() => councilMembers(`${last + 1}-03-01`)).toThrow(RangeError);
    expect(() => councilMembers(`${last + 1}-03-01`)).toThrow(`councilMembers: 'date' ${last + 1}-03-01 is in ${last + 1}, a year the membership table does not cover (it holds the terms that began in 1946–${last})`);
    expect(() => councilMembers("2031-03-01", own.slice(0, 3))).not.toThrow();
    expect(() => councilMembers("2033-03-01", own)).toThrow("(it holds the terms that began in 2031–2032)");
    expect(() => councilMembers("2031-03-01", [])).toThrow("councilMembers: 'date' 2031-03-01 is not covered: the council terms hold no elected term");
  });

  it.each([[undefined], [null], [20200914], [new Date(2020, 8, 14)]])("a date that is not a string: %j", (date) => {
    expect(() => councilMembers(date as unknown as string)).toThrow(TypeError);
    expect(() => councilMembers(date as unknown as string)).toThrow(/^councilMembers: 'date' must be a date written YYYY-MM-DD, got /);
  });

  it.each([["vnm"], ["VN"], ["VNMM"], [" VNM"], [""], ["V1M"]])("a state that is not an alpha-3 code: %j", (state) => {
    expect(() => councilCapacity(state, "2020-09-14")).toThrow(TypeError);
    expect(() => councilCapacity(state, "2020-09-14")).toThrow(`councilCapacity: 'state' must be an ISO 3166-1 alpha-3 code in capitals (e.g. 'VNM'), got '${state}'`);
  });

  it("a state that is not a string, before the date is looked at", () => {
    expect(() => councilCapacity(null as unknown as string, "not a date")).toThrow("councilCapacity: 'state' must be an ISO 3166-1 alpha-3 code in capitals (e.g. 'VNM'), got null");
  });

  it("names councilCapacity for its own date errors", () => {
    expect(() => councilCapacity("VNM", "2021-02-29")).toThrow("councilCapacity: 'date' 2021-02-29 is not a day of the calendar");
  });

  it.each([
    [{ seat: "elected", state: "CCC", from: 2031, to: null }, "terms[0] 'from' must be a day that exists, written YYYY-MM-DD, got number"],
    [{ seat: "elected", state: "CCC", to: null }, "terms[0] 'from' must be a day that exists, written YYYY-MM-DD, got undefined"],
    [{ id: "elected-CCC-2031", seat: "elected", state: "CCC", from: "2031-02-30", to: null }, "terms[0] ('elected-CCC-2031') 'from' must be a day that exists, written YYYY-MM-DD, got '2031-02-30'"],
    [{ seat: "elected", state: "CCC", from: "2031-01-01" }, "terms[0] 'to' must be null or a day that exists, written YYYY-MM-DD, got undefined"],
    [{ seat: "Elected", state: "CCC", from: "2031-01-01", to: null }, "terms[0] 'seat' must be 'permanent' or 'elected', got 'Elected'"],
    [{ seat: "elected", from: "2031-01-01", to: null }, "terms[0] 'state' must be a string, got undefined"],
    [null, "terms[0] must be a council term (an object), got null"],
    ["elected-CCC-2031", "terms[0] must be a council term (an object), got 'elected-CCC-2031'"],
    [["elected-CCC-2031"], "terms[0] must be a council term (an object), got an array"],
  ])("a term of one's own that cannot be read is one TypeError naming it and the field: %j", (term, message) => {
    expect(() => councilMembers("2031-03-01", [term] as never)).toThrow(new TypeError(`councilMembers: ${message}`));
    expect(() => councilCapacity("CCC", "2031-03-01", [term] as never)).toThrow(new TypeError(`councilCapacity: ${message}`));
  });

  it("terms that are not a list", () => {
    expect(() => councilMembers("2020-09-14", null as never)).toThrow("councilMembers: 'terms' must be an array of council terms, got null");
    expect(() => councilMembers("2020-09-14", { 0: own[0], length: 1 } as never)).toThrow(new TypeError("councilMembers: 'terms' must be an array of council terms, got object"));
  });

  it("reads terms of one's own in any order: the first day is the earliest start, a permanent seat outranks an elected one", () => {
    const terms: CouncilTerm<AnyIds>[] = [own[3]!, own[2]!, { ...own[2]!, id: "elected-AAA-2031", state: "AAA" }, own[0]!];
    expect(() => councilMembers("2030-12-31", terms)).toThrow("councilMembers: 'date' 2030-12-31 is before 2031-01-01, the first day");
    expect(councilCapacity("AAA", "2031-03-01", terms)).toBe("permanent-member");
    expect(councilCapacity("AAA", "2031-03-01", [...terms].reverse())).toBe("permanent-member");
    expect(councilMembers("2031-03-01", terms)).toEqual(["AAA", "CCC"]);
  });

  it("names the years terms of one's own cover, as ranges in order, when a day falls outside them", () => {
    const elected = (state: string, year: number): CouncilTerm<AnyIds> => ({ ...own[2]!, id: `elected-${state}-${year}`, state, from: `${year}-01-01`, to: `${year + 1}-12-31` });
    // Given out of order, with gaps: 2031, 2033–2034 and 2036.
    const terms = [elected("EEE", 2036), elected("CCC", 2031), elected("FFF", 2034), elected("DDD", 2033)];
    expect(() => councilMembers("2035-03-01", terms)).toThrow(
      new RangeError("councilMembers: 'date' 2035-03-01 is in 2035, a year the membership table does not cover (it holds the terms that began in 2031, 2033–2034 and 2036)"),
    );
    expect(() => councilMembers("2032-03-01", terms.slice(0, 2))).toThrow("(it holds the terms that began in 2031 and 2036)");
    expect(() => councilMembers("2032-03-01", terms.slice(1, 2))).toThrow("(it holds the terms that began in 2031)");
  });
});
