/** The exported record types are exactly the schemas' outputs, made readonly; ids are closed literal unions. */
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type {
  Dataset,
  DeepReadonly,
  Delegation,
  DelegationId,
  Meeting,
  Metric,
  MetricSubject,
  Mission,
  MissionId,
  Outcome,
  Period,
  Source,
  Span,
  Statement,
  Theme,
  ThemeId,
} from "../../src/index.js";
import { dataset } from "../../src/index.js";
import type {
  DatasetSchema,
  DelegationSchema,
  MeetingSchema,
  MetricSchema,
  MissionSchema,
  OutcomeSchema,
  PeriodSchema,
  SourceSchema,
  SpanSchema,
  StatementSchema,
  ThemeSchema,
  ValidationResult,
} from "../../src/schemas/index.js";

describe("record types", () => {
  it("equal the readonly output of their schemas", () => {
    expectTypeOf<Span>().toEqualTypeOf<DeepReadonly<z.output<typeof SpanSchema>>>();
    expectTypeOf<Source>().toEqualTypeOf<DeepReadonly<z.output<typeof SourceSchema>>>();
    expectTypeOf<Meeting>().toEqualTypeOf<DeepReadonly<z.output<typeof MeetingSchema>>>();
    expectTypeOf<Delegation>().toEqualTypeOf<DeepReadonly<z.output<typeof DelegationSchema>>>();
    expectTypeOf<Statement>().toEqualTypeOf<DeepReadonly<z.output<typeof StatementSchema>>>();
    expectTypeOf<Mission>().toEqualTypeOf<DeepReadonly<z.output<typeof MissionSchema>>>();
    expectTypeOf<Metric>().toEqualTypeOf<DeepReadonly<z.output<typeof MetricSchema>>>();
    expectTypeOf<Theme>().toEqualTypeOf<DeepReadonly<z.output<typeof ThemeSchema>>>();
    expectTypeOf<Dataset>().toEqualTypeOf<DeepReadonly<z.output<typeof DatasetSchema>>>();
    expectTypeOf<Period>().toEqualTypeOf<DeepReadonly<z.output<typeof PeriodSchema>>>();
    expectTypeOf<Outcome>().toEqualTypeOf<DeepReadonly<z.output<typeof OutcomeSchema>>>();
  });

  it("are readonly all the way down", () => {
    expectTypeOf<Statement["paragraphs"]>().toEqualTypeOf<ReadonlyArray<Span>>();
    expectTypeOf<Statement["speaker"]>().toHaveProperty("delegation").toEqualTypeOf<string>();
    // @ts-expect-error a readonly field
    dataset.statements[0]!.order = 2;
    // @ts-expect-error a readonly array
    dataset.statements[0]!.onBehalfOf.push("NER");
  });

  it("keep closed enumerations as literal unions", () => {
    expectTypeOf<Metric["qualifier"]>().toEqualTypeOf<"exact" | "approximately" | "more-than" | "less-than" | "almost" | "at-least" | "at-most">();
    expectTypeOf<Statement["role"]>().toEqualTypeOf<"briefer" | "council-member" | "president" | "invited">();
  });

  it("narrow a validation result on ok", () => {
    const check = (r: ValidationResult) => {
      if (r.ok) expectTypeOf(r.dataset.statements).toBeArray();
      else expectTypeOf(r.problems[0]!.path).toEqualTypeOf<ReadonlyArray<string | number>>();
    };
    expectTypeOf(check).toBeFunction();
  });
});

describe("id unions", () => {
  it("are literal unions that reject unknown ids", () => {
    expectTypeOf<"VNM">().toExtend<DelegationId>();
    expectTypeOf<"MINUSMA">().toExtend<MissionId>();
    expectTypeOf<"safety-and-security">().toExtend<ThemeId>();
    expectTypeOf<"peacekeeper-fatalities-acts-of-violence">().toExtend<MetricSubject>();
    expectTypeOf<"XXX">().not.toExtend<DelegationId>();
    expectTypeOf<string>().not.toExtend<MissionId>();
  });
});
