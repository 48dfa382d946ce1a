import { describe, expect, it } from "vitest";
import {
  documents as allDocuments,
  filterMetrics,
  filterStatements,
  getById,
  metrics as allMetrics,
  missions as allMissions,
  periodYears,
  statements as allStatements,
  UnknownIdError,
  type AnyIds,
  type Statement,
} from "../../src/index.js";

// The expectations below are read from the 2020-09-14 meeting's text: scope the records to it, so a meeting added to
// the data leaves them true.
const A4P = "2020-09-14-a4p";
const statements = filterStatements(allStatements, { meeting: A4P });
const metrics = filterMetrics(allMetrics, { meeting: A4P });

const ids = (xs: ReadonlyArray<{ id: string }>) => xs.map((x) => x.id);
const speakers = (xs: readonly Statement[]) => xs.map((s) => s.speaker.delegation);

describe("filterStatements on the real data", () => {
  it("finds South Africa's statement when filtering for Niger through onBehalfOf, and not without it", () => {
    expect(speakers(filterStatements(statements, { delegation: "NER" }, { onBehalfOf: true }))).toEqual(["ZAF"]);
    expect(filterStatements(statements, { delegation: "NER" })).toEqual([]);
  });

  it("finds the missions Indonesia mentioned", () => {
    const [indonesia] = filterStatements(statements, { delegation: "IDN" });
    expect(indonesia!.missions.map((m) => [m.mission, m.mention])).toEqual([
      ["UNAMID", "explicit"],
      ["MINUSCA", "explicit"],
    ]);
  });

  it("matches missions explicitly by default and inferred mentions on request", () => {
    expect(speakers(filterStatements(statements, { mission: "MONUSCO" }))).toEqual([]);
    expect(speakers(filterStatements(statements, { mission: "MONUSCO" }, { inferredMissions: true }))).toEqual(["BEL", "FRA"]);
    expect(speakers(filterStatements(statements, { mission: "MINUSMA" }))).toEqual(["UN-DPO", "EST", "GBR"]);
  });

  it("combines fields with AND and values inside a field with OR", () => {
    expect(speakers(filterStatements(statements, { theme: "human-rights" }))).toEqual(["DEU", "RUS", "EST", "BEL"]);
    expect(speakers(filterStatements(statements, { theme: "human-rights", capacity: "permanent-member" }))).toEqual(["RUS"]);
    expect(speakers(filterStatements(statements, { delegation: ["CHN", "RUS"], theme: ["technology", "politics"] }))).toEqual(["CHN", "RUS"]);
  });

  it("filters by role, meeting and document", () => {
    expect(speakers(filterStatements(statements, { role: "briefer" }))).toEqual(["UN-DPO"]);
    expect(ids(filterStatements(allStatements, { meeting: A4P }))).toEqual(ids(allStatements.filter((s) => s.meeting === A4P)));
    expect(ids(statements).every((id) => id.startsWith(`${A4P}-`))).toBe(true);
    expect(speakers(filterStatements(statements, { document: "c-34" }))).toEqual(["ZAF", "RUS", "USA"]);
    expect(speakers(filterStatements(statements, { document: "a4p-declaration" }))).toEqual(["DOM", "FRA"]);
  });

  it("searches the paragraphs case-insensitively, with the source's typography folded, or by RegExp", () => {
    expect(speakers(filterStatements(statements, { text: "22.6 per cent" }))).toEqual(["UN-DPO"]);
    expect(speakers(filterStatements(statements, { text: "known as c-34" }))).toEqual(["ZAF"]);
    expect(speakers(filterStatements(statements, { text: "UNIFIL" }))).toEqual(["CHN", "RUS"]);
    expect(speakers(filterStatements(statements, { text: /\bBunia\b/ }))).toEqual(["BEL"]);
    expect(speakers(filterStatements(statements, { text: [/ceasefire/i, "Bogor"] }))).toEqual(["IDN", "RUS"]);
  });

  it("gives the same answer to a global RegExp twice (no lastIndex state)", () => {
    const re = /peacekeep/g;
    const first = ids(filterStatements(statements, { text: re }));
    expect(first).toHaveLength(statements.length);
    expect(ids(filterStatements(statements, { text: re }))).toEqual(first);
  });

  it("returns a new array in input order", () => {
    const all = filterStatements(statements, {});
    expect(all).not.toBe(statements);
    expect(ids(all)).toEqual(ids(statements));
  });

  it("rejects an unknown query field with a TypeError that names it", () => {
    expect(() => filterStatements(statements, { speaker: "VNM" } as never)).toThrow(
      new TypeError("filterStatements: unknown query field 'speaker' (known: meeting, delegation, role, capacity, theme, mission, document, text)"),
    );
  });

  it("rejects an unknown id with UnknownIdError", () => {
    expect(() => filterStatements(statements, { delegation: "VIETNAM" } as never)).toThrow(UnknownIdError);
    expect(() => filterStatements(statements, { theme: "safety" } as never)).toThrow(/^unknown themes id 'safety'; closest known: /);
  });

  it("accepts an id the bundled data knows even when no statement given uses it", () => {
    expect(filterStatements(statements.slice(0, 1), { delegation: "AU" })).toEqual([]);
    const [document] = statements.flatMap((s) => s.documents.map((d) => d.document));
    expect(filterStatements([], { document: document! })).toEqual([]);
  });
});

describe("filterMetrics on the real data", () => {
  it("filters by subject and a year range, a partial year inside its year", () => {
    const fatalities = { subject: "peacekeeper-fatalities-acts-of-violence" } as const;
    expect(filterMetrics(metrics, { ...fatalities, period: { from: 2017, to: 2019 } }).map((m) => m.value)).toEqual([59, 27, 25]);
    expect(filterMetrics(metrics, { ...fatalities, period: { from: 2020, to: 2020 } }).map((m) => m.value)).toEqual([8]);
  });

  it("keeps a period that runs over several years out of a narrower range", () => {
    const since = filterMetrics(metrics, { subject: "peacekeepers-deployed" });
    expect(since.map((m) => m.value)).toEqual([1_000_000, 210]);
    expect(filterMetrics(metrics, { subject: "peacekeepers-deployed", period: { from: 2020 } }).map((m) => m.value)).toEqual([210]);
    expect(filterMetrics(metrics, { unit: "usd", period: { from: 2019, to: 2019 } })).toEqual([]);
    expect(filterMetrics(metrics, { unit: "usd", period: { from: 2019, to: 2020 } }).map((m) => m.value)).toEqual([6_600_000_000, 4_000_000]);
  });

  it("reads a period since a year as running to the year it was stated in, out of a range that ends before", () => {
    // "More than 1 million peacekeepers since 1948", stated on 14 September 2020: it touches every year 1948–2020.
    const since = getById(metrics, "2020-09-14-a4p-peacekeepers-deployed-since-1948");
    if (since.period?.kind !== "since") throw new Error("the since-1948 metric should have a 'since' period");
    const end = Number(since.period.through.slice(0, 4));
    expect(periodYears(since.period)).toEqual({ from: since.period.from, to: end });
    const deployed = (from: number, to: number) => filterMetrics(metrics, { subject: "peacekeepers-deployed", period: { from, to } }).map((m) => m.id);
    expect(deployed(since.period.from, end)).toContain(since.id);
    expect(deployed(since.period.from, end - 1)).not.toContain(since.id);
    expect(deployed(since.period.from + 1, end)).not.toContain(since.id);
  });

  it("filters by qualifier, unit and mission", () => {
    expect(filterMetrics(metrics, { qualifier: ["almost", "less-than"] }).map((m) => m.text)).toEqual(["0.5\u00a0per\u00a0cent", "$4\u00a0million"]);
    expect(filterMetrics(metrics, { mission: "MINUSMA" }).map((m) => m.value)).toEqual([250]);
    expect(filterMetrics(metrics, { unit: "percent" })).toHaveLength(4);
  });

  it("filters by the delegation that stated the metric, through the statements", () => {
    expect(filterMetrics(metrics, { delegation: "IDN" }, { statements }).map((m) => m.value)).toEqual([210, 570, 158, 7]);
    expect(filterMetrics(metrics, { delegation: "NER" }, { statements })).toEqual([]);
  });

  it("needs the statements to filter by delegation", () => {
    expect(() => filterMetrics(metrics, { delegation: "IDN" })).toThrow(
      new TypeError("filterMetrics: filtering by delegation needs options.statements, to find who stated each metric"),
    );
  });

  it("rejects a reversed period range", () => {
    expect(() => filterMetrics(metrics, { period: { from: 2020, to: 2017 } })).toThrow(new TypeError("filterMetrics: reversed period range: from 2020 is after to 2017"));
  });

  it("rejects unknown fields, in the query and in the period", () => {
    expect(() => filterMetrics(metrics, { year: 2020 } as never)).toThrow(/unknown query field 'year'/);
    expect(() => filterMetrics(metrics, { period: { start: 2020 } } as never)).toThrow(new TypeError("filterMetrics period: unknown query field 'start' (known: from, to)"));
  });

  it("rejects an unknown subject with UnknownIdError", () => {
    expect(() => filterMetrics(metrics, { subject: "fatalities" } as never)).toThrow(UnknownIdError);
  });
});

describe("filterStatements reads every field", () => {
  it("keeps the i flag of a RegExp and drops g and y, which would make a search depend on the one before", () => {
    expect(speakers(filterStatements(statements, { text: /unifil/i }))).toEqual(["CHN", "RUS"]);
    expect(filterStatements(statements, { text: /unifil/ })).toEqual([]);
    expect(ids(filterStatements(statements, { text: /peacekeep/gy }))).toEqual(ids(filterStatements(statements, { text: /peacekeep/ })));
  });

  it("searches each paragraph's words, never words run together across two paragraphs", () => {
    const long = statements.find((s) => s.paragraphs.length >= 2)!;
    const [first, second] = long.paragraphs as [Statement["paragraphs"][number], Statement["paragraphs"][number]];
    const across = `${first.quote.slice(-6)}${second.quote.slice(0, 6)}`;
    expect(statements.some((s) => s.paragraphs.some((p) => p.quote.includes(across)))).toBe(false);
    expect(filterStatements(statements, { text: across })).toEqual([]);
    expect(ids(filterStatements(statements, { text: [first.quote.slice(-6), second.quote.slice(0, 6)] }))).toContain(long.id);
  });

  it("matches a role or a capacity among several", () => {
    const roles = new Set(statements.map((s) => s.role));
    expect(filterStatements(statements, { role: [...roles] })).toEqual(statements);
    expect(filterStatements(statements, { capacity: ["permanent-member", "elected-member"] })).toEqual(statements.filter((s) => s.capacity !== "un-official"));
  });

  it("takes ids of the user's own records, from the speaker, onBehalfOf, themes, missions and documents", () => {
    // A copy of the first statement made by a delegation, for a delegation, about a theme, mission and document that
    // the bundled data does not define.
    const first = statements[0]!;
    const own: Statement<AnyIds> = {
      ...first,
      id: "own-1",
      speaker: { ...first.speaker, delegation: "OWN" },
      onBehalfOf: ["OTHER"],
      themes: [{ ...first.themes[0]!, theme: "own-theme" }],
      missions: [{ mission: "OWNMIS", mention: "explicit", inferredFrom: null, evidence: first.paragraphs[0]! }],
      documents: [{ document: "own-doc", evidence: first.paragraphs[0]! }],
    };
    const input: Statement<AnyIds>[] = [...statements, own];
    for (const query of [{ delegation: "OWN" }, { theme: "own-theme" }, { mission: "OWNMIS" }, { document: "own-doc" }]) {
      expect(ids(filterStatements<AnyIds>(input, query)), JSON.stringify(query)).toEqual(["own-1"]);
    }
    expect(ids(filterStatements<AnyIds>(input, { delegation: "OTHER" }, { onBehalfOf: true }))).toEqual(["own-1"]);
    // An id neither bundled nor used by the records given is a typo.
    expect(() => filterStatements<AnyIds>(input, { delegation: "OWNN" })).toThrow(/^unknown delegations id 'OWNN'; closest known: OWN/);
  });
});

describe("the filters check the ids of every field", () => {
  /** The UnknownIdError that f throws, checked to name the collection and the id. */
  const unknown = (f: () => unknown, collection: string, id: string): UnknownIdError => {
    let thrown: unknown;
    try {
      f();
    } catch (error) {
      thrown = error;
    }
    expect(thrown, `${collection} ${id}`).toBeInstanceOf(UnknownIdError);
    expect(thrown).toMatchObject({ collection, id });
    return thrown as UnknownIdError;
  };

  it("filterStatements: a misspelt meeting, mission or document is unknown; a bundled one is known with no record using it", () => {
    const mission = allMissions[0]!.id;
    const document = allDocuments[0]!.id;
    unknown(() => filterStatements(statements, { meeting: `${A4P}x` as never }), "meetings", `${A4P}x`);
    unknown(() => filterStatements(statements, { mission: `${mission}x` as never }), "missions", `${mission}x`);
    unknown(() => filterStatements(statements, { document: `${document}x` as never }), "documents", `${document}x`);
    expect(filterStatements([], { meeting: A4P })).toEqual([]);
    expect(filterStatements([], { mission })).toEqual([]);
    expect(filterStatements([], { document })).toEqual([]);
  });

  it("filterMetrics: a misspelt meeting is unknown; a bundled one is known with no metric using it", () => {
    unknown(() => filterMetrics(metrics, { meeting: `${A4P}x` as never }), "meetings", `${A4P}x`);
    expect(filterMetrics([], { meeting: A4P })).toEqual([]);
  });

  it("filterMetrics: an unknown statement id is looked for among the statements the metrics name, and only there", () => {
    // Statement ids are not bundled ids: the closest known are those of the metrics given.
    const one = filterMetrics(metrics, { statement: metrics.find((m) => m.statement !== null)!.statement! });
    const named = [...new Set(one.map((m) => m.statement))];
    expect(named).toHaveLength(1);
    expect(unknown(() => filterMetrics(one, { statement: `${named[0]}x` }), "statements", `${named[0]}x`).suggestions).toEqual(named);
    expect(unknown(() => filterMetrics(one, { statement: "none" }), "statements", "none").suggestions).toEqual(named);
    // Metrics in the source's own voice name no statement: no id is known, none is suggested.
    const ownVoice = metrics.filter((m) => m.statement === null);
    expect(ownVoice.length).toBeGreaterThan(0);
    expect(() => filterMetrics(ownVoice, { statement: named[0]! })).toThrow(new UnknownIdError("statements", named[0]!, []));
    expect(unknown(() => filterMetrics(ownVoice, { statement: named[0]! }), "statements", named[0]!).suggestions).toEqual([]);
  });
});

describe("filterStatements folds case as lower case", () => {
  it("finds a word with a letter whose upper case is two letters only as written, not by its upper case spelt out", () => {
    // "ß" has no one-letter upper case ("STRASSE"): folding to upper case would make "strasse" find "Straße".
    const first = statements[0]!;
    const copy: Statement<AnyIds> = { ...first, paragraphs: [{ ...first.paragraphs[0]!, quote: `${first.paragraphs[0]!.quote} Straße` }] };
    const input: Statement<AnyIds>[] = [copy];
    expect(ids(filterStatements<AnyIds>(input, { text: "STRAßE" }))).toEqual([first.id]);
    expect(ids(filterStatements<AnyIds>(input, { text: "straße" }))).toEqual([first.id]);
    expect(filterStatements<AnyIds>(input, { text: "strasse" })).toEqual([]);
    expect(filterStatements<AnyIds>([first], { text: "straße" })).toEqual([]);
  });
});

describe("the filters refuse bad input, saying what is wrong", () => {
  it("a non-array, a query or options that are not objects, or that hold unknown fields", () => {
    expect(() => filterStatements("x" as never, {})).toThrow(new TypeError("filterStatements: 'statements' must be an array of records, got string"));
    expect(() => filterMetrics(null as never, {})).toThrow(new TypeError("filterMetrics: 'metrics' must be an array of records, got null"));
    expect(() => filterStatements(statements, null as never)).toThrow(new TypeError("filterStatements: the query must be an object, got null"));
    expect(() => filterStatements(statements, [] as never)).toThrow(new TypeError("filterStatements: the query must be an object, got an array"));
    expect(() => filterMetrics(metrics, "2020" as never)).toThrow(new TypeError("filterMetrics: the query must be an object, got string"));
    expect(() => filterStatements(statements, {}, { inferred: true } as never)).toThrow(
      new TypeError("filterStatements options: unknown query field 'inferred' (known: onBehalfOf, inferredMissions)"),
    );
    expect(() => filterMetrics(metrics, {}, { statement: [] } as never)).toThrow(new TypeError("filterMetrics options: unknown query field 'statement' (known: statements)"));
  });

  it("an id that is not a string", () => {
    expect(() => filterStatements(statements, { delegation: 5 } as never)).toThrow(new TypeError("a delegations id must be a string, got number"));
    expect(() => filterMetrics(metrics, { subject: [null] } as never)).toThrow(new TypeError("a subjects id must be a string, got object"));
  });

  it("a period that is not a range of years", () => {
    expect(() => filterMetrics(metrics, { period: null } as never)).toThrow(new TypeError("filterMetrics: 'period' must be an object { from?, to? }"));
    expect(() => filterMetrics(metrics, { period: 2020 } as never)).toThrow(new TypeError("filterMetrics: 'period' must be an object { from?, to? }"));
    const notYears = new TypeError("filterMetrics: period.from and period.to must be years (numbers)");
    expect(() => filterMetrics(metrics, { period: { from: "2019" } } as never)).toThrow(notYears);
    expect(() => filterMetrics(metrics, { period: { to: "2019" } } as never)).toThrow(notYears);
    expect(() => filterMetrics(metrics, { period: { from: Number.NaN } })).toThrow(notYears);
    expect(() => filterMetrics(metrics, { period: { to: Number.NaN } })).toThrow(notYears);
  });
});

describe("filterMetrics reads every field", () => {
  it("takes a range open at either end, and a range of one year", () => {
    const fatalities = { subject: "peacekeeper-fatalities-acts-of-violence" } as const;
    expect(filterMetrics(metrics, { ...fatalities, period: { to: 2018 } }).map((m) => m.value)).toEqual([59, 27]);
    expect(filterMetrics(metrics, { ...fatalities, period: { from: 2019 } }).map((m) => m.value)).toEqual([25, 8]);
    expect(filterMetrics(metrics, { ...fatalities, period: {} }).map((m) => m.value)).toEqual([59, 27, 25, 8]);
    // With a period in the query, a metric without a period never matches.
    expect(metrics.some((m) => m.period === null)).toBe(true);
    expect(filterMetrics(metrics, { period: {} })).toEqual(metrics.filter((m) => m.period !== null));
  });

  it("finds the metrics a statement states, and never one stated in the source's own voice", () => {
    const idn = statements.find((s) => s.speaker.delegation === "IDN")!;
    const stated = metrics.filter((m) => m.statement === idn.id);
    expect(stated.length).toBeGreaterThan(0);
    expect(filterMetrics(metrics, { statement: idn.id })).toEqual(stated);
    expect(filterMetrics(metrics, { statement: [idn.id, statements[0]!.id] })).toEqual(metrics.filter((m) => m.statement === idn.id || m.statement === statements[0]!.id));
    expect(() => filterMetrics(metrics, { statement: `${A4P}-99` })).toThrow(/^unknown statements id '2020-09-14-a4p-99'; closest known: 2020-09-14-a4p-/);
  });

  it("matches a metric whose scope names several missions by any of them", () => {
    const several = metrics.find((m) => m.scope.missions.length >= 2)!;
    for (const mission of several.scope.missions) expect(ids(filterMetrics(metrics, { mission: mission as never })), mission).toContain(several.id);
  });

  it("matches the subject, unit and qualifier among several", () => {
    expect(filterMetrics(metrics, { unit: ["usd", "years"] })).toEqual(metrics.filter((m) => m.unit === "usd" || m.unit === "years"));
    expect(filterMetrics(metrics, { qualifier: "exact" })).toEqual(metrics.filter((m) => m.qualifier === "exact"));
    const subjects = ["peacekeepers-deployed", "a4p-declaration-signatory-states"] as const;
    expect(filterMetrics(metrics, { subject: [...subjects] })).toEqual(metrics.filter((m) => (subjects as readonly string[]).includes(m.subject)));
    expect(filterMetrics(metrics, { meeting: [A4P] })).toEqual(metrics);
  });

  it("by delegation: through the statements given, which must hold every statement a metric names", () => {
    expect(() => filterMetrics(metrics, { delegation: "IDN" }, { statements: "all" as never })).toThrow(
      new TypeError("filterMetrics: 'options.statements' must be an array of records, got string"),
    );
    const idn = statements.find((s) => s.speaker.delegation === "IDN")!;
    const missing = metrics.find((m) => m.statement !== null && m.statement !== idn.id)!;
    expect(() => filterMetrics(metrics, { delegation: "IDN" }, { statements: [idn] })).toThrow(new RegExp(`^unknown statements id '${missing.statement}'`));
    // A delegation of the user's own, known from whom a statement speaks for.
    const own: Statement<AnyIds>[] = statements.map((s) => (s.id === idn.id ? { ...s, speaker: { ...s.speaker, delegation: "OWN" }, onBehalfOf: ["OTHER"] } : s));
    expect(filterMetrics<AnyIds>(metrics, { delegation: "OWN" }, { statements: own })).toEqual(metrics.filter((m) => m.statement === idn.id));
    expect(filterMetrics<AnyIds>(metrics, { delegation: "OTHER" }, { statements: own })).toEqual([]);
    expect(() => filterMetrics<AnyIds>(metrics, { delegation: "OWNN" }, { statements: own })).toThrow(/^unknown delegations id 'OWNN'/);
  });

  it("takes ids of the user's own metrics: meeting, subject, mission", () => {
    const own = { ...metrics[0]!, id: "own-metric", meeting: "own-meeting", subject: "own-subject", scope: { ...metrics[0]!.scope, missions: ["OWNMIS"] } };
    const input = [...metrics, own];
    for (const query of [{ meeting: "own-meeting" }, { subject: "own-subject" }, { mission: "OWNMIS" }]) {
      expect(ids(filterMetrics<AnyIds>(input, query)), JSON.stringify(query)).toEqual(["own-metric"]);
    }
    expect(() => filterMetrics<AnyIds>(input, { mission: "OWNMISS" })).toThrow(/^unknown missions id 'OWNMISS'; closest known: OWNMIS/);
  });
});
