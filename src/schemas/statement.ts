import * as z from "zod";
import { IdSchema, SpanSchema } from "./common.js";

/** The role a speaker has at a meeting. */
export const ROLES = ["briefer", "council-member", "president", "invited"] as const;

/**
 * The capacity in which a delegation sits at a meeting. `non-member` is a state that is not a Council member where the
 * source does not say under which rule it was invited; `invited-under-rule-37` a state invited under rule 37 of the
 * provisional rules of procedure; `observer-state` a non-member observer State; `invited-under-rule-39` an
 * organization or person invited under rule 39.
 */
export const CAPACITIES = [
  "permanent-member",
  "elected-member",
  "non-member",
  "un-official",
  "organization-representative",
  "observer-state",
  "invited-under-rule-37",
  "invited-under-rule-39",
] as const;

/** How a speaker took part: in the room, by videoconference, or by a written statement circulated instead. */
export const PARTICIPATION_MODES = ["in-person", "videoconference", "written"] as const;

/** Whether a mission is named in the words quoted, or inferred from a place or unit they name. */
export const MENTION_KINDS = ["explicit", "inferred"] as const;

/** One intervention at a meeting, with the paragraphs of the source that report it. */
export const StatementSchema = z
  .strictObject({
    /** Stable id: meeting id and two-digit speaking order, e.g. `2020-09-14-a4p-01`. */
    id: IdSchema.describe("Stable id: meeting id and two-digit speaking order, e.g. 2020-09-14-a4p-01."),
    /** Id of the meeting. */
    meeting: IdSchema.describe("Id of the meeting."),
    /** Position in the speaking order, from 1 without gaps. */
    order: z.int().min(1).describe("Position in the speaking order, from 1 without gaps."),
    /** Who spoke. */
    speaker: z
      .strictObject({
        /** The delegation that spoke. */
        delegation: IdSchema.describe("The delegation that spoke."),
        /** The person's name where the source gives it; null otherwise. */
        name: z.string().min(1).nullable().describe("The person's name where the source gives it; null otherwise."),
        /** The person's title where the source gives it; null otherwise. */
        title: z.string().min(1).nullable().describe("The person's title where the source gives it; null otherwise."),
        /** Where the source introduces the speaker. */
        evidence: SpanSchema.describe("Where the source introduces the speaker."),
      })
      .describe("Who spoke."),
    /** The speaker's role at the meeting. */
    role: z.enum(ROLES).describe("The speaker's role at the meeting."),
    /** The capacity of the speaker's delegation at the meeting. */
    capacity: z.enum(CAPACITIES).describe("The capacity of the speaker's delegation at the meeting."),
    /** How the speaker took part, where the source says; null where it does not. */
    participation: z
      .strictObject({
        /** In person, by videoconference, or by a written statement. */
        mode: z.enum(PARTICIPATION_MODES).describe("In person, by videoconference, or by a written statement."),
        /** Where the source says how the speaker took part. */
        evidence: SpanSchema.describe("Where the source says how the speaker took part."),
      })
      .nullable()
      .default(null)
      .describe("How the speaker took part, where the source says; null where it does not."),
    /** Delegations, other than the speaker's own, on whose behalf the statement was also made. */
    onBehalfOf: z.array(IdSchema).describe("Delegations, other than the speaker's own, on whose behalf the statement was also made."),
    /** Where the source says on whose behalf; null when onBehalfOf is empty. */
    onBehalfOfEvidence: SpanSchema.nullable().describe("Where the source says on whose behalf; null when onBehalfOf is empty."),
    /** The source's paragraphs that report the statement, whole, in order. */
    paragraphs: z.array(SpanSchema).min(1).describe("The source's paragraphs that report the statement, whole, in order."),
    /** The themes the statement addresses, each with the sentence that shows it. */
    themes: z
      .array(
        z.strictObject({
          /** Id of the theme. */
          theme: IdSchema.describe("Id of the theme."),
          /** The words that show the statement addresses the theme. */
          evidence: SpanSchema.describe("The words that show the statement addresses the theme."),
        }),
      )
      .describe("The themes the statement addresses, each with the sentence that shows it."),
    /** The missions the statement mentions. */
    missions: z
      .array(
        z.strictObject({
          /** Id of the mission. */
          mission: IdSchema.describe("Id of the mission."),
          /** explicit: the mission is named; inferred: a place or unit it names lies in the mission's area. */
          mention: z.enum(MENTION_KINDS).describe("explicit: the mission is named; inferred: a place or unit it names lies in the mission's area."),
          /** For an inferred mention, the place or unit the mission is inferred from; null for explicit ones. */
          inferredFrom: z.string().min(1).nullable().describe("For an inferred mention, the place or unit the mission is inferred from; null for explicit ones."),
          /** The words that name the mission, or the place it is inferred from. */
          evidence: SpanSchema.describe("The words that name the mission, or the place it is inferred from."),
        }),
      )
      .describe("The missions the statement mentions."),
    /** The documents, instruments and bodies the statement refers to. */
    documents: z
      .array(
        z.strictObject({
          /** Id of the document. */
          document: IdSchema.describe("Id of the document."),
          /** The words that refer to it. */
          evidence: SpanSchema.describe("The words that refer to it."),
        }),
      )
      .describe("The documents, instruments and bodies the statement refers to."),
  })
  .superRefine((s, ctx) => {
    if ((s.onBehalfOf.length > 0) !== (s.onBehalfOfEvidence !== null)) {
      ctx.addIssue({ code: "custom", path: ["onBehalfOfEvidence"], message: "onBehalfOfEvidence must be set exactly when onBehalfOf is not empty" });
    }
    if (s.onBehalfOf.includes(s.speaker.delegation)) {
      ctx.addIssue({ code: "custom", path: ["onBehalfOf"], message: "onBehalfOf must not list the speaker's own delegation" });
    }
    s.missions.forEach((m, i) => {
      if ((m.mention === "inferred") !== (m.inferredFrom !== null)) {
        ctx.addIssue({ code: "custom", path: ["missions", i, "inferredFrom"], message: "inferredFrom must be set exactly for inferred mentions" });
      }
    });
  })
  .describe("One intervention at a meeting.");
