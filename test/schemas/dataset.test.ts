/** validateDataset: the real data passes, and every class of defect is named with collection, id and path. */
import { describe, expect, it } from "vitest";
import { DatasetSchema, validateDataset, type Problem } from "../../src/schemas/index.js";
import { realData } from "../helpers.js";

type Rec = Record<string, any>;
/** The record with that id (corruptions name their record, so they hold whatever other meetings the data has). */
const byId = (records: Rec[] | undefined, id: string): Rec => records!.find((r) => r.id === id)!;

/** Corrupts a copy of the real data and returns the problems the validator reports. */
function problemsAfter(corrupt: (input: Record<string, Rec[]>, texts: Map<string, string>) => void): readonly Problem[] {
  const { input, sourceTexts } = realData();
  const texts = new Map(sourceTexts);
  corrupt(input as Record<string, Rec[]>, texts);
  const result = validateDataset(input, texts);
  return result.ok ? [] : result.problems;
}

describe("validateDataset on the real data", () => {
  it("accepts it and returns the typed dataset", () => {
    const { input, sourceTexts } = realData();
    const result = validateDataset(input, sourceTexts);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && result.dataset.statements.length).toBe(input.statements.length);
  });
});

describe("validateDataset names every class of defect", () => {
  it("a broken reference", () => {
    const problems = problemsAfter((d) => {
      byId(d.statements, "2020-09-14-a4p-04").speaker.delegation = "VIETNAM";
    });
    expect(problems).toContainEqual({
      collection: "statements",
      id: "2020-09-14-a4p-04",
      path: ["speaker", "delegation"],
      message: "unknown delegations id 'VIETNAM'",
      rule: "references-resolve",
    });
  });

  it("a duplicate id", () => {
    const problems = problemsAfter((d) => {
      byId(d.metrics, "2020-09-14-a4p-signatory-organizations").id = "2020-09-14-a4p-signatory-states";
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ collection: "metrics", id: "2020-09-14-a4p-signatory-states", path: ["id"] }),
    );
    expect(problems.find((p) => p.path[0] === "id")?.message).toMatch(/duplicate id/);
  });

  it("a quote not in the source", () => {
    const problems = problemsAfter((d) => {
      const span = byId(d.statements, "2020-09-14-a4p-01").themes[0].evidence;
      span.quote = span.quote.replace("political", "politicial");
    });
    expect(problems).toContainEqual({
      collection: "statements",
      id: "2020-09-14-a4p-01",
      path: ["themes", 0, "evidence"],
      message: expect.stringMatching(/^quote not found in source 'press-release-2020-09-14'/),
      rule: "spans-match-source",
    });
  });

  it("a quote typed with plain spaces where the source has no-break spaces", () => {
    const problems = problemsAfter((d) => {
      const span = d.metrics!.find((m) => m.text.includes("22.6"))!.evidence;
      span.quote = span.quote.replace(/\u00a0/g, " ");
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ collection: "metrics", path: ["evidence"], message: expect.stringMatching(/typography/) }),
    );
  });

  it("offsets that do not match the quote", () => {
    const problems = problemsAfter((d) => {
      const span = byId(d.delegations, "ZAF").evidence;
      span.start += 1;
      span.end += 1;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ collection: "delegations", id: "ZAF", path: ["evidence"], message: expect.stringMatching(/offsets .* do not hold the quote/) }),
    );
  });

  it("a number text that does not parse to the value", () => {
    const problems = problemsAfter((d) => {
      d.metrics!.find((m) => m.id === "2020-09-14-a4p-budget-2019-2020")!.value = 6_600_000;
    });
    expect(problems).toContainEqual({
      collection: "metrics",
      id: "2020-09-14-a4p-budget-2019-2020",
      path: ["value"],
      message: "value 6600000 differs from 6600000000, which its text '$6.6\u00a0billion' says",
      rule: "metric-value-matches-text",
    });
  });

  it("a source whose sha256 does not match", () => {
    const problems = problemsAfter((_d, texts) => {
      texts.set("press-release-2020-09-14", `${texts.get("press-release-2020-09-14")}\n`);
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ collection: "sources", id: "press-release-2020-09-14", path: ["sha256"], message: expect.stringMatching(/does not match/) }),
    );
  });

  it("a wrong type", () => {
    const problems = problemsAfter((d) => {
      byId(d.statements, "2020-09-14-a4p-03").order = "3";
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ collection: "statements", id: "2020-09-14-a4p-03", path: ["order"], message: expect.stringMatching(/expected number/) }),
    );
  });

  it("a value outside a closed enumeration", () => {
    const problems = problemsAfter((d) => {
      byId(d.metrics, "2020-09-14-a4p-signatory-states").qualifier = "roughly";
    });
    expect(problems).toContainEqual(expect.objectContaining({ collection: "metrics", path: ["qualifier"] }));
  });

  it("a gap in the speaking order", () => {
    const problems = problemsAfter((d) => {
      byId(d.statements, "2020-09-14-a4p-13").order = 14;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ collection: "statements", id: "2020-09-14-a4p-13", path: ["order"], message: expect.stringMatching(/should be 13/) }),
    );
  });

  it("every problem at once, including cross-record ones on a record that also fails its schema", () => {
    const problems = problemsAfter((d) => {
      const s = byId(d.statements, "2020-09-14-a4p-06");
      s.role = "speaker"; // fails the schema
      s.meeting = "no-such-meeting"; // and breaks a reference on the same record
      byId(d.missions, "UNAMID").nameEvidence.quote = "nowhere in the text";
    });
    const keys = problems.map((p) => `${p.collection}/${p.id}/${p.path.join(".")}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        "statements/2020-09-14-a4p-06/role",
        "statements/2020-09-14-a4p-06/meeting",
        "missions/UNAMID/nameEvidence",
      ]),
    );
  });

  it("a dataset that is not an object", () => {
    const result = validateDataset([], new Map());
    expect(result).toEqual({ ok: false, problems: [{ collection: null, id: null, path: [], message: "the dataset must be an object with one array per collection", rule: "schema" }] });
  });
});

/** An object nested `depth` levels deep: `{ a: { a: … {} } }`, built without recursion. */
function nested(depth: number): Rec {
  let o: Rec = {};
  for (let i = 0; i < depth; i++) o = { a: o };
  return o;
}

describe("validateDataset never crashes or waves bad input through", () => {
  it("a record with 10,000 nested objects under an unknown key and under known ones is a problem, not a stack overflow", () => {
    const problems = problemsAfter((d) => {
      byId(d.statements, "2020-09-14-a4p-01").deep = nested(10_000);
      byId(d.statements, "2020-09-14-a4p-02").speaker.deep = nested(10_000);
      byId(d.statements, "2020-09-14-a4p-03").paragraphs[0] = nested(10_000);
    });
    expect(problems).toContainEqual({ collection: "statements", id: "2020-09-14-a4p-01", path: [], message: 'Unrecognized key: "deep"', rule: "schema" });
    expect(problems).toContainEqual({ collection: "statements", id: "2020-09-14-a4p-02", path: ["speaker"], message: 'Unrecognized key: "deep"', rule: "schema" });
    expect(problems).toContainEqual({ collection: "statements", id: "2020-09-14-a4p-03", path: ["paragraphs", 0], message: 'Unrecognized key: "a"', rule: "schema" });
  });

  it.each(["toString", "constructor", "hasOwnProperty", "valueOf", "__proto__"])("a collection named %s is unknown, not inherited", (key) => {
    const { input, sourceTexts } = realData();
    // JSON.parse makes "__proto__" an own key, as a data file would.
    const result = validateDataset({ ...input, ...JSON.parse(`{${JSON.stringify(key)}: []}`) }, sourceTexts);
    expect(result.ok ? [] : result.problems).toEqual([
      { collection: null, id: null, path: [key], message: `unknown collection '${key}' (known: sources, meetings, delegations, statements, missions, metrics, themes, subjects, documents, councilTerms)`, rule: "schema" },
    ]);
  });

  it("cuts echoed values to a readable length: a 10 MB id, key or quote is not printed whole", () => {
    const huge = "X".repeat(10_000_000);
    const problems = problemsAfter((d) => {
      byId(d.statements, "2020-09-14-a4p-04").speaker.delegation = huge;
      byId(d.statements, "2020-09-14-a4p-05")[huge] = 1;
      byId(d.missions, "UNAMID").nameEvidence.quote = huge;
      const politics = byId(d.themes, "politics");
      d.themes!.push({ ...politics, id: huge }, { ...politics, id: huge });
    });
    const shown = `${"X".repeat(60)}… (10000000 characters)`;
    expect(problems).toContainEqual(expect.objectContaining({ id: "2020-09-14-a4p-04", message: `unknown delegations id '${shown}'` }));
    expect(problems).toContainEqual(expect.objectContaining({ id: "2020-09-14-a4p-05", message: `Unrecognized key: "${shown}"` }));
    expect(problems).toContainEqual(expect.objectContaining({ id: "UNAMID", message: `quote not found in source 'press-release-2020-09-14': "${shown}"` }));
    expect(problems).toContainEqual(expect.objectContaining({ collection: "themes", message: expect.stringMatching(new RegExp(`^duplicate id '${shown.replace(/[()]/g, "\\$&")}' in themes`)) }));
    for (const p of problems) expect(p.message.length).toBeLessThan(400);
  });
});

describe("validateDataset reports the shape of the dataset itself", () => {
  it.each([null, 42, "dataset"])("%j is not a dataset", (value) => {
    expect(validateDataset(value, new Map())).toEqual({ ok: false, problems: [{ collection: null, id: null, path: [], message: "the dataset must be an object with one array per collection", rule: "schema" }] });
  });

  it("a collection that is missing or not an array, and still checks the others", () => {
    const problems = problemsAfter((d) => {
      delete (d as Rec).themes;
      (d as Rec).subjects = { id: "x" };
      byId(d.statements, "2020-09-14-a4p-04").speaker.delegation = "VIETNAM";
    });
    expect(problems.filter((p) => p.path.length === 0)).toEqual([
      { collection: "themes", id: null, path: [], message: "collection 'themes' must be an array", rule: "schema" },
      { collection: "subjects", id: null, path: [], message: "collection 'subjects' must be an array", rule: "schema" },
    ]);
    expect(problems).toContainEqual(expect.objectContaining({ id: "2020-09-14-a4p-04", message: "unknown delegations id 'VIETNAM'" }));
  });

  it("names a record without a usable id by its index", () => {
    const problems = problemsAfter((d) => {
      d.themes!.push(null as unknown as Rec, { ...d.themes![0], id: "" }, { ...d.themes![0], id: 7 });
    });
    const n = realData().input.themes.length;
    expect(problems.map((p) => [p.collection, p.id, p.path.join(".")])).toEqual([
      ["themes", `#${n}`, ""],
      ["themes", `#${n + 1}`, "id"],
      ["themes", `#${n + 2}`, "id"],
    ]);
  });

  it("reports a record that is undefined (given from code, not JSON) without a rule crashing on it", () => {
    const n = realData().input.statements.length;
    const problems = problemsAfter((d) => {
      d.statements!.push(undefined as unknown as Rec);
    });
    expect(problems).toEqual([{ collection: "statements", id: `#${n}`, path: [], message: "Invalid input: expected object, received undefined", rule: "schema" }]);
  });

  it("lists every unknown key of a record, up to five, and counts the rest", () => {
    const problems = problemsAfter((d) => {
      Object.assign(byId(d.themes, "politics"), { a: 1, b: 2 });
      Object.assign(byId(d.subjects, "peacekeeper-fatalities-acts-of-violence"), { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7 });
      Object.assign(byId(d.documents, "c-34"), { a: 1, b: 2, c: 3, d: 4, e: 5 });
    });
    expect(problems).toEqual([
      { collection: "themes", id: "politics", path: [], message: 'Unrecognized keys: "a", "b"', rule: "schema" },
      { collection: "subjects", id: "peacekeeper-fatalities-acts-of-violence", path: [], message: 'Unrecognized keys: "a", "b", "c", "d", "e" and 2 more', rule: "schema" },
      { collection: "documents", id: "c-34", path: [], message: 'Unrecognized keys: "a", "b", "c", "d", "e"', rule: "schema" },
    ]);
  });
});

describe("validateDataset returns the dataset it checked", () => {
  const META = { name: "peacekeeping-records", version: "1.2.3", built: "2020-09-14T00:00:00Z", sources: [{ id: "press-release-2020-09-14", path: "press-release-2020-09-14.txt", sha256: "0".repeat(64) }] };

  it("parsed, with the defaults filled in, and no meta where the input has none", () => {
    const { input, sourceTexts } = realData();
    const result = validateDataset(input, sourceTexts);
    expect(result).toEqual({ ok: true, dataset: DatasetSchema.parse(input) });
    expect(result.ok && Object.hasOwn(result.dataset, "meta")).toBe(false);
  });

  it("with its meta", () => {
    const { input, sourceTexts } = realData();
    const result = validateDataset({ ...input, meta: META }, sourceTexts);
    expect(result.ok && result.dataset.meta).toEqual(META);
  });

  it("reports a meta that is not one, under meta", () => {
    const { input, sourceTexts } = realData();
    const result = validateDataset({ ...input, meta: { ...META, version: "1.2" } }, sourceTexts);
    expect(result).toEqual({ ok: false, problems: [{ collection: null, id: null, path: ["meta", "version"], message: "must be a semver version", rule: "schema" }] });
  });

  it("takes the source texts as a plain object as well as a Map", () => {
    const { input, sourceTexts } = realData();
    expect(validateDataset(input, Object.fromEntries(sourceTexts)).ok).toBe(true);
    const result = validateDataset(input, {});
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toContain("no text was given for source 'press-release-2020-09-14'");
  });
});
