/**
 * The ids the data defines, as const arrays and literal unions, so that editors complete them.
 * @module
 */
import { DELEGATION_IDS, DOCUMENT_IDS, MEETING_IDS, METRIC_SUBJECTS, MISSION_IDS, THEME_IDS } from "./generated/dataset.js";

export { DELEGATION_IDS, DOCUMENT_IDS, MEETING_IDS, METRIC_SUBJECTS, MISSION_IDS, THEME_IDS };

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
