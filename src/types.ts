/**
 * The record types, inferred from the Zod schemas and made readonly throughout.
 * Type-only imports: this module loads no zod at run time.
 * @module
 */
import type * as z from "zod";
import type { SpanSchema, CitationSchema } from "./schemas/common.js";
import type { SourceSchema } from "./schemas/source.js";
import type { MeetingSchema, OutcomeSchema } from "./schemas/meeting.js";
import type { DelegationSchema } from "./schemas/delegation.js";
import type { StatementSchema } from "./schemas/statement.js";
import type { MissionSchema } from "./schemas/mission.js";
import type { MetricSchema, PeriodSchema, QualifierSchema } from "./schemas/metric.js";
import type { ThemeSchema } from "./schemas/theme.js";
import type { SubjectSchema, UnitSchema } from "./schemas/subject.js";
import type { DocumentSchema } from "./schemas/document.js";
import type { DatasetSchema, MetaSchema } from "./schemas/dataset.js";

/** Makes every property, array and nested object readonly. */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends ReadonlyArray<infer U>
    ? ReadonlyArray<DeepReadonly<U>>
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** @category Records */
export type Span = DeepReadonly<z.output<typeof SpanSchema>>;
/** @category Records */
export type Citation = DeepReadonly<z.output<typeof CitationSchema>>;
/** @category Records */
export type Source = DeepReadonly<z.output<typeof SourceSchema>>;
/** @category Records */
export type Meeting = DeepReadonly<z.output<typeof MeetingSchema>>;
/** @category Records */
export type Outcome = DeepReadonly<z.output<typeof OutcomeSchema>>;
/** @category Records */
export type Delegation = DeepReadonly<z.output<typeof DelegationSchema>>;
/** @category Records */
export type Statement = DeepReadonly<z.output<typeof StatementSchema>>;
/** @category Records */
export type Mission = DeepReadonly<z.output<typeof MissionSchema>>;
/** @category Records */
export type Metric = DeepReadonly<z.output<typeof MetricSchema>>;
/** @category Records */
export type Period = DeepReadonly<z.output<typeof PeriodSchema>>;
/** @category Records */
export type Qualifier = z.output<typeof QualifierSchema>;
/** @category Records */
export type Unit = z.output<typeof UnitSchema>;
/** @category Records */
export type Theme = DeepReadonly<z.output<typeof ThemeSchema>>;
/** @category Records */
export type Subject = DeepReadonly<z.output<typeof SubjectSchema>>;
/** @category Records */
export type Document = DeepReadonly<z.output<typeof DocumentSchema>>;
/** @category Records */
export type Dataset = DeepReadonly<z.output<typeof DatasetSchema>>;
/** @category Records */
export type Meta = DeepReadonly<z.output<typeof MetaSchema>>;
