import * as z from "zod";
import { CitationSchema, DocumentSymbolSchema, EvidenceCitationSchema, IdSchema, IsoDateSchema, SpanSchema } from "./common.js";

/** How a meeting was held. */
export const MEETING_FORMATS = ["in-person", "videoconference", "hybrid"] as const;

/** What kind of meeting it was, as the Council's programme of work names it. */
export const MEETING_KINDS = ["open-debate", "debate", "briefing", "adoption", "private-meeting"] as const;

/** The meeting fields whose value a Span or a citation can support. */
export const MEETING_EVIDENCE_FIELDS = [
  "date",
  "body",
  "format",
  "topic",
  "agendaItem",
  "initiative.name",
  "initiative.launched",
  "kind",
  "meetingNumber",
  "recordSymbol",
] as const;

/** The fields of one part of a meeting (one day or one meeting number) that a Span or a citation can support. */
export const MEETING_PART_EVIDENCE_FIELDS = ["date", "meetingNumber", "recordSymbol"] as const;

/** Spans that support fields, each naming the field it supports. */
function evidenceSpans<const F extends readonly [string, ...string[]]>(fields: F) {
  return z
    .array(
      z.strictObject({
        /** The field this span supports. */
        field: z.enum(fields).describe("The field this span supports."),
        /** The words that support it. */
        span: SpanSchema.describe("The words that support it."),
      }),
    );
}

/** Citations (by document symbol or URL) that support fields no span states, each naming the field it supports. */
function evidenceCitations<const F extends readonly [string, ...string[]]>(fields: F) {
  return z
    .array(
      z.strictObject({
        /** The field this citation supports. */
        field: z.enum(fields).describe("The field this citation supports."),
        /** The document or page that states it. */
        citation: EvidenceCitationSchema,
      }),
    )
    .default([]);
}

/** Adds an issue for every field that has a value but neither an evidence span nor a citation. */
function requireSupport(
  ctx: z.RefinementCtx,
  needed: ReadonlyArray<readonly [string, boolean]>,
  evidence: ReadonlyArray<{ field: string }>,
  citations: ReadonlyArray<{ field: string }> | undefined,
  path: ReadonlyArray<string | number> = [],
): void {
  const supported = new Set([...evidence, ...(citations ?? [])].map((e) => e.field));
  for (const [field, has] of needed) {
    if (has && !supported.has(field)) {
      ctx.addIssue({ code: "custom", path: [...path, "evidence"], message: `field '${field}' has a value but no evidence span or citation` });
    }
  }
}

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
      /** Id of the `documents` entry of the statement adopted; null where the data has none. */
      document: IdSchema.nullable().default(null).describe("Id of the documents entry of the statement adopted; null where the data has none."),
      /** Where the sources report it (may be empty). */
      evidence: z.array(SpanSchema).describe("Where the sources report it (may be empty)."),
    }),
    z.strictObject({
      /** A resolution. */
      kind: z.literal("resolution").describe("A resolution."),
      /** Its symbol, as a citation. */
      citation: CitationSchema,
      /** Id of the `documents` entry of the resolution adopted; null where the data has none. */
      document: IdSchema.nullable().default(null).describe("Id of the documents entry of the resolution adopted; null where the data has none."),
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
    /** The person's name as the source gives it; null where the source names them only by title (the title then carries the identity). */
    name: z
      .string()
      .min(1)
      .nullable()
      .describe("The person's name as the source gives it; null where the source names them only by title (the title then carries the identity)."),
    /** Their title as the source gives it. */
    title: z.string().min(1).describe("Their title as the source gives it."),
    /** The delegation (department, organization) they speak for. */
    delegation: IdSchema.describe("The delegation (department, organization) they speak for."),
    /** Where the source names them with their title. */
    evidence: SpanSchema.describe("Where the source names them with their title."),
  })
  .describe("A person who briefed the meeting.");

/** Who presided over a meeting. */
export const PresidentSchema = z
  .strictObject({
    /** The delegation holding the presidency. */
    delegation: IdSchema.describe("The delegation holding the presidency."),
    /** The person's name where the source gives it; null otherwise. */
    name: z.string().min(1).nullable().describe("The person's name where the source gives it; null otherwise."),
    /** The person's title where the source gives it (a head of government, a minister); null otherwise. */
    title: z.string().min(1).nullable().describe("The person's title where the source gives it (a head of government, a minister); null otherwise."),
    /** Where the source says who presided. */
    evidence: SpanSchema.describe("Where the source says who presided."),
  })
  .describe("Who presided over a meeting.");

/** One part of a meeting held over several days or meeting numbers (a resumption has its own number and record). */
export const MeetingPartSchema = z
  .strictObject({
    /** Date the part was held, ISO 8601. */
    date: IsoDateSchema.describe("Date the part was held, ISO 8601."),
    /** The body's meeting number for this part, or null where not known. */
    meetingNumber: z.int().min(1).nullable().describe("The body's meeting number for this part, or null where not known."),
    /** Symbol of this part's official record (e.g. `S/PV.8521 (Resumption 1)`), or null where not known. */
    recordSymbol: DocumentSymbolSchema.nullable().describe("Symbol of this part's official record (e.g. S/PV.8521 (Resumption 1)), or null where not known."),
    /** Spans that support the part's fields, each naming the field it supports. */
    evidence: evidenceSpans(MEETING_PART_EVIDENCE_FIELDS).describe("Spans that support the part's fields, each naming the field it supports."),
    /** Citations (by document symbol or URL) that support the part's fields where no span states them; empty for none. */
    citations: evidenceCitations(MEETING_PART_EVIDENCE_FIELDS).describe(
      "Citations (by document symbol or URL) that support the part's fields where no span states them; empty for none.",
    ),
  })
  .superRefine((p, ctx) => {
    requireSupport(ctx, [["date", true], ["meetingNumber", p.meetingNumber !== null], ["recordSymbol", p.recordSymbol !== null]], p.evidence, p.citations);
  })
  .describe("One part of a meeting held over several days or meeting numbers.");

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
    /** What kind of meeting it was (open debate, debate, briefing, adoption); null where not known. */
    kind: z
      .enum(MEETING_KINDS)
      .nullable()
      .default(null)
      .describe("What kind of meeting it was (open debate, debate, briefing, adoption); null where not known."),
    /** Who presided, where a source says; null otherwise. */
    president: PresidentSchema.nullable().default(null).describe("Who presided, where a source says; null otherwise."),
    /** The body's meeting number, or null where not known. */
    meetingNumber: z.int().min(1).nullable().describe("The body's meeting number, or null where not known."),
    /** Symbol of the official record of the meeting, or null where not known (never invented). */
    recordSymbol: DocumentSymbolSchema.nullable().describe("Symbol of the official record of the meeting, or null where not known (never invented)."),
    /** The parts of a meeting held over several days or meeting numbers, in order (two or more); empty for a meeting held at once. */
    parts: z
      .array(MeetingPartSchema)
      .refine((parts) => parts.length !== 1, "a meeting held at once has no parts; list two or more")
      .default([])
      .describe("The parts of a meeting held over several days or meeting numbers, in order (two or more); empty for a meeting held at once."),
    /** Ids of the Sources the meeting's records are taken from. */
    sources: z.array(IdSchema).min(1).describe("Ids of the Sources the meeting's records are taken from."),
    /** The people who briefed the meeting, in speaking order. */
    briefers: z.array(BrieferSchema).describe("The people who briefed the meeting, in speaking order."),
    /** What the meeting adopted (empty for none). */
    outcomes: z.array(OutcomeSchema).describe("What the meeting adopted (empty for none)."),
    /** Spans that support the meeting's fields, each naming the field it supports. */
    evidence: evidenceSpans(MEETING_EVIDENCE_FIELDS).describe("Spans that support the meeting's fields, each naming the field it supports."),
    /** Citations (by document symbol or URL) that support the meeting's fields where no span states them; empty for none. */
    citations: evidenceCitations(MEETING_EVIDENCE_FIELDS).describe(
      "Citations (by document symbol or URL) that support the meeting's fields where no span states them; empty for none.",
    ),
  })
  .superRefine((m, ctx) => {
    requireSupport(
      ctx,
      [
        ["date", true],
        ["body", true],
        ["format", true],
        ["topic", true],
        ["agendaItem", m.agendaItem !== null],
        ["initiative.name", m.initiative !== null],
        ["initiative.launched", m.initiative?.launched != null],
        ["kind", m.kind != null],
        ["meetingNumber", m.meetingNumber !== null],
        ["recordSymbol", m.recordSymbol !== null],
      ],
      m.evidence,
      m.citations,
    );
    if (m.parts.length > 0) {
      if (m.parts[0]!.date !== m.date) {
        ctx.addIssue({ code: "custom", path: ["parts", 0, "date"], message: "the first part must be held on the meeting's date" });
      }
      m.parts.forEach((p, i) => {
        if (i > 0 && p.date < m.parts[i - 1]!.date) {
          ctx.addIssue({ code: "custom", path: ["parts", i, "date"], message: "parts must be in date order" });
        }
      });
    }
  })
  .describe("One meeting of a UN body.");

