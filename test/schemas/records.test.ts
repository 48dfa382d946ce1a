/** Each record schema: a real record passes; each invalid example fails, naming the rule it breaks. */
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import {
  CouncilTermSchema,
  DelegationSchema,
  DocumentSchema,
  DocumentSymbolSchema,
  IdSchema,
  MeetingSchema,
  MetaSchema,
  MetricSchema,
  MissionSchema,
  PartialDateSchema,
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

const metric = (id: string) => structuredClone((input.metrics as Rec[]).find((m) => m.id === id)) as Rec;
const mission = (id: string) => structuredClone((input.missions as Rec[]).find((m) => m.id === id)) as Rec;
const term = (id: string) => structuredClone((input.councilTerms as Rec[]).find((t) => t.id === id)) as Rec;
const delegation = (id: string) => structuredClone((input.delegations as Rec[]).find((m) => m.id === id)) as Rec;

/** The real meeting, with its date's span standing also for two parts held on its date and the day after. */
function meetingInParts(): Rec {
  const m = first("meetings");
  const date = m.evidence.find((e: Rec) => e.field === "date").span;
  const part = (d: string) => ({ date: d, meetingNumber: null, recordSymbol: null, evidence: [{ field: "date", span: date }] });
  m.parts = [part(m.date), part("2020-09-15")];
  return m;
}

/** The message Zod gives when it is not ours to word: only the path is pinned. */
const ZOD = null;

/** [rule, schema, a valid record, a change that breaks the rule, the path the issue must name, its message] */
const cases: Array<[string, z.ZodType, () => Rec, (r: Rec) => void, Array<string | number>, string | null]> = [
  ["a span's length must equal end - start", SpanSchema, () => first("delegations").evidence, (r) => (r.end += 1), ["end"], "end - start must equal the quote's length"],
  ["a span takes no unknown keys", SpanSchema, () => first("delegations").evidence, (r) => (r.page = 3), [], ZOD],
  ["a source's sha256 is 64 hex digits", SourceSchema, () => first("sources"), (r) => (r.sha256 = "abc"), ["sha256"], "must be 64 lower-case hex digits"],
  ["a source's symbol is a UN symbol or null", SourceSchema, () => first("sources"), (r) => (r.symbol = "press release 1"), ["symbol"], "must look like an official UN document symbol, e.g. 'S/RES/2538 (2020)', 'S/PV.8521 (Resumption 1)' or 'A/RES/2758 (XXVI)'"],
  ["a source's language is a BCP 47 tag", SourceSchema, () => first("sources"), (r) => (r.language = "English"), ["language"], "must be a BCP 47 language tag"],
  ["a source's text is a plain .txt file", SourceSchema, () => first("sources"), (r) => (r.path = "../secret.txt"), ["path"], "must be a plain .txt file name under data/sources/"],
  ["a meeting's date is ISO 8601", MeetingSchema, () => first("meetings"), (r) => (r.date = "14 September 2020"), ["date"], ZOD],
  ["a meeting's format is closed", MeetingSchema, () => first("meetings"), (r) => (r.format = "phone"), ["format"], ZOD],
  ["every meeting field with a value has evidence", MeetingSchema, () => first("meetings"), (r) => (r.evidence = r.evidence.filter((e: Rec) => e.field !== "date")), ["evidence"], "field 'date' has a value but no evidence span or citation"],
  ["the body has evidence", MeetingSchema, () => first("meetings"), (r) => (r.evidence = r.evidence.filter((e: Rec) => e.field !== "body")), ["evidence"], "field 'body' has a value but no evidence span or citation"],
  ["the format has evidence", MeetingSchema, () => first("meetings"), (r) => (r.evidence = r.evidence.filter((e: Rec) => e.field !== "format")), ["evidence"], "field 'format' has a value but no evidence span or citation"],
  ["the topic has evidence", MeetingSchema, () => first("meetings"), (r) => (r.evidence = r.evidence.filter((e: Rec) => e.field !== "topic")), ["evidence"], "field 'topic' has a value but no evidence span or citation"],
  ["an initiative's name has evidence", MeetingSchema, () => first("meetings"), (r) => (r.evidence = r.evidence.filter((e: Rec) => e.field !== "initiative.name")), ["evidence"], "field 'initiative.name' has a value but no evidence span or citation"],
  ["an initiative's launch has evidence", MeetingSchema, () => first("meetings"), (r) => (r.evidence = r.evidence.filter((e: Rec) => e.field !== "initiative.launched")), ["evidence"], "field 'initiative.launched' has a value but no evidence span or citation"],
  ["an agenda item has evidence", MeetingSchema, () => first("meetings"), (r) => (r.agendaItem = "Peacekeeping operations"), ["evidence"], "field 'agendaItem' has a value but no evidence span or citation"],
  ["a meeting's kind has evidence", MeetingSchema, () => first("meetings"), (r) => (r.kind = "briefing"), ["evidence"], "field 'kind' has a value but no evidence span or citation"],
  ["a meeting number has evidence", MeetingSchema, () => first("meetings"), (r) => (r.meetingNumber = 8766), ["evidence"], "field 'meetingNumber' has a value but no evidence span or citation"],
  ["a record symbol has evidence", MeetingSchema, () => first("meetings"), (r) => (r.recordSymbol = "S/PV.8766"), ["evidence"], "field 'recordSymbol' has a value but no evidence span or citation"],
  ["an initiative's launch is YYYY or YYYY-MM", MeetingSchema, () => first("meetings"), (r) => (r.initiative.launched = "2018-13"), ["initiative", "launched"], "must be YYYY or YYYY-MM"],
  ["a meeting held at once has no single part", MeetingSchema, meetingInParts, (r) => r.parts.pop(), ["parts"], "a meeting held at once has no parts; list two or more"],
  ["the first part is held on the meeting's date", MeetingSchema, meetingInParts, (r) => (r.parts[0].date = "2020-09-13"), ["parts", 0, "date"], "the first part must be held on the meeting's date"],
  ["parts are in date order", MeetingSchema, meetingInParts, (r) => (r.parts[1].date = "2020-09-10"), ["parts", 1, "date"], "parts must be in date order"],
  ["parts may be held on the same day", MeetingSchema, () => ((m) => ((m.parts[1].date = m.date), m))(meetingInParts()), (r) => (r.parts[1].date = "2020-09-13"), ["parts", 1, "date"], "parts must be in date order"],
  ["a part's meeting number has evidence", MeetingSchema, meetingInParts, (r) => (r.parts[1].meetingNumber = 8767), ["parts", 1, "evidence"], "field 'meetingNumber' has a value but no evidence span or citation"],
  ["a part's record symbol has evidence", MeetingSchema, meetingInParts, (r) => (r.parts[1].recordSymbol = "S/PV.8767"), ["parts", 1, "evidence"], "field 'recordSymbol' has a value but no evidence span or citation"],
  ["a part's date has evidence", MeetingSchema, meetingInParts, (r) => (r.parts[1].evidence = []), ["parts", 1, "evidence"], "field 'date' has a value but no evidence span or citation"],
  ["a state's id is ISO alpha-3", DelegationSchema, () => delegation("ZAF"), (r) => (r.id = "ZA"), ["id"], "a state's id must be its ISO 3166-1 alpha-3 code (three upper-case letters)"],
  ["an observer state's id is ISO alpha-3", DelegationSchema, () => ({ ...delegation("ZAF"), kind: "observer-state" }), (r) => (r.id = "zaf"), ["id"], "a state's id must be its ISO 3166-1 alpha-3 code (three upper-case letters)"],
  ["a state's id has three letters, not four", DelegationSchema, () => delegation("ZAF"), (r) => (r.id = "ZAFX"), ["id"], "a state's id must be its ISO 3166-1 alpha-3 code (three upper-case letters)"],
  ["a state's id has nothing before its three letters", DelegationSchema, () => delegation("ZAF"), (r) => (r.id = "xZAF"), ["id"], "a state's id must be its ISO 3166-1 alpha-3 code (three upper-case letters)"],
  ["a state carries an M49 code", DelegationSchema, () => delegation("ZAF"), (r) => (r.m49 = null), ["m49"], "a state must carry its UN M49 code"],
  ["an observer state carries an M49 code", DelegationSchema, () => ({ ...delegation("ZAF"), kind: "observer-state" }), (r) => (r.m49 = null), ["m49"], "a state must carry its UN M49 code"],
  ["an organization carries no M49 code", DelegationSchema, () => delegation("AU"), (r) => (r.m49 = 4), ["m49"], "only states carry an M49 code"],
  ["a statement's order starts at 1", StatementSchema, () => first("statements"), (r) => (r.order = 0), ["order"], ZOD],
  ["a statement has at least one paragraph", StatementSchema, () => first("statements"), (r) => (r.paragraphs = []), ["paragraphs"], ZOD],
  ["onBehalfOf and its evidence go together", StatementSchema, () => statement("2020-09-14-a4p-02"), (r) => (r.onBehalfOfEvidence = null), ["onBehalfOfEvidence"], "onBehalfOfEvidence must be set exactly when onBehalfOf is not empty"],
  ["no on-behalf-of evidence without onBehalfOf", StatementSchema, () => statement("2020-09-14-a4p-02"), (r) => (r.onBehalfOf = []), ["onBehalfOfEvidence"], "onBehalfOfEvidence must be set exactly when onBehalfOf is not empty"],
  ["onBehalfOf does not list the speaker's own delegation", StatementSchema, () => statement("2020-09-14-a4p-02"), (r) => r.onBehalfOf.push("ZAF"), ["onBehalfOf"], "onBehalfOf must not list the speaker's own delegation"],
  ["an inferred mention names what it is inferred from", StatementSchema, () => statement("2020-09-14-a4p-11"), (r) => (r.missions[0].inferredFrom = null), ["missions", 0, "inferredFrom"], "inferredFrom must be set exactly for inferred mentions"],
  ["an explicit mention is inferred from nothing", StatementSchema, () => statement("2020-09-14-a4p-07"), (r) => (r.missions[0].inferredFrom = "Mali"), ["missions", 0, "inferredFrom"], "inferredFrom must be set exactly for inferred mentions"],
  ["a closed mission cites what closed it or gives its end", MissionSchema, () => mission("UNAMID"), (r) => ((r.closedBy = null), (r.end = null)), ["closedBy"], "a closed mission cites the resolution that closed it (closedBy) or gives its end"],
  ["an active mission cites no closing resolution", MissionSchema, () => mission("MINUSCA"), (r) => (r.closedBy = mission("UNAMID").closedBy), ["closedBy"], "closedBy is cited only for a closed mission (status closed)"],
  ["a mission's name has its support", MissionSchema, () => mission("UNAMID"), (r) => (r.nameEvidence = null), ["nameEvidence"], "a name needs its support: a span of a source (nameEvidence) or a citation (nameCitation)"],
  ["a mission's name has one kind of support", MissionSchema, () => mission("UNAMID"), (r) => (r.nameCitation = mission("UNTSO").nameCitation), ["nameCitation"], "a name has one kind of support: nameEvidence (a span) or nameCitation (a citation), not both"],
  ["a mission's name evidence needs a name", MissionSchema, () => mission("UNAMID"), (r) => (r.name = null), ["nameEvidence"], "nameEvidence must be null when name is null"],
  ["a mission's name citation needs a name", MissionSchema, () => mission("UNTSO"), (r) => (r.name = null), ["nameCitation"], "nameCitation must be null when name is null"],
  ["a host's code is ISO alpha-3", MissionSchema, () => ({ ...mission("UNAMID"), hosts: [] }), (r) => (r.host.iso3 = "SD"), ["host", "iso3"], "must be an ISO 3166-1 alpha-3 code"],
  ["each host's code is ISO alpha-3", MissionSchema, () => mission("UNTSO"), (r) => (r.hosts[1].iso3 = "eg"), ["hosts", 1, "iso3"], "must be an ISO 3166-1 alpha-3 code"],
  ["the former host field equals the first of the hosts", MissionSchema, () => mission("UNAMID"), (r) => (r.hosts[0].name = "Darfur"), ["host"], "host (the former single-host field) must equal hosts[0]"],
  ["a mission's kind is closed", MissionSchema, () => mission("UNTSO"), (r) => (r.kind = "observer-mission"), ["kind"], ZOD],
  ["the date of adoption falls in the year of establishment", MissionSchema, () => mission("UNTSO"), (r) => (r.established.date = "1949-05-29"), ["established", "date"], "the date of adoption must fall in the year given"],
  ["a mission does not end before it starts", MissionSchema, () => mission("UNTSO"), (r) => (r.end = { date: "1948-05", citation: r.start.citation }), ["end", "date"], "a mission cannot end before it starts"],
  ["a mission may end on the day it starts", MissionSchema, () => ((m) => ((m.end = { date: "1948-06-11", citation: m.start.citation }), (m.start.date = "1948-06-11"), m))(mission("UNTSO")), (r) => (r.end.date = "1948-06-10"), ["end", "date"], "a mission cannot end before it starts"],
  ["a start is a date as precise as cited", MissionSchema, () => mission("UNTSO"), (r) => (r.start.date = "1948-6"), ["start", "date"], "must be a date as YYYY, YYYY-MM or YYYY-MM-DD"],
  ["a mission is not its own predecessor", MissionSchema, () => mission("MONUSCO"), (r) => (r.predecessor = "MONUSCO"), ["predecessor"], "a mission cannot be its own predecessor"],
  ["a mission is not its own successor", MissionSchema, () => mission("MONUC"), (r) => (r.successor = "MONUC"), ["successor"], "a mission cannot be its own successor"],
  ["a council term's id is its seat, state and first year", CouncilTermSchema, () => term("elected-ARG-1948"), (r) => (r.id = "elected-ARG-1949"), ["id"], "the id of this term is 'elected-ARG-1948' (seat, state, the year it began)"],
  ["a council term does not end before it begins", CouncilTermSchema, () => term("elected-ARG-1948"), (r) => (r.to = "1947-12-31"), ["to"], "a term cannot end before it begins"],
  ["an elected term has its end", CouncilTermSchema, () => term("elected-ARG-1948"), (r) => (r.to = null), ["to"], "an elected term has its end date"],
  ["an elected term lasts two years at most", CouncilTermSchema, () => term("elected-ARG-1948"), (r) => (r.to = "1950-01-01"), ["to"], "an elected term lasts two years at most"],
  ["an elected term from year 1 lasts to the day before year 3 at most", CouncilTermSchema, () => ({ ...term("elected-ARG-1948"), id: "elected-ARG-0001", from: "0001-01-01", to: "0002-12-31" }), (r) => (r.to = "0003-01-01"), ["to"], "an elected term lasts two years at most"],
  ["a term may end on the day it begins", CouncilTermSchema, () => ({ ...term("elected-ARG-1948"), to: "1948-01-01" }), (r) => (r.to = "1947-12-31"), ["to"], "a term cannot end before it begins"],
  ["a state code with a fourth letter is reported at the state only, not again in the id", CouncilTermSchema, () => term("elected-ARG-1948"), (r) => (r.state = "ARGX"), ["state"], "must be an ISO 3166-1 alpha-3 code (or the ISO 3166-3 former code of a state that no longer exists)"],
  ["a state code with a letter before it is reported at the state only, not again in the id", CouncilTermSchema, () => term("elected-ARG-1948"), (r) => (r.state = "xARG"), ["state"], "must be an ISO 3166-1 alpha-3 code (or the ISO 3166-3 former code of a state that no longer exists)"],
  ["a permanent seat is not shared", CouncilTermSchema, () => term("permanent-FRA-1945"), (r) => (r.split = true), ["split"], "only an elected term is shared"],
  ["a council term's seat is closed", CouncilTermSchema, () => term("permanent-FRA-1945"), (r) => (r.seat = "founding"), ["seat"], ZOD],
  ["a council term's state is an alpha-3 code", CouncilTermSchema, () => term("permanent-FRA-1945"), (r) => (r.state = "FR"), ["state"], "must be an ISO 3166-1 alpha-3 code (or the ISO 3166-3 former code of a state that no longer exists)"],
  ["a metric's qualifier is closed", MetricSchema, () => first("metrics"), (r) => (r.qualifier = "roughly"), ["qualifier"], ZOD],
  ["a qualifier other than exact keeps its words", MetricSchema, () => first("metrics"), (r) => (r.qualifier = "more-than"), ["qualifierText"], "qualifierText must be null exactly when the qualifier is exact"],
  ["an exact number has no qualifier words", MetricSchema, () => first("metrics"), (r) => (r.qualifierText = "some"), ["qualifierText"], "qualifierText must be null exactly when the qualifier is exact"],
  ["a target's qualifier keeps its words", MetricSchema, () => metric("2020-09-14-a4p-women-military-professional-posts-hq"), (r) => (r.target.qualifierText = "some"), ["target", "qualifierText"], "qualifierText must be null exactly when the qualifier is exact"],
  ["a count is an integer", MetricSchema, () => first("metrics"), (r) => (r.value = 154.5), ["value"], "a count must be an integer"],
  ["a percentage is at most 100", MetricSchema, () => metric("2020-09-14-a4p-women-military-professional-posts-hq"), (r) => (r.value = 100.5), ["value"], "a percentage must be between 0 and 100"],
  ["a percentage is at least 0", MetricSchema, () => metric("2020-09-14-a4p-women-military-professional-posts-hq"), (r) => (r.value = -0.5), ["value"], "a percentage must be between 0 and 100"],
  ["a partial year runs to a date", PeriodSchema, () => ({ kind: "year", year: 2020, partial: true, through: "2020-09-14", text: null }), (r) => (r.through = null), ["through"], "through must be set exactly when the year is partial"],
  ["a whole year runs to no date", PeriodSchema, () => ({ kind: "year", year: 2019, partial: false, through: null, text: null }), (r) => (r.through = "2019-12-31"), ["through"], "through must be set exactly when the year is partial"],
  ["a partial year runs to a date inside it", PeriodSchema, () => ({ kind: "year", year: 2020, partial: true, through: "2020-09-14", text: null }), (r) => (r.year = 2019), ["through"], "a partial year must run to a date inside that year"],
  ["a partial year's date starts with the year, not only holds it", PeriodSchema, () => ({ kind: "year", year: 2020, partial: true, through: "2020-09-14", text: null }), (r) => (r.through = "2021-09-14"), ["through"], "a partial year must run to a date inside that year"],
  ["a fiscal year spans two consecutive years", PeriodSchema, () => ({ kind: "fiscal-year", startYear: 2019, endYear: 2020, text: null }), (r) => (r.endYear = 2022), ["endYear"], "a fiscal year must end the calendar year after it starts"],
  ["a run of years does not end before it starts", PeriodSchema, () => ({ kind: "years", from: 2017, to: 2017, text: null }), (r) => (r.to = 2016), ["to"], "a run of years must not end before it starts"],
  ["a theme says whether it is an A4P commitment area", ThemeSchema, () => first("themes"), (r) => delete r.a4pCommitmentArea, ["a4pCommitmentArea"], ZOD],
  ["a subject's unit is closed", SubjectSchema, () => first("subjects"), (r) => (r.unit = "people"), ["unit"], ZOD],
  ["a document's kind is closed", DocumentSchema, () => first("documents"), (r) => (r.kind = "memo"), ["kind"], ZOD],
];

describe.each(cases)("%s", (_rule, schema, valid, breakIt, path, message) => {
  it("accepts the valid record", () => {
    expect(schema.safeParse(valid()).error?.issues ?? []).toEqual([]);
  });
  it("rejects the broken one at the named path, with the named message", () => {
    const record = valid();
    breakIt(record);
    const issues = schema.safeParse(record).error?.issues ?? [];
    if (message === ZOD) expect(issues.map((i) => i.path)).toEqual([path]);
    // A pattern's message ("must be …") comes with Zod's "invalid_format"; our own rules raise "custom" issues, the
    // code a consumer of safeParse reads to tell them apart.
    else {
      const code = message.startsWith("must ") ? "invalid_format" : "custom";
      expect(issues.map((i) => ({ code: i.code, path: i.path, message: i.message }))).toEqual([{ code, path, message }]);
    }
  });
});

/** [what, schema, values it accepts, values it refuses, the message it refuses them with] */
const patterns: Array<[string, z.ZodType, unknown[], unknown[], string | null]> = [
  ["an id", IdSchema, ["a", "A1", "2020-09-14-a4p", "S-RES-2538-2020", "x_y.z9"], ["", "-a", "a-", "a--b", "a-_b", "a b", "a/b", "é", "a\n"], "must be letters and digits joined by single '-', '_' or '.'"],
  [
    "a document symbol",
    DocumentSymbolSchema,
    ["S/RES/2538 (2020)", "S/PRST/2019/4", "S/PV.8521 (Resumption 1)", "S/PV.8521 (Resumption 12)", "A/RES/72/199", "S/2020/1-x", "AB/cd", "A/RES/2758 (XXVI)", "A/RES/1000 (ES-I)", "A/RES/1752 (XVII)", "A/RES/377 (V)", "A/RES/3379 (XXX)", "A/RES/2145 (XXI)"],
    ["S", "S/", "s/RES/1", "S/RES 1", "S/RES/1 ", " S/RES/1", "S/RES/2538 (20)", "S/RES/2538 (2020", "S/RES/2538(2020)", "S/RES/2538 (Resumption)", "S/RES/2538 (Resumption 1) x", "S//1", "S/a b",
      // A session in Roman numerals is a General Assembly form only, written in capitals, well formed and alone.
      "S/RES/1000 (ES-I)", "A/RES/2758 (xxvi)", "A/RES/2758 (IIII)", "A/RES/2758 (IVI)", "A/RES/2758 (ES-)", "A/RES/2758 ()", "A/RES/2758(XXVI)", "A/RES/2758 (XXVI", "A/RES/2758 (XXVI) ", "A/RES/1000 (ES-I) (1956)", "A/RES/1000 (ES I)"],
    "must look like an official UN document symbol, e.g. 'S/RES/2538 (2020)', 'S/PV.8521 (Resumption 1)' or 'A/RES/2758 (XXVI)'",
  ],
  ["a source's language", SourceSchema.shape.language, ["en", "fra", "fr-CA", "zh-Hans-CN", "en-1"], ["", "e", "engl", "EN", "en-", "en_GB", "en--x", "en GB", " en"], "must be a BCP 47 language tag"],
  ["a source text's file name", SourceSchema.shape.path, ["a.txt", "press-release-2020-09-14.txt", "A_b.c-d.txt", "9.txt"], [".txt", "-a.txt", "_a.txt", "a/b.txt", "a.TXT", "a.txt.bak", "a b.txt", "atxt", "a.txtx"], "must be a plain .txt file name under data/sources/"],
  ["a sha256", SourceSchema.shape.sha256, ["0".repeat(64), "0123456789abcdef".repeat(4)], ["0".repeat(63), "0".repeat(65), "A".repeat(64), "g".repeat(64), ` ${"0".repeat(63)}`], "must be 64 lower-case hex digits"],
  ["a launch month", MeetingSchema.shape.initiative.unwrap().shape.launched.unwrap(), ["2018", "2018-01", "2018-09", "2018-10", "2018-12"], ["18", "2018-", "2018-00", "2018-13", "2018-1", "2018-20", "2018-03-01", "x2018", "2018x"], "must be YYYY or YYYY-MM"],
  ["a host's code", MissionSchema.shape.host.unwrap().unwrap().shape.iso3.unwrap(), ["SDN", "MLI"], ["SD", "SDNX", "sdn", "S1N", " SDN"], "must be an ISO 3166-1 alpha-3 code"],
  [
    "a date as precise as cited",
    PartialDateSchema,
    ["1948", "1948-06", "1948-06-11", "2020-02-29", "2000-02-29", "0999-12-31"],
    ["48", "1948-6", "1948-00", "1948-13", "1948-06-00", "1948-06-32", "1948-06-1", "1948-06-11T00:00", "1948/06", " 1948", "1948-"],
    "must be a date as YYYY, YYYY-MM or YYYY-MM-DD",
  ],
  ["a day that exists", PartialDateSchema, ["2021-02-28", "2021-04-30"], ["2021-02-29", "1900-02-29", "2021-04-31", "2021-06-31", "2021-09-31", "2021-11-31"], "must be a day that exists in the calendar"],
  ["a package version", MetaSchema.shape.version, ["1.0.0", "10.20.30", "1.0.0-rc.1", "1.0.0+build.5", "1.0.0-a-b"], ["1.0", "1.0.0.0", "v1.0.0", "1.0.0-", "1.0.0 ", "1.a.0", "1.0.0-rc_1"], "must be a semver version"],
  ["a meta source's sha256", MetaSchema.shape.sources.element.shape.sha256, ["f".repeat(64)], ["F".repeat(64), "f".repeat(63), "f".repeat(65)], "must be 64 lower-case hex digits"],
];

describe.each(patterns)("the pattern of %s", (_what, schema, accepted, refused, message) => {
  it.each(accepted.map((v) => [v]))("accepts %j", (value) => {
    expect(schema.safeParse(value).error?.issues ?? []).toEqual([]);
  });
  it.each(refused.map((v) => [v]))("refuses %j", (value) => {
    expect((schema.safeParse(value).error?.issues ?? []).map((i) => i.message)).toEqual([message]);
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

describe("a mission written before the reference fields", () => {
  // MONUSCO as data files held it before kind, hosts, start, end, links and nameCitation were added.
  const before = {
    id: "MONUSCO",
    acronym: "MONUSCO",
    name: null,
    nameEvidence: null,
    host: { name: "Democratic Republic of the Congo", iso3: "COD", citation: { kind: "document-symbol", symbol: "S/RES/1925 (2010)" } },
    established: { year: 2010, citation: { kind: "document-symbol", symbol: "S/RES/1925 (2010)" } },
    status: "active",
    closedBy: null,
  };

  it("still validates, with the new fields at their defaults", () => {
    const parsed = MissionSchema.parse(before);
    expect(parsed).toEqual({
      ...before,
      kind: null,
      nameCitation: null,
      aliases: [],
      hosts: [],
      established: { ...before.established, date: null },
      start: null,
      end: null,
      predecessor: null,
      successor: null,
    });
  });

  it("as does a closed one whose closing resolution is cited", () => {
    expect(MissionSchema.safeParse({ ...before, status: "closed", closedBy: { kind: "document-symbol", symbol: "S/RES/2690 (2023)" } }).success).toBe(true);
  });
});
