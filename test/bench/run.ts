/**
 * `npm run bench`: the helpers, the validation and the import at corpus scale, each as a ratio against its floor
 * measured in the same process and run (so the machine's noise cancels), with its target beside it.
 *
 *   tsx test/bench/run.ts [--json FILE] [--markdown FILE] [--smoke] [--only explorer] [--budgets]
 *
 * --smoke runs the smallest size with short timings, to prove the bench works (npm test does this; no timing is
 * asserted there).
 * --only explorer measures only the explorer page (the shipped data, and the 10,000-statement corpus).
 * --budgets exits with code 1 when a figure is over its target: `npm test` ends with
 * `npm run bench:budgets` (`--only explorer --budgets`), so the explorer's load budgets of 1 s and 2 s hold in
 * `npm test` while the timing stays in the benchmark, outside the tests.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs, isDeepStrictEqual } from "node:util";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { Bench } from "tinybench";
import * as z from "zod";
import {
  compareDelegations,
  countBy,
  dataset,
  filterMetrics,
  filterStatements,
  groupBy,
  indexById,
  metricSeries,
  missionMentions,
  themeCoverage,
} from "../../src/index.js";
import { COLLECTION_SCHEMAS, COLLECTIONS, validateDataset } from "../../src/schemas/index.js";
import { generatedModule } from "../../src/authoring/build.js";
import { loadDataDir } from "../../src/authoring/load.js";
import { draftMeeting } from "../../src/authoring/index.js";
import { measureDraft } from "../../src/authoring/draft/measure.js";
import { draftCases } from "../authoring/draft-cases.js";
import * as loops from "./baselines.js";
import { syntheticMeetingText } from "./draft-text.js";
import { makeCorpus, slice, type Corpus } from "./corpus.js";
import { explorerTimings } from "./explorer.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** One measured figure: a ratio (or a size) and its target. */
export interface Figure {
  readonly group: string;
  readonly name: string;
  readonly value: number;
  readonly unit: "ratio" | "bytes" | "yes/no" | "ms" | "count";
  readonly target: number;
  readonly detail: string;
  readonly ok: boolean;
}

const { values } = parseArgs({
  options: {
    json: { type: "string" },
    markdown: { type: "string" },
    smoke: { type: "boolean", default: false },
    only: { type: "string" },
    budgets: { type: "boolean", default: false },
  },
});
const smoke = values.smoke;
if (values.only !== undefined && values.only !== "explorer") {
  console.error(`bench: --only takes "explorer", got '${values.only}'`);
  process.exit(2);
}
const onlyExplorer = values.only === "explorer";
const SIZES = onlyExplorer ? [10_000] : smoke ? [1_000] : [1_000, 10_000, 100_000];
const TIME = smoke ? 20 : 400;
const figures: Figure[] = [];
const add = (f: Omit<Figure, "ok">) => figures.push({ ...f, ok: f.value <= f.target });
const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`);

/** Median latency (ms) of each task, run in one Bench. */
async function medians(tasks: Record<string, () => unknown>, time = TIME, iterations = 5): Promise<Record<string, number>> {
  const bench = new Bench({ time, iterations, warmupTime: Math.min(time, 100), warmupIterations: 2, throws: true });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  const out: Record<string, number> = {};
  for (const task of bench.tasks) {
    const r = task.result;
    if (r.state !== "completed") throw new Error(`bench task ${task.name} did not complete (${r.state})`);
    out[task.name] = r.latency.p50;
  }
  return out;
}

/** Each helper beside its loop, checked equal first: [name, helper, loop]. */
function pairs(c: Corpus): Array<[string, () => unknown, () => unknown]> {
  const index = indexById(c.statements);
  const ids = c.statements.filter((_s, i) => i % 97 === 0).map((s) => s.id);
  const handMap = new Map(c.statements.map((s) => [s.id, s]));
  const deuRus = new Set(["DEU", "RUS"]);
  return [
    ["filterStatements", () => filterStatements(c.statements, { delegation: ["DEU", "RUS"], theme: "human-rights" }), () => loops.filterStatementsLoop(c.statements, deuRus, "human-rights")],
    ["filterMetrics", () => filterMetrics(c.metrics, { subject: "peacekeeper-fatalities-acts-of-violence", period: { from: 2017, to: 2019 } }), () => loops.filterMetricsLoop(c.metrics, "peacekeeper-fatalities-acts-of-violence", 2017, 2019)],
    ["countBy", () => countBy(c.statements, "capacity"), () => loops.countByLoop(c.statements)],
    ["groupBy", () => groupBy(c.metrics, "subject"), () => loops.groupByLoop(c.metrics)],
    ["themeCoverage", () => themeCoverage(c.statements), () => loops.themeCoverageLoop(c.statements)],
    ["missionMentions", () => missionMentions(c.statements), () => loops.missionMentionsLoop(c.statements)],
    ["metricSeries", () => metricSeries(c.metrics, "peacekeeper-fatalities-acts-of-violence", { meetings: c.meetings }).points, () => loops.metricSeriesLoop(c.metrics, "peacekeeper-fatalities-acts-of-violence", c.meetings)],
    ["compareDelegations", () => compareDelegations(c.statements, "DEU", "RUS"), () => loops.compareDelegationsLoop(c.statements, "DEU", "RUS")],
    ["getById after indexById", () => ids.map((id) => index.get(id)), () => ids.map((id) => handMap.get(id))],
    ["indexById", () => indexById(c.statements), () => new Map(c.statements.map((s) => [s.id, s]))],
  ];
}

/** Turns a helper's result into plain data for comparison with its loop's. */
const plain = (v: unknown): unknown => (v instanceof Map ? [...v].map(([k, x]) => [k, plain(x)]) : Array.isArray(v) ? v.map(plain) : v);

async function helpersAgainstLoops(c: Corpus, label: string): Promise<void> {
  const list = pairs(c);
  for (const [name, helper, loop] of list) {
    if (!isDeepStrictEqual(plain(helper()), plain(loop()))) throw new Error(`the loop for ${name} does not compute what the helper computes`);
  }
  const tasks: Record<string, () => unknown> = {};
  for (const [name, helper, loop] of list) {
    tasks[`${name}:helper`] = helper;
    tasks[`${name}:loop`] = loop;
  }
  const t = await medians(tasks);
  for (const [name] of list) {
    add({ group: `helper / hand loop, ${label}`, name, value: t[`${name}:helper`]! / t[`${name}:loop`]!, unit: "ratio", target: 1.5, detail: `${fmt(t[`${name}:helper`]!)} vs ${fmt(t[`${name}:loop`]!)}` });
  }
}

async function growth(full: Corpus, label: string): Promise<void> {
  const half = slice(full, 0.5);
  const tasks: Record<string, () => unknown> = {};
  const a = pairs(half);
  const b = pairs(full);
  a.forEach(([name, helper, loop], i) => {
    tasks[`${name}:N`] = helper;
    tasks[`${name}:2N`] = b[i]![1];
    tasks[`${name}:loop N`] = loop;
    tasks[`${name}:loop 2N`] = b[i]![2];
  });
  const t = await medians(tasks);
  for (const [name] of a) {
    const loopGrowth = t[`${name}:loop 2N`]! / t[`${name}:loop N`]!;
    add({
      group: `growth from N to 2N, ${label}`,
      name,
      value: t[`${name}:2N`]! / t[`${name}:N`]!,
      unit: "ratio",
      target: 2.3,
      detail: `${fmt(t[`${name}:N`]!)} to ${fmt(t[`${name}:2N`]!)}; hand loop ${loopGrowth.toFixed(2)}×`,
    });
  }
}

async function validation(c: Corpus, texts: ReadonlyMap<string, string>, label: string): Promise<void> {
  const result = validateDataset(c, texts);
  if (!result.ok) throw new Error(`the generated corpus is not valid: ${result.problems.slice(0, 3).map((p) => p.message).join("; ")}`);
  const bare = z.strictObject(Object.fromEntries(COLLECTIONS.map((k) => [k, z.array(COLLECTION_SCHEMAS[k])])));
  const t = await medians({ validateDataset: () => validateDataset(c, texts), "bare z.array parse": () => bare.parse(c) }, smoke ? TIME : 1, smoke ? 2 : 3);
  add({ group: `validation, ${label}`, name: "validateDataset / bare z.array(...).parse", value: t.validateDataset! / t["bare z.array parse"]!, unit: "ratio", target: 3, detail: `${fmt(t.validateDataset!)} vs ${fmt(t["bare z.array parse"]!)}` });
}

/**
 * Builds the . entry over a corpus (its data module pointed at the corpus's records, as the build points it at
 * dist/dataset.json), and times cold imports in fresh processes: the entry against the same records as a JSON file.
 */
async function coldImport(c: Corpus, label: string, dir: string): Promise<void> {
  const withMeta = { meta: dataset.meta!, ...c };
  writeFileSync(path.join(dir, "records.json"), JSON.stringify(withMeta));
  const generated = path.join(dir, "ids.ts");
  writeFileSync(generated, generatedModule(withMeta as never));
  const entry = path.join(dir, "entry.mjs");
  await build({
    entryPoints: [path.join(ROOT, "src/index.ts")],
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node18.20",
    outfile: entry,
    logLevel: "silent",
    plugins: [
      {
        name: "corpus",
        setup: (b) => {
          b.onResolve({ filter: /generated\/dataset\.json$/ }, () => ({ path: "./records.json", external: true }));
          b.onResolve({ filter: /generated\/dataset\.js$/ }, () => ({ path: generated }));
        },
      },
    ],
  });
  const json = path.join(dir, "records.json");
  const time = (code: string) => {
    const r = spawnSync(process.execPath, ["--no-warnings", "--input-type=module", "-e", code], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`cold import failed: ${r.stderr}`);
    return Number(r.stdout.trim());
  };
  const samples = { entry: [] as number[], json: [] as number[] };
  for (let i = 0; i < (smoke ? 2 : 9); i++) {
    samples.entry.push(time(`const t = performance.now(); const m = await import(${JSON.stringify(entry)}); m.dataset.statements.length; console.log(performance.now() - t);`));
    samples.json.push(time(`const t = performance.now(); const m = await import(${JSON.stringify(json)}, { with: { type: "json" } }); m.default.statements.length; console.log(performance.now() - t);`));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  add({ group: `cold import, ${label}`, name: "import of . / import of the same records as JSON", value: median(samples.entry) / median(samples.json), unit: "ratio", target: 1.3, detail: `${fmt(median(samples.entry))} vs ${fmt(median(samples.json))}` });
}

async function bundles(dir: string): Promise<void> {
  const dist = path.join(ROOT, "dist/index.js");
  const bundle = async (name: string, code: string) => {
    const file = path.join(dir, `${name}.mjs`);
    writeFileSync(file, code);
    const r = await build({ entryPoints: [file], bundle: true, minify: true, format: "esm", platform: "neutral", write: false, metafile: true, logLevel: "silent" });
    const zod = Object.keys(r.metafile.inputs).some((p) => p.includes("node_modules/zod"));
    return { gz: gzipSync(r.outputFiles[0]!.contents).length, zod };
  };
  const helper = await bundle("helper-only", `import { filterStatements } from ${JSON.stringify(dist)};\nexport { filterStatements };\n`);
  const data = await bundle("dataset-only", `import { dataset } from ${JSON.stringify(dist)};\nexport { dataset };\n`);
  add({ group: "bundles (esbuild, minified, gzipped)", name: "only filterStatements", value: helper.gz, unit: "bytes", target: 3072, detail: helper.zod ? "CONTAINS ZOD" : "no zod" });
  add({ group: "bundles (esbuild, minified, gzipped)", name: "zod in the filterStatements bundle", value: helper.zod ? 1 : 0, unit: "yes/no", target: 0, detail: "" });
  add({ group: "bundles (esbuild, minified, gzipped)", name: "zod in the dataset bundle", value: data.zod ? 1 : 0, unit: "yes/no", target: 0, detail: `dataset bundle ${(data.gz / 1024).toFixed(1)} KiB` });
}

/**
 * Drafting: the time to draft a synthetic 100-speaker, 60,000-character text (target under a second), and, for every
 * text with hand-made records (data/ and the fixtures), how many of those records the draft misses.
 */
async function drafting(): Promise<void> {
  const cases = draftCases();
  const byId = new Map(cases.flatMap((c) => c.reference.delegations).map((d) => [d.id, d]));
  const councilTerms = [...new Map(cases.flatMap((c) => c.reference.councilTerms).map((t) => [`${t.seat}-${t.state}-${t.from}`, t])).values()];
  const reference = { delegations: [...byId.values()], missions: cases[0]!.reference.missions, councilTerms };
  const speakers = 100;
  const text = syntheticMeetingText(reference.delegations, speakers, 60_000);
  const options = { source: "bench-synthetic", meeting: "2031-03-12-bench", date: "2031-03-12", reference };
  const draft = draftMeeting(text, options);
  if (draft.statements.length !== speakers) throw new Error(`the synthetic text drafts ${draft.statements.length} statements, not ${speakers}`);
  // CPU time per draft (what the drafting costs, whatever else the machine runs), with the wall time beside it.
  const runs = Array.from({ length: smoke ? 3 : 15 }, () => {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    draftMeeting(text, options);
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - wall, cpu: (used.user + used.system) / 1000 };
  });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  add({
    group: "drafting",
    name: `draftMeeting, ${speakers} speakers, ${text.length.toLocaleString("en")} characters (CPU time)`,
    value: median(runs.map((r) => r.cpu)),
    unit: "ms",
    target: 1000,
    detail: `wall ${fmt(median(runs.map((r) => r.wall)))} (median of ${runs.length}); ${draft.numbers.length} numbers, ${draft.review.length} review items`,
  });
  for (const c of cases) {
    const m = measureDraft(draftMeeting(c.text, { source: c.source, meeting: c.meeting, date: c.date, reference: c.reference }), c.key, c.text, c.source);
    const n = m.statements.expected;
    const detail = `${m.delegationInOrder}/${n} speakers, ${m.paragraphs}/${n} paragraph sets, ${m.onBehalfOf}/${n} groups spoken for, ${m.missions}/${n} mission sets, ${m.numbers.matched}/${m.numbers.expected} numbers (${m.numbers.drafted} proposed), ${m.spans.outside} of ${m.spans.total} spans outside the text`;
    const group = `drafting quality, ${c.name}`;
    const missed = n - m.delegationInOrder + (n - m.onBehalfOf) + (n - m.missions) + Math.abs(m.statements.drafted - n) + m.spans.outside;
    add({ group, name: "speakers, groups spoken for or missions missed; spans outside the text", value: missed, unit: "count", target: 0, detail });
    add({ group, name: "paragraph sets missed", value: n - m.paragraphs, unit: "count", target: 1, detail: "" });
    add({ group, name: "numbers missed (value and qualifier)", value: m.numbers.expected - m.numbers.matched, unit: "count", target: 2, detail: "" });
  }
}

/**
 * The explorer page in headless Chromium from file://: first meeting rendered for the shipped data (budget 1 s), and
 * for the synthetic corpus, first meeting rendered plus a delegation filter applied (budget 2 s).
 */
async function explorer(c: Corpus, texts: ReadonlyMap<string, string>, dir: string): Promise<void> {
  const t = await explorerTimings(path.join(ROOT, "dist/explorer"), c, texts, dir, smoke ? 1 : onlyExplorer ? 3 : 7);
  const group = "explorer (headless Chromium, file://)";
  const runs = `median of ${t.shipped.samples.length} fresh loads`;
  add({ group, name: "first meeting rendered, shipped data", value: t.shipped.median, unit: "ms", target: 1000, detail: runs });
  add({
    group,
    name: "first meeting rendered and a filter applied, synthetic corpus",
    value: t.corpusFilter.median,
    unit: "ms",
    target: 2000,
    detail: `${c.statements.length} statements in ${c.meetings.length} meetings; load ${fmt(t.corpus.median)}; ${runs}`,
  });
}

/** A figure's value and target as the tables show them. */
function shown(f: Figure): { value: string; target: string } {
  switch (f.unit) {
    case "ratio":
      return { value: `${f.value.toFixed(2)}×`, target: `≤ ${f.target}×` };
    case "bytes":
      return { value: `${f.value} B`, target: `≤ ${f.target} B` };
    case "ms":
      return { value: fmt(f.value), target: `≤ ${fmt(f.target)}` };
    case "count":
      return { value: String(f.value), target: `≤ ${f.target}` };
    case "yes/no":
      return { value: f.value ? "yes" : "no", target: "no" };
  }
}

/** The figures as a Markdown table (for the README's Performance section). */
function markdown(): string {
  const rows = figures.map((f) => `| ${f.group} | ${f.name} | ${shown(f).value} | ${shown(f).target} | ${f.ok ? "ok" : "**over**"} | ${f.detail} |`);
  return ["| group | figure | value | target | | measured |", "| --- | --- | ---: | ---: | --- | --- |", ...rows].join("\n") + "\n";
}

function print(): void {
  const rows = figures.map((f) => [f.group, f.name, shown(f).value, shown(f).target, f.ok ? "ok" : "OVER", f.detail]);
  const header = ["group", "figure", "value", "target", "", "measured"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [header, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd());
}

async function main(): Promise<void> {
  const started = performance.now();
  const { sourceTexts } = loadDataDir(path.join(ROOT, "data"));
  const dir = mkdtempSync(path.join(tmpdir(), "pkr-bench-"));
  try {
    const corpora = SIZES.map((n) => [n, makeCorpus(dataset, n)] as const);
    if (!onlyExplorer) {
      for (const [, c] of corpora) await helpersAgainstLoops(c, `${c.statements.length} statements`);
      const [, largest] = corpora[corpora.length - 1]!;
      await growth(largest, `N = ${Math.round(largest.statements.length / 2)} statements`);
      await validation(largest, sourceTexts, `${largest.statements.length} statements`);
      const importSize = corpora[Math.min(1, corpora.length - 1)]![1];
      mkdirSync(dir, { recursive: true });
      await coldImport(importSize, `${importSize.statements.length} statements`, dir);
      await bundles(dir);
      await drafting();
    }
    const explorerCorpus = corpora.find(([n]) => n === 10_000)?.[1] ?? corpora[0]![1];
    await explorer(explorerCorpus, sourceTexts, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  print();
  const over = figures.filter((f) => !f.ok);
  if (over.length > 0) console.log(`\nOVER BUDGET: ${over.map((f) => `${f.group}: ${f.name} (${shown(f).value}, target ${shown(f).target})`).join("; ")}`);
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n${figures.filter((f) => f.ok).length} of ${figures.length} figures within target; ${seconds.toFixed(0)} s on ${cpus().length} cores, Node ${process.version}`);
  if (values.markdown) writeFileSync(values.markdown, markdown());
  if (values.json) {
    writeFileSync(values.json, `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: cpus().length, smoke, seconds, figures }, null, 2)}\n`);
  }
  if (values.budgets && over.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
