/**
 * The exported record types are exactly the schemas' outputs, made readonly, with the id fields typed by the id unions
 * of the bundled data (plain strings with AnyIds); ids are closed literal unions.
 */
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import type {
  AnyIds,
  Dataset,
  DeepReadonly,
  Delegation,
  DelegationId,
  Document,
  DocumentId,
  Meeting,
  MeetingId,
  MeetingPart,
  Meta,
  Metric,
  MetricSubject,
  Mission,
  MissionId,
  Outcome,
  Period,
  President,
  Source,
  Span,
  Statement,
  Subject,
  Theme,
  ThemeId,
} from "../../src/index.js";
import { dataset } from "../../src/index.js";
import type {
  DatasetSchema,
  DelegationSchema,
  DocumentSchema,
  MeetingPartSchema,
  MeetingSchema,
  MetaSchema,
  MetricSchema,
  MissionSchema,
  OutcomeSchema,
  PeriodSchema,
  PresidentSchema,
  SourceSchema,
  SpanSchema,
  StatementSchema,
  SubjectSchema,
  ThemeSchema,
  ValidationResult,
} from "../../src/schemas/index.js";

describe("record types", () => {
  it("equal the readonly output of their schemas, with plain string ids under AnyIds", () => {
    expectTypeOf<Span>().toEqualTypeOf<DeepReadonly<z.output<typeof SpanSchema>>>();
    expectTypeOf<Source>().toEqualTypeOf<DeepReadonly<z.output<typeof SourceSchema>>>();
    expectTypeOf<MeetingPart>().toEqualTypeOf<DeepReadonly<z.output<typeof MeetingPartSchema>>>();
    expectTypeOf<Meta>().toEqualTypeOf<DeepReadonly<z.output<typeof MetaSchema>>>();
    expectTypeOf<Period>().toEqualTypeOf<DeepReadonly<z.output<typeof PeriodSchema>>>();
    expectTypeOf<Meeting<AnyIds>>().toEqualTypeOf<DeepReadonly<z.output<typeof MeetingSchema>>>();
    expectTypeOf<President<AnyIds>>().toEqualTypeOf<DeepReadonly<z.output<typeof PresidentSchema>>>();
    expectTypeOf<Delegation<AnyIds>>().toEqualTypeOf<DeepReadonly<z.output<typeof DelegationSchema>>>();
    expectTypeOf<Statement<AnyIds>>().toEqualTypeOf<DeepReadonly<z.output<typeof StatementSchema>>>();
    expectTypeOf<Mission<AnyIds>>().toEqualTypeOf<DeepReadonly<z.output<typeof MissionSchema>>>();
    expectTypeOf<Metric<AnyIds>>().toEqualTypeOf<DeepReadonly<z.output<typeof MetricSchema>>>();
    expectTypeOf<Theme<AnyIds>>().toEqualTypeOf<DeepReadonly<z.output<typeof ThemeSchema>>>();
    expectTypeOf<Subject<AnyIds>>().toEqualTypeOf<DeepReadonly<z.output<typeof SubjectSchema>>>();
    expectTypeOf<Document<AnyIds>>().toEqualTypeOf<DeepReadonly<z.output<typeof DocumentSchema>>>();
    expectTypeOf<Dataset<AnyIds>>().toEqualTypeOf<DeepReadonly<z.output<typeof DatasetSchema>>>();
    expectTypeOf<Outcome<AnyIds>>().toEqualTypeOf<DeepReadonly<z.output<typeof OutcomeSchema>>>();
  });

  it("are, for the bundled data, the schemas' outputs with the id fields narrowed to the id unions", () => {
    expectTypeOf<Meeting>().toExtend<DeepReadonly<z.output<typeof MeetingSchema>>>();
    expectTypeOf<Statement>().toExtend<DeepReadonly<z.output<typeof StatementSchema>>>();
    expectTypeOf<Metric>().toExtend<DeepReadonly<z.output<typeof MetricSchema>>>();
    expectTypeOf<Dataset>().toExtend<DeepReadonly<z.output<typeof DatasetSchema>>>();
    expectTypeOf<Dataset>().toExtend<Dataset<AnyIds>>();
    // Each id field, by kind.
    expectTypeOf<Meeting["id"]>().toEqualTypeOf<MeetingId>();
    expectTypeOf<Meeting["briefers"][number]["delegation"]>().toEqualTypeOf<DelegationId>();
    expectTypeOf<NonNullable<Meeting["president"]>>().toEqualTypeOf<President>();
    expectTypeOf<President["delegation"]>().toEqualTypeOf<DelegationId>();
    expectTypeOf<Outcome["document"]>().toEqualTypeOf<DocumentId | null>();
    expectTypeOf<NonNullable<Extract<Outcome, { kind: "resolution" }>["vote"]>["inFavour"]>().toEqualTypeOf<readonly DelegationId[]>();
    expectTypeOf<Delegation["id"]>().toEqualTypeOf<DelegationId>();
    expectTypeOf<Mission["id"]>().toEqualTypeOf<MissionId>();
    expectTypeOf<Theme["id"]>().toEqualTypeOf<ThemeId>();
    expectTypeOf<Subject["id"]>().toEqualTypeOf<MetricSubject>();
    expectTypeOf<Document["id"]>().toEqualTypeOf<DocumentId>();
    expectTypeOf<Statement["meeting"]>().toEqualTypeOf<MeetingId>();
    expectTypeOf<Statement["speaker"]["delegation"]>().toEqualTypeOf<DelegationId>();
    expectTypeOf<Statement["onBehalfOf"]>().toEqualTypeOf<readonly DelegationId[]>();
    expectTypeOf<Statement["themes"][number]["theme"]>().toEqualTypeOf<ThemeId>();
    expectTypeOf<Statement["missions"][number]["mission"]>().toEqualTypeOf<MissionId>();
    expectTypeOf<Statement["documents"][number]["document"]>().toEqualTypeOf<DocumentId>();
    expectTypeOf<Metric["meeting"]>().toEqualTypeOf<MeetingId>();
    expectTypeOf<Metric["subject"]>().toEqualTypeOf<MetricSubject>();
    expectTypeOf<Metric["scope"]["missions"]>().toEqualTypeOf<readonly MissionId[]>();
    expectTypeOf<Metric["scope"]["delegation"]>().toEqualTypeOf<DelegationId | null>();
    // Ids without a union (statements, metrics, sources) stay strings.
    expectTypeOf<Statement["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Metric["statement"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Span["source"]>().toEqualTypeOf<string>();
  });

  it("are named: nested records keep their names", () => {
    expectTypeOf<Statement["paragraphs"][number]>().toEqualTypeOf<Span>();
    expectTypeOf<Metric["period"]>().toEqualTypeOf<Period | null>();
    expectTypeOf<Meeting["outcomes"][number]>().toEqualTypeOf<Outcome>();
    expectTypeOf<Dataset["statements"]>().toEqualTypeOf<readonly Statement[]>();
    expectTypeOf<Dataset<AnyIds>["metrics"]>().toEqualTypeOf<readonly Metric<AnyIds>[]>();
    expectTypeOf(dataset).toEqualTypeOf<Dataset>();
  });

  it("are readonly all the way down", () => {
    expectTypeOf<Statement["paragraphs"]>().toEqualTypeOf<ReadonlyArray<Span>>();
    expectTypeOf<Statement<AnyIds>["speaker"]>().toHaveProperty("delegation").toEqualTypeOf<string>();
    // @ts-expect-error a readonly field
    dataset.statements[0]!.order = 2;
    // @ts-expect-error a readonly array
    dataset.statements[0]!.onBehalfOf.push("NER");
    // @ts-expect-error a readonly field of a nested record
    dataset.statements[0]!.speaker.delegation = "DEU";
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
    expectTypeOf<"VIETNAM">().not.toExtend<DelegationId>();
    expectTypeOf<string>().not.toExtend<MissionId>();
  });
});
