import { describe, expect, it } from "vitest";
import {
  changeBetween,
  compareDelegations,
  compareMeetings,
  compareToTarget,
  dataset,
  filterMetrics,
  filterStatements,
  getById,
  metrics as allMetrics,
  metricSeries,
  PartialPeriodError,
  statements as allStatements,
  UnknownIdError,
  type AnyIds,
  type Meeting,
  type Metric,
} from "../../src/index.js";

// The expectations below are read from the 2020-09-14 meeting's text: scope the records to it, so a meeting added to
// the data leaves them true.
const A4P = "2020-09-14-a4p";
const statements = filterStatements(allStatements, { meeting: A4P });
const metrics = filterMetrics(allMetrics, { meeting: A4P });
const a4p = getById(dataset.meetings, A4P);

const fatalities = metricSeries(metrics, "peacekeeper-fatalities-acts-of-violence");

describe("changeBetween", () => {
  it("gives the change in fatalities from 2017 to 2019: -34, about -57.6 %", () => {
    const change = changeBetween(fatalities, 2017, 2019);
    expect(change.absolute).toBe(-34);
    expect(change.percent).toBeCloseTo(-57.627, 3);
    expect(change.relative).toBeCloseTo(-0.57627, 5);
    expect(change.exact).toBe(true);
    expect([change.from.value, change.to.value]).toEqual([59, 25]);
  });

  it("refuses a partial period unless asked", () => {
    expect(() => changeBetween(fatalities, 2019, 2020)).toThrow(PartialPeriodError);
    expect(() => changeBetween(fatalities, "2019", "2020")).toThrow(/covers only part of that period; pass \{ allowPartial: true \}/);
    expect(changeBetween(fatalities, 2019, 2020, { allowPartial: true }).absolute).toBe(-17);
  });

  it("names the periods the series has when one is missing", () => {
    expect(() => changeBetween(fatalities, 2016, 2019)).toThrow(
      new RangeError("changeBetween: the peacekeeper-fatalities-acts-of-violence series has no 'from' period 2016 (it has: 2017, 2018, 2019, 2020)"),
    );
  });

  it("says a change between qualified values is not exact", () => {
    // The world's "more than 1 million" since 1948, and an exact figure for 2021 from a meeting built for the test.
    const since1948 = getById(metrics, "2020-09-14-a4p-peacekeepers-deployed-since-1948");
    const later: Meeting<AnyIds> = { ...dataset.meetings.find((m) => m.id === "2020-09-14-a4p")!, id: "2022-01-01-x", date: "2022-01-01" };
    const y2021: Metric<AnyIds> = { ...since1948, id: "2022-01-01-x-deployed-2021", meeting: later.id, value: 1100000, qualifier: "exact", qualifierText: null, period: { kind: "year", year: 2021, partial: false, through: null, text: null } };
    const deployed = metricSeries<AnyIds>([...metrics, y2021], "peacekeepers-deployed", { meetings: [...dataset.meetings, later] });
    const change = changeBetween(deployed, "since 1948", 2021);
    expect([change.from.qualifier, change.to.qualifier, change.exact]).toEqual(["more-than", "exact", false]);
  });
});

describe("compareToTarget", () => {
  it("compares the share of women in military professional posts at Headquarters with its target: +5.6 points, met", () => {
    const c = compareToTarget(getById(metrics, "2020-09-14-a4p-women-military-professional-posts-hq"));
    expect(c).toMatchObject({ value: 22.6, target: 17, difference: 5.6, differenceUnit: "percentage-points", met: true });
    expect(c.ratio).toBeCloseTo(1.3294, 4);
  });

  it("compares the field observers with theirs: +1.3 points, met", () => {
    expect(compareToTarget(getById(metrics, "2020-09-14-a4p-women-staff-and-military-observers-field"))).toMatchObject({ difference: 1.3, met: true });
  });

  const hq = getById(metrics, "2020-09-14-a4p-women-military-professional-posts-hq");
  const at = (value: number, qualifier: Metric["qualifier"]): Metric => ({ ...hq, value, qualifier, qualifierText: qualifier === "exact" ? null : "…" });

  it.each([
    [17, "exact", true],
    [17, "more-than", true],
    [17, "at-least", true],
    [17, "almost", false],
    [17, "less-than", false],
    [17, "at-most", null],
    [18, "almost", null],
    [16, "more-than", null],
    [16, "exact", false],
    [17, "approximately", null],
    [20, "approximately", true],
  ] as const)("is honest about qualifiers: %d %s against 17 → met %s", (value, qualifier, met) => {
    expect(compareToTarget(at(value, qualifier)).met).toBe(met);
  });

  it("reads an at-most target the other way", () => {
    expect(compareToTarget(at(16, "exact"), { direction: "at-most" }).met).toBe(true);
    expect(compareToTarget(at(17, "more-than"), { direction: "at-most" }).met).toBe(false);
  });

  it("refuses a metric without a target", () => {
    expect(() => compareToTarget(getById(metrics, "2020-09-14-a4p-fatalities-2017"))).toThrow(new TypeError("compareToTarget: metric '2020-09-14-a4p-fatalities-2017' has no target"));
  });
});

describe("compareDelegations", () => {
  it("finds Germany and the Russian Federation both raising human rights, and where they part", () => {
    const c = compareDelegations(statements, "DEU", "RUS");
    expect(c.themes.both).toContain("human-rights");
    expect(c.themes.both).toEqual(["financing-and-resources", "human-rights", "mandates", "women-peace-and-security"]);
    expect(c.themes.onlyA).toContain("covid-19");
    expect(c.missions).toEqual({ both: [], onlyA: [], onlyB: ["UNIFIL"], jaccard: 0 });
    expect(c.themes.jaccard).toBeCloseTo(4 / 11, 10);
    expect(c.jaccard).toBeCloseTo(4 / 12, 10);
  });

  it("counts a delegation spoken for only when asked", () => {
    expect(compareDelegations(statements, "NER", "ZAF").themes.onlyB).toHaveLength(9);
    expect(compareDelegations(statements, "NER", "ZAF", { onBehalfOf: true }).jaccard).toBe(1);
  });

  it("gives a null similarity when neither raised anything", () => {
    expect(compareDelegations(statements, "AU", "ASEAN").jaccard).toBeNull();
  });

  it("throws UnknownIdError for an unknown delegation", () => {
    expect(() => compareDelegations(statements, "DEU", "RUSSIA" as never)).toThrow(UnknownIdError);
  });
});

describe("compareMeetings", () => {
  it("compares a meeting with another built from it", () => {
    const other = {
      sources: dataset.sources,
      meetings: [a4p, { ...a4p, id: "2021-01-01-x" }],
      statements: [
        ...statements,
        ...statements.filter((s) => ["CHN", "FRA"].includes(s.speaker.delegation)).map((s) => ({ ...s, meeting: "2021-01-01-x" })),
      ],
      metrics,
    };
    const c = compareMeetings<AnyIds>(other, "2020-09-14-a4p", "2021-01-01-x");
    expect(c.speakers.both).toEqual(["CHN", "FRA"]);
    expect(c.speakers.onlyA).toHaveLength(11);
    expect(c.speakers.onlyB).toEqual([]);
    expect(c.subjects).toMatchObject({ both: [], onlyB: [], jaccard: 0 });
    expect(c.themes.onlyB).toEqual([]);
    expect([c.excerpt, c.excerptSources]).toEqual([false, { a: [], b: [] }]);
  });

  it("says when a meeting's source is an excerpt", () => {
    // A copy of the real dataset whose meeting is known from an excerpt of its press release.
    const meeting = dataset.meetings.find((m) => m.id === "2020-09-14-a4p")!;
    const copy = structuredClone(dataset) as unknown as typeof dataset;
    const excerpted = {
      ...copy,
      sources: [...copy.sources, ...copy.sources.filter((s) => meeting.sources.includes(s.id)).map((s) => ({ ...s, id: `${s.id}-excerpt`, completeness: "excerpt" as const }))],
      meetings: [...copy.meetings, { ...meeting, id: "2021-01-01-x", sources: meeting.sources.map((id) => `${id}-excerpt`) }],
    };
    const c = compareMeetings<AnyIds>(excerpted, "2020-09-14-a4p", "2021-01-01-x");
    expect(c.excerpt).toBe(true);
    expect(c.excerptSources).toEqual({ a: [], b: meeting.sources.map((id) => `${id}-excerpt`).sort() });
    expect(compareMeetings<AnyIds>(excerpted, "2021-01-01-x", "2021-01-01-x").excerpt).toBe(true);
    // A source marked complete, or not marked, is read as complete.
    const complete = { ...excerpted, sources: excerpted.sources.map((s) => ({ ...s, completeness: "complete" as const })) };
    expect(compareMeetings<AnyIds>(complete, "2021-01-01-x", "2021-01-01-x").excerpt).toBe(false);
  });

  it("names a source a meeting cites that the dataset does not hold", () => {
    expect(() => compareMeetings({ ...dataset, sources: [] }, "2020-09-14-a4p", "2020-09-14-a4p")).toThrow(
      new TypeError(`compareMeetings: meeting '2020-09-14-a4p' names source '${dataset.meetings.find((m) => m.id === "2020-09-14-a4p")!.sources[0]}', which the dataset does not hold`),
    );
    expect(() => compareMeetings({ ...dataset, sources: undefined } as never, "2020-09-14-a4p", "2020-09-14-a4p")).toThrow(
      new TypeError("compareMeetings: 'dataset' must have sources, meetings, statements and metrics arrays"),
    );
  });

  it("throws UnknownIdError for a meeting not in the dataset", () => {
    expect(() => compareMeetings(dataset, "2020-09-14-a4p", "2020-09-15" as never)).toThrow(/^unknown meetings id '2020-09-15'; closest known: (.+, )?2020-09-14-a4p(,|$)/);
  });
});
