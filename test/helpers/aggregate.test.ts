import { describe, expect, it } from "vitest";
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
  type Meeting,
  type Metric,
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
  });
});

describe("themeCoverage", () => {
  const coverage = themeCoverage(statements);

  it("lists every theme raised, most statements first, ties by id", () => {
    expect(coverage.map((c) => c.count)).toEqual([...coverage.map((c) => c.count)].sort((a, b) => b - a));
    expect(coverage[0]).toMatchObject({ theme: "training-and-capacity-building", count: 9 });
    expect(coverage.map((c) => c.theme).slice(1, 5)).toEqual(["financing-and-resources", "mandates", "performance-and-accountability", "women-peace-and-security"]);
    expect(coverage).toHaveLength(19);
  });

  it("says who raised safety and security", () => {
    expect(coverage.find((c) => c.theme === "safety-and-security")?.delegations).toEqual(["UN-DPO", "DOM", "VNM", "CHN", "GBR"]);
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
});

describe("metricSeries", () => {
  it("orders the briefing's fatalities by year, the partial year marked", () => {
    const series = metricSeries(metrics, "peacekeeper-fatalities-acts-of-violence");
    expect(series.unit).toBe("count");
    expect(series.points.map((p) => [p.period, p.value, p.qualifier, p.partial, p.statement, p.meeting, p.latest])).toEqual([
      ["2017", 59, "exact", false, "2020-09-14-a4p-01", "2020-09-14-a4p", true],
      ["2018", 27, "exact", false, "2020-09-14-a4p-01", "2020-09-14-a4p", true],
      ["2019", 25, "exact", false, "2020-09-14-a4p-01", "2020-09-14-a4p", true],
      ["2020", 8, "exact", true, "2020-09-14-a4p-01", "2020-09-14-a4p", true],
    ]);
    expect(series.points[3]!.bounds).toEqual({ start: "2020-01-01", end: "2020-09-14" });
  });

  it("keeps both points of a shared period and marks the later-stated one latest", () => {
    const partial = metrics.find((m) => m.id === "2020-09-14-a4p-fatalities-2020-partial")!;
    const fullYear: Metric = {
      ...partial,
      id: "2021-03-01-x-fatalities-2020",
      meeting: "2021-03-01-x",
      value: 13,
      period: { kind: "year", year: 2020, partial: false, through: null, text: null },
    };
    const later: Meeting = { ...meetings[0]!, id: "2021-03-01-x", date: "2021-03-01" };
    // Given first in the input, but stated at the later meeting.
    const series = metricSeries([fullYear, ...metrics], "peacekeeper-fatalities-acts-of-violence", { meetings: [...meetings, later] });
    const y2020 = series.points.filter((p) => p.period === "2020");
    expect(y2020.map((p) => [p.value, p.partial, p.latest])).toEqual([
      [8, true, false],
      [13, false, true],
    ]);
  });

  it("keeps two statements of the same stock on the same day, the later in the text latest", () => {
    const series = metricSeries(metrics, "a4p-declaration-signatory-states");
    expect(series.points.map((p) => [p.value, p.qualifier, p.statement, p.latest])).toEqual([
      [154, "exact", null, false],
      [150, "more-than", "2020-09-14-a4p-12", true],
    ]);
  });

  it("throws UnknownIdError for an unknown subject", () => {
    expect(() => metricSeries(metrics, "fatalities" as never)).toThrow(UnknownIdError);
  });
});
