/**
 * peacekeeping-records: a validated dataset of UN Security Council debates on peacekeeping, every statement and
 * number traceable to the words of its source, with pure helpers to filter, aggregate and compare the records.
 *
 * This entry loads no zod at run time; the schemas are in `peacekeeping-records/schemas`.
 * @module peacekeeping-records
 */
export { dataset, sources, meetings, delegations, statements, missions, metrics, themes, subjects, documents, councilTerms, dataVersion, type DataVersion } from "./data.js";
export {
  COUNCIL_TERM_IDS,
  DELEGATION_IDS,
  DOCUMENT_IDS,
  MEETING_IDS,
  METRIC_SUBJECTS,
  MISSION_IDS,
  THEME_IDS,
  isCouncilTermId,
  isDelegationId,
  isDocumentId,
  isMeetingId,
  isMetricSubject,
  isMissionId,
  isThemeId,
} from "./ids.js";
export type { CouncilTermId, DelegationId, DocumentId, MeetingId, MetricSubject, MissionId, ThemeId } from "./ids.js";
export type {
  Citation,
  CouncilTerm,
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
