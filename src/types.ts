/**
 * The record types, inferred from the Zod schemas and made readonly throughout.
 * Type-only imports: this module loads no zod at run time.
 * @module
 */
import type * as z from "zod";
import type { SpanSchema, CitationSchema, EvidenceCitationSchema } from "./schemas/common.js";
import type { SourceSchema } from "./schemas/source.js";
import type { MeetingPartSchema, MeetingSchema, OutcomeSchema, PresidentSchema } from "./schemas/meeting.js";
import type { DelegationSchema } from "./schemas/delegation.js";
import type { StatementSchema } from "./schemas/statement.js";
import type { MissionSchema } from "./schemas/mission.js";
import type { MetricSchema, PeriodSchema, QualifierSchema } from "./schemas/metric.js";
import type { ThemeSchema } from "./schemas/theme.js";
import type { SubjectSchema, UnitSchema } from "./schemas/subject.js";
import type { DocumentSchema } from "./schemas/document.js";
import type { DatasetSchema, MetaSchema } from "./schemas/dataset.js";

/**
 * Makes every property, array and nested object readonly.
 * @category Records
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends ReadonlyArray<infer U>
    ? ReadonlyArray<DeepReadonly<U>>
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/**
 * The exact words of a source text that support a fact: `text.slice(start, end) === quote`.
 * @category Records
 * @interface
 */
export type Span = DeepReadonly<z.output<typeof SpanSchema>>;
/**
 * A fact no source text states, cited by the symbol of an official document.
 * @category Records
 * @interface
 */
export type Citation = DeepReadonly<z.output<typeof CitationSchema>>;
/**
 * A citation by document symbol or by an official page's URL, for a meeting field that no source text states.
 * @category Records
 */
export type EvidenceCitation = DeepReadonly<z.output<typeof EvidenceCitationSchema>>;
/**
 * A document the data is taken from, with the path and sha256 of its verbatim text.
 * @category Records
 * @interface
 */
export type Source = DeepReadonly<z.output<typeof SourceSchema>>;
/**
 * Who presided over a meeting: the delegation holding the presidency, and the person where the source names them.
 * @category Records
 * @interface
 */
export type President = DeepReadonly<z.output<typeof PresidentSchema>>;
/**
 * One part of a meeting held over several days or meeting numbers (a resumption has its own number and record).
 * @category Records
 * @interface
 */
export type MeetingPart = DeepReadonly<z.output<typeof MeetingPartSchema>>;
/**
 * One meeting of a UN body: date, format, topic, briefers, outcomes, and the spans that support them.
 * @category Records
 * @interface
 */
export type Meeting = DeepReadonly<z.output<typeof MeetingSchema>>;
/**
 * A presidential statement a meeting adopted.
 * @category Records
 * @interface
 */
export type PresidentialStatementOutcome = DeepReadonly<Extract<z.output<typeof OutcomeSchema>, { kind: "presidential-statement" }>>;
/**
 * A resolution a meeting adopted, with its vote.
 * @category Records
 * @interface
 */
export type ResolutionOutcome = DeepReadonly<Extract<z.output<typeof OutcomeSchema>, { kind: "resolution" }>>;
/**
 * What a meeting adopted: a presidential statement or a resolution with its vote.
 * @category Records
 */
export type Outcome = PresidentialStatementOutcome | ResolutionOutcome;
/**
 * Who speaks, or on whose behalf: a member state (ISO 3166-1 alpha-3 id), a regional organization, a UN entity.
 * @category Records
 * @interface
 */
export type Delegation = DeepReadonly<z.output<typeof DelegationSchema>>;
/**
 * One intervention at a meeting, with the paragraphs of the source that report it.
 * @category Records
 * @interface
 */
export type Statement = DeepReadonly<z.output<typeof StatementSchema>>;
/**
 * A peacekeeping operation or political mission that statements mention.
 * @category Records
 * @interface
 */
export type Mission = DeepReadonly<z.output<typeof MissionSchema>>;
/**
 * A number stated at a meeting, normalised, with its verbatim words, qualifier, period, target and span.
 * @category Records
 * @interface
 */
export type Metric = DeepReadonly<z.output<typeof MetricSchema>>;
/**
 * A calendar year; `partial` when not complete ("so far in 2020"), running to `through`.
 * @category Records
 * @interface
 */
export type YearPeriod = DeepReadonly<Extract<z.output<typeof PeriodSchema>, { kind: "year" }>>;
/**
 * A fiscal year spanning two calendar years (UN peacekeeping: July to June).
 * @category Records
 * @interface
 */
export type FiscalYearPeriod = DeepReadonly<Extract<z.output<typeof PeriodSchema>, { kind: "fiscal-year" }>>;
/**
 * A calendar month.
 * @category Records
 * @interface
 */
export type MonthPeriod = DeepReadonly<Extract<z.output<typeof PeriodSchema>, { kind: "month" }>>;
/**
 * A run of whole calendar years.
 * @category Records
 * @interface
 */
export type YearsPeriod = DeepReadonly<Extract<z.output<typeof PeriodSchema>, { kind: "years" }>>;
/**
 * From a year to a date ("since 1999").
 * @category Records
 * @interface
 */
export type SincePeriod = DeepReadonly<Extract<z.output<typeof PeriodSchema>, { kind: "since" }>>;
/**
 * A stock on one date ("currently", "so far").
 * @category Records
 * @interface
 */
export type AsOfPeriod = DeepReadonly<Extract<z.output<typeof PeriodSchema>, { kind: "as-of" }>>;
/**
 * The period a metric refers to: a (possibly partial) year, a fiscal year, a month, a run of years, "since" a year, or "as of" a date.
 * @category Records
 */
export type Period = YearPeriod | FiscalYearPeriod | MonthPeriod | YearsPeriod | SincePeriod | AsOfPeriod;
/**
 * How a stated number relates to the true quantity: exact, approximately, more-than, less-than, almost, at-least, at-most.
 * @category Records
 */
export type Qualifier = z.output<typeof QualifierSchema>;
/**
 * Unit of a normalised value: count, percent (0–100), usd, years.
 * @category Records
 */
export type Unit = z.output<typeof UnitSchema>;
/**
 * A theme of the controlled vocabulary that statements are tagged with.
 * @category Records
 * @interface
 */
export type Theme = DeepReadonly<z.output<typeof ThemeSchema>>;
/**
 * A quantity that metrics measure, defined once.
 * @category Records
 * @interface
 */
export type Subject = DeepReadonly<z.output<typeof SubjectSchema>>;
/**
 * A document, instrument or body that statements refer to.
 * @category Records
 * @interface
 */
export type Document = DeepReadonly<z.output<typeof DocumentSchema>>;
/**
 * The whole dataset: one readonly array per collection, and a meta block when built.
 * @category Records
 * @interface
 */
export type Dataset = DeepReadonly<z.output<typeof DatasetSchema>>;
/**
 * Where a built dataset comes from: package, version, build time, sources with their sha256.
 * @category Records
 * @interface
 */
export type Meta = DeepReadonly<z.output<typeof MetaSchema>>;
