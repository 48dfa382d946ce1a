/** How error messages show a refused value: a long string is cut short, other values are named by their kind. */
import { describe, expect, it } from "vitest";
import { councilCapacity, councilMembers, missionsActiveOn, type AnyIds, type CouncilTermLike, type Mission } from "../src/index.js";
import { quoted, shown } from "../src/shown.js";

describe("shown", () => {
  it("quotes a string of up to 40 characters whole and cuts a longer one at 40, marked with …", () => {
    const forty = "x".repeat(40);
    expect(quoted(forty)).toBe(`'${forty}'`);
    expect(quoted(`${forty}yz`)).toBe(`'${forty}…'`);
    expect(shown(`${forty}y`)).toBe(`'${forty}…'`);
    expect(shown("")).toBe("''");
  });

  it("names null, an array and other values by their kind", () => {
    expect([null, [], [1], undefined, 7, true, {}].map(shown)).toEqual(["null", "an array", "an array", "undefined", "number", "boolean", "object"]);
  });
});

describe("the helpers' errors show a long argument cut short", () => {
  const long = `2020-09-14 ${"and more ".repeat(10)}`;
  const cut = `'${long.slice(0, 40)}…'`;

  it("in a date argument and a state argument", () => {
    expect(() => councilMembers(long)).toThrow(new TypeError(`councilMembers: 'date' must be a date written YYYY-MM-DD, got ${cut}`));
    expect(() => councilCapacity(long, "2020-09-14")).toThrow(
      new TypeError(`councilCapacity: 'state' must be an ISO 3166-1 alpha-3 code in capitals (e.g. 'VNM'), got ${cut}`),
    );
    expect(() => councilCapacity(["VNM"] as unknown as string, "2020-09-14")).toThrow(/got an array$/);
  });

  it("in the id that names a record of one's own", () => {
    const term = { id: long, seat: "elected", state: "VNM", from: "2020-01-01", to: "31 December 2021" } as unknown as CouncilTermLike;
    expect(() => councilMembers("2020-09-14", [term])).toThrow(
      new TypeError(`councilMembers: terms[0] (${cut}) 'to' must be null or a day that exists, written YYYY-MM-DD, got '31 December 2021'`),
    );
    const mission = { id: long, kind: "peacekeeping-operation", start: "2019", end: null, status: "active" } as unknown as Mission<AnyIds>;
    expect(() => missionsActiveOn("2020-01-01", [mission])).toThrow(
      new TypeError(`missionsActiveOn: missions[0] (${cut}) 'start' must be null or an object { date }, got '2019'`),
    );
  });
});
