/** The helpers: pure functions over records. */
export { UnknownIdError, PartialPeriodError } from "./errors.js";
export { getById, indexById, type Identified } from "./lookup.js";
export { filterStatements, type StatementQuery, type StatementFilterOptions, type IdTypes, type BundledIds, type AnyIds } from "./filter-statements.js";
export { filterMetrics, type MetricQuery, type MetricFilterOptions } from "./filter-metrics.js";
export { groupBy, countBy, type Key, type KeyField } from "./group.js";
export { themeCoverage, missionMentions, type ThemeCoverage, type MissionMentions, type Mentions } from "./coverage.js";
export { metricSeries, type MetricSeries, type MetricSeriesOptions, type SeriesPoint, type SeriesScope, type SeriesScopeQuery } from "./metric-series.js";
export { changeBetween, type Change, type ChangeOptions } from "./change-between.js";
export { compareDelegations, type DelegationComparison, type CompareDelegationsOptions } from "./compare-delegations.js";
export { compareToTarget, type TargetComparison, type CompareToTargetOptions } from "./compare-to-target.js";
export { compareMeetings, type MeetingComparison } from "./compare-meetings.js";
export { periodBounds, periodKey, periodYears, isPartial, type PeriodBounds, type YearRange } from "./periods.js";
export type { OneOrMany, SetComparison } from "./internal.js";
export { councilCapacity, councilMembers, type CouncilCapacity, type CouncilTermLike } from "./council.js";
export { findMission, missionsActiveOn, missionStatusAt, type MissionDatesLike, type MissionNamesLike, type MissionStatus } from "./missions.js";
