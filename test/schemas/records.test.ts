/** Each record schema: a real record passes; each invalid example fails, naming the rule it breaks. */
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import {
  DelegationSchema,
  DocumentSchema,
  MeetingSchema,
  MetricSchema,
  MissionSchema,
  PeriodSchema,
  SourceSchema,
  SpanSchema,
  StatementSchema,
  SubjectSchema,
  ThemeSchema,
} from "../../src/schemas/index.js";
import { realData } from "../helpers.js";
import { byId, problemsOf } from "./rules/corrupt.js";

type Rec = Record<string, any>;
const { input } = realData();
const first = (c: keyof typeof input) => structuredClone(input[c][0]) as Rec;
const statement = (id: string) => structuredClone((input.statements as Rec[]).find((s) => s.id === id)) as Rec;

/** [rule, schema, a valid record, a change that breaks the rule, the path the issue must name] */
const cases: Array<[string, z.ZodType, () => Rec, (r: Rec) => void, Array<string | number>]> = [
  ["a span's length must equal end - start", SpanSchema, () => first("delegations").evidence, (r) => (r.end += 1), ["end"]],
  ["a span takes no unknown keys", SpanSchema, () => first("delegations").evidence, (r) => (r.page = 3), []],
  ["a source's sha256 is 64 hex digits", SourceSchema, () => first("sources"), (r) => (r.sha256 = "abc"), ["sha256"]],
  ["a source's symbol is a UN symbol or null", SourceSchema, () => first("sources"), (r) => (r.symbol = "press release 1"), ["symbol"]],
  ["a meeting's date is ISO 8601", MeetingSchema, () => first("meetings"), (r) => (r.date = "14 September 2020"), ["date"]],
  ["a meeting's format is closed", MeetingSchema, () => first("meetings"), (r) => (r.format = "phone"), ["format"]],
  ["every meeting field with a value has evidence", MeetingSchema, () => first("meetings"), (r) => (r.evidence = r.evidence.filter((e: Rec) => e.field !== "date")), ["evidence"]],
  ["a state's id is ISO alpha-3", DelegationSchema, () => structuredClone(input.delegations[1] as Rec), (r) => (r.id = "ZA"), ["id"]],
  ["a state carries an M49 code", DelegationSchema, () => structuredClone(input.delegations[1] as Rec), (r) => (r.m49 = null), ["m49"]],
  ["an organization carries no M49 code", DelegationSchema, () => first("delegations"), (r) => (r.m49 = 4), ["m49"]],
  ["a statement's order starts at 1", StatementSchema, () => first("statements"), (r) => (r.order = 0), ["order"]],
  ["a statement has at least one paragraph", StatementSchema, () => first("statements"), (r) => (r.paragraphs = []), ["paragraphs"]],
  ["onBehalfOf and its evidence go together", StatementSchema, () => statement("2020-09-14-a4p-02"), (r) => (r.onBehalfOfEvidence = null), ["onBehalfOfEvidence"]],
  ["an inferred mention names what it is inferred from", StatementSchema, () => statement("2020-09-14-a4p-11"), (r) => (r.missions[0].inferredFrom = null), ["missions", 0, "inferredFrom"]],
  ["a closed mission cites what closed it", MissionSchema, () => first("missions"), (r) => (r.closedBy = null), ["closedBy"]],
  ["a mission's name and its evidence go together", MissionSchema, () => first("missions"), (r) => (r.nameEvidence = null), ["nameEvidence"]],
  ["a metric's qualifier is closed", MetricSchema, () => first("metrics"), (r) => (r.qualifier = "roughly"), ["qualifier"]],
  ["a qualifier other than exact keeps its words", MetricSchema, () => first("metrics"), (r) => (r.qualifier = "more-than"), ["qualifierText"]],
  ["a count is an integer", MetricSchema, () => first("metrics"), (r) => (r.value = 154.5), ["value"]],
  ["a partial year runs to a date", PeriodSchema, () => ({ kind: "year", year: 2020, partial: true, through: "2020-09-14", text: null }), (r) => (r.through = null), ["through"]],
  ["a partial year runs to a date inside it", PeriodSchema, () => ({ kind: "year", year: 2020, partial: true, through: "2020-09-14", text: null }), (r) => (r.year = 2019), ["through"]],
  ["a fiscal year spans two consecutive years", PeriodSchema, () => ({ kind: "fiscal-year", startYear: 2019, endYear: 2020, text: null }), (r) => (r.endYear = 2022), ["endYear"]],
  ["a theme says whether it is an A4P commitment area", ThemeSchema, () => first("themes"), (r) => delete r.a4pCommitmentArea, ["a4pCommitmentArea"]],
  ["a subject's unit is closed", SubjectSchema, () => first("subjects"), (r) => (r.unit = "people"), ["unit"]],
  ["a document's kind is closed", DocumentSchema, () => first("documents"), (r) => (r.kind = "memo"), ["kind"]],
];

describe.each(cases)("%s", (_rule, schema, valid, breakIt, path) => {
  it("accepts the valid record", () => {
    expect(schema.safeParse(valid()).error?.issues ?? []).toEqual([]);
  });
  it("rejects the broken one at the named path", () => {
    const record = valid();
    breakIt(record);
    const result = schema.safeParse(record);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toContainEqual(path);
  });
});

/** The problems the first pass (a record's own schema and rules) reports after corrupting a copy of the real data. */
function schemaProblems(corrupt: (d: Record<string, Rec[]>) => void) {
  return problemsOf("schema", corrupt);
}

describe("per-record rules, as validateDataset reports them", () => {
  const PERCENT = "2020-09-14-a4p-women-military-professional-posts-hq";

  it("a percentage over 100", () => {
    const problems = schemaProblems((d) => {
      byId(d, "metrics", PERCENT).value = 100.5;
    });
    expect(problems).toEqual([{ collection: "metrics", id: PERCENT, path: ["value"], message: "a percentage must be between 0 and 100", rule: "schema" }]);
  });

  it("a percentage below 0", () => {
    const problems = schemaProblems((d) => {
      byId(d, "metrics", PERCENT).value = -0.5;
    });
    expect(problems).toEqual([{ collection: "metrics", id: PERCENT, path: ["value"], message: "a percentage must be between 0 and 100", rule: "schema" }]);
  });

  it.each([0, 100])("a percentage of %s is within bounds", (value) => {
    expect(schemaProblems((d) => (byId(d, "metrics", PERCENT).value = value))).toEqual([]);
  });

  it("onBehalfOf listing the speaker's own delegation", () => {
    const problems = schemaProblems((d) => {
      const s = byId(d, "statements", "2020-09-14-a4p-02");
      s.onBehalfOf.push(s.speaker.delegation);
    });
    expect(problems).toEqual([
      { collection: "statements", id: "2020-09-14-a4p-02", path: ["onBehalfOf"], message: "onBehalfOf must not list the speaker's own delegation", rule: "schema" },
    ]);
  });
});
