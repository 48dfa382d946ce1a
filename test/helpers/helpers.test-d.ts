/** The helpers' types: queries reject unknown fields and ids of the wrong kind; results narrow. */
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  councilCapacity,
  councilMembers,
  councilTerms,
  findMission,
  isCouncilTermId,
  missionsActiveOn,
  missionStatusAt,
  type CouncilCapacity,
  type CouncilTerm,
  type CouncilTermId,
  type MissionStatus,
  countBy,
  delegations,
  meetings,
  themes,
  isDelegationId,
  isDocumentId,
  isMeetingId,
  isMetricSubject,
  isMissionId,
  isThemeId,
  compareToTarget,
  themeCoverage,
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
  type Delegation,
  type DelegationId,
  type DocumentId,
  type Meeting,
  type MeetingId,
  type MetricSubject,
  type MissionId,
  type ThemeId,
  type MetricSeries,
  type SeriesScope,
  type SeriesScopeQuery,
  type Metric,
  type Mission,
  type Statement,
  type StatementQuery,
} from "../../src/index.js";
import type { StatementSchema } from "../../src/schemas/index.js";

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
    expectTypeOf(indexById(missions)).toEqualTypeOf<ReadonlyMap<MissionId, Mission>>();
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

describe("getById and indexById, typed by collection (issue 12, item 14)", () => {
  it("take the id union of the records' collection", () => {
    expectTypeOf(getById(delegations, "VNM")).toEqualTypeOf<Delegation>();
    expectTypeOf(getById(meetings, "2020-09-14-a4p")).toEqualTypeOf<Meeting>();
    expectTypeOf(getById<Delegation>).parameter(1).toEqualTypeOf<DelegationId>();
    expectTypeOf(getById<Meeting>).parameter(1).toEqualTypeOf<MeetingId>();
    // @ts-expect-error a misspelt delegation id
    getById(delegations, "VIETNAM");
    // @ts-expect-error a mission id where a delegation id belongs
    getById(delegations, "MINUSMA");
    // @ts-expect-error a misspelt theme id
    getById(themes, "human-right");
    // @ts-expect-error a string from outside needs a guard first
    getById(delegations, "VNM" as string);
  });

  it("index by the id union, so look-ups are checked too", () => {
    const byId = indexById(delegations);
    expectTypeOf(byId.get("VNM")).toEqualTypeOf<Delegation | undefined>();
    // @ts-expect-error a misspelt delegation id
    byId.get("VIETNAM");
    expectTypeOf([...byId.keys()]).toEqualTypeOf<DelegationId[]>();
  });

  it("take any string for records of one's own (AnyIds)", () => {
    const own: readonly Delegation<AnyIds>[] = delegations;
    expectTypeOf(getById(own, "XYZ")).toEqualTypeOf<Delegation<AnyIds>>();
    expectTypeOf(indexById(own)).toEqualTypeOf<ReadonlyMap<string, Delegation<AnyIds>>>();
    // Statements and metrics have no id union: any string.
    expectTypeOf(getById(statements, "any-statement-id")).toEqualTypeOf<Statement>();
  });
});

describe("ids read from records go back into helpers (issue 12, item 15)", () => {
  it("round-trip through the helpers", () => {
    const m = metrics[0]!;
    const s = statements[0]!;
    expectTypeOf(metricSeries(metrics, m.subject)).toEqualTypeOf<MetricSeries>();
    compareDelegations(statements, s.speaker.delegation, "DEU");
    expectTypeOf(filterStatements(statements, { theme: s.themes[0]!.theme })).toEqualTypeOf<Statement[]>();
    filterStatements(statements, { meeting: s.meeting, delegation: s.onBehalfOf, mission: s.missions.map((x) => x.mission), document: s.documents[0]!.document });
    filterMetrics(metrics, { meeting: m.meeting, subject: m.subject, mission: m.scope.missions });
    metricSeries(metrics, m.subject, { scope: m.scope });
    getById(delegations, s.speaker.delegation);
    getById(meetings, m.meeting);
    getById(themes, s.themes[0]!.theme);
    // What a helper returns keeps the typed ids.
    const found = filterStatements(statements, { meeting: "2020-09-14-a4p" })[0]!;
    expectTypeOf(found.speaker.delegation).toEqualTypeOf<DelegationId>();
    expectTypeOf(filterMetrics(metrics, {})[0]!.subject).toEqualTypeOf<MetricSubject>();
  });

  it("take records of one's own, with plain string ids, and keep their type", () => {
    // What validateDataset or a schema's parse returns: mutable, string ids.
    const own: z.output<typeof StatementSchema>[] = [];
    expectTypeOf(filterStatements(own, { meeting: "2020-09-14-a4p" })).toEqualTypeOf<z.output<typeof StatementSchema>[]>();
    expectTypeOf(filterStatements<AnyIds>(own, { delegation: "XYZ" })).toEqualTypeOf<Statement<AnyIds>[]>();
    compareDelegations<AnyIds>(own, "XYZ", "ABC");
    themeCoverage(own);
    const ownMetrics: readonly Metric<AnyIds>[] = metrics;
    metricSeries<AnyIds>(ownMetrics, ownMetrics[0]!.subject);
    compareToTarget(ownMetrics[0]!);
    // @ts-expect-error a string id from one's own records needs AnyIds
    filterStatements(own, { theme: own[0]!.themes[0]!.theme });
  });

  it("guards narrow strings from outside to the id unions", () => {
    const input = "VNM" as string;
    if (isDelegationId(input)) expectTypeOf(input).toEqualTypeOf<DelegationId>();
    if (isMissionId(input)) expectTypeOf(input).toEqualTypeOf<MissionId>();
    if (isThemeId(input)) expectTypeOf(input).toEqualTypeOf<ThemeId>();
    if (isMetricSubject(input)) expectTypeOf(input).toEqualTypeOf<MetricSubject>();
    if (isMeetingId(input)) expectTypeOf(input).toEqualTypeOf<MeetingId>();
    if (isDocumentId(input)) expectTypeOf(input).toEqualTypeOf<DocumentId>();
    if (isDelegationId(input)) getById(delegations, input);
    if (isThemeId(input)) filterStatements(statements, { theme: input });
  });
});

describe("the reference helpers' types", () => {
  it("give mission ids of the bundled data, and take only those", () => {
    expectTypeOf(missionsActiveOn("2020-09-14")).toEqualTypeOf<readonly MissionId[]>();
    expectTypeOf(missionStatusAt("MINUSMA", "2020-09-14")).toEqualTypeOf<MissionStatus>();
    // @ts-expect-error a misspelt mission id does not compile
    missionStatusAt("MINUSMAH", "2020-09-14");
    expectTypeOf(findMission("minusma")).toEqualTypeOf<Mission | undefined>();
    const id = missionsActiveOn("2020-09-14")[0]!;
    expectTypeOf(getById(missions, id)).toEqualTypeOf<Mission>();
    expectTypeOf(getById(missions, id).predecessor).toEqualTypeOf<MissionId | null>();
  });

  it("take missions of one's own, with plain string ids", () => {
    const own: readonly Mission<AnyIds>[] = missions;
    expectTypeOf(missionsActiveOn("2020-09-14", own)).toEqualTypeOf<readonly string[]>();
    missionStatusAt("ANY-ID", "2020-09-14", own);
    expectTypeOf(findMission("x", own)).toEqualTypeOf<Mission<AnyIds> | undefined>();
  });

  it("give the Council's capacities and members", () => {
    expectTypeOf(councilCapacity("VNM", "2020-09-14")).toEqualTypeOf<CouncilCapacity>();
    expectTypeOf<CouncilCapacity>().toEqualTypeOf<"permanent-member" | "elected-member" | "non-member">();
    expectTypeOf(councilMembers("2020-09-14")).toEqualTypeOf<readonly string[]>();
    const id = councilTerms[0]!.id;
    expectTypeOf(id).toEqualTypeOf<CouncilTermId>();
    expectTypeOf(getById(councilTerms, id)).toEqualTypeOf<CouncilTerm>();
    if (isCouncilTermId("elected-ARG-1948" as string)) expectTypeOf(getById(councilTerms, "elected-ARG-1948").seat).toEqualTypeOf<"permanent" | "elected">();
  });
});
