/**
 * peacekeeping-records: a validated dataset of UN Security Council debates on peacekeeping, every statement and
 * number traceable to the words of its source, with pure helpers to filter, aggregate and compare the records.
 *
 * This entry loads no zod at run time; the schemas are in `peacekeeping-records/schemas`.
 * @module peacekeeping-records
 */
export { dataset, sources, meetings, delegations, statements, missions, metrics, themes, subjects, documents } from "./data.js";
export {
  DELEGATION_IDS,
  DOCUMENT_IDS,
  MEETING_IDS,
  METRIC_SUBJECTS,
  MISSION_IDS,
  THEME_IDS,
  isDelegationId,
  isDocumentId,
  isMeetingId,
  isMetricSubject,
  isMissionId,
  isThemeId,
} from "./ids.js";
export type { DelegationId, DocumentId, MeetingId, MetricSubject, MissionId, ThemeId } from "./ids.js";
export type {
  Citation,
  EvidenceCitation,
  Dataset,
  DeepReadonly,
  Delegation,
  Document,
  Meeting,
  MeetingPart,
  President,
  Metric,
  Mission,
  Outcome,
  PresidentialStatementOutcome,
  ResolutionOutcome,
  Period,
  YearPeriod,
  FiscalYearPeriod,
  MonthPeriod,
  YearsPeriod,
  SincePeriod,
  AsOfPeriod,
  Meta,
  Qualifier,
  Source,
  Span,
  Statement,
  Subject,
  Theme,
  Unit,
} from "./types.js";
export * from "./helpers/index.js";
