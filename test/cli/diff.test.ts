/**
 * `diff OLD [NEW]`, run in this process: the records added, removed and changed between two dataset.json files (or
 * a file and the bundled data), by collection and id, with the fields that changed, as Markdown or JSON.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { changedPaths, diffDatasets, diffMarkdown } from "../../src/export/diff.js";
import { dataset } from "../../src/index.js";
import { COLLECTIONS } from "../../src/schemas/dataset.js";

type Rec = Record<string, unknown>;
type Data = Record<string, unknown> & { meta: Rec; statements: Rec[]; metrics: Rec[]; themes: Rec[] };

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
/** Writes text to a file in a fresh temporary folder; returns its path. */
function file(name: string, text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "pkr-diff-"));
  dirs.push(dir);
  const p = path.join(dir, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
}
const copy = (): Data => JSON.parse(JSON.stringify(dataset)) as Data;

/** The bundled data as an older version would have it: one statement fewer, one theme more, two records edited. */
function older(): { data: Data; statement: string; theme: string; metric: string; edited: string } {
  const data = copy();
  data.meta.version = "0.0.1";
  const [first, second] = data.statements;
  data.statements = data.statements.filter((s) => s !== second);
  data.themes.push({ ...data.themes[0]!, id: "zz-retired-theme" });
  (first!.speaker as Rec).name = "Someone Else";
  const metric = data.metrics[0]!;
  metric.value = (metric.value as number) + 1;
  return { data, statement: String(second!.id), theme: "zz-retired-theme", metric: String(metric.id), edited: String(first!.id) };
}

describe("diffDatasets", () => {
  it("finds nothing between the bundled data and itself", () => {
    const diff = diffDatasets(copy(), dataset);
    for (const c of COLLECTIONS) expect(diff.collections[c], c).toEqual({ added: [], removed: [], changed: [] });
    expect(diffMarkdown(diff)).toBe(`## Data changes from ${dataset.meta!.version} to ${dataset.meta!.version}\n\nNo record was added, removed or changed.\n`);
  });

  it("names the records added, removed and changed, by collection and id, with the paths of the values that changed", () => {
    const { data, statement, theme, metric, edited } = older();
    const diff = diffDatasets(data, dataset);
    expect(diff.from).toBe("0.0.1");
    expect(diff.to).toBe(dataset.meta!.version);
    expect(diff.collections.statements).toEqual({ added: [statement], removed: [], changed: [{ id: edited, fields: ["speaker.name"] }] });
    expect(diff.collections.themes).toEqual({ added: [], removed: [theme], changed: [] });
    expect(diff.collections.metrics).toEqual({ added: [], removed: [], changed: [{ id: metric, fields: ["value"] }] });
    expect(diff.collections.meetings).toEqual({ added: [], removed: [], changed: [] });
  });

  it("reads a file written before a collection existed as one with no records in it", () => {
    const { councilTerms: _terms, ...before } = copy();
    expect(diffDatasets(before, dataset).collections.councilTerms.added).toHaveLength(dataset.councilTerms.length);
  });

  it("refuses what is not a dataset, naming the file and what is wrong", () => {
    expect(() => diffDatasets([], dataset, ["a.json", "b"])).toThrow("a.json is not a dataset: not a JSON object");
    expect(() => diffDatasets({ statements: {} }, dataset, ["a.json", "b"])).toThrow("a.json is not a dataset: 'statements' is not a list of records");
    expect(() => diffDatasets(dataset, { themes: [{ label: "x" }] }, ["a", "b.json"])).toThrow("b.json: themes record 1 has no id");
    expect(() => diffDatasets(dataset, { themes: [{ id: "x" }, { id: "x" }] }, ["a", "b.json"])).toThrow("b.json: themes has two records with id 'x'");
  });
});

describe("changedPaths", () => {
  it("walks objects and lists of the same length, and names a list whose length changed, or a key on one side only", () => {
    expect(changedPaths({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] } })).toEqual(["b.c.1"]);
    expect(changedPaths({ a: [1] }, { a: [1, 2] })).toEqual(["a"]);
    expect(changedPaths({ a: 1 }, { a: 1, b: null })).toEqual(["b"]);
    expect(changedPaths({ a: { x: 1 } }, { a: [1] })).toEqual(["a"]);
    expect(changedPaths({ a: null }, { a: { x: 1 } })).toEqual(["a"]);
    expect(changedPaths({ a: "x" }, { a: "x" })).toEqual([]);
  });
});

describe("peacekeeping-records diff", () => {
  it("prints the changes from a dataset.json to the bundled data as Markdown", () => {
    const { data, statement, theme, metric, edited } = older();
    const r = run("diff", file("dataset.json", JSON.stringify(data)));
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toBe(
      [
        `## Data changes from 0.0.1 to ${dataset.meta!.version}`,
        "",
        "### statements",
        "",
        `- added (1): \`${statement}\``,
        `- changed \`${edited}\`: \`speaker.name\``,
        "",
        "### metrics",
        "",
        `- changed \`${metric}\`: \`value\``,
        "",
        "### themes",
        "",
        `- removed (1): \`${theme}\``,
        "",
      ].join("\n"),
    );
  });

  it("compares two files, or the dataset.json in a folder, and prints JSON with --format json", () => {
    const { data, statement } = older();
    const old = file("old/dist/dataset.json", JSON.stringify(data));
    const current = file("new/dataset.json", JSON.stringify(dataset));
    const r = run("diff", path.dirname(old), current, "--format", "json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(diffDatasets(data, dataset))));
    expect(JSON.parse(run("diff", current, old, "-f", "json").out).collections.statements.removed).toEqual([statement]);
  });

  it("names a missing file, a file that is not JSON or not a dataset, a missing argument and an unknown format", () => {
    const missing = path.join(tmpdir(), "pkr-no-such-dir", "dataset.json");
    expect(run("diff", missing)).toEqual({ code: 1, out: "", err: `peacekeeping-records: diff: no file ${missing}\n` });
    const bad = file("dataset.json", "{ nope");
    expect(run("diff", bad).err).toMatch(new RegExp(`^peacekeeping-records: diff: ${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is not valid JSON: `));
    const list = file("dataset.json", "[]");
    expect(run("diff", list)).toEqual({ code: 1, out: "", err: `peacekeeping-records: ${list} is not a dataset: not a JSON object\n` });
    expect(run("diff")).toEqual({ code: 2, out: "", err: "peacekeeping-records: diff needs the older data: diff OLD [NEW]\n" });
    expect(run("diff", list, "--format", "csv")).toEqual({ code: 2, out: "", err: "peacekeeping-records: unknown format 'csv' (use markdown or json)\n" });
  });
});
