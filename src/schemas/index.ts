/**
 * The Zod schemas of every record, the dataset schema and its two-pass validator.
 * This entry loads zod; the `.` entry does not.
 * @module peacekeeping-records/schemas
 */
export {
  CitationSchema,
  DocumentSymbolSchema,
  EvidenceCitationSchema,
  IdSchema,
  IsoDateSchema,
  PartialDateSchema,
  SpanSchema,
  UrlCitationSchema,
  YearSchema,
} from "./common.js";
export { SOURCE_COMPLETENESS, SOURCE_KINDS, SourceSchema } from "./source.js";
export {
  BrieferSchema,
  MEETING_EVIDENCE_FIELDS,
  MEETING_FORMATS,
  MEETING_KINDS,
  MEETING_PART_EVIDENCE_FIELDS,
  MeetingPartSchema,
  MeetingSchema,
  OutcomeSchema,
  PresidentSchema,
  VoteSchema,
} from "./meeting.js";
export { DELEGATION_KINDS, DelegationSchema } from "./delegation.js";
export { CAPACITIES, MENTION_KINDS, PARTICIPATION_MODES, ROLES, StatementSchema } from "./statement.js";
export { MISSION_KINDS, MissionSchema } from "./mission.js";
export { CouncilTermSchema, SEATS } from "./council-term.js";
export { MetricSchema, PeriodSchema, QUALIFIERS, QualifierSchema } from "./metric.js";
export { ThemeSchema } from "./theme.js";
export { SubjectSchema, UNITS, UnitSchema } from "./subject.js";
export { DOCUMENT_KINDS, DocumentSchema } from "./document.js";
export { COLLECTIONS, COLLECTION_SCHEMAS, DatasetSchema, MetaSchema, RULES, validateDataset } from "./dataset.js";
export type { CollectionName, Problem, Rule, RuleContext, SourceTexts, ValidationResult } from "./dataset.js";
export { parseNumberText, normalisedValue } from "../numbers.js";
export type { ParsedNumber } from "../numbers.js";
