/** The helpers' types: queries reject unknown fields and ids of the wrong kind; results narrow. */
import { describe, expectTypeOf, it } from "vitest";
import {
  countBy,
  filterMetrics,
  filterStatements,
  getById,
  groupBy,
  indexById,
  metrics,
  metricSeries,
  missions,
  statements,
  compareDelegations,
  type AnyIds,
  type MetricSeries,
  type SeriesScope,
  type SeriesScopeQuery,
  type Metric,
  type Mission,
  type Statement,
  type StatementQuery,
} from "../../src/index.js";

describe("query types", () => {
  it("accept the bundled ids and reject other kinds", () => {
    filterStatements(statements, { delegation: "VNM", theme: ["human-rights", "protection"], mission: "MINUSMA" });
    // @ts-expect-error a theme id where a delegation id belongs
    filterStatements(statements, { delegation: "human-rights" });
    // @ts-expect-error a delegation id where a mission id belongs
    filterStatements(statements, { mission: "VNM" });
    // @ts-expect-error not a field of the query
    filterStatements(statements, { speaker: "VNM" });
    // @ts-expect-error not a role
    filterStatements(statements, { role: "chair" });
    // @ts-expect-error not a subject
    filterMetrics(metrics, { subject: "fatalities" });
    // @ts-expect-error not a qualifier
    filterMetrics(metrics, { qualifier: "about" });
    // @ts-expect-error a mission id where a delegation id belongs
    compareDelegations(statements, "DEU", "UNIFIL");
    // @ts-expect-error not a subject
    metricSeries(metrics, "peacekeepers");
  });

  it("type the scope of a series by kind of id", () => {
    metricSeries(metrics, "peacekeepers-deployed", { scope: { delegation: "IDN", missions: ["UNAMID", "MINUSCA"] } });
    metricSeries(metrics, "women-share-military-professional-posts", { scope: { level: "headquarters", location: null } });
    // @ts-expect-error a mission id where a delegation id belongs
    metricSeries(metrics, "peacekeepers-deployed", { scope: { delegation: "UNAMID" } });
    // @ts-expect-error a single mission where a list belongs
    metricSeries(metrics, "peacekeepers-deployed", { scope: { missions: "UNAMID" } });
    // @ts-expect-error not a level
    metricSeries(metrics, "peacekeepers-deployed", { scope: { level: "hq" } });
    // @ts-expect-error not a field of the scope
    metricSeries(metrics, "peacekeepers-deployed", { scope: { country: "IDN" } });
    metricSeries<AnyIds>(metrics, "my-subject", { scope: { delegation: "XYZ", missions: ["MY-MISSION"] } });
  });

  it("accept ids of one's own with AnyIds", () => {
    filterStatements<AnyIds>(statements, { delegation: "XYZ" });
    expectTypeOf<StatementQuery<AnyIds>["delegation"]>().toEqualTypeOf<string | readonly string[] | undefined>();
  });
});

describe("result types", () => {
  it("keep the record type", () => {
    expectTypeOf(filterStatements(statements, {})).toEqualTypeOf<Statement[]>();
    expectTypeOf(filterMetrics(metrics, {})).toEqualTypeOf<Metric[]>();
    expectTypeOf(getById(missions, "MINUSMA")).toEqualTypeOf<Mission>();
    expectTypeOf(indexById(missions)).toEqualTypeOf<ReadonlyMap<string, Mission>>();
  });

  it("give a series its scope and the scopes left out", () => {
    const series = metricSeries(metrics, "peacekeepers-deployed");
    expectTypeOf(series).toEqualTypeOf<MetricSeries>();
    expectTypeOf(series.scope).toEqualTypeOf<SeriesScope>();
    expectTypeOf(series.otherScopes).toEqualTypeOf<readonly SeriesScope[]>();
    expectTypeOf(series.scope.level).toEqualTypeOf<"headquarters" | "field" | null>();
    expectTypeOf(series.points[0]!.date).toEqualTypeOf<string>();
    // A series' scope picks it back.
    expectTypeOf<SeriesScope>().toExtend<SeriesScopeQuery<AnyIds>>();
  });

  it("narrow group keys to the field's type", () => {
    expectTypeOf(groupBy(statements, "capacity")).toEqualTypeOf<ReadonlyMap<Statement["capacity"], readonly Statement[]>>();
    expectTypeOf(countBy(metrics, "qualifier")).toEqualTypeOf<ReadonlyMap<Metric["qualifier"], number>>();
    expectTypeOf(countBy(metrics, (m) => m.value > 100)).toEqualTypeOf<ReadonlyMap<boolean, number>>();
    // @ts-expect-error an object field cannot be a key
    groupBy(statements, "speaker");
  });
});
