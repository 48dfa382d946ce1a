/**
 * The dataset's collections and the schema of each one's records.
 * @module
 */
import { CouncilTermSchema } from "./council-term.js";
import { DelegationSchema } from "./delegation.js";
import { DocumentSchema } from "./document.js";
import { MeetingSchema } from "./meeting.js";
import { MetricSchema } from "./metric.js";
import { MissionSchema } from "./mission.js";
import { SourceSchema } from "./source.js";
import { StatementSchema } from "./statement.js";
import { SubjectSchema } from "./subject.js";
import { ThemeSchema } from "./theme.js";

/** The schema of each collection's records, by collection name, in the dataset's canonical order. */
export const COLLECTION_SCHEMAS = {
  /** Schema of a Source. */
  sources: SourceSchema,
  /** Schema of a Meeting. */
  meetings: MeetingSchema,
  /** Schema of a Delegation. */
  delegations: DelegationSchema,
  /** Schema of a Statement. */
  statements: StatementSchema,
  /** Schema of a Mission. */
  missions: MissionSchema,
  /** Schema of a Metric. */
  metrics: MetricSchema,
  /** Schema of a Theme. */
  themes: ThemeSchema,
  /** Schema of a Subject. */
  subjects: SubjectSchema,
  /** Schema of a Document. */
  documents: DocumentSchema,
  /** Schema of a CouncilTerm. */
  councilTerms: CouncilTermSchema,
} as const;

/** Names of the dataset's collections, in canonical order. */
export type CollectionName = keyof typeof COLLECTION_SCHEMAS;

/** Names of the dataset's collections, in canonical order. */
export const COLLECTIONS = Object.keys(COLLECTION_SCHEMAS) as CollectionName[];

