import * as z from "zod";
import { IdSchema, IsoDateSchema, SpanSchema, YearSchema } from "./common.js";
import { UnitSchema } from "./subject.js";

/** How a stated number relates to the true quantity ("more than 1 million" is `more-than`). */
export const QUALIFIERS = ["exact", "approximately", "more-than", "less-than", "almost", "at-least", "at-most"] as const;

/** Qualifier of a stated number, kept as data and never folded into the value. */
export const QualifierSchema = z.enum(QUALIFIERS).describe("Qualifier of a stated number, kept as data and never folded into the value.");

const periodText = z
  .string()
  .min(1)
  .nullable()
  .describe("The words that state the period, verbatim from the metric's quote; null where the period is implied (present tense).");

/**
 * The period a metric refers to. `year` with `partial: true` is a year not yet complete ("so far in 2020"),
 * running to `through`; `since` runs from a year to a date; `as-of` is a stock on one date.
 */
export const PeriodSchema = z
  .discriminatedUnion("kind", [
    z.strictObject({
      /** A calendar year. */
      kind: z.literal("year").describe("A calendar year."),
      /** The year. */
      year: YearSchema.describe("The year."),
      /** True when the year was not complete ("so far in 2020"). */
      partial: z.boolean().describe("True when the year was not complete (\"so far in 2020\")."),
      /** For a partial year, the date it runs to (the meeting's date); null otherwise. */
      through: IsoDateSchema.nullable().describe("For a partial year, the date it runs to (the meeting's date); null otherwise."),
      /** Verbatim period words. */
      text: periodText,
    }),
    z.strictObject({
      /** A fiscal year spanning two calendar years (UN peacekeeping: July to June). */
      kind: z.literal("fiscal-year").describe("A fiscal year spanning two calendar years (UN peacekeeping: July to June)."),
      /** The calendar year it starts in. */
      startYear: YearSchema.describe("The calendar year it starts in."),
      /** The calendar year it ends in. */
      endYear: YearSchema.describe("The calendar year it ends in."),
      /** Verbatim period words. */
      text: periodText,
    }),
    z.strictObject({
      /** A calendar month. */
      kind: z.literal("month").describe("A calendar month."),
      /** The year. */
      year: YearSchema.describe("The year."),
      /** The month, 1 to 12. */
      month: z.int().min(1).max(12).describe("The month, 1 to 12."),
      /** Verbatim period words. */
      text: periodText,
    }),
    z.strictObject({
      /** A run of whole calendar years. */
      kind: z.literal("years").describe("A run of whole calendar years."),
      /** First year. */
      from: YearSchema.describe("First year."),
      /** Last year. */
      to: YearSchema.describe("Last year."),
      /** Verbatim period words. */
      text: periodText,
    }),
    z.strictObject({
      /** From a year to a date ("since 1999"). */
      kind: z.literal("since").describe("From a year to a date (\"since 1999\")."),
      /** The year it runs from. */
      from: YearSchema.describe("The year it runs from."),
      /** The date it runs to (the meeting's date). */
      through: IsoDateSchema.describe("The date it runs to (the meeting's date)."),
      /** Verbatim period words. */
      text: periodText,
    }),
    z.strictObject({
      /** A stock on one date ("currently", "so far"). */
      kind: z.literal("as-of").describe("A stock on one date (\"currently\", \"so far\")."),
      /** The date. */
      date: IsoDateSchema.describe("The date."),
      /** Verbatim period words. */
      text: periodText,
    }),
  ])
  .superRefine((p, ctx) => {
    if (p.kind === "year" && p.partial !== (p.through !== null)) {
      ctx.addIssue({ code: "custom", path: ["through"], message: "through must be set exactly when the year is partial" });
    }
    if (p.kind === "year" && p.through !== null && !p.through.startsWith(`${p.year}-`)) {
      ctx.addIssue({ code: "custom", path: ["through"], message: "a partial year must run to a date inside that year" });
    }
    if (p.kind === "fiscal-year" && p.endYear !== p.startYear + 1) {
      ctx.addIssue({ code: "custom", path: ["endYear"], message: "a fiscal year must end the calendar year after it starts" });
    }
    if (p.kind === "years" && p.to < p.from) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "a run of years must not end before it starts" });
    }
  })
  .describe("The period a metric refers to.");

/** A stated number as it stands in the text: its verbatim words and qualifier. */
const statedNumber = {
  /** The value, normalised: counts as integers, percentages 0–100, money in plain US dollars. */
  value: z.number().finite().describe("The value, normalised: counts as integers, percentages 0-100, money in plain US dollars."),
  /** How the stated number relates to the true quantity. */
  qualifier: QualifierSchema,
  /** The qualifier's words verbatim ("more than", "almost", "lower than"); null for exact. */
  qualifierText: z.string().min(1).nullable().describe("The qualifier's words verbatim (more than, almost, lower than); null for exact."),
  /** The number's words verbatim ("22.6 per cent", "eight", "$6.6 billion"). */
  text: z.string().min(1).describe("The number's words verbatim (22.6 per cent, eight, $6.6 billion)."),
  /** The words that state the number (they contain text and qualifierText). */
  evidence: SpanSchema.describe("The words that state the number (they contain text and qualifierText)."),
};

/** A number a speaker (or the source in its own voice) stated, normalised, with its words and their span. */
export const MetricSchema = z
  .strictObject({
    /** Stable id, e.g. `2020-09-14-a4p-fatalities-2017`. */
    id: IdSchema.describe("Stable id, e.g. 2020-09-14-a4p-fatalities-2017."),
    /** Id of the meeting. */
    meeting: IdSchema.describe("Id of the meeting."),
    /** Id of the statement that states it; null where the source states it in its own voice. */
    statement: IdSchema.nullable().describe("Id of the statement that states it; null where the source states it in its own voice."),
    /** Id of the subject it measures. */
    subject: IdSchema.describe("Id of the subject it measures."),
    /** Unit of the value; equal to the subject's unit. */
    unit: UnitSchema,
    ...statedNumber,
    /** The period it refers to; null where the source gives none. */
    period: PeriodSchema.nullable().describe("The period it refers to; null where the source gives none."),
    /** The target it is measured against, or null. */
    target: z
      .strictObject(statedNumber)
      .nullable()
      .describe("The target it is measured against, or null."),
    /** What it covers. */
    scope: z
      .strictObject({
        /** Missions it covers (empty: not specific to a mission). */
        missions: z.array(IdSchema).describe("Missions it covers (empty: not specific to a mission)."),
        /** Delegation it covers (a contributor's own personnel, say); null for none. */
        delegation: IdSchema.nullable().describe("Delegation it covers (a contributor's own personnel, say); null for none."),
        /** Place it covers, as the source names it; null for none. */
        location: z.string().min(1).nullable().describe("Place it covers, as the source names it; null for none."),
        /** Headquarters or field, where the source says; null otherwise. */
        level: z.enum(["headquarters", "field"]).nullable().describe("Headquarters or field, where the source says; null otherwise."),
      })
      .describe("What it covers."),
  })
  .superRefine((m, ctx) => {
    const checkQualifier = (q: { qualifier: string; qualifierText: string | null }, path: string[]) => {
      if ((q.qualifier === "exact") !== (q.qualifierText === null)) {
        ctx.addIssue({ code: "custom", path: [...path, "qualifierText"], message: "qualifierText must be null exactly when the qualifier is exact" });
      }
    };
    checkQualifier(m, []);
    if (m.target) checkQualifier(m.target, ["target"]);
    if (m.unit === "count" && !Number.isInteger(m.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "a count must be an integer" });
    }
    if (m.unit === "percent" && (m.value < 0 || m.value > 100)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "a percentage must be between 0 and 100" });
    }
  })
  .describe("A number stated at a meeting, normalised, with its words and their span.");
