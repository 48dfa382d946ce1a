import { beforeEach, describe, expect, it } from "vitest";
import {
  countBy,
  filterMetrics,
  filterStatements,
  getById,
  groupBy,
  meetings as allMeetings,
  metrics as allMetrics,
  metricSeries,
  missionMentions,
  statements as allStatements,
  themeCoverage,
  UnknownIdError,
  type AnyIds,
  type Meeting,
  type Metric,
  type Statement,
} from "../../src/index.js";

// The expectations below are read from the 2020-09-14 meeting's text: scope the records to it, so a meeting added to
// the data leaves them true.
const A4P = "2020-09-14-a4p";
const statements = filterStatements(allStatements, { meeting: A4P });
const metrics = filterMetrics(allMetrics, { meeting: A4P });
const meetings = [getById(allMeetings, A4P)];

describe("groupBy and countBy", () => {
  it("group by a field, in order of first appearance", () => {
    const groups = groupBy(statements, "capacity");
    expect([...groups.keys()]).toEqual(["un-official", "elected-member", "permanent-member"]);
    expect(groups.get("permanent-member")!.map((s) => s.speaker.delegation)).toEqual(["CHN", "RUS", "USA", "FRA", "GBR"]);
  });

  it("group and count by a function", () => {
    const byUnit = countBy(metrics, (m) => m.unit);
    expect(Object.fromEntries(byUnit)).toEqual({ count: 16, percent: 4, usd: 2, years: 3 });
    const bySpeaker = groupBy(metrics, (m) => m.statement);
    expect(bySpeaker.get(null)!.map((m) => m.value)).toEqual([154, 4]);
  });

  it("reject a field the records do not have, naming it", () => {
    expect(() => countBy(statements, "speakerName" as never)).toThrow(new TypeError("countBy: a record has no field 'speakerName'"));
    expect(() => groupBy(statements, "speakerName" as never)).toThrow(new TypeError("groupBy: a record has no field 'speakerName'"));
    expect(() => countBy([null, undefined, 5] as never[], "id" as never)).toThrow(new TypeError("countBy: a record has no field 'id'"));
  });

  it("group under undefined a field that a record has but leaves undefined", () => {
    const records: Array<{ id: string; note?: string | undefined }> = [{ id: "a", note: undefined }, { id: "b", note: "x" }, { id: "c", note: undefined }];
    expect([...countBy(records, "note" as never)]).toEqual([[undefined, 2], ["x", 1]]);
    expect([...groupBy(records, "note" as never)].map(([k, v]) => [k, v.map((r) => r.id)])).toEqual([[undefined, ["a", "c"]], ["x", ["b"]]]);
  });

  it("count every record, the counts adding up to the number of records", () => {
    const counts = countBy(statements, "capacity");
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(statements.length);
    for (const [capacity, n] of counts) expect(n).toBe(statements.filter((s) => s.capacity === capacity).length);
  });

  it("read a field of records that are not objects, such as the length of strings", () => {
    const ids = statements.map((s) => s.speaker.delegation);
    const byLength = countBy(ids, "length");
    expect([...byLength.keys()]).toEqual([...new Set(ids.map((id) => id.length))]);
    for (const [length, n] of byLength) expect(n).toBe(ids.filter((id) => id.length === length).length);
    expect([...groupBy(ids, "length").values()].flat().sort()).toEqual([...ids].sort());
  });

  it("refuse a key that is neither a field name nor a function, and records that are not an array", () => {
    expect(() => groupBy(statements, 5 as never)).toThrow(new TypeError("groupBy: the key must be a field name or a function, got number"));
    expect(() => countBy(statements, null as never)).toThrow(new TypeError("countBy: the key must be a field name or a function, got object"));
    expect(() => groupBy({} as never, "id" as never)).toThrow(new TypeError("groupBy: 'records' must be an array of records, got object"));
    expect(() => countBy(undefined as never, "id" as never)).toThrow(new TypeError("countBy: 'records' must be an array of records, got undefined"));
  });
});

describe("themeCoverage", () => {
  // Computed inside each test, not here: Stryker switches a mutant on when the tests start, after the files are read.
  let coverage: ReturnType<typeof themeCoverage> = [];
  beforeEach(() => {
    coverage = themeCoverage(statements);
  });

  it("lists every theme raised, most statements first, ties by id", () => {
    expect(coverage.map((c) => c.count)).toEqual([...coverage.map((c) => c.count)].sort((a, b) => b - a));
    expect(coverage[0]).toMatchObject({ theme: "training-and-capacity-building", count: 9 });
    expect(coverage.map((c) => c.theme).slice(1, 5)).toEqual(["financing-and-resources", "mandates", "performance-and-accountability", "women-peace-and-security"]);
    expect(coverage).toHaveLength(19);
  });

  it("counts a statement once for a theme it addresses twice, and lists each delegation once", () => {
    const twice = statements.find((s) => s.themes.length >= 2)!;
    const again = twice.themes[0]!;
    const copy: Statement<AnyIds>[] = statements.map((s) => (s === twice ? { ...s, themes: [...s.themes, { ...again }] } : s));
    expect(themeCoverage(copy)).toEqual(coverage);
    for (const c of coverage) expect(new Set(c.delegations).size).toBe(c.delegations.length);
  });

  it("orders themes with the same count by id", () => {
    for (let i = 1; i < coverage.length; i++) {
      const [a, b] = [coverage[i - 1]!, coverage[i]!];
      if (a.count === b.count) expect(a.theme < b.theme, `${a.theme} before ${b.theme}`).toBe(true);
    }
    expect(coverage.some((c, i) => i > 0 && coverage[i - 1]!.count === c.count)).toBe(true);
  });

  it("lists the statements of each theme in input order, and refuses a non-array", () => {
    const safety = coverage.find((c) => c.theme === "safety-and-security")!;
    expect(safety.statements).toEqual(statements.filter((s) => s.themes.some((t) => t.theme === "safety-and-security")).map((s) => s.id));
    expect(safety.count).toBe(safety.statements.length);
    expect(themeCoverage([])).toEqual([]);
    expect(() => themeCoverage(null as never)).toThrow(new TypeError("themeCoverage: 'statements' must be an array of records, got null"));
  });

  it("orders themes by count, then by id, whatever the order they are first raised in", () => {
    // Three themes of the data, given to copies of real statements so that the first raised has the fewest statements
    // and ties with the last, and the second has the most.
    const [t1, t2, t3] = [...new Set(statements.flatMap((s) => s.themes.map((t) => t.theme)))].sort() as [string, string, string];
    const addressing = (s: Statement, ...ids: string[]): Statement<AnyIds> => ({ ...s, themes: ids.map((theme) => ({ ...s.themes[0]!, theme })) });
    const [a, b, c, d] = statements as [Statement, Statement, Statement, Statement];
    const input = [addressing(a, t2), addressing(b, t3, t1), addressing(c, t3, t2), addressing(d, t3, t1)];
    const result = themeCoverage(input);
    expect(result.map((r) => [r.theme, r.count])).toEqual([
      [t3, 3],
      [t1, 2],
      [t2, 2],
    ]);
    expect(result.map((r) => r.statements)).toEqual([[b.id, c.id, d.id], [b.id, d.id], [a.id, c.id]]);
    const speakers = (...xs: Statement[]) => [...new Set(xs.map((s) => s.speaker.delegation))];
    expect(result.map((r) => r.delegations)).toEqual([speakers(b, c, d), speakers(b, d), speakers(a, c)]);
  });

  it("lists, for each theme, the delegations that spoke its statements, each once, in order of first appearance", () => {
    const speakerOf = new Map(statements.map((s) => [s.id, s.speaker.delegation]));
    for (const c of coverage) expect(c.delegations, c.theme).toEqual([...new Set(c.statements.map((id) => speakerOf.get(id)))]);
    expect(coverage.some((c) => c.delegations.length > 1)).toBe(true);
  });

  it("says who raised safety and security", () => {
    expect(coverage.find((c) => c.theme === "safety-and-security")?.delegations).toEqual(["UN-DPO", "DOM", "VNM", "GBR"]);
  });
});

describe("missionMentions", () => {
  it("keeps explicit and inferred mentions apart", () => {
    const mentions = missionMentions(statements);
    expect(mentions.map((m) => m.mission)).toEqual(["MINUSMA", "MONUSCO", "UNAMID", "UNIFIL", "MINUSCA", "UNMISS"]);
    expect(mentions[0]).toEqual({
      mission: "MINUSMA",
      explicit: { statements: ["2020-09-14-a4p-01", "2020-09-14-a4p-09", "2020-09-14-a4p-13"], delegations: ["UN-DPO", "EST", "GBR"] },
      inferred: { statements: ["2020-09-14-a4p-11"], delegations: ["BEL"] },
    });
    expect(mentions.find((m) => m.mission === "MONUSCO")?.explicit.delegations).toEqual([]);
  });

  it("orders missions by the statements that mention them, explicitly or not, ties by id", () => {
    const mentions = missionMentions(statements);
    const total = (m: (typeof mentions)[number]) => new Set([...m.explicit.statements, ...m.inferred.statements]).size;
    for (let i = 1; i < mentions.length; i++) {
      const [a, b] = [mentions[i - 1]!, mentions[i]!];
      expect(total(a) > total(b) || (total(a) === total(b) && a.mission < b.mission), `${a.mission} before ${b.mission}`).toBe(true);
    }
    // A statement that mentions a mission explicitly and by inference counts once towards its total.
    const first = statements.find((s) => s.missions.some((m) => m.mention === "explicit"))!;
    const explicit = first.missions.find((m) => m.mention === "explicit")!;
    const both: Statement<AnyIds>[] = statements.map((s) => (s === first ? { ...s, missions: [...s.missions, { ...explicit, mention: "inferred", inferredFrom: "a place" }] } : s));
    const again = missionMentions(both);
    expect(again.map((m) => m.mission)).toEqual(mentions.map((m) => m.mission));
    expect(again.find((m) => m.mission === explicit.mission)!.inferred.statements).toContain(first.id);
    expect(missionMentions([])).toEqual([]);
    expect(() => missionMentions("x" as never)).toThrow(new TypeError("missionMentions: 'statements' must be an array of records, got string"));
  });

  it("counts a statement that mentions the same mission twice once", () => {
    // A copy of the briefing's statements in which the first statement naming two missions names its first again, last.
    const twice = statements.find((s) => s.missions.length >= 2)!;
    const again = twice.missions[0]!;
    const copy: Statement<AnyIds>[] = statements.map((s) => (s === twice ? { ...s, missions: [...s.missions, { ...again }] } : s));
    const mentions = missionMentions(copy);
    expect(mentions.find((m) => m.mission === again.mission)![again.mention].statements.filter((id) => id === twice.id)).toEqual([twice.id]);
    expect(mentions).toEqual(missionMentions(statements));
  });
});

describe("metricSeries", () => {
  const a4p = filterMetrics(metrics, { meeting: "2020-09-14-a4p" });

  it("orders the briefing's fatalities by year, the partial year marked", () => {
    const series = metricSeries(a4p, "peacekeeper-fatalities-acts-of-violence");
    expect(series.unit).toBe("count");
    expect(series.scope).toEqual({ missions: [], delegation: null, location: null, level: null });
    expect(series.otherScopes).toEqual([]);
    expect(series.points.map((p) => [p.period, p.value, p.qualifier, p.partial, p.statement, p.meeting, p.date, p.latest])).toEqual([
      ["2017", 59, "exact", false, "2020-09-14-a4p-01", "2020-09-14-a4p", "2020-09-14", true],
      ["2018", 27, "exact", false, "2020-09-14-a4p-01", "2020-09-14-a4p", "2020-09-14", true],
      ["2019", 25, "exact", false, "2020-09-14-a4p-01", "2020-09-14-a4p", "2020-09-14", true],
      ["2020", 8, "exact", true, "2020-09-14-a4p-01", "2020-09-14-a4p", "2020-09-14", true],
    ]);
    expect(series.points[3]!.bounds).toEqual({ start: "2020-01-01", end: "2020-09-14" });
  });

  it("never mixes scopes: the world's peacekeepers since 1948 and Indonesia's rotation are two series", () => {
    const world = metricSeries(a4p, "peacekeepers-deployed");
    expect(world.points.map((p) => [p.metric, p.value, p.qualifier])).toEqual([["2020-09-14-a4p-peacekeepers-deployed-since-1948", 1000000, "more-than"]]);
    expect(world.otherScopes).toEqual([{ missions: ["MINUSCA", "UNAMID"], delegation: "IDN", location: null, level: null }]);
    // The scope a series reports picks it back, missions in any order.
    const indonesia = metricSeries(a4p, "peacekeepers-deployed", { scope: { delegation: "IDN", missions: ["UNAMID", "MINUSCA"] } });
    expect(indonesia.scope).toEqual(world.otherScopes[0]);
    expect(indonesia.points.map((p) => [p.metric, p.period, p.value, p.latest])).toEqual([["2020-09-14-a4p-indonesia-rotation-september-2020", "2020-09", 210, true]]);
    expect(indonesia.otherScopes).toEqual([world.scope]);
    // A scope that names less than a metric's is another scope: Indonesia's figures that name no mission.
    expect(metricSeries(a4p, "peacekeepers-deployed", { scope: { delegation: "IDN" } }).points).toEqual([]);
  });

  it("takes a level as part of the scope", () => {
    const hq = metricSeries(a4p, "women-share-military-professional-posts", { scope: { level: "headquarters" } });
    expect(hq.points.map((p) => [p.period, p.value])).toEqual([["2020-06", 22.6]]);
    expect(metricSeries(a4p, "women-share-military-professional-posts").otherScopes).toEqual([hq.scope]);
  });

  it("prefers the exact value over a qualified one stated on the same date", () => {
    // The press release's 154 signatory states and France's "more than 150", at the same meeting.
    const series = metricSeries(a4p, "a4p-declaration-signatory-states");
    expect(series.points.map((p) => [p.value, p.qualifier, p.statement, p.latest])).toEqual([
      [154, "exact", null, true],
      [150, "more-than", "2020-09-14-a4p-12", false],
    ]);
  });

  const partial = metrics.find((m) => m.id === "2020-09-14-a4p-fatalities-2020-partial")!;
  const later: Meeting<AnyIds> = { ...meetings.find((m) => m.id === "2020-09-14-a4p")!, id: "2021-03-01-x", date: "2021-03-01" };
  const fullYear: Metric<AnyIds> = {
    ...partial,
    id: "2021-03-01-x-fatalities-2020",
    meeting: later.id,
    value: 13,
    period: { kind: "year", year: 2020, partial: false, through: null, text: null },
  };

  it("keeps both points of a shared period and marks the one stated at the later meeting latest", () => {
    // Given first in the input, but stated at the later meeting.
    const series = metricSeries([fullYear, ...a4p], "peacekeeper-fatalities-acts-of-violence", { meetings: [...meetings, later] });
    const y2020 = series.points.filter((p) => p.period === "2020");
    expect(y2020.map((p) => [p.value, p.partial, p.date, p.latest])).toEqual([
      [8, true, "2020-09-14", false],
      [13, false, "2021-03-01", true],
    ]);
  });

  it("marks latest the point stated at the later meeting even when its period sorts it first", () => {
    // A figure for the first half of 2020, stated at a later meeting: its period ends before the briefing's "so far in
    // 2020" (through 14 September), so it is listed first, yet it is the one stated last.
    const firstHalf: Metric<AnyIds> = {
      ...partial,
      id: "2021-03-01-x-fatalities-2020-first-half",
      meeting: later.id,
      value: 5,
      period: { kind: "year", year: 2020, partial: true, through: "2020-06-30", text: "in the first half of 2020" },
    };
    const series = metricSeries([...a4p, firstHalf], "peacekeeper-fatalities-acts-of-violence", { meetings: [...meetings, later] });
    expect(series.points.filter((p) => p.period === "2020").map((p) => [p.metric, p.date, p.latest])).toEqual([
      [firstHalf.id, later.date, true],
      [partial.id, meetings[0]!.date, false],
    ]);
  });

  it("takes a qualified value at a later meeting over an exact one at an earlier", () => {
    const qualified: Metric<AnyIds> = { ...fullYear, value: 12, qualifier: "more-than", qualifierText: "more than" };
    const exact: Metric = { ...partial, period: fullYear.period };
    const series = metricSeries([qualified, exact], "peacekeeper-fatalities-acts-of-violence", { meetings: [...meetings, later] });
    expect(series.points.map((p) => [p.value, p.qualifier, p.latest])).toEqual([
      [8, "exact", false],
      [12, "more-than", true],
    ]);
  });

  it("takes a qualified value at a later meeting over an exact one at an earlier, even when its period sorts it first", () => {
    // A "more than" figure for the first half of 2020, stated at a later meeting, is listed before the briefing's exact
    // "so far in 2020" (through 14 September); stated last, it is the one to use.
    const firstHalf: Metric<AnyIds> = {
      ...partial,
      id: "2021-03-01-x-fatalities-2020-first-half",
      meeting: later.id,
      value: 5,
      qualifier: "more-than",
      qualifierText: "more than",
      period: { kind: "year", year: 2020, partial: true, through: "2020-06-30", text: "in the first half of 2020" },
    };
    const series = metricSeries([...a4p, firstHalf], "peacekeeper-fatalities-acts-of-violence", { meetings: [...meetings, later] });
    expect(series.points.filter((p) => p.period === "2020").map((p) => [p.metric, p.qualifier, p.latest])).toEqual([
      [firstHalf.id, "more-than", true],
      [partial.id, "exact", false],
    ]);
  });

  it("marks one point of a metric given twice latest, the first", () => {
    const series = metricSeries([partial, partial], "peacekeeper-fatalities-acts-of-violence");
    expect(series.points.map((p) => [p.metric, p.latest])).toEqual([
      [partial.id, true],
      [partial.id, false],
    ]);
  });

  it("needs the date of a meeting it does not bundle, and names it", () => {
    expect(() => metricSeries([fullYear], "peacekeeper-fatalities-acts-of-violence")).toThrow(
      new TypeError("metricSeries: the date of meeting '2021-03-01-x' is not known; pass { meetings } with it, so that points are ordered by when they were stated"),
    );
    // A point of another scope is not ordered, so its meeting's date is not needed.
    const elsewhere: Metric<AnyIds> = { ...fullYear, scope: { ...fullYear.scope, location: "Darfur" } };
    expect(metricSeries([elsewhere], "peacekeeper-fatalities-acts-of-violence").otherScopes).toEqual([{ missions: [], delegation: null, location: "Darfur", level: null }]);
  });

  it("rejects a scope it cannot read, naming what is wrong", () => {
    const subject = "peacekeepers-deployed";
    expect(() => metricSeries(metrics, subject, { scope: { country: "IDN" } as never })).toThrow(new TypeError("metricSeries scope: unknown query field 'country' (known: missions, delegation, location, level)"));
    expect(() => metricSeries(metrics, subject, { scope: { level: "hq" as never } })).toThrow(new TypeError('metricSeries: \'scope.level\' must be "headquarters", "field" or null, got "hq"'));
    expect(() => metricSeries(metrics, subject, { scope: { missions: "UNAMID" as never } })).toThrow(new TypeError("metricSeries: 'scope.missions' must be an array of mission ids"));
    expect(() => metricSeries(metrics, subject, { scope: { missions: ["UNAMIDD" as never] } })).toThrow(UnknownIdError);
    expect(() => metricSeries(metrics, subject, { scope: { delegation: "IND" as never } })).toThrow(UnknownIdError);
    expect(() => metricSeries(metrics, subject, { scop: {} } as never)).toThrow(new TypeError("metricSeries options: unknown query field 'scop' (known: scope, meetings)"));
  });

  it("throws UnknownIdError for an unknown subject", () => {
    expect(() => metricSeries(metrics, "fatalities" as never)).toThrow(UnknownIdError);
  });
});

describe("metricSeries in detail", () => {
  const a4p = () => metrics;
  const subject = "peacekeeper-fatalities-acts-of-violence";
  const a4pMeeting = getById(allMeetings, A4P);
  const y2019 = getById(metrics, "2020-09-14-a4p-fatalities-2019");
  /** A copy of the 2019 figure: another id, and whatever else is given. */
  const copyOf2019 = (id: string, changes: Partial<Metric<AnyIds>> = {}): Metric<AnyIds> => ({ ...y2019, id, ...changes });
  const pointsOf2019 = (input: readonly Metric<AnyIds>[], extra: readonly Meeting<AnyIds>[] = []) =>
    metricSeries(input, subject, { meetings: [...meetings, ...extra] }).points.filter((p) => p.period === "2019").map((p) => [p.metric, p.latest]);

  it("orders the points of one period stated at one meeting by source, then place in it, then id; the last stated is latest", () => {
    const sameSource = y2019.evidence.source;
    const before = copyOf2019("a-before", { evidence: { ...y2019.evidence, start: y2019.evidence.start - 1 } });
    const sameSpot = copyOf2019("z-same-spot");
    const otherSource = copyOf2019("0-other-source", { evidence: { ...y2019.evidence, source: `${sameSource}~`, start: 0 } });
    expect(pointsOf2019([otherSource, sameSpot, y2019, before])).toEqual([
      [before.id, false],
      [y2019.id, false],
      [sameSpot.id, false],
      [otherSource.id, true],
    ]);
  });

  it("orders meetings of one date by id, and takes the point of the later one", () => {
    const twin: Meeting<AnyIds> = { ...a4pMeeting, id: `${A4P}-b` };
    const atTwin = copyOf2019("0-at-twin", { meeting: twin.id, evidence: { ...y2019.evidence, start: 0 } });
    expect(pointsOf2019([atTwin, y2019], [twin])).toEqual([
      [y2019.id, false],
      [atTwin.id, true],
    ]);
    const early: Meeting<AnyIds> = { ...a4pMeeting, id: `${A4P}-0`, date: "2020-09-13" };
    const atEarly = copyOf2019("z-at-early", { meeting: early.id });
    expect(pointsOf2019([y2019, atEarly], [early])).toEqual([
      [atEarly.id, false],
      [y2019.id, true],
    ]);
  });

  it("on one date, takes an exact value stated before a qualified one, and the later of two qualified", () => {
    const qualified = { qualifier: "more-than", qualifierText: "more than" } as const;
    const after = copyOf2019("after", { ...qualified, evidence: { ...y2019.evidence, start: y2019.evidence.start + 1 } });
    expect(pointsOf2019([after, y2019])).toEqual([
      [y2019.id, true],
      [after.id, false],
    ]);
    const alsoQualified = { ...y2019, ...qualified };
    expect(pointsOf2019([after, alsoQualified])).toEqual([
      [y2019.id, false],
      [after.id, true],
    ]);
    // The exact value wins when it is stated after the qualified one, too.
    const before = copyOf2019("before", { ...qualified, evidence: { ...y2019.evidence, start: y2019.evidence.start - 1 } });
    expect(pointsOf2019([y2019, before])).toEqual([
      [before.id, false],
      [y2019.id, true],
    ]);
  });

  it("on one date, takes the later stated of two exact values of one period even when the other sorts last", () => {
    // The year so far (through the meeting's date) sorts before the whole year; the whole year stated earlier loses.
    const partial = getById(metrics, "2020-09-14-a4p-fatalities-2020-partial");
    const period = { ...partial.period!, partial: false, through: null } as Metric["period"];
    const wholeYear: Metric<AnyIds> = { ...partial, id: "whole-2020", period, evidence: { ...partial.evidence, start: partial.evidence.start - 1 } };
    const points = metricSeries([wholeYear, partial], subject).points.map((p) => [p.metric, p.period, p.latest]);
    expect(points).toEqual([
      [partial.id, "2020", true],
      [wholeYear.id, "2020", false],
    ]);
  });

  it("takes the dates of the meetings given over the bundled ones", () => {
    const moved: Meeting<AnyIds> = { ...a4pMeeting, date: "2030-01-01" };
    const series = metricSeries(a4p(), subject, { meetings: [moved] });
    expect(series.points.map((p) => p.date)).toEqual(series.points.map(() => "2030-01-01"));
    expect(() => metricSeries(a4p(), subject, { meetings: "all" as never })).toThrow(new TypeError("metricSeries: 'options.meetings' must be an array of records, got string"));
  });

  it("knows no date for a meeting named like a property of every object", () => {
    for (const meeting of ["toString", "constructor", "__proto__"]) {
      expect(() => metricSeries([copyOf2019("x", { meeting })], subject), meeting).toThrow(new RegExp(`^metricSeries: the date of meeting '${meeting}' is not known`));
    }
  });

  it("gives an empty series no unit, and lists the scopes left out, the global one first", () => {
    const series = metricSeries(a4p(), subject, { scope: { location: "Darfur" } });
    expect([series.unit, series.points]).toEqual([null, []]);
    expect(series.scope).toEqual({ missions: [], delegation: null, location: "Darfur", level: null });
    expect(series.otherScopes).toEqual([{ missions: [], delegation: null, location: null, level: null }]);
  });

  it("tells scopes apart by each field, and missions as a set", () => {
    const scoped = (id: string, scope: Partial<Metric["scope"]>) => copyOf2019(id, { scope: { ...y2019.scope, ...scope } });
    const input = [
      scoped("idn", { delegation: "IDN" }),
      scoped("gbr", { delegation: "GBR" }),
      scoped("darfur", { location: "Darfur" }),
      scoped("bunia", { location: "Bunia" }),
      scoped("hq", { level: "headquarters" }),
      scoped("field", { level: "field" }),
      scoped("two", { missions: ["UNAMID", "MINUSCA"] }),
      scoped("two-again", { missions: ["MINUSCA", "UNAMID", "MINUSCA"] }),
      scoped("one", { missions: ["UNAMID"] }),
      scoped("one-twice", { missions: ["UNAMID", "UNAMID"] }),
    ];
    const series = metricSeries<AnyIds>(input, subject, { scope: { missions: ["UNAMID", "MINUSCA", "UNAMID"] } });
    expect(series.scope.missions).toEqual(["MINUSCA", "UNAMID"]);
    expect(series.points.map((p) => p.metric)).toEqual(["two", "two-again"]);
    const others = series.otherScopes.map((s) => JSON.stringify([s.delegation, s.missions, s.location, s.level]));
    expect(others).toEqual([
      '[null,["UNAMID"],null,null]',
      '[null,[],null,"field"]',
      '[null,[],null,"headquarters"]',
      '[null,[],"Bunia",null]',
      '[null,[],"Darfur",null]',
      '["GBR",[],null,null]',
      '["IDN",[],null,null]',
    ]);
    // Each scope listed picks its own points back.
    for (const scope of series.otherScopes) {
      const points = metricSeries<AnyIds>(input, subject, { scope }).points.map((p) => p.metric);
      expect(points.length, JSON.stringify(scope)).toBe(scope.missions.length === 1 ? 2 : 1);
    }
    expect(metricSeries<AnyIds>(input, subject, { scope: { missions: ["UNAMID"] } }).points.map((p) => p.metric)).toEqual(["one", "one-twice"]);
    // Asked for the global scope, missions named in another order or twice still make one scope left out.
    const withMissions = input.filter((m) => m.scope.missions.length > 0);
    expect(metricSeries<AnyIds>(withMissions, subject).otherScopes.map((s) => s.missions)).toEqual([["MINUSCA", "UNAMID"], ["UNAMID"]]);
    // A scope with no mission does not take a metric that names one.
    expect(metricSeries<AnyIds>(input, subject, { scope: { delegation: "IDN" } }).points.map((p) => p.metric)).toEqual(["idn"]);
  });

  it("leaves out metrics of other subjects and metrics without a period", () => {
    const noPeriod = copyOf2019("no-period", { period: null });
    const other = copyOf2019("other-subject", { subject: "peacekeepers-deployed" });
    expect(metricSeries<AnyIds>([noPeriod, other, y2019], subject).points.map((p) => p.metric)).toEqual([y2019.id]);
  });

  it("takes subjects, missions and delegations of the user's own metrics, and refuses other ids", () => {
    const own = copyOf2019("own", { subject: "own-subject", scope: { ...y2019.scope, missions: ["OWNMIS"], delegation: "OWN" } });
    expect(metricSeries<AnyIds>([own], "own-subject", { scope: { missions: ["OWNMIS"], delegation: "OWN" } }).points.map((p) => p.metric)).toEqual(["own"]);
    expect(() => metricSeries<AnyIds>([own], "own-subjects")).toThrow(/^unknown subjects id 'own-subjects'; closest known: own-subject/);
    expect(() => metricSeries<AnyIds>([own], "own-subject", { scope: { missions: ["OWNMISS"] } })).toThrow(/^unknown missions id 'OWNMISS'; closest known: OWNMIS/);
    expect(() => metricSeries<AnyIds>([own], "own-subject", { scope: { delegation: "OWNN" } })).toThrow(/^unknown delegations id 'OWNN'; closest known: OWN/);
  });

  it("refuses input it cannot read, saying what is wrong", () => {
    expect(() => metricSeries("metrics" as never, subject)).toThrow(new TypeError("metricSeries: 'metrics' must be an array of records, got string"));
    expect(() => metricSeries(a4p(), subject, null as never)).toThrow(new TypeError("metricSeries options: the query must be an object, got null"));
    expect(() => metricSeries(a4p(), subject, { scope: { delegation: 5 as never } })).toThrow(new TypeError("metricSeries: 'scope.delegation' must be a delegation id or null, got number"));
    for (const location of ["", 5]) {
      expect(() => metricSeries(a4p(), subject, { scope: { location: location as never } })).toThrow(new TypeError("metricSeries: 'scope.location' must be a place name or null"));
    }
    expect(() => metricSeries(a4p(), subject, { scope: { missions: [5 as never] } })).toThrow(new TypeError("metricSeries: 'scope.missions' must be an array of mission ids"));
    expect(() => metricSeries(a4p(), subject, { scope: [] as never })).toThrow(new TypeError("metricSeries scope: the query must be an object, got an array"));
    // Explicit nulls are the defaults.
    expect(metricSeries(a4p(), subject, { scope: { delegation: null, location: null, level: null, missions: [] } })).toEqual(metricSeries(a4p(), subject));
  });
});
