/**
 * The ids the data defines, as const arrays and literal unions, so that editors complete them; guards that check a
 * string from outside (a command line, a URL, a form) against them; and the id types the record types and helpers
 * take ({@link BundledIds} by default, {@link AnyIds} for records of your own).
 * @module
 */
import { COUNCIL_TERM_IDS, DELEGATION_IDS, DOCUMENT_IDS, MEETING_IDS, METRIC_SUBJECTS, MISSION_IDS, THEME_IDS } from "./generated/dataset.js";

export { COUNCIL_TERM_IDS, DELEGATION_IDS, DOCUMENT_IDS, MEETING_IDS, METRIC_SUBJECTS, MISSION_IDS, THEME_IDS };

/** A delegation id in the data (ISO 3166-1 alpha-3 for states). @category Records */
export type DelegationId = (typeof DELEGATION_IDS)[number];
/** A mission id in the data. @category Records */
export type MissionId = (typeof MISSION_IDS)[number];
/** A theme id in the data. @category Records */
export type ThemeId = (typeof THEME_IDS)[number];
/** A metric subject id in the data. @category Records */
export type MetricSubject = (typeof METRIC_SUBJECTS)[number];
/** A meeting id in the data. @category Records */
export type MeetingId = (typeof MEETING_IDS)[number];
/** A document id in the data. @category Records */
export type DocumentId = (typeof DOCUMENT_IDS)[number];
/** A council term id in the data (`elected-ARG-1948`, `permanent-CHN-1971`). @category Records */
export type CouncilTermId = (typeof COUNCIL_TERM_IDS)[number];

/**
 * The id types of the records and of the helpers' queries. By default, the ids of the bundled data
 * ({@link BundledIds}: editors complete them, and a misspelt id or an id of the wrong kind is a compile error); pass
 * {@link AnyIds} as the type argument for records and queries with ids of your own.
 * @category Records
 */
export interface IdTypes {
  /** Meeting ids. */
  meeting: string;
  /** Delegation ids. */
  delegation: string;
  /** Theme ids. */
  theme: string;
  /** Mission ids. */
  mission: string;
  /** Document ids. */
  document: string;
  /** Metric subject ids. */
  subject: string;
  /** Council term ids. */
  councilTerm: string;
}

/**
 * The ids of the bundled data: the id fields of the bundled records have these types, and so do the helpers' queries
 * by default.
 * @category Records
 */
export interface BundledIds extends IdTypes {
  /** Meeting ids. */
  meeting: MeetingId;
  /** Delegation ids. */
  delegation: DelegationId;
  /** Theme ids. */
  theme: ThemeId;
  /** Mission ids. */
  mission: MissionId;
  /** Document ids. */
  document: DocumentId;
  /** Metric subject ids. */
  subject: MetricSubject;
  /** Council term ids. */
  councilTerm: CouncilTermId;
}

/**
 * Any string ids, for records of your own (`Statement<AnyIds>` is a statement whose ids are plain strings) and for
 * queries with ids the bundled data does not hold (`filterStatements<AnyIds>(…)`).
 * @category Records
 */
export type AnyIds = IdTypes;

/** Whether a value is one of the given ids. */
const isOneOf = (ids: readonly string[], value: unknown): boolean => typeof value === "string" && ids.includes(value);

/**
 * Whether a value (a string from outside) is a delegation id of the bundled data; narrows it to {@link DelegationId}.
 * @category Records
 * @example
 * ```ts
 * import { getById, delegations, isDelegationId } from "peacekeeping-records";
 * const input: string = "VNM"; // from a command line, a URL, a form
 * if (isDelegationId(input)) console.log(getById(delegations, input).name); // Viet Nam
 * console.log(isDelegationId("VIETNAM")); // false
 * ```
 */
export function isDelegationId(value: unknown): value is DelegationId {
  return isOneOf(DELEGATION_IDS, value);
}

/**
 * Whether a value is a mission id of the bundled data; narrows it to {@link MissionId}.
 * @category Records
 */
export function isMissionId(value: unknown): value is MissionId {
  return isOneOf(MISSION_IDS, value);
}

/**
 * Whether a value is a theme id of the bundled data; narrows it to {@link ThemeId}.
 * @category Records
 */
export function isThemeId(value: unknown): value is ThemeId {
  return isOneOf(THEME_IDS, value);
}

/**
 * Whether a value is a metric subject id of the bundled data; narrows it to {@link MetricSubject}.
 * @category Records
 */
export function isMetricSubject(value: unknown): value is MetricSubject {
  return isOneOf(METRIC_SUBJECTS, value);
}

/**
 * Whether a value is a meeting id of the bundled data; narrows it to {@link MeetingId}.
 * @category Records
 */
export function isMeetingId(value: unknown): value is MeetingId {
  return isOneOf(MEETING_IDS, value);
}

/**
 * Whether a value is a document id of the bundled data; narrows it to {@link DocumentId}.
 * @category Records
 */
export function isDocumentId(value: unknown): value is DocumentId {
  return isOneOf(DOCUMENT_IDS, value);
}

/**
 * Whether a value is a council term id of the bundled data; narrows it to {@link CouncilTermId}.
 * @category Records
 */
export function isCouncilTermId(value: unknown): value is CouncilTermId {
  return isOneOf(COUNCIL_TERM_IDS, value);
}
