/**
 * The record types, inferred from the Zod schemas and made readonly throughout, as named interfaces (so that type
 * errors and the docs print `Statement`, not the whole record). The id fields of the records that reference other
 * records take their types from an {@link IdTypes} argument: the ids of the bundled data by default, plain strings with
 * {@link AnyIds} for records of your own.
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
import type { CouncilTermSchema } from "./schemas/council-term.js";
import type { DatasetSchema, MetaSchema } from "./schemas/dataset.js";
import type { AnyIds, BundledIds, IdTypes } from "./ids.js";

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
 * Where the ids sit in a record, for {@link WithIds}: for each field holding ids, the kind of id (a key of
 * {@link IdTypes}); for a field holding objects, the same for their fields; `{ as: T }` for a field whose records have a
 * named type T.
 */
type IdFields = { readonly [field: string]: keyof IdTypes | IdFields | { readonly as: unknown } };

/** One field of a record with its ids typed: null stays null, arrays map their items. */
type WithIdsIn<T, S, I extends IdTypes> = T extends null | undefined
  ? T
  : S extends keyof IdTypes
    ? T extends ReadonlyArray<unknown>
      ? ReadonlyArray<I[S]>
      : I[S]
    : S extends { readonly as: infer N }
      ? T extends ReadonlyArray<unknown>
        ? ReadonlyArray<N>
        : N
      : T extends ReadonlyArray<infer U>
        ? ReadonlyArray<WithIdsIn<U, S, I>>
        : { readonly [K in keyof T]: K extends keyof S ? WithIdsIn<T[K], S[K], I> : T[K] };

/**
 * A readonly record T with the id fields that S names typed by I. A mapped type over T's own keys, so that an interface
 * can extend it and each field keeps the doc comment of its schema.
 */
type WithIds<T, S extends IdFields, I extends IdTypes> = { readonly [K in keyof T]: K extends keyof S ? WithIdsIn<T[K], S[K], I> : T[K] };

/** The record a schema parses to, readonly throughout. */
type Parsed<T extends z.ZodType> = DeepReadonly<z.output<T>>;

/**
 * Each record type by name, with its ids typed by I: what the exported interfaces extend (an interface cannot extend a
 * mapped type written in its own heading and still show in the docs without it).
 */
interface Records<I extends IdTypes> {
  span: Parsed<typeof SpanSchema>;
  citation: Parsed<typeof CitationSchema>;
  source: Parsed<typeof SourceSchema>;
  president: WithIds<Parsed<typeof PresidentSchema>, { delegation: "delegation" }, I>;
  meetingPart: Parsed<typeof MeetingPartSchema>;
  meeting: WithIds<
    Parsed<typeof MeetingSchema>,
    { id: "meeting"; president: { as: President<I> }; parts: { as: MeetingPart }; briefers: { delegation: "delegation" }; outcomes: { as: Outcome<I> } },
    I
  >;
  presidentialStatementOutcome: WithIds<Extract<Parsed<typeof OutcomeSchema>, { kind: "presidential-statement" }>, { document: "document" }, I>;
  resolutionOutcome: WithIds<
    Extract<Parsed<typeof OutcomeSchema>, { kind: "resolution" }>,
    { document: "document"; vote: { inFavour: "delegation"; against: "delegation"; abstaining: "delegation" } },
    I
  >;
  delegation: WithIds<Parsed<typeof DelegationSchema>, { id: "delegation" }, I>;
  statement: WithIds<
    Parsed<typeof StatementSchema>,
    {
      meeting: "meeting";
      speaker: { delegation: "delegation"; evidence: { as: Span } };
      participation: { evidence: { as: Span } };
      onBehalfOf: "delegation";
      onBehalfOfEvidence: { as: Span };
      paragraphs: { as: Span };
      themes: { theme: "theme"; evidence: { as: Span } };
      missions: { mission: "mission"; evidence: { as: Span } };
      documents: { document: "document"; evidence: { as: Span } };
    },
    I
  >;
  mission: WithIds<Parsed<typeof MissionSchema>, { id: "mission"; predecessor: "mission"; successor: "mission" }, I>;
  metric: WithIds<
    Parsed<typeof MetricSchema>,
    { meeting: "meeting"; subject: "subject"; evidence: { as: Span }; period: { as: Period }; scope: { missions: "mission"; delegation: "delegation" } },
    I
  >;
  yearPeriod: Extract<Parsed<typeof PeriodSchema>, { kind: "year" }>;
  fiscalYearPeriod: Extract<Parsed<typeof PeriodSchema>, { kind: "fiscal-year" }>;
  monthPeriod: Extract<Parsed<typeof PeriodSchema>, { kind: "month" }>;
  yearsPeriod: Extract<Parsed<typeof PeriodSchema>, { kind: "years" }>;
  sincePeriod: Extract<Parsed<typeof PeriodSchema>, { kind: "since" }>;
  asOfPeriod: Extract<Parsed<typeof PeriodSchema>, { kind: "as-of" }>;
  theme: WithIds<Parsed<typeof ThemeSchema>, { id: "theme" }, I>;
  subject: WithIds<Parsed<typeof SubjectSchema>, { id: "subject" }, I>;
  document: WithIds<Parsed<typeof DocumentSchema>, { id: "document" }, I>;
  councilTerm: WithIds<Parsed<typeof CouncilTermSchema>, { id: "councilTerm" }, I>;
  meta: Parsed<typeof MetaSchema>;
  dataset: WithIds<
    Parsed<typeof DatasetSchema>,
    {
      meta: { as: Meta };
      sources: { as: Source };
      meetings: { as: Meeting<I> };
      delegations: { as: Delegation<I> };
      statements: { as: Statement<I> };
      missions: { as: Mission<I> };
      metrics: { as: Metric<I> };
      themes: { as: Theme<I> };
      subjects: { as: Subject<I> };
      documents: { as: Document<I> };
      councilTerms: { as: CouncilTerm<I> };
    },
    I
  >;
}

/** The record type of a name, with its ids typed by I. */
type RecordOf<N extends keyof Records<IdTypes>, I extends IdTypes = AnyIds> = Records<I>[N];

/**
 * The exact words of a source text that support a fact: `text.slice(start, end) === quote`.
 * @category Records
 */
export interface Span extends RecordOf<"span"> {}
/**
 * A fact no source text states, cited by the symbol of an official document.
 * @category Records
 */
export interface Citation extends RecordOf<"citation"> {}
/**
 * A citation by document symbol or by an official page's URL, for a meeting field that no source text states.
 * @category Records
 */
export type EvidenceCitation = DeepReadonly<z.output<typeof EvidenceCitationSchema>>;
/**
 * A document the data is taken from, with the path and sha256 of its verbatim text.
 * @category Records
 */
export interface Source extends RecordOf<"source"> {}
/**
 * Who presided over a meeting: the delegation holding the presidency, and the person where the source names them.
 * @typeParam I - The id types: the bundled data's ids by default, {@link AnyIds} for plain strings.
 * @category Records
 */
export interface President<I extends IdTypes = BundledIds> extends RecordOf<"president", I> {}
/**
 * One part of a meeting held over several days or meeting numbers (a resumption has its own number and record).
 * @category Records
 */
export interface MeetingPart extends RecordOf<"meetingPart"> {}
/**
 * One meeting of a UN body: date, format, topic, briefers, outcomes, and the spans that support them.
 * @typeParam I - The id types: the bundled data's ids by default, {@link AnyIds} for plain strings.
 * @category Records
 */
export interface Meeting<I extends IdTypes = BundledIds> extends RecordOf<"meeting", I> {}
/**
 * A presidential statement a meeting adopted.
 * @typeParam I - The id types: the bundled data's ids by default, {@link AnyIds} for plain strings.
 * @category Records
 */
export interface PresidentialStatementOutcome<I extends IdTypes = BundledIds> extends RecordOf<"presidentialStatementOutcome", I> {}
/**
 * A resolution a meeting adopted, with its vote.
 * @typeParam I - The id types: the bundled data's ids by default, {@link AnyIds} for plain strings.
 * @category Records
 */
export interface ResolutionOutcome<I extends IdTypes = BundledIds> extends RecordOf<"resolutionOutcome", I> {}
/**
 * What a meeting adopted: a presidential statement or a resolution with its vote.
 * @typeParam I - The id types: the bundled data's ids by default, {@link AnyIds} for plain strings.
 * @category Records
 */
export type Outcome<I extends IdTypes = BundledIds> = PresidentialStatementOutcome<I> | ResolutionOutcome<I>;
/**
 * Who speaks, or on whose behalf: a member state (ISO 3166-1 alpha-3 id), a regional organization, a UN entity.
 * @typeParam I - The id types: the bundled data's ids by default, {@link AnyIds} for plain strings.
 * @category Records
 */
export interface Delegation<I extends IdTypes = BundledIds> extends RecordOf<"delegation", I> {}
/**
 * One intervention at a meeting, with the paragraphs of the source that report it.
 * @typeParam I - The id types: the bundled data's ids by default, {@link AnyIds} for plain strings.
 * @category Records
 */
export interface Statement<I extends IdTypes = BundledIds> extends RecordOf<"statement", I> {}
/**
 * A UN peacekeeping operation or special political mission: name, hosts, start and end, establishing and closing
 * decisions, predecessor and successor, each fact cited.
 * @typeParam I - The id types: the bundled data's ids by default, {@link AnyIds} for plain strings.
 * @category Records
 */
export interface Mission<I extends IdTypes = BundledIds> extends RecordOf<"mission", I> {}
/**
 * A number stated at a meeting, normalised, with its verbatim words, qualifier, period, target and span.
 * @typeParam I - The id types: the bundled data's ids by default, {@link AnyIds} for plain strings.
 * @category Records
 */
export interface Metric<I extends IdTypes = BundledIds> extends RecordOf<"metric", I> {}
/**
 * A calendar year; `partial` when not complete ("so far in 2020"), running to `through`.
 * @category Records
 */
export interface YearPeriod extends RecordOf<"yearPeriod"> {}
/**
 * A fiscal year spanning two calendar years (UN peacekeeping: July to June).
 * @category Records
 */
export interface FiscalYearPeriod extends RecordOf<"fiscalYearPeriod"> {}
/**
 * A calendar month.
 * @category Records
 */
export interface MonthPeriod extends RecordOf<"monthPeriod"> {}
/**
 * A run of whole calendar years.
 * @category Records
 */
export interface YearsPeriod extends RecordOf<"yearsPeriod"> {}
/**
 * From a year to a date ("since 1999").
 * @category Records
 */
export interface SincePeriod extends RecordOf<"sincePeriod"> {}
/**
 * A stock on one date ("currently", "so far").
 * @category Records
 */
export interface AsOfPeriod extends RecordOf<"asOfPeriod"> {}
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
 * @typeParam I - The id types: the bundled data's ids by default, {@link AnyIds} for plain strings.
 * @category Records
 */
export interface Theme<I extends IdTypes = BundledIds> extends RecordOf<"theme", I> {}
/**
 * A quantity that metrics measure, defined once.
 * @typeParam I - The id types: the bundled data's ids by default, {@link AnyIds} for plain strings.
 * @category Records
 */
export interface Subject<I extends IdTypes = BundledIds> extends RecordOf<"subject", I> {}
/**
 * A document, instrument or body that statements refer to.
 * @typeParam I - The id types: the bundled data's ids by default, {@link AnyIds} for plain strings.
 * @category Records
 */
export interface Document<I extends IdTypes = BundledIds> extends RecordOf<"document", I> {}
/**
 * One term a state holds a seat on the Security Council (permanent or elected), with its dates and citation.
 * @typeParam I - The id types: the bundled data's ids by default, {@link AnyIds} for plain strings.
 * @category Records
 */
export interface CouncilTerm<I extends IdTypes = BundledIds> extends RecordOf<"councilTerm", I> {}
/**
 * Where a built dataset comes from: package, version, build time, sources with their sha256.
 * @category Records
 */
export interface Meta extends RecordOf<"meta"> {}
/**
 * The whole dataset: one readonly array per collection, and a meta block when built.
 * @typeParam I - The id types: the bundled data's ids by default, {@link AnyIds} for plain strings (a dataset of your own).
 * @category Records
 */
export interface Dataset<I extends IdTypes = BundledIds> extends RecordOf<"dataset", I> {}
