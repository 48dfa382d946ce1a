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
  type Statement,
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

  it("counts themes and missions as one set: two delegations raising different missions are told apart", () => {
    const raising = [...new Set(statements.filter((s) => s.missions.some((m) => m.mention === "explicit")).map((s) => s.speaker.delegation))];
    const size = (c: { both: readonly unknown[]; onlyA: readonly unknown[]; onlyB: readonly unknown[] }) => c.both.length + c.onlyA.length + c.onlyB.length;
    let apart = 0;
    for (const a of raising) {
      for (const b of raising) {
        const c = compareDelegations(statements, a, b);
        expect(c.jaccard, `${a} ${b}`).toBeCloseTo((c.themes.both.length + c.missions.both.length) / (size(c.themes) + size(c.missions)), 10);
        if (c.missions.onlyA.length > 0 && c.missions.onlyB.length > 0) apart++;
      }
    }
    expect(apart).toBeGreaterThan(0);
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
    expect(compareMeetings<AnyIds>(excerpted, "2021-01-01-x", "2020-09-14-a4p").excerpt).toBe(true);
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

describe("changeBetween in detail", () => {
  const y2017 = getById(metrics, "2020-09-14-a4p-fatalities-2017");
  const y2019 = getById(metrics, "2020-09-14-a4p-fatalities-2019");
  const seriesOf = (input: readonly Metric<AnyIds>[]) => metricSeries<AnyIds>(input, "peacekeeper-fatalities-acts-of-violence");

  it("gives no relative change from zero", () => {
    const change = changeBetween(seriesOf([{ ...y2017, value: 0 }, y2019]), 2017, 2019);
    expect([change.absolute, change.relative, change.percent]).toEqual([25, null, null]);
  });

  it("rounds away floating-point noise in the absolute change, and says which values are exact", () => {
    const change = changeBetween(seriesOf([{ ...y2017, value: 17 }, { ...y2019, value: 22.6, qualifier: "almost", qualifierText: "almost" }]), 2017, 2019);
    expect(change.absolute).toBe(5.6);
    expect(change.relative).toBeCloseTo(5.6 / 17, 12);
    expect(change.percent).toBeCloseTo((5.6 / 17) * 100, 10);
    expect(change.exact).toBe(false);
    expect(changeBetween(seriesOf([{ ...y2017, qualifier: "more-than", qualifierText: "more than" }, y2019]), 2017, 2019).exact).toBe(false);
  });

  it("uses the latest point of a period that has several", () => {
    const earlierStated = { ...y2019, id: "a", value: 99, evidence: { ...y2019.evidence, start: y2019.evidence.start - 1 } };
    const series = seriesOf([y2017, y2019, earlierStated]);
    expect(series.points.filter((p) => p.period === "2019").map((p) => p.latest)).toEqual([false, true]);
    expect(changeBetween(series, 2017, 2019).to.metric).toBe(y2019.id);
    expect(changeBetween(series, 2019, 2017).from.metric).toBe(y2019.id);
  });

  it("refuses a partial period at either end, and names a missing one", () => {
    expect(() => changeBetween(fatalities, 2020, 2017)).toThrow(PartialPeriodError);
    expect(changeBetween(fatalities, 2020, 2017, { allowPartial: true }).absolute).toBe(51);
    expect(() => changeBetween(fatalities, 2017, 2021)).toThrow(/^changeBetween: the peacekeeper-fatalities-acts-of-violence series has no 'to' period 2021 \(it has: 2017, 2018, 2019, 2020\)$/);
    expect(() => changeBetween(seriesOf([]), 2017, 2019)).toThrow(/has no 'from' period 2017 \(it has: none\)$/);
  });

  it("refuses what is not a series", () => {
    const notASeries = new TypeError("changeBetween: 'series' must be the result of metricSeries");
    for (const series of [null, undefined, "series", {}, { points: "none" }]) expect(() => changeBetween(series as never, 2017, 2019)).toThrow(notASeries);
  });
});

describe("compareToTarget in detail", () => {
  const hq = getById(metrics, "2020-09-14-a4p-women-military-professional-posts-hq");
  const at = (value: number, qualifier: Metric["qualifier"]): Metric => ({ ...hq, value, qualifier, qualifierText: qualifier === "exact" ? null : "…" });

  it.each([
    [17, "exact", true],
    [18, "exact", false],
    [16, "less-than", true],
    [17, "less-than", true],
    [18, "less-than", null],
    [17, "almost", true],
    [18, "almost", null],
    [17, "at-most", true],
    [18, "at-most", null],
    [17, "more-than", false],
    [16, "more-than", null],
    [17, "at-least", null],
    [18, "at-least", false],
    [16, "at-least", null],
    [17, "approximately", null],
    [15, "approximately", true],
    [20, "approximately", false],
  ] as const)("reads an at-most target: %d %s against 17 → met %s", (value, qualifier, met) => {
    expect(compareToTarget(at(value, qualifier), { direction: "at-most" }).met).toBe(met);
  });

  it("misses for sure a target no number reaches: the unbounded side of a qualified value is open", () => {
    const withTarget = (metric: Metric, value: number): Metric => ({ ...metric, target: { ...hq.target!, value } });
    for (const qualifier of ["more-than", "at-least", "exact"] as const) {
      expect(compareToTarget(withTarget(at(17, qualifier), Infinity)).met, qualifier).toBe(false);
    }
    for (const qualifier of ["less-than", "almost", "at-most", "exact"] as const) {
      expect(compareToTarget(withTarget(at(17, qualifier), -Infinity), { direction: "at-most" }).met, qualifier).toBe(false);
    }
  });

  it.each([
    [16, "at-least", null],
    [16, "at-most", false],
    [18, "less-than", null],
    [15, "approximately", false],
  ] as const)("reads an at-least target: %d %s against 17 → met %s", (value, qualifier, met) => {
    expect(compareToTarget(at(value, qualifier)).met).toBe(met);
    expect(compareToTarget(at(value, qualifier), { direction: "at-least" }).met).toBe(met);
  });

  it("reports every field, in the metric's unit when it is not a percentage", () => {
    const count: Metric<AnyIds> = { ...hq, unit: "count", value: 210, target: { ...hq.target!, value: 200, qualifier: "at-least", qualifierText: "at least" } };
    expect(compareToTarget(count)).toEqual({
      metric: hq.id,
      value: 210,
      qualifier: "exact",
      target: 200,
      targetQualifier: "at-least",
      unit: "count",
      difference: 10,
      differenceUnit: "count",
      ratio: 1.05,
      met: true,
    });
    expect(compareToTarget({ ...count, target: { ...count.target!, value: 0 } }).ratio).toBeNull();
  });

  it("refuses a record that is not a metric, a metric without a target, and an unknown direction", () => {
    const notAMetric = new TypeError("compareToTarget: 'metric' must be a Metric record");
    for (const metric of [null, undefined, "metric", { ...hq, value: "22.6" }]) expect(() => compareToTarget(metric as never)).toThrow(notAMetric);
    expect(() => compareToTarget({ ...hq, target: undefined } as never)).toThrow(new TypeError(`compareToTarget: metric '${hq.id}' has no target`));
    expect(() => compareToTarget(hq, { direction: "up" as never })).toThrow(new TypeError("compareToTarget: direction must be 'at-least' or 'at-most', got 'up'"));
  });
});

describe("compareDelegations in detail", () => {
  it("counts inferred mission mentions when asked", () => {
    const inferred = statements.find((s) => s.missions.length > 0 && s.missions.every((m) => m.mention === "inferred"))!;
    const d = inferred.speaker.delegation;
    expect(compareDelegations(statements, d, d).missions).toEqual({ both: [], onlyA: [], onlyB: [], jaccard: null });
    const mentioned = [...new Set(inferred.missions.map((m) => m.mission))].sort();
    expect(compareDelegations(statements, d, "AU", { inferredMissions: true }).missions.onlyA).toEqual(mentioned);
  });

  it("counts statements made on behalf of either delegation when asked", () => {
    const onBehalf = statements.find((s) => s.onBehalfOf.length > 0)!;
    const spokenFor = onBehalf.onBehalfOf[0]!;
    const c = compareDelegations(statements, onBehalf.speaker.delegation, spokenFor, { onBehalfOf: true });
    expect(c.themes.onlyA).toEqual([]);
    expect(c.themes.both).toEqual([...new Set(onBehalf.themes.map((t) => t.theme))].sort());
  });

  it("keeps a theme and a mission with the same id apart in the joint similarity", () => {
    const first = statements[0]!;
    const a: Statement<AnyIds> = { ...first, id: "a", speaker: { ...first.speaker, delegation: "A" }, themes: [{ ...first.themes[0]!, theme: "X" }], missions: [] };
    const b: Statement<AnyIds> = { ...first, id: "b", speaker: { ...first.speaker, delegation: "B" }, themes: [], missions: [{ mission: "X", mention: "explicit", inferredFrom: null, evidence: first.paragraphs[0]! }] };
    expect(compareDelegations<AnyIds>([a, b], "A", "B").jaccard).toBe(0);
  });

  it("refuses records that are not an array, and unknown options", () => {
    expect(() => compareDelegations("x" as never, "DEU", "RUS")).toThrow(new TypeError("compareDelegations: 'statements' must be an array of records, got string"));
    expect(() => compareDelegations(statements, "DEU", "RUS", { behalf: true } as never)).toThrow(/^compareDelegations options: unknown query field 'behalf'/);
    expect(() => compareDelegations(statements, "DEUX" as never, "RUS")).toThrow(/^unknown delegations id 'DEUX'; closest known: DEU/);
  });
});

describe("compareMeetings in detail", () => {
  it("sorts what is in both and in either, and reads only each meeting's own records", () => {
    const other = { ...a4p, id: "2021-01-01-x" };
    const copy = (s: (typeof statements)[number]) => ({ ...s, id: `x-${s.id}`, meeting: other.id });
    // Chosen so that their speaking order (CHN, RUS, FRA) is not their sorted order.
    const chosen = statements.filter((s) => ["RUS", "CHN", "FRA"].includes(s.speaker.delegation));
    const subject = metrics.find((m) => m.subject === "peacekeepers-deployed")!;
    const c = compareMeetings<AnyIds>(
      { sources: dataset.sources, meetings: [a4p, other], statements: [...statements, ...chosen.map(copy)], metrics: [...metrics, { ...subject, id: "x-m", meeting: other.id }] },
      "2021-01-01-x",
      A4P,
    );
    expect(chosen.map((s) => s.speaker.delegation)).toEqual(["CHN", "RUS", "FRA"]);
    expect(c.speakers.both).toEqual(["CHN", "FRA", "RUS"]);
    expect(c.speakers.onlyA).toEqual([]);
    expect(c.speakers.onlyB).toEqual([...new Set(statements.map((s) => s.speaker.delegation))].filter((d) => !["CHN", "RUS", "FRA"].includes(d)).sort());
    expect(c.themes.both).toEqual([...new Set(chosen.flatMap((s) => s.themes.map((t) => t.theme)))].sort());
    expect(c.subjects.both).toEqual(["peacekeepers-deployed"]);
    expect(c.subjects.onlyB).toEqual([...new Set(metrics.map((m) => m.subject))].filter((s) => s !== "peacekeepers-deployed").sort());
    expect(c.speakers.jaccard).toBe(3 / new Set(statements.map((s) => s.speaker.delegation)).size);
  });

  it("lists a meeting's excerpt sources sorted", () => {
    const source = dataset.sources[0]!;
    const sources = [{ ...source, id: "z-excerpt", completeness: "excerpt" as const }, { ...source, id: "a-excerpt", completeness: "excerpt" as const }, { ...source, id: "m-complete" }];
    const c = compareMeetings<AnyIds>({ ...dataset, sources: [...dataset.sources, ...sources], meetings: [{ ...a4p, sources: ["z-excerpt", "m-complete", "a-excerpt"] }] }, A4P, A4P);
    expect(c.excerptSources).toEqual({ a: ["a-excerpt", "z-excerpt"], b: ["a-excerpt", "z-excerpt"] });
  });

  it("refuses a dataset without any of its arrays, and an unknown first meeting", () => {
    const notADataset = new TypeError("compareMeetings: 'dataset' must have sources, meetings, statements and metrics arrays");
    for (const notObject of [null, undefined, "dataset"]) expect(() => compareMeetings(notObject as never, A4P, A4P), String(notObject)).toThrow(notADataset);
    for (const missing of ["meetings", "statements", "metrics"] as const) {
      expect(() => compareMeetings({ ...dataset, [missing]: {} } as never, A4P, A4P), missing).toThrow(notADataset);
    }
    expect(() => compareMeetings(dataset, "2020-09-15" as never, A4P)).toThrow(/^unknown meetings id '2020-09-15'/);
  });
});
