import * as z from "zod";
import { CitationSchema, DocumentSymbolSchema, IdSchema, IsoDateSchema, SpanSchema } from "./common.js";

/** How a meeting was held. */
export const MEETING_FORMATS = ["in-person", "videoconference", "hybrid"] as const;

/** The meeting fields whose value a Span can support. */
export const MEETING_EVIDENCE_FIELDS = ["date", "body", "format", "topic", "agendaItem", "initiative.name", "initiative.launched"] as const;

/** A recorded vote on a resolution. */
export const VoteSchema = z
  .strictObject({
    /** Delegations that voted in favour. */
    inFavour: z.array(IdSchema).describe("Delegations that voted in favour."),
    /** Delegations that voted against. */
    against: z.array(IdSchema).describe("Delegations that voted against."),
    /** Delegations that abstained. */
    abstaining: z.array(IdSchema).describe("Delegations that abstained."),
  })
  .describe("A recorded vote on a resolution.");

/** What a meeting adopted: a presidential statement or a resolution (with its vote). */
export const OutcomeSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({
      /** A presidential statement. */
      kind: z.literal("presidential-statement").describe("A presidential statement."),
      /** Its symbol, as a citation. */
      citation: CitationSchema,
      /** Where the sources report it (may be empty). */
      evidence: z.array(SpanSchema).describe("Where the sources report it (may be empty)."),
    }),
    z.strictObject({
      /** A resolution. */
      kind: z.literal("resolution").describe("A resolution."),
      /** Its symbol, as a citation. */
      citation: CitationSchema,
      /** The recorded vote, or null where not recorded. */
      vote: VoteSchema.nullable().describe("The recorded vote, or null where not recorded."),
      /** Where the sources report it (may be empty). */
      evidence: z.array(SpanSchema).describe("Where the sources report it (may be empty)."),
    }),
  ])
  .describe("What a meeting adopted.");

/** A person who briefed the meeting. */
export const BrieferSchema = z
  .strictObject({
    /** The person's name as the source gives it. */
    name: z.string().min(1).describe("The person's name as the source gives it."),
    /** Their title as the source gives it. */
    title: z.string().min(1).describe("Their title as the source gives it."),
    /** The delegation (department, organization) they speak for. */
    delegation: IdSchema.describe("The delegation (department, organization) they speak for."),
    /** Where the source names them with their title. */
    evidence: SpanSchema.describe("Where the source names them with their title."),
  })
  .describe("A person who briefed the meeting.");

/** One meeting of a UN body. */
export const MeetingSchema = z
  .strictObject({
    /** Stable id: date and a short topic, e.g. `2020-09-14-a4p`. */
    id: IdSchema.describe("Stable id: date and a short topic, e.g. 2020-09-14-a4p."),
    /** Date the meeting was held, ISO 8601. */
    date: IsoDateSchema.describe("Date the meeting was held, ISO 8601."),
    /** The body that met. */
    body: z.enum(["Security Council"]).describe("The body that met."),
    /** How the meeting was held. */
    format: z.enum(MEETING_FORMATS).describe("How the meeting was held."),
    /** The agenda item, as worded in an official source; null where no source gives it. */
    agendaItem: z.string().min(1).nullable().describe("The agenda item, as worded in an official source; null where no source gives it."),
    /** What the meeting discussed, in a source's words. */
    topic: z.string().min(1).describe("What the meeting discussed, in a source's words."),
    /** The initiative discussed, or null. */
    initiative: z
      .strictObject({
        /** Its name as the source gives it. */
        name: z.string().min(1).describe("Its name as the source gives it."),
        /** When it was launched, as `YYYY` or `YYYY-MM`; null where not stated. */
        launched: z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/, "must be YYYY or YYYY-MM").nullable().describe("When it was launched, as YYYY or YYYY-MM; null where not stated."),
      })
      .nullable()
      .describe("The initiative discussed, or null."),
    /** The body's meeting number, or null where not known. */
    meetingNumber: z.int().min(1).nullable().describe("The body's meeting number, or null where not known."),
    /** Symbol of the official record of the meeting, or null where not known (never invented). */
    recordSymbol: DocumentSymbolSchema.nullable().describe("Symbol of the official record of the meeting, or null where not known (never invented)."),
    /** Ids of the Sources the meeting's records are taken from. */
    sources: z.array(IdSchema).min(1).describe("Ids of the Sources the meeting's records are taken from."),
    /** The people who briefed the meeting, in speaking order. */
    briefers: z.array(BrieferSchema).describe("The people who briefed the meeting, in speaking order."),
    /** What the meeting adopted (empty for none). */
    outcomes: z.array(OutcomeSchema).describe("What the meeting adopted (empty for none)."),
    /** Spans that support the meeting's fields, each naming the field it supports. */
    evidence: z
      .array(
        z.strictObject({
          /** The field this span supports. */
          field: z.enum(MEETING_EVIDENCE_FIELDS).describe("The field this span supports."),
          /** The words that support it. */
          span: SpanSchema.describe("The words that support it."),
        }),
      )
      .describe("Spans that support the meeting's fields, each naming the field it supports."),
  })
  .superRefine((m, ctx) => {
    const supported = new Set(m.evidence.map((e) => e.field));
    const required: Array<[(typeof MEETING_EVIDENCE_FIELDS)[number], boolean]> = [
      ["date", true],
      ["body", true],
      ["format", true],
      ["topic", true],
      ["agendaItem", m.agendaItem !== null],
      ["initiative.name", m.initiative !== null],
      ["initiative.launched", m.initiative?.launched != null],
    ];
    for (const [field, needed] of required) {
      if (needed && !supported.has(field)) {
        ctx.addIssue({ code: "custom", path: ["evidence"], message: `field '${field}' has a value but no evidence span` });
      }
    }
  })
  .describe("One meeting of a UN body.");

