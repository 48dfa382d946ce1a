/**
 * The authoring tools of peacekeeping-records (Node): drafting a meeting's records from its text, for a person to
 * review, complete and validate. The entry `peacekeeping-records/authoring`.
 * @module
 */
export { draftMeeting } from "./draft/draft.js";
export type {
  DelegationRef,
  DraftCapacity,
  DraftDelegation,
  DraftNumber,
  DraftOptions,
  DraftReference,
  DraftRole,
  DraftStatedNumber,
  DraftStatement,
  MeetingDraft,
  MissionRef,
  ReviewItem,
  ReviewKind,
} from "./draft/types.js";
export type { Span, Period, Qualifier } from "./draft/types.js";
export type { CouncilTermLike } from "../helpers/council-table.js";
