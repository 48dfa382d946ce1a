/** Properties of the helpers over random subsets and queries of the real (deeply frozen) data. */
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  changeBetween,
  compareDelegations,
  compareMeetings,
  compareToTarget,
  countBy,
  dataset,
  DELEGATION_IDS,
  filterMetrics,
  filterStatements,
  getById,
  groupBy,
  indexById,
  metrics,
  metricSeries,
  METRIC_SUBJECTS,
  missionMentions,
  MISSION_IDS,
  statements,
  themeCoverage,
  THEME_IDS,
  type AnyIds,
  type Metric,
  type Statement,
} from "../../src/index.js";

const subsetOf = <T>(xs: readonly T[]) => fc.subarray([...xs]);
const someOf = <T>(xs: readonly T[]) => fc.option(fc.subarray([...xs], { minLength: 1 }), { nil: undefined });
const statementQuery = fc.record(
  { delegation: someOf(DELEGATION_IDS), theme: someOf(THEME_IDS), mission: someOf(MISSION_IDS), role: someOf(["briefer", "council-member"] as const) },
  { requiredKeys: [] },
);
const metricQuery = fc.record(
  {
    subject: someOf(METRIC_SUBJECTS),
    qualifier: someOf(["exact", "more-than", "almost", "less-than"] as const),
    period: fc.option(fc.tuple(fc.integer({ min: 1940, max: 2025 }), fc.integer({ min: 0, max: 80 })).map(([from, span]) => ({ from, to: from + span })), { nil: undefined }),
  },
  { requiredKeys: [] },
);
const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** True when `sub` is `all` with some elements left out (same objects, same order). */
function isOrderedSubset<T>(sub: readonly T[], all: readonly T[]): boolean {
  let i = 0;
  for (const x of sub) {
    while (i < all.length && all[i] !== x) i++;
    if (i === all.length) return false;
    i++;
  }
  return true;
}

describe("filters", () => {
  test.prop([subsetOf(statements), statementQuery, fc.boolean(), fc.boolean()])(
    "filterStatements returns a subset in input order",
    (input, query, onBehalfOf, inferredMissions) => {
      const out = filterStatements(input, defined(query), { onBehalfOf, inferredMissions });
      expect(isOrderedSubset(out, input)).toBe(true);
    },
  );

  test.prop([subsetOf(metrics), metricQuery])("filterMetrics returns a subset in input order", (input, query) => {
    const out = filterMetrics(input, defined(query));
    expect(isOrderedSubset(out, input)).toBe(true);
  });

  test.prop([subsetOf(statements), statementQuery])("a query narrowed by one more field returns a subset of the wider one", (input, query) => {
    const wide = filterStatements(input, defined(query));
    const narrow = filterStatements(input, { ...defined(query), capacity: "elected-member" });
    expect(isOrderedSubset(narrow, wide)).toBe(true);
  });
});

describe("aggregates", () => {
  test.prop([subsetOf(statements), fc.constantFrom("capacity", "role", "meeting", "order")])("countBy totals equal the input length", (input, key) => {
    const total = [...countBy(input as readonly Statement[], key as "capacity").values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(input.length);
  });

  test.prop([subsetOf(metrics)])("groupBy puts every record in exactly one group", (input) => {
    const groups = groupBy(input as readonly Metric[], (m) => m.subject);
    expect([...groups.values()].flat().length).toBe(input.length);
    expect(new Set([...groups.values()].flat()).size).toBe(input.length);
  });

  test.prop([subsetOf(statements)])("themeCoverage counts each statement once per theme it addresses", (input) => {
    const total = themeCoverage(input).reduce((a, c) => a + c.count, 0);
    expect(total).toBe(input.reduce((a, s) => a + new Set(s.themes.map((t) => t.theme)).size, 0));
  });
});

describe("compareDelegations", () => {
  test.prop([fc.constantFrom(...DELEGATION_IDS), fc.constantFrom(...DELEGATION_IDS), fc.boolean(), fc.boolean()])(
    "mirrors: compare(a, b) is compare(b, a) with onlyA and onlyB swapped",
    (a, b, onBehalfOf, inferredMissions) => {
      const ab = compareDelegations(statements, a, b, { onBehalfOf, inferredMissions });
      const ba = compareDelegations(statements, b, a, { onBehalfOf, inferredMissions });
      expect(ab.jaccard).toBe(ba.jaccard);
      for (const k of ["themes", "missions"] as const) {
        expect(ab[k].both).toEqual(ba[k].both);
        expect(ab[k].onlyA).toEqual(ba[k].onlyB);
        expect(ab[k].onlyB).toEqual(ba[k].onlyA);
        expect(ab[k].jaccard).toBe(ba[k].jaccard);
      }
    },
  );

  test.prop([fc.constantFrom(...DELEGATION_IDS)])("a delegation compared with itself is identical or empty", (a) => {
    const c = compareDelegations(statements, a, a);
    expect(c.jaccard === 1 || c.jaccard === null).toBe(true);
  });
});

describe("metricSeries", () => {
  // The real metrics, plus copies of them stated at a later meeting and at another meeting of a real meeting's date
  // (some qualified), so that periods are shared across dates and within one.
  const real = metrics;
  const template = dataset.meetings[0]!;
  const extra = [
    { ...template, id: "2099-01-01-copy", date: "2099-01-01" },
    { ...template, id: `${template.id}-copy`, date: template.date },
  ];
  const copies: Metric<AnyIds>[] = extra.flatMap((meeting, j) =>
    real.map((m, i) => ({
      ...m,
      id: `${meeting.id}-${m.id}`,
      meeting: meeting.id,
      ...((i + j) % 2 === 0 ? { qualifier: "more-than" as const, qualifierText: "more than" } : {}),
    })),
  );
  const all = [...real, ...copies];
  const meetingsWithCopy = [...dataset.meetings, ...extra];
  const subjects = [...new Set(all.map((m) => m.subject))];
  /** Every series of a subject: the default one and one per other scope it reports. */
  const everySeries = (input: readonly Metric<AnyIds>[], subject: string) => {
    const first = metricSeries<AnyIds>(input, subject, { meetings: meetingsWithCopy });
    return [first, ...first.otherScopes.map((scope) => metricSeries<AnyIds>(input, subject, { scope, meetings: meetingsWithCopy }))];
  };

  test.prop([fc.shuffledSubarray(all), fc.constantFrom(...subjects)])("shuffling the input does not change any series", (input, subject) => {
    const inOrder = all.filter((m) => input.includes(m));
    expect(everySeries(input, subject)).toEqual(everySeries(inOrder, subject));
  });

  test.prop([fc.shuffledSubarray(all), fc.constantFrom(...subjects)])(
    "the series of a subject partition its metrics with a period, each in one scope, one latest per period",
    (input, subject) => {
      const series = everySeries(input, subject);
      const ids = series.flatMap((s) => s.points.map((p) => p.metric)).sort();
      expect(ids).toEqual(input.filter((m) => m.subject === subject && m.period !== null).map((m) => m.id).sort());
      const byId = new Map(input.map((m) => [m.id, m]));
      for (const s of series) {
        for (const p of s.points) {
          const scope = byId.get(p.metric)!.scope;
          expect({ ...scope, missions: [...scope.missions].sort() }).toEqual(s.scope);
        }
        const periods = new Set(s.points.map((p) => p.period));
        expect(s.points.filter((p) => p.latest).map((p) => p.period).sort()).toEqual([...periods].sort());
        // The latest of a period is from its latest date, and exact if any point of that date is.
        for (const period of periods) {
          const of = s.points.filter((p) => p.period === period);
          const latest = of.find((p) => p.latest)!;
          const lastDate = of.map((p) => p.date).sort().at(-1);
          expect(latest.date).toBe(lastDate);
          if (of.some((p) => p.date === lastDate && p.qualifier === "exact")) expect(latest.qualifier).toBe("exact");
        }
      }
    },
  );
});

describe("purity", () => {
  /** Runs every helper once over a dataset, with the queries the property picked. */
  const runAll = (data: typeof dataset, sq: object, mq: object) => {
    filterStatements(data.statements, defined(sq));
    filterMetrics(data.metrics, defined(mq));
    filterMetrics(data.metrics, { delegation: "IDN" }, { statements: data.statements });
    groupBy(data.statements, "capacity");
    countBy(data.metrics, "unit");
    themeCoverage(data.statements);
    missionMentions(data.statements);
    const series = metricSeries(data.metrics, "peacekeeper-fatalities-acts-of-violence", { meetings: data.meetings });
    changeBetween(series, 2017, 2019);
    metricSeries(data.metrics, "peacekeepers-deployed", { scope: { delegation: "IDN", missions: ["UNAMID", "MINUSCA"] }, meetings: data.meetings });
    compareDelegations(data.statements, "DEU", "RUS", { onBehalfOf: true, inferredMissions: true });
    compareMeetings(data, "2020-09-14-a4p", "2020-09-14-a4p");
    for (const m of data.metrics) if (m.target !== null) compareToTarget(m);
    indexById(data.metrics);
    getById(data.statements, data.statements[0]!.id);
  };

  // Each run calls every helper twice over the whole dataset: fewer runs than the default keep it quick.
  test.prop([statementQuery, metricQuery], { numRuns: 25 })("no helper writes to its input: frozen input never throws, and a mutable copy is left as it was", (sq, mq) => {
    // The bundled data is deeply frozen: a helper that writes to it throws.
    expect(Object.isFrozen(dataset.statements[0]!.themes[0])).toBe(true);
    runAll(dataset, sq, mq);
    // A deep copy is not frozen: a helper that writes to it (or sorts it in place) changes it.
    const copy = structuredClone(dataset);
    expect(Object.isFrozen(copy.statements[0]!.themes[0])).toBe(false);
    const before = structuredClone(copy);
    runAll(copy, sq, mq);
    expect(copy).toStrictEqual(before);
  });
});
