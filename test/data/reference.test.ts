/**
 * What must hold across the reference tables (missions and councilTerms), one invariant per test, and the seed's
 * statements about the operations of 2020 checked against them. Expectations come from the data and the rules, not
 * from today's counts, so the tests keep holding as terms, operations and meetings are added.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { FORMER_STATE_CODES } from "../../src/authoring/build.js";
import { nextDay, partialDateBounds } from "../../src/dates.js";
import { councilMembers, dataset, findMission, getById, missionsActiveOn, type MissionId } from "../../src/index.js";
import { fold } from "../../src/typography.js";
import { ROOT } from "../helpers.js";

const iso = createRequire(import.meta.url)("i18n-iso-countries") as { isValid(code: string): boolean };
const { councilTerms: terms, missions, meetings, metrics } = dataset;
const elected = terms.filter((t) => t.seat === "elected");
const operations = missions.filter((m) => m.kind === "peacekeeping-operation");
const dataReadme = readFileSync(path.join(ROOT, "data/README.md"), "utf8");

/** The first day the membership table covers, and the last: 31 December of the last year in which a term began. */
const FIRST = elected.map((t) => t.from).sort()[0]!;
const LAST = `${Math.max(...elected.map((t) => Number(t.from.slice(0, 4))))}-12-31`;

/**
 * The days a seat stood empty, with the seats empty: 1–6 January 1980, while the General Assembly had not yet elected
 * Mexico (the 1979 contest ran to 155 ballots). data/README.md documents each.
 */
const VACANCIES: ReadonlyArray<{ readonly from: string; readonly to: string; readonly seats: number }> = [{ from: "1980-01-01", to: "1980-01-06", seats: 1 }];
const vacant = (day: string) => VACANCIES.filter((v) => v.from <= day && day <= v.to).reduce((n, v) => n + v.seats, 0);

/** Every day of the table, with the terms running on it (one pass over the days, shared by the tests below). */
const days: Array<{ day: string; on: typeof terms }> = [];
for (let day = FIRST; day <= LAST; day = nextDay(day)) days.push({ day, on: terms.filter((t) => t.from <= day && (t.to === null || day <= t.to)) });

describe("the Council's membership", () => {
  // Each day from the first elected term's start to the end of the last year the table holds (which reaches past
  // today, as the newest terms run to the end of their year): not to the day the test runs, so that a test run in a
  // later year checks the same table and does not fail for want of terms not yet elected.
  it("has fifteen members on every day since 1 January 1966, and eleven before, but for the documented vacancies", () => {
    expect(days.length).toBeGreaterThan(365 * 80);
    const wrong = days.filter(({ day, on }) => on.length !== (day >= "1966-01-01" ? 15 : 11) - vacant(day)).map(({ day, on }) => `${day}: ${on.length}`);
    expect(wrong).toEqual([]);
    for (const v of VACANCIES) expect(dataReadme, `data/README.md documents the vacancy from ${v.from}`).toContain(v.from);
  });

  it("has five permanent members on every day", () => {
    expect(days.filter(({ on }) => on.filter((t) => t.seat === "permanent").length !== 5).map(({ day }) => day)).toEqual([]);
  });

  it("gives no state two seats at once", () => {
    for (const state of new Set(terms.map((t) => t.state))) {
      const own = terms.filter((t) => t.state === state).sort((a, b) => (a.from < b.from ? -1 : 1));
      for (let i = 1; i < own.length; i++) expect(own[i]!.from > own[i - 1]!.to!, `${own[i - 1]!.id} and ${own[i]!.id}`).toBe(true);
    }
  });

  it("holds no elected term longer than two years", () => {
    for (const t of elected) {
      const twoYearsOn = `${Number(t.from.slice(0, 4)) + 2}${t.from.slice(4)}`;
      expect(t.to! < twoYearsOn, t.id).toBe(true);
    }
  });

  it("has no elected member re-elected for the term that follows its own", () => {
    for (const state of new Set(elected.map((t) => t.state))) {
      const own = elected.filter((t) => t.state === state).sort((a, b) => (a.from < b.from ? -1 : 1));
      for (let i = 1; i < own.length; i++) expect(own[i]!.from, `${own[i - 1]!.id} then ${own[i]!.id}`).not.toBe(nextDay(own[i - 1]!.to!));
    }
  });

  it("covers every year from the first to the last, and the date of every meeting in the data", () => {
    const years = new Set(elected.map((t) => Number(t.from.slice(0, 4))));
    for (let y = Number(FIRST.slice(0, 4)); y <= Number(LAST.slice(0, 4)); y++) expect(years.has(y), String(y)).toBe(true);
    for (const m of meetings) expect(() => councilMembers(m.date), m.id).not.toThrow();
  });

  it("names every state by an ISO 3166-1 alpha-3 code, or by a listed ISO 3166-3 code for a state that no longer exists", () => {
    for (const t of terms) expect(iso.isValid(t.state) || Object.hasOwn(FORMER_STATE_CODES, t.state), `${t.id}: ${t.state}`).toBe(true);
    // A former code stands for a state that no longer exists, never for a renamed one (Zaire is COD, not ZAR).
    for (const t of terms.filter((x) => !iso.isValid(x.state))) expect(FORMER_STATE_CODES[t.state], t.id).toBeDefined();
  });

  it("keeps one code for a state across its names", () => {
    const names = new Map<string, Set<string>>();
    for (const t of terms) names.set(t.state, (names.get(t.state) ?? new Set()).add(t.name));
    expect([...names.get("COD")!].sort()).toEqual(["Democratic Republic of the Congo", "Zaire"]);
    expect(names.get("CHN")!.size).toBe(2);
  });
});

/** The first and last day a dated fact stands for. */
const bounds = (d: { readonly date: string }) => partialDateBounds(d.date);

describe("the peacekeeping operations", () => {
  it("start before they end", () => {
    for (const m of missions) {
      if (m.start === null || m.end === null) continue;
      expect(bounds(m.start).first <= bounds(m.end).first && bounds(m.start).last <= bounds(m.end).last, m.id).toBe(true);
    }
  });

  it("name every host by an ISO 3166-1 alpha-3 code, or a listed ISO 3166-3 code, or none for a territory without one", () => {
    for (const m of missions) for (const h of m.hosts) if (h.iso3 !== null) expect(iso.isValid(h.iso3) || Object.hasOwn(FORMER_STATE_CODES, h.iso3), `${m.id}: ${h.iso3}`).toBe(true);
    for (const m of operations) expect(m.hosts.length, m.id).toBeGreaterThan(0);
  });

  it("link predecessor and successor both ways, but for a split or a merger, whose single side stays null", () => {
    const byId = new Map(missions.map((m) => [m.id as string, m]));
    const namedAsPredecessor = (id: string) => missions.filter((m) => m.predecessor === id).length;
    const namedAsSuccessor = (id: string) => missions.filter((m) => m.successor === id).length;
    for (const m of missions) {
      if (m.successor !== null) expect(byId.get(m.successor)?.predecessor, `${m.id} -> ${m.successor}`).toBe(m.id);
      if (m.predecessor !== null) {
        // A split: the missions that took over from one mission name it, and it names none of them.
        const expected = namedAsPredecessor(m.predecessor) > 1 ? null : m.id;
        expect(byId.get(m.predecessor)?.successor, `${m.predecessor} -> ${m.id}`).toBe(expected);
      }
      // A merger: the missions one mission took over from name it, and it names none of them.
      if (namedAsSuccessor(m.id) > 1) expect(m.predecessor, m.id).toBeNull();
    }
    expect(getById(missions, "UNPROFOR").successor).toBeNull();
    expect(missions.filter((m) => m.predecessor === "UNPROFOR").map((m) => m.id)).toEqual(["UNCRO", "UNPREDEP"]);
  });

  it("take their id from their acronym: in capitals, a space as a hyphen (UNEF I is UNEF-I)", () => {
    for (const m of missions) expect(m.id, m.acronym).toBe(m.acronym.toUpperCase().replace(/ /g, "-"));
  });

  it("have lookup names (id, acronym, aliases) that find one mission each", () => {
    const key = (s: string) => fold(s).trim().replace(/\s+/g, " ").toLowerCase();
    const owner = new Map<string, string>();
    for (const m of missions) {
      for (const name of new Set([m.id, m.acronym, ...m.aliases].map(key))) {
        expect(owner.get(name) ?? m.id, `'${name}' names ${owner.get(name)} and ${m.id}`).toBe(m.id);
        owner.set(name, m.id);
      }
    }
    for (const m of missions) for (const alias of m.aliases) expect(findMission(alias)?.id).toBe(m.id);
  });

  it("are closed only with a closing resolution or an end, and cite no closing resolution while active", () => {
    for (const m of missions) {
      if (m.status === "closed") expect(m.end !== null || m.closedBy !== null, m.id).toBe(true);
      if (m.status === "active") expect(m.closedBy, m.id).toBeNull();
    }
  });

  it("are named by a span of a source or a citation, and data/README.md lists every value of an operation that is not known", () => {
    for (const m of operations) expect(m.name, m.id).not.toBeNull();
    const open = dataReadme.slice(dataReadme.indexOf("## Open questions"));
    expect(open.length).toBeGreaterThan(20);
    const unknown = operations.flatMap((m) => [
      ...(m.established === null ? [[m.id, "established"]] : m.established.date === null ? [[m.id, "established.date"]] : []),
      ...(m.start === null ? [[m.id, "start"]] : []),
      ...(m.end === null && m.status === "closed" ? [[m.id, "end"]] : []),
    ]);
    for (const [id, field] of unknown) expect(open, `${id} ${field}`).toContain(`\`${id}\` \`${field}\``);
  });
});

describe("the seed's statements about the operations of 2020 agree with the table", () => {
  const metric = (id: string) => getById(metrics, id);
  const ongoing = metric("2020-09-14-a4p-ongoing-missions");
  const date = ongoing.period?.kind === "as-of" ? ongoing.period.date : "";
  const active = missionsActiveOn(date);
  /** The day n years before the meeting. */
  const yearsBefore = (n: number) => `${Number(date.slice(0, 4)) - n}${date.slice(4)}`;
  /** The last day an operation's start may be, so that what follows holds whichever day in its month or year it began. */
  const latestStart = (id: MissionId) => bounds(getById(missions, id).start!).last;

  it("'the 13 ongoing missions' are the operations missionsActiveOn counts that day", () => {
    expect(date).toBe("2020-09-14");
    expect(active.length).toBe(ongoing.value);
  });

  it("'more than half … have been active for over 20 years', counting from their start dates", () => {
    const share = metric("2020-09-14-a4p-missions-over-20-years-share");
    const over = metric("2020-09-14-a4p-missions-over-20-years");
    expect([share.qualifier, over.qualifier]).toEqual(["more-than", "more-than"]);
    const older = active.filter((id) => latestStart(id) < yearsBefore(over.value));
    expect((older.length / active.length) * 100).toBeGreaterThan(share.value);
  });

  it("'including those that have been in operation for 70 years'", () => {
    const seventy = metric("2020-09-14-a4p-missions-70-years");
    expect(active.filter((id) => latestStart(id) <= yearsBefore(seventy.value)).length).toBeGreaterThanOrEqual(1);
  });
});
