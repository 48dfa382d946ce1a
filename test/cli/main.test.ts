/**
 * The command, run in this process through `main(argv, io)`: exit codes and exact output. Expected values come from
 * the bundled data through the library's own helpers, or are scoped to the meeting 2020-09-14-a4p.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { councilMembers, dataset, filterMetrics, filterStatements, getById, missionsActiveOn, periodKey, themeCoverage, UnknownIdError, type AnyIds, type Dataset } from "../../src/index.js";
import { datasetToTables } from "../../src/export/tables.js";
import { toCsv } from "../../src/export/csv.js";
import { renderText } from "../../src/cli/render.js";
import { findRecords, renderRecord } from "../../src/cli/show.js";
import { summary } from "../../src/cli/summary.js";
import { writeCsvFiles, writeJsonFiles } from "../../src/export/files.js";
import { formatProblems, loadDataDir, problemCount, validateLoaded } from "../../src/authoring/load.js";
import { COLLECTIONS } from "../../src/schemas/dataset.js";
import { DATA_DIR, realData } from "../helpers.js";

/** Runs the command with these arguments; returns its exit code and everything it wrote. */
function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

/** A usage error: exit 2, one line on stderr, nothing on stdout. */
const usage = (message: string) => ({ code: 2, out: "", err: `peacekeeping-records: ${message}\n` });

const HELP = `usage: peacekeeping-records <command> [options]

UN Security Council debates on peacekeeping, every statement and number traced to its source.

commands:
  summary      print a short tour of the data
  statements   list statements, filtered
  metrics      list metrics, filtered
  delegations  list delegations
  missions     list missions, or the peacekeeping operations active on a day
  council      list the Security Council's members on a day, or every term a state held a seat
  themes       list themes, with how many statements address each
  show         print one record (a statement, metric, meeting, delegation, …) with its quotes and their source offsets
  export       write dataset.json (and its JSON Schema) or one CSV per table into a folder
  explore      write the explorer, a page showing each meeting's source text with every record highlighted, into a folder
  diff         list the records added, removed and changed between two versions of the data
  validate     validate a data folder laid out like the package's data/
  draft        draft a meeting's records from its text, for a person to review: a folder in the data/ layout and REVIEW.md

Run 'peacekeeping-records <command> --help' for a command's options; 'peacekeeping-records --version' for the version.
`;

describe("the command without a command", () => {
  it("prints the usage and exits 2 when given no arguments", () => {
    expect(run()).toEqual({ code: 2, out: HELP, err: "" });
  });

  it.each([["--help"], ["-h"], ["help"]])("prints the same usage and exits 0 for %s", (flag) => {
    expect(run(flag)).toEqual({ code: 0, out: HELP, err: "" });
  });
});

describe("metrics --from/--to", () => {
  const json = (...argv: string[]) => {
    const r = run("metrics", ...argv, "--format", "json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    return JSON.parse(r.out) as unknown;
  };

  it.each([
    [["--from", "2019"], { from: 2019 }],
    [["--to", "2018"], { to: 2018 }],
  ] as const)("with one bound, %j filters by it alone", (argv, period) => {
    const expected = filterMetrics<AnyIds>(dataset.metrics, { period });
    // The bound must matter on the data, or this test could not tell a filter from none.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(dataset.metrics.length);
    expect(json(...argv)).toEqual(expected);
  });

  it("with both bounds, filters by both", () => {
    const expected = filterMetrics<AnyIds>(dataset.metrics, { period: { from: 2018, to: 2019 } });
    expect(expected.length).toBeLessThan(filterMetrics<AnyIds>(dataset.metrics, { period: { from: 2018 } }).length);
    expect(json("--from", "2018", "--to", "2019")).toEqual(expected);
  });

  it.each(["20191", "219", "2019x", "x2019", " 2019", "", "-2019"])("refuses --from '%s', naming the argument", (value) => {
    expect(run("metrics", `--from=${value}`)).toEqual(usage(`--from must be a four-digit year, got '${value}'`));
    expect(run("metrics", `--to=${value}`)).toEqual(usage(`--to must be a four-digit year, got '${value}'`));
  });
});

// ---------------------------------------------------------------------------------------------------------------------

const MEETING = "2020-09-14-a4p";
type Rec = Record<string, any>;

/** A deep, mutable copy of the bundled dataset, to corrupt for one test. */
const copy = (): Rec => structuredClone(dataset) as Rec;
/** A copy with a second meeting, which every other statement and metric is moved to. */
function twoMeetings(): Rec {
  const data = copy();
  data.meetings.push({ ...data.meetings[0], id: "2031-01-01-other", date: "2031-01-01" });
  for (const c of ["statements", "metrics"]) (data[c] as Rec[]).forEach((r, i) => i % 2 === 1 && (r.meeting = "2031-01-01-other"));
  return data;
}
/** Runs the command on a dataset of the test's own. */
function runOn(data: Rec, ...argv: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) }, data as unknown as Dataset);
  return { code, out, err };
}
const ok = (out: string) => ({ code: 0, out, err: "" });
/** The rows of one table of the shipped CSV, as `--format csv` must print them (only the records with these ids). */
function shippedCsv(collection: string, data: Rec = dataset, ids?: ReadonlySet<string>): string {
  const table = datasetToTables(data as Dataset).find((t) => t.name === collection)!;
  const id = table.columns.indexOf("id");
  return toCsv({ ...table, rows: ids === undefined ? table.rows : table.rows.filter((r) => ids.has(r[id] as string)) });
}

describe("--version", () => {
  it.each([["--version"], ["-v"]])("%s prints the version of the data's package", (flag) => {
    expect(dataset.meta?.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(run(flag)).toEqual(ok(`${dataset.meta!.version}\n`));
  });

  it("says 'unknown' for a dataset without a meta block", () => {
    const data = copy();
    delete data.meta;
    expect(runOn(data, "--version")).toEqual(ok("unknown\n"));
  });
});

describe("usage errors", () => {
  it.each([
    [["frobnicate"], "unknown command 'frobnicate' (see --help)"],
    [["-x"], "unknown option '-x' (a command comes first; see --help)"],
    [["--format", "json"], "unknown option '--format' (a command comes first; see --help)"],
    [["toString"], "unknown command 'toString' (see --help)"],
    [["constructor"], "unknown command 'constructor' (see --help)"],
    [["__proto__"], "unknown command '__proto__' (see --help)"],
    [["hasOwnProperty"], "unknown command 'hasOwnProperty' (see --help)"],
    [["statements", "--colour"], "statements: unknown option '--colour'"],
    [["statements", "-x"], "statements: unknown option '-x'"],
    // Node adds a hint on positional arguments for a command that takes them: not ours to give.
    [["show", "--colour"], "show: unknown option '--colour'"],
    // The hint repeats the option unescaped: a line separator in it must not keep the hint in place.
    [["show", "--col\u2028our"], "show: unknown option '--col\u2028our'"],
    [["validate", "data", "-x"], "validate: unknown option '-x'"],
    [["metrics", "--from"], "metrics: option '--from <value>' argument missing"],
    [["export", "--format", "json", "--out"], "export: option '-o, --out <value>' argument missing"],
    [["statements", "--inferred=yes"], "statements: option '--inferred' does not take an argument"],
    [["delegations", "extra"], "delegations: unexpected argument 'extra'. This command does not take positional arguments"],
    [["show", `${MEETING}-02`, `${MEETING}-03`], `show: unexpected argument '${MEETING}-03'`],
    [["validate", "a", "b"], "validate: unexpected argument 'b'"],
    [["metrics", "--from", "2017", "--from", "2019"], "metrics: --from takes one value and was given more than once"],
    [["metrics", "--to", "2019", "--to=2019"], "metrics: --to takes one value and was given more than once"],
    [["statements", "--format", "csv", "-f", "json"], "statements: --format takes one value and was given more than once"],
    [["export", "-o", "a", "--out", "b", "--format", "json"], "export: --out takes one value and was given more than once"],
    [["metrics", "--format", "xml"], "unknown format 'xml' (use table, json or csv)"],
    [["statements", "--format", "text"], "unknown format 'text' (use table, json or csv)"],
    [["metrics", "--from", "2019", "--to", "2017"], "--from 2019 is after --to 2017"],
    [["show"], "show needs a record id: show ID (for example a statement id from 'statements')"],
    [["show", `${MEETING}-02`, "--format", "csv"], "unknown format 'csv' (use text or json)"],
    [["show", `${MEETING}-02`, "--format", "table"], "unknown format 'table' (use text or json)"],
    [["validate"], "validate needs a folder: validate DIR"],
    [["export", "--format", "json"], "export needs --out DIR"],
    [["export", "--out", "x"], "export needs --format json or --format csv"],
    [["export", "--format", "pdf", "--out", "x"], "unknown format 'pdf' (use json or csv)"],
    [["export", "--format", "table", "--out", "x"], "unknown format 'table' (use json or csv)"],
    [["export", "--format", "csv", "--out", ""], "--out is empty: give the folder to write into, --out DIR"],
    [["export", "--format", "csv", "-o", " \t"], "--out is empty: give the folder to write into, --out DIR"],
  ])("%j is refused with one line and exit code 2", (argv, message) => {
    expect(run(...argv)).toEqual(usage(message));
  });

  it("takes a flag given once each way, a boolean flag given twice and a list flag given twice", () => {
    expect(run("metrics", "--from", "2017", "--to", "2019").code).toBe(0);
    expect(run("statements", "--inferred", "--inferred", "--format", "json")).toEqual(run("statements", "--inferred", "--format", "json"));
    const two = JSON.parse(run("statements", "--delegation", "VNM", "--delegation", "DEU", "--format", "json").out) as unknown;
    expect(two).toEqual(filterStatements<AnyIds>(dataset.statements, { delegation: ["VNM", "DEU"] }));
  });

  it("accepts a year range of one year", () => {
    expect(JSON.parse(run("metrics", "--from", "2019", "--to", "2019", "--format", "json").out)).toEqual(filterMetrics<AnyIds>(dataset.metrics, { period: { from: 2019, to: 2019 } }));
  });
});

describe("a command's --help", () => {
  const simple: Array<[string, string, string, string]> = [
    ["summary", "summary", "print a short tour of the data", "summary"],
    ["delegations", "delegations [--format table|json|csv]", "list delegations", "delegations --format csv"],

    ["themes", "themes [--format table|json|csv]", "list themes, with how many statements address each", "themes"],
    ["show", "show ID [--format text|json]", "print one record (a statement, metric, meeting, delegation, …) with its quotes and their source offsets", `show ${MEETING}-02`],
    ["export", "export --format json|csv --out DIR", "write dataset.json (and its JSON Schema) or one CSV per table into a folder", "export --format csv --out pkr-csv"],
    ["validate", "validate DIR", "validate a data folder laid out like the package's data/", "validate path/to/your/data"],
    [
      "explore",
      "explore [--out DIR]   (default DIR: ./peacekeeping-explorer; a new or empty folder)",
      "write the explorer, a page showing each meeting's source text with every record highlighted, into a folder",
      "explore --out pkr-explorer",
    ],
  ];
  it.each(simple)("%s --help prints its usage, what it does and an example", (command, use, what, example) => {
    const text = `usage: peacekeeping-records ${use}\n\n${what}\n\nexample:\n  peacekeeping-records ${example}\n`;
    expect(run(command, "--help")).toEqual(ok(text));
    expect(run(command, "-h")).toEqual(ok(text));
    // --help wins over the values of the other flags, even ones that would be refused.
    if (command !== "summary" && command !== "validate" && command !== "explore") expect(run(command, "--format", "xml", "-h")).toEqual(ok(text));
    if (command === "show" || command === "validate") expect(run(command, "-h", "some-argument")).toEqual(ok(text));
  });

  it("--help does not hide a flag it does not know", () => {
    expect(run("themes", "--help", "--colour")).toEqual(usage("themes: unknown option '--colour'"));
  });

  /** The values block of a command's help: each flag with the text of its lines joined. */
  function valuesOf(help: string): { lines: string[]; flags: Map<string, string> } {
    const block = help.split("\n\nvalues:\n")[1]!.split("\n\nexample:\n")[0]!;
    const lines = block.split("\n");
    const flags = new Map<string, string>();
    let flag = "";
    for (const line of lines) {
      const m = /^ {2}(--[a-z]+)? +(.*)$/.exec(line)!;
      if (m[1] !== undefined) flag = m[1];
      flags.set(flag, flags.has(flag) ? `${flags.get(flag)} ${m[2]}` : m[2]!);
    }
    return { lines, flags };
  }

  /** The values of a command's flags, as the help must list them: ids when at most 20, else where to find them. */
  const listed = (ids: readonly string[], listedBy: string) => (ids.length <= 20 ? ids.join(", ") : `${ids.length} ids; 'peacekeeping-records ${listedBy}' lists them`);

  /** Checks a values block: one column for the flags, lines of at most 80 characters, filled greedily. */
  function expectWrapped(lines: string[], width: number) {
    for (const [i, line] of lines.entries()) {
      expect(line.length).toBeLessThanOrEqual(80);
      const text = line.slice(width + 4);
      expect(line.slice(0, width + 4)).toMatch(i === 0 || line.startsWith("  --") ? new RegExp(`^  --[a-z]+ *  $`) : /^ +$/);
      expect(text).not.toMatch(/^ | $/);
      // Filled greedily: the next line's first word would not have fitted on this one.
      const next = lines[i + 1];
      if (next !== undefined && !next.startsWith("  --")) expect(line.length + 1 + next.slice(width + 4).split(" ")[0]!.length).toBeGreaterThan(80);
    }
  }

  it("statements --help lists the ids of each flag, wrapped under their flag", () => {
    const { out, code } = run("statements", "--help");
    expect(code).toBe(0);
    expect(out.startsWith(
      "usage: peacekeeping-records statements [--meeting M] [--delegation D] [--theme T] [--mission X] [--text S] [--on-behalf-of] [--inferred] [--format table|json|csv]\n" +
        "  (a flag given twice matches either value; missions marked ? are inferred from a place; 'opens with' is the\n" +
        "  first words of the statement: 'show ID' prints all of it, with its sources)\n\nlist statements, filtered\n\nvalues:\n",
    )).toBe(true);
    expect(out.endsWith(`\n\nexample:\n  peacekeeping-records statements --meeting ${MEETING} --delegation NER --on-behalf-of\n`)).toBe(true);
    const { lines, flags } = valuesOf(out);
    expect([...flags]).toEqual([
      ["--meeting", listed(dataset.meetings.map((m) => m.id), "summary")],
      ["--delegation", listed(dataset.delegations.map((m) => m.id), "delegations")],
      ["--theme", listed(dataset.themes.map((m) => m.id), "themes")],
      ["--mission", listed(dataset.missions.map((m) => m.id), "missions")],
    ]);
    expectWrapped(lines, "--delegation".length);
    // The data has a list long enough to wrap, or this test would not show that it wraps.
    expect(lines.length).toBeGreaterThan(flags.size);
  });

  it("metrics --help lists the subjects and meetings", () => {
    const { out } = run("metrics", "--help");
    expect(out.startsWith("usage: peacekeeping-records metrics [--subject S] [--from YEAR] [--to YEAR] [--meeting M] [--format table|json|csv]\n\nlist metrics, filtered\n\nvalues:\n")).toBe(true);
    expect(out.endsWith(`\n\nexample:\n  peacekeeping-records metrics --meeting ${MEETING} --subject peacekeeper-fatalities-acts-of-violence --from 2017 --to 2019\n`)).toBe(true);
    const { lines, flags } = valuesOf(out);
    expect([...flags]).toEqual([
      ["--subject", listed(dataset.subjects.map((m) => m.id), "metrics --format csv")],
      ["--meeting", listed(dataset.meetings.map((m) => m.id), "summary")],
    ]);
    expectWrapped(lines, "--subject".length);
  });

  it("says how many ids there are, and which command lists them, when there are more than 20", () => {
    const data = copy();
    for (const c of ["meetings", "delegations", "themes", "missions", "subjects"]) {
      const records = data[c] as Rec[];
      data[c] = Array.from({ length: 21 }, (_, n) => ({ ...records[n % records.length], id: `${c}-${n}` }));
    }
    const more = (listedBy: string) => `21 ids; 'peacekeeping-records ${listedBy}' lists them`;
    expect([...valuesOf(runOn(data, "statements", "--help").out).flags]).toEqual([
      ["--meeting", more("summary")],
      ["--delegation", more("delegations")],
      ["--theme", more("themes")],
      ["--mission", more("missions")],
    ]);
    expect([...valuesOf(runOn(data, "metrics", "--help").out).flags]).toEqual([
      ["--subject", more("metrics --format csv")],
      ["--meeting", more("summary")],
    ]);
    // Exactly 20 are still listed.
    data.delegations.length = 20;
    expect(valuesOf(runOn(data, "statements", "--help").out).flags.get("--delegation")).toBe(data.delegations.map((d: Rec) => d.id).join(", "));
  });

  it("keeps an id longer than a line on a line of its own", () => {
    const data = copy();
    const long = `${"x".repeat(90)}`;
    const missions = (...ids: string[]) => {
      data.missions = ids.map((id) => ({ ...dataset.missions[0], id }));
      const { lines } = valuesOf(runOn(data, "statements", "--help").out);
      return lines.slice(lines.findIndex((l) => l.startsWith("  --mission")));
    };
    expect(missions("A", long, "B")).toEqual([`  --mission     A,`, `                ${long},`, `                B`]);
    expect(missions(long, "B")).toEqual([`  --mission     ${long},`, `                B`]);
  });
});

/** The first words of a text as the statements table shows them: 8 words, then an ellipsis when there are more. */
const opensWith = (text: string) => {
  const words = text.replace(/\u00a0/g, " ").trim().split(/\s+/).filter(Boolean);
  return words.length > 8 ? `${words.slice(0, 8).join(" ")} …` : words.join(" ");
};
/** The statements table, as the command must print it for these statements. */
const statementsTable = (found: readonly Rec[]) =>
  renderText({
    header: ["#", "id", "delegation", "capacity", "on behalf of", "themes", "missions", "opens with"],
    rows: found.map((s) => [
      s.order,
      s.id,
      s.speaker.delegation,
      s.capacity,
      s.onBehalfOf.join(" "),
      s.themes.length,
      s.missions.map((m: Rec) => (m.mention === "inferred" ? `${m.mission}?` : m.mission)).join(" "),
      opensWith(s.paragraphs[0]?.quote ?? ""),
    ]),
  });

describe("statements", () => {
  const here = filterStatements<AnyIds>(dataset.statements, { meeting: MEETING });

  it("prints the statements of a meeting as a table, in order, with who spoke for whom and the missions named", () => {
    expect(here.length).toBeGreaterThan(1);
    expect(run("statements", "--meeting", MEETING)).toEqual(ok(statementsTable(here)));
    expect(run("statements", "--meeting", MEETING, "--format", "table")).toEqual(ok(statementsTable(here)));
    const lines = run("statements", "--meeting", MEETING).out.split("\n");
    expect(lines[0]).toMatch(/^ *# +id +delegation +capacity +on behalf of +themes +missions +opens with$/);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^ 2  ${MEETING}-02  ZAF +\\S+ +NER TUN VCT +\\d+ {2}`)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^11  ${MEETING}-11  BEL .* MONUSCO\\? MINUSMA\\? UNMISS\\? +\\S`)));
    expect(lines.at(-1)).toBe("");
  });

  it("prints every statement without a filter", () => {
    expect(run("statements")).toEqual(ok(statementsTable(dataset.statements)));
  });

  it("shows the first eight words of a statement, with an ellipsis only when there are more", () => {
    const data = copy();
    const [a, b, c] = data.statements as Rec[];
    a!.paragraphs[0].quote = "One\u00a0two three four five six seven eight";
    b!.paragraphs[0].quote = "  One two three four five six seven eight nine ";
    c!.paragraphs = [];
    const lines = runOn(data, "statements").out.split("\n");
    expect(lines[1]!.endsWith("  One two three four five six seven eight")).toBe(true);
    expect(lines[2]!.endsWith("  One two three four five six seven eight …")).toBe(true);
    // A statement without paragraphs opens with nothing.
    expect(runOn(data, "statements")).toEqual(ok(statementsTable(data.statements)));
    expect(statementsTable(data.statements).split("\n")[3]).toBe(lines[3]);
  });

  it.each([
    [["--meeting", MEETING], { meeting: [MEETING] }, {}],
    [["--delegation", "VNM", "--delegation", "RUS"], { delegation: ["VNM", "RUS"] }, {}],
    [["--delegation", "NER", "--on-behalf-of"], { delegation: ["NER"] }, { onBehalfOf: true }],
    [["--theme", "women-peace-and-security"], { theme: ["women-peace-and-security"] }, {}],
    [["--mission", "MINUSMA"], { mission: ["MINUSMA"] }, {}],
    [["--mission", "MINUSMA", "--inferred"], { mission: ["MINUSMA"] }, { inferredMissions: true }],
    [["--text", "gender"], { text: ["gender"] }, {}],
    [["--text", "gender", "--text", "COVID"], { text: ["gender", "COVID"] }, {}],
  ] as const)("%j prints the statements filterStatements finds, as JSON and as CSV", (argv, query, options) => {
    const found = filterStatements<AnyIds>(dataset.statements, query as never, { onBehalfOf: false, inferredMissions: false, ...options });
    expect(found.length).toBeGreaterThan(0);
    expect(JSON.parse(run("statements", ...argv, "--format", "json").out)).toEqual(found);
    expect(run("statements", ...argv, "-f", "json").out).toBe(`${JSON.stringify(found, null, 2)}\n`);
    expect(run("statements", ...argv, "--format", "csv")).toEqual(ok(shippedCsv("statements", dataset, new Set(found.map((s) => s.id)))));
    expect(run("statements", ...argv)).toEqual(ok(statementsTable(found)));
  });

  it("a flag that widens the search finds more: --on-behalf-of and --inferred", () => {
    const count = (...argv: string[]) => (JSON.parse(run("statements", ...argv, "--format", "json").out) as unknown[]).length;
    expect(count("--delegation", "TUN", "--on-behalf-of")).toBeGreaterThan(count("--delegation", "TUN"));
    expect(count("--mission", "MONUSCO", "--inferred")).toBeGreaterThan(count("--mission", "MONUSCO"));
  });

  it("prints the shipped statements table as CSV", () => {
    expect(run("statements", "--format", "csv")).toEqual(ok(shippedCsv("statements")));
  });

  /** Who speaks for a delegation that made no statement of its own, in the data. */
  const spokenFor = (data: Rec, d: string) => (data.statements as Rec[]).filter((s) => s.onBehalfOf.includes(d) && s.speaker.delegation !== d);

  it("says when a delegation made no statement but was spoken for, and how to list those", () => {
    const by = spokenFor(dataset, "NER");
    expect(by).toHaveLength(1);
    expect(run("statements", "--delegation", "NER")).toEqual({
      code: 0,
      out: statementsTable([]),
      err: `note: no statement by NER matches, but NER is spoken for in 1 statement (by ${by[0]!.speaker.delegation}): add --on-behalf-of to list it\n`,
    });
  });

  it("counts the statements that speak for it, and names each speaker once", () => {
    const data = copy();
    const [first] = spokenFor(data, "NER");
    const others = (data.statements as Rec[]).filter((s) => s !== first && s.onBehalfOf.length === 0).slice(0, 2);
    for (const s of others) s.onBehalfOf = ["NER"];
    // Named in the order the statements stand.
    const speakers = spokenFor(data, "NER").map((s) => s.speaker.delegation);
    expect(speakers).toHaveLength(3);
    expect(runOn(data, "statements", "--delegation", "NER").err).toBe(
      `note: no statement by NER matches, but NER is spoken for in 3 statements (by ${speakers.join(", ")}): add --on-behalf-of to list them\n`,
    );
    // The same speaker twice is named once.
    others[1]!.speaker.delegation = others[0]!.speaker.delegation;
    const once = [...new Set(spokenFor(data, "NER").map((s) => s.speaker.delegation))];
    expect(once).toHaveLength(2);
    expect(runOn(data, "statements", "--delegation", "NER").err).toContain(`in 3 statements (by ${once.join(", ")}): add`);
  });

  it("writes one note per delegation asked for, and none for a delegation nobody spoke for", () => {
    const [ner, tun] = [spokenFor(dataset, "NER"), spokenFor(dataset, "TUN")];
    const r = run("statements", "--delegation", "NER", "--delegation", "AU", "--delegation", "TUN");
    expect(spokenFor(dataset, "AU")).toEqual([]);
    expect(r.err).toBe(
      `note: no statement by NER matches, but NER is spoken for in ${ner.length} statement (by ${ner[0]!.speaker.delegation}): add --on-behalf-of to list it\n` +
        `note: no statement by TUN matches, but TUN is spoken for in ${tun.length} statement (by ${tun[0]!.speaker.delegation}): add --on-behalf-of to list it\n`,
    );
  });

  it("writes no note when something matches, when --on-behalf-of is given, or when the other filters exclude the statement that speaks for it", () => {
    expect(run("statements", "--delegation", "NER", "--delegation", "VNM").err).toBe("");
    expect(run("statements", "--delegation", "NER", "--on-behalf-of").err).toBe("");
    const speaker = spokenFor(dataset, "NER")[0]!;
    const otherTheme = dataset.themes.find((t) => !speaker.themes.some((s: Rec) => s.theme === t.id))!;
    expect(run("statements", "--delegation", "NER", "--theme", otherTheme.id)).toEqual(ok(statementsTable([])));
    expect(run("statements", "--delegation", "NER", "--theme", speaker.themes[0]!.theme).err).toMatch(/^note: no statement by NER matches/);
  });

  it("prints an empty table, and no note, when nothing matches and no delegation was asked for", () => {
    expect(run("statements", "--text", "no such words anywhere")).toEqual(ok(statementsTable([])));
  });

  it("--meeting keeps the statements of that meeting only, and takes more than one", () => {
    const data = twoMeetings();
    const mine = (data.statements as Rec[]).filter((s) => s.meeting === MEETING);
    expect(mine.length).toBeLessThan(data.statements.length);
    expect(runOn(data, "statements", "--meeting", MEETING, "--format", "json")).toEqual(ok(`${JSON.stringify(mine, null, 2)}\n`));
    expect(runOn(data, "statements", "--meeting", MEETING, "--meeting", "2031-01-01-other")).toEqual(ok(statementsTable(data.statements)));
  });

  it.each([
    ["--theme", ["women-peace-and-security", "covid-19"], "theme"],
    ["--mission", ["UNIFIL", "MINUSCA"], "mission"],
  ] as const)("%s given twice matches either value", (flag, ids, field) => {
    const found = filterStatements<AnyIds>(dataset.statements, { [field]: ids } as never);
    for (const id of ids) expect(found.length).toBeGreaterThan(filterStatements<AnyIds>(dataset.statements, { [field]: id } as never).length);
    expect(run("statements", flag, ids[0], flag, ids[1])).toEqual(ok(statementsTable(found)));
  });

  it("names an unknown id with its closest known ones, exit 1", () => {
    expect(run("statements", "--delegation", "VIETNAM")).toEqual({ code: 1, out: "", err: "peacekeeping-records: unknown delegations id 'VIETNAM'; closest known: VNM, ASEAN, IDN\n" });
  });
});

/** A period as the metrics table shows it: its key, "as of" a date, and the end of a partial or open period. */
const periodCell = (p: Rec | null) => {
  if (p === null) return "";
  const key = periodKey(p as never);
  if (p.kind === "as-of") return `as of ${key}`;
  if ((p.kind === "year" && p.partial) || p.kind === "since") return `${key} (to ${p.through})`;
  return key;
};
const metricsTable = (found: readonly Rec[]) =>
  renderText({
    header: ["id", "subject", "value", "unit", "qualifier", "period", "text"],
    rows: found.map((m) => [m.id, m.subject, m.value, m.unit, m.qualifier, periodCell(m.period), m.text.replace(/\u00a0/g, " ")]),
  });

describe("metrics", () => {
  it("prints every metric as a table, periods labelled, no-break spaces made plain", () => {
    expect(run("metrics")).toEqual(ok(metricsTable(dataset.metrics)));
    expect(run("metrics")).toEqual(run("metrics", "--format", "table"));
    const out = run("metrics", "--meeting", MEETING).out;
    expect(out).toBe(metricsTable(filterMetrics<AnyIds>(dataset.metrics, { meeting: MEETING })));
    expect(out).not.toContain("\u00a0");
    const line = (id: string) => out.split("\n").find((l) => l.startsWith(`${MEETING}-${id} `))!;
    expect(line("fatalities-2020-partial")).toMatch(/ 2020 \(to 2020-09-14\) /);
    expect(line("fatalities-2019")).toMatch(/ 2019 {2,}\S/);
    expect(line("peacekeepers-deployed-since-1948")).toMatch(/ since 1948 \(to 2020-09-14\) /);
    expect(line("ongoing-missions")).toMatch(/ as of 2020-09-14 /);
    expect(line("budget-2019-2020")).toMatch(/ FY2019-2020 /);
    expect(line("women-military-professional-posts-hq")).toMatch(/ 2020-06 /);
    // Every kind of period the table labels occurs in the data, and a metric without a period.
    const kinds = new Set(dataset.metrics.map((m) => (m.period === null ? "none" : m.period.kind === "year" && m.period.partial ? "partial" : m.period.kind)));
    for (const kind of ["none", "as-of", "year", "partial", "since", "month", "fiscal-year"]) expect(kinds).toContain(kind);
  });

  it.each([
    [["--subject", "peacekeeper-fatalities-acts-of-violence"], { subject: ["peacekeeper-fatalities-acts-of-violence"] }],
    [["--subject", "peacekeeper-fatalities-acts-of-violence", "--subject", "peacekeepers-deployed"], { subject: ["peacekeeper-fatalities-acts-of-violence", "peacekeepers-deployed"] }],
    [["--meeting", MEETING, "--from", "2018"], { meeting: [MEETING], period: { from: 2018 } }],
    [["--meeting", MEETING, "--subject", "peacekeeper-fatalities-acts-of-violence", "--from", "2017", "--to", "2019"], { meeting: [MEETING], subject: ["peacekeeper-fatalities-acts-of-violence"], period: { from: 2017, to: 2019 } }],
  ] as const)("%j prints the metrics filterMetrics finds, as a table, JSON and CSV", (argv, query) => {
    const found = filterMetrics<AnyIds>(dataset.metrics, query as never);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(dataset.metrics.length);
    expect(run("metrics", ...argv)).toEqual(ok(metricsTable(found)));
    expect(run("metrics", ...argv, "--format", "json")).toEqual(ok(`${JSON.stringify(found, null, 2)}\n`));
    expect(run("metrics", ...argv, "--format", "csv")).toEqual(ok(shippedCsv("metrics", dataset, new Set(found.map((m) => m.id)))));
  });

  it("--meeting keeps the metrics stated at that meeting only", () => {
    const data = twoMeetings();
    const mine = (data.metrics as Rec[]).filter((m) => m.meeting === MEETING);
    expect(mine.length).toBeLessThan(data.metrics.length);
    expect(runOn(data, "metrics", "--meeting", MEETING)).toEqual(ok(metricsTable(mine)));
    expect(runOn(data, "metrics", "--meeting", MEETING, "--meeting", "2031-01-01-other")).toEqual(ok(metricsTable(data.metrics)));
  });

  it("prints the shipped metrics table as CSV", () => {
    expect(run("metrics", "--format", "csv")).toEqual(ok(shippedCsv("metrics")));
  });

  it("names an unknown subject, exit 1", () => {
    expect(run("metrics", "--subject", "fatalities")).toMatchObject({ code: 1, out: "", err: expect.stringMatching(/^peacekeeping-records: unknown subjects id 'fatalities'; closest known: /) });
  });
});

describe("missions and council --help", () => {
  it("missions --help says what --active-on leaves out", () => {
    expect(run("missions", "--help")).toEqual(
      ok(
        "usage: peacekeeping-records missions [--active-on YYYY-MM-DD] [--format table|json|csv]\n" +
          "  (--active-on lists the operations certainly active that day, with their status that day: one whose start or end\n" +
          "  is known only to the month or year, and falls around that day, is left out; a day after the last year the data\n" +
          "  covers is refused)\n\n" +
          "list missions, or the peacekeeping operations active on a day\n\nexample:\n  peacekeeping-records missions --active-on 2020-09-14\n",
      ),
    );
  });

  it("council --help says in what order the members come", () => {
    expect(run("council", "-h")).toEqual(
      ok(
        "usage: peacekeeping-records council [--on YYYY-MM-DD] [--format table|json|csv]\n" +
          "  (--on gives the members that day: permanent first, then elected, each in order of code)\n\n" +
          "list the Security Council's members on a day, or every term a state held a seat\n\nexample:\n  peacekeeping-records council --on 2020-09-14\n",
      ),
    );
  });
});

describe("delegations, missions, themes", () => {
  it("delegations prints id, kind, name and M49 code", () => {
    const table = renderText({ header: ["id", "kind", "name", "m49"], rows: dataset.delegations.map((d) => [d.id, d.kind, d.name, d.m49]) });
    expect(run("delegations")).toEqual(ok(table));
    expect(table).toMatch(/^VNM +member-state +Viet Nam +704$/m);
    expect(run("delegations", "--format", "json")).toEqual(ok(`${JSON.stringify(dataset.delegations, null, 2)}\n`));
    expect(run("delegations", "--format", "csv")).toEqual(ok(shippedCsv("delegations")));
  });

  const missionsTable = (missions: readonly Rec[]) =>
    renderText({
      header: ["id", "kind", "hosts", "start", "end", "status", "established", "name"],
      rows: missions.map((m) => [
        m.id,
        m.kind ?? "",
        (m.hosts.length > 0 ? m.hosts : m.host === null ? [] : [m.host]).map((h: Rec) => h.iso3 ?? h.name).join(" "),
        m.start?.date ?? "",
        m.end?.date ?? "",
        m.status,
        m.established === null ? "" : m.established.citation.symbol,
        m.name === null ? "" : m.name,
      ]),
    });

  it("missions prints id, kind, hosts, start, end, status, the establishing decision and name", () => {
    expect(run("missions")).toEqual(ok(missionsTable(dataset.missions)));
    expect(run("missions").out).toMatch(/^MINUSMA +peacekeeping-operation +MLI +2013-07-01 +2023-06-30 +closed +S\/RES\/2100 \(2013\) +United Nations Multidimensional/m);
    expect(run("missions").out).toMatch(/^UNMIK +peacekeeping-operation +Kosovo +1999-06 +active +S\/RES\/1244 \(1999\) +United Nations Interim Administration Mission in Kosovo$/m);
    expect(run("missions", "--format", "json")).toEqual(ok(`${JSON.stringify(dataset.missions, null, 2)}\n`));
    expect(run("missions", "--format", "csv")).toEqual(ok(shippedCsv("missions")));
  });

  it("missions leaves a cell empty where a mission has no kind, host, dates, resolution or name, and shows the former host field", () => {
    const data = copy();
    Object.assign(data.missions[0], { kind: null, hosts: [], host: null, start: null, end: null, established: null, name: null, nameCitation: null });
    Object.assign(data.missions[1], { hosts: [], host: { name: "India", iso3: "IND", citation: { kind: "document-symbol", symbol: "S/RES/47 (1948)" } } });
    expect(runOn(data, "missions")).toEqual(ok(missionsTable(data.missions)));
    expect(runOn(data, "missions").out.split("\n")[1]).toMatch(new RegExp(`^${data.missions[0].id} +${data.missions[0].status}$`));
    expect(runOn(data, "missions").out.split("\n")[2]).toMatch(new RegExp(`^${data.missions[1].id} +peacekeeping-operation +IND +`));
    expect(runOn(data, "missions", "--format", "csv")).toEqual(ok(shippedCsv("missions", data)));
  });

  it("themes prints each theme with whether it is an A4P commitment area and how many statements address it", () => {
    const counts = new Map(themeCoverage(dataset.statements).map((c) => [c.theme as string, c.count]));
    const table = renderText({ header: ["id", "a4p", "statements", "label"], rows: dataset.themes.map((t) => [t.id, t.a4pCommitmentArea ? "yes" : "no", counts.get(t.id) ?? 0, t.label]) });
    expect(run("themes")).toEqual(ok(table));
    expect(new Set(dataset.themes.map((t) => t.a4pCommitmentArea))).toEqual(new Set([true, false]));
    const politics = dataset.statements.filter((s) => s.themes.some((t) => t.theme === "politics")).length;
    expect(run("themes").out).toMatch(new RegExp(`^politics +yes +${politics} +Politics$`, "m"));
    expect(run("themes", "--format", "json")).toEqual(ok(`${JSON.stringify(dataset.themes, null, 2)}\n`));
    expect(run("themes", "--format", "csv")).toEqual(ok(shippedCsv("themes")));
  });

  it("themes counts 0 for a theme no statement addresses", () => {
    const data = copy();
    data.themes.push({ ...data.themes[0], id: "unused", label: "Unused", a4pCommitmentArea: false });
    expect(runOn(data, "themes").out).toMatch(/^unused +no +0 +Unused$/m);
  });
});

describe("show", () => {
  it("prints a record with its quotes and offsets, by default and with --format text", () => {
    const found = findRecords(dataset, `${MEETING}-02`);
    expect(found).toHaveLength(1);
    expect(run("show", `${MEETING}-02`)).toEqual(ok(renderRecord(found[0]!, dataset)));
    expect(run("show", `${MEETING}-02`, "--format", "text")).toEqual(ok(renderRecord(found[0]!, dataset)));
    expect(run("show", "VNM").out).toMatch(/^delegations VNM\n/);
  });

  it("prints the record itself as JSON", () => {
    expect(run("show", MEETING, "--format", "json")).toEqual(ok(`${JSON.stringify(getById(dataset.meetings, MEETING), null, 2)}\n`));
  });

  it("prints every record that has the id, in text and as a JSON array", () => {
    const data = copy();
    data.themes.push({ ...data.themes[0], id: `${MEETING}-02` });
    const found = findRecords(data as Dataset, `${MEETING}-02`);
    expect(found).toHaveLength(2);
    expect(runOn(data, "show", `${MEETING}-02`)).toEqual(ok(found.map((f) => renderRecord(f, data as Dataset)).join("\n")));
    expect(runOn(data, "show", `${MEETING}-02`).out).toMatch(/\n\nthemes 2020-09-14-a4p-02\n/);
    expect(runOn(data, "show", `${MEETING}-02`, "-f", "json")).toEqual(ok(`${JSON.stringify(found.map((f) => f.record), null, 2)}\n`));
  });

  it("names an unknown id with the closest known ones, exit 1", () => {
    expect(run("show", `${MEETING}-99`)).toEqual({ code: 1, out: "", err: `peacekeeping-records: ${new UnknownIdError("record", `${MEETING}-99`, COLLECTIONS.flatMap((c) => dataset[c].map((r) => r.id))).message}\n` });
  });
});

describe("export", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const tmp = () => {
    const d = mkdtempSync(path.join(tmpdir(), "pkr-cli-"));
    dirs.push(d);
    return d;
  };
  /** Every file below a folder, by relative path, with its text. */
  const filesIn = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f), "utf8")]));

  it.each([
    ["json", writeJsonFiles],
    ["csv", writeCsvFiles],
  ] as const)("--format %s writes what the library writes, and says how many files and where", (format, write) => {
    const [mine, theirs] = [path.join(tmp(), "a", "b"), tmp()];
    const files = write(dataset, theirs);
    expect(files.length).toBeGreaterThan(1);
    expect(run("export", "--format", format, "--out", mine)).toEqual(ok(`wrote ${files.length} files to ${mine}\n`));
    expect(filesIn(mine)).toEqual(filesIn(theirs));
  });

  it("resolves a relative --out against the working folder", () => {
    const rel = path.relative(process.cwd(), path.join(tmp(), "out"));
    expect(path.isAbsolute(rel)).toBe(false);
    expect(run("export", "--format", "json", "-o", rel)).toEqual(ok(`wrote 2 files to ${path.resolve(rel)}\n`));
    expect(readdirSync(path.resolve(rel)).sort()).toEqual(["dataset.json", "dataset.schema.json"]);
  });

  it("refuses a file as --out, or a file in its way, and writes nothing", () => {
    const dir = tmp();
    const file = path.join(dir, "not-a-folder.txt");
    writeFileSync(file, "x");
    expect(run("export", "--format", "json", "--out", file)).toEqual(usage(`--out is a file, not a folder: ${file}`));
    for (const under of [path.join(file, "csv"), path.join(file, "a", "b")]) {
      expect(run("export", "--format", "csv", "--out", under)).toEqual(usage(`--out ${under}: ${file} is a file, not a folder`));
    }
    expect(filesIn(dir)).toEqual({ "not-a-folder.txt": "x" });
  });

  it("names what stops a write in plain words, exit 1", () => {
    const dir = tmp();
    mkdirSync(path.join(dir, "dataset.json"));
    expect(run("export", "--format", "json", "--out", dir)).toEqual({ code: 1, out: "", err: `peacekeeping-records: cannot write into ${dir}: a folder is in the way of a file to write\n` });
  });

  it("passes on an error that is not the file system's as it is", () => {
    const data = copy();
    data.documents[0].self = data.documents[0];
    const r = runOn(data, "export", "--format", "json", "--out", tmp());
    expect(r).toMatchObject({ code: 1, out: "" });
    expect(r.err).toMatch(/^peacekeeping-records: Converting circular structure to JSON/);
  });

  it.skipIf(!existsSync("/dev/full"))("says the device is full when a write meets ENOSPC", () => {
    const dir = tmp();
    // Writing to /dev/full always fails with ENOSPC, and changes nothing.
    symlinkSync("/dev/full", path.join(dir, "dataset.json"));
    expect(run("export", "--format", "json", "--out", dir)).toEqual({ code: 1, out: "", err: `peacekeeping-records: cannot write into ${dir}: no space left on the device\n` });
  });

  it("names an error code it has no words for by its code", () => {
    const dir = path.join(tmp(), "x".repeat(300));
    expect(run("export", "--format", "csv", "--out", dir)).toEqual({ code: 1, out: "", err: `peacekeeping-records: cannot write into ${dir}: ENAMETOOLONG\n` });
  });
});

describe("validate", () => {
  it("says a valid data folder is valid, with how many records of each collection it holds", () => {
    const { input } = realData();
    expect(run("validate", DATA_DIR)).toEqual(ok(`${DATA_DIR} is valid: ${COLLECTIONS.map((c) => `${input[c].length} ${c}`).join(", ")}\n`));
  });

  it("prints every problem of a broken folder, root causes first, and how many there are, exit 1", () => {
    const root = mkdtempSync(path.join(tmpdir(), "pkr-cli-"));
    try {
      const data = path.join(root, "data");
      cpSync(DATA_DIR, data, { recursive: true });
      const file = path.join(data, "themes.json");
      const content = JSON.parse(readFileSync(file, "utf8")) as Rec;
      content.themes.find((t: Rec) => t.id === "politics").a4pCommitmentArea = "yes";
      writeFileSync(file, JSON.stringify(content));
      // And a file that cannot be read, which others follow from.
      writeFileSync(path.join(data, "missions.json"), "{");
      const checked = validateLoaded(loadDataDir(data));
      expect(checked.ok).toBe(false);
      const problems = checked.ok ? [] : checked.problems;
      expect(problems.some((p) => p.followsFrom)).toBe(true);
      const r = run("validate", data);
      expect(r).toEqual({ code: 1, out: "", err: [...formatProblems(problems), problemCount(problems)].map((l) => `${l}\n`).join("") });
      expect(r.err).toContain(`${path.relative(process.cwd(), file)}: themes[politics].a4pCommitmentArea: Invalid input: expected boolean, received string [schema]\n`);
      expect(r.err).toMatch(/ more problems? follows? from it \(not shown: fix this first\)\n/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("names a folder that does not exist", () => {
    const r = run("validate", path.join(DATA_DIR, "no-such-folder"));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/: cannot read the data folder: .*\n1 problem\n$/);
  });
});

describe("errors the command did not expect", () => {
  /** A dataset whose delegations cannot be read: reading them throws this. */
  const throwing = (thrown: unknown) => {
    const data = copy();
    Object.defineProperty(data, "delegations", {
      get() {
        throw thrown;
      },
    });
    return data;
  };

  it("are one line saying so, exit 1, never a stack trace", () => {
    expect(runOn(throwing(new Error("boom")), "delegations")).toEqual({ code: 1, out: "", err: "peacekeeping-records: unexpected error: boom\n" });
    expect(runOn(throwing("a string"), "delegations")).toEqual({ code: 1, out: "", err: "peacekeeping-records: unexpected error: a string\n" });
  });

  it.each([
    ["TypeError", new TypeError("bad type")],
    ["RangeError", new RangeError("out of range")],
    ["UnknownIdError", new UnknownIdError("delegations", "XX", [])],
  ])("a %s is a known failure: its message alone, exit 1", (_name, error) => {
    expect(runOn(throwing(error), "delegations")).toEqual({ code: 1, out: "", err: `peacekeeping-records: ${error.message}\n` });
  });

  it("a record nested too deep to print fails with one line", () => {
    const data = copy();
    let deep: Rec = { end: true };
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    data.documents[0].deep = deep;
    const r = runOn(data, "show", data.documents[0].id);
    expect(r).toEqual({ code: 1, out: "", err: "peacekeeping-records: Maximum call stack size exceeded\n" });
  });
});

describe("summary", () => {
  it("prints the tour of the bundled data", () => {
    expect(run("summary")).toEqual(ok(summary(dataset)));
    expect(run("summary").out).toMatch(/^Security Council, 2020-09-14, videoconference: /);
  });
});

describe("missions --active-on", () => {
  const active = missionsActiveOn("2020-09-14");

  it("lists the operations active that day, in the order of the records, as missionsActiveOn gives them", () => {
    const r = run("missions", "--active-on", "2020-09-14");
    expect(r.code).toBe(0);
    expect(r.out.split("\n").slice(1, -1).map((line) => line.split(" ")[0])).toEqual([...active]);
    expect(active).toHaveLength(13);
  });

  it("prints the same records as JSON and CSV", () => {
    const records = dataset.missions.filter((m) => active.includes(m.id));
    expect(run("missions", "--active-on", "2020-09-14", "--format", "json")).toEqual(ok(`${JSON.stringify(records, null, 2)}\n`));
    expect(run("missions", "--active-on", "2020-09-14", "--format", "csv")).toEqual(ok(shippedCsv("missions", dataset, new Set(active))));
  });

  it("prints only the header on a day with none", () => {
    expect(run("missions", "--active-on", "1900-01-01")).toEqual(ok("id  kind  hosts  start  end  status  established  name\n"));
  });

  it("reads the dataset it is given", () => {
    const data = copy();
    data.missions = data.missions.filter((m: Rec) => m.id !== "UNTSO");
    expect(runOn(data, "missions", "--active-on", "2020-09-14").out.split("\n").slice(1, -1).map((line) => line.split(" ")[0])).toEqual(active.filter((id) => id !== "UNTSO"));
  });

  it("answers from a dataset whose terms hold no elected term: there is no last day to refuse a day after", () => {
    const data = copy();
    data.councilTerms = data.councilTerms.filter((t: Rec) => t.seat === "permanent");
    expect(data.councilTerms.length).toBeGreaterThan(0);
    expect(runOn(data, "missions", "--active-on", "2020-09-14")).toEqual(run("missions", "--active-on", "2020-09-14"));
  });

  it.each([
    ["2020-9-14", "--active-on must be a date written YYYY-MM-DD, got '2020-9-14'"],
    ["14 September 2020", "--active-on must be a date written YYYY-MM-DD, got '14 September 2020'"],
    ["", "--active-on must be a date written YYYY-MM-DD, got ''"],
    ["2021-02-29", "--active-on 2021-02-29 is not a day of the calendar"],
  ])("refuses --active-on %j, naming the flag", (value, message) => {
    expect(run("missions", `--active-on=${value}`)).toEqual(usage(message));
  });

  it("shows each operation's status on that day, not as of the data: UNAMID active on 14 September 2020", () => {
    expect(getById(dataset.missions, "UNAMID").status).toBe("closed");
    const r = run("missions", "--active-on", "2020-09-14");
    expect(r.out).toMatch(/^UNAMID +peacekeeping-operation +SDN +2007-07-31 +2020-12-31 +active +S\/RES\/1769 \(2007\) /m);
    expect(r.out.split("\n").slice(1, -1).every((line) => / active /.test(line))).toBe(true);
  });

  it("refuses a day after the last year the data covers, as a usage error naming the flag and that day", () => {
    expect(run("missions", "--active-on", "2026-12-31").code).toBe(0);
    for (const date of ["2027-01-01", "9999-12-31"]) {
      expect(run("missions", "--active-on", date)).toEqual(usage(`--active-on ${date} is after 2026-12-31, the last day the data covers (the end of the last year whose Council terms it holds)`));
    }
    // The bound is the given dataset's: terms reaching 2027 move it.
    const data = copy();
    data.councilTerms = [...data.councilTerms, { ...data.councilTerms.find((t: Rec) => t.seat === "elected"), id: "elected-XXX-2027", state: "XXX", from: "2027-01-01", to: "2028-12-31" }];
    expect(runOn(data, "missions", "--active-on", "2027-12-31").code).toBe(0);
    expect(runOn(data, "missions", "--active-on", "2028-01-01")).toEqual(usage("--active-on 2028-01-01 is after 2027-12-31, the last day the data covers (the end of the last year whose Council terms it holds)"));
  });

  it("writes the bound with four digits when the terms end before the year 1000, and compares it as a date", () => {
    const data = copy();
    const elected = data.councilTerms.find((t: Rec) => t.seat === "elected");
    data.councilTerms = [{ ...elected, id: "elected-XXX-0999", state: "XXX", from: "0999-01-01", to: "1000-12-31" }];
    expect(runOn(data, "missions", "--active-on", "0999-12-31").code).toBe(0);
    expect(runOn(data, "missions", "--active-on", "1000-01-01")).toEqual(usage("--active-on 1000-01-01 is after 0999-12-31, the last day the data covers (the end of the last year whose Council terms it holds)"));
  });

  it("takes one day only", () => {
    expect(run("missions", "--active-on", "2020-09-14", "--active-on", "2021-01-01")).toEqual(usage("missions: --active-on takes one value and was given more than once"));
  });
});

describe("council", () => {
  const termsOn = (date: string) => {
    const members = councilMembers(date);
    return members.map((state) => dataset.councilTerms.find((t) => t.state === state && t.from <= date && (t.to === null || date <= t.to))!);
  };
  const table = (terms: readonly Rec[]) =>
    renderText({ header: ["state", "seat", "name", "from", "to", "split"], rows: terms.map((t) => [t.state, t.seat, t.name, t.from, t.to ?? "", t.split ? "yes" : ""]) });

  it("--on lists the members that day, permanent first, then elected, each in order of code, as councilMembers gives them", () => {
    const terms = termsOn("2020-09-14");
    expect(terms.map((t) => t.state)).toEqual(["CHN", "FRA", "GBR", "RUS", "USA", "BEL", "DEU", "DOM", "EST", "IDN", "NER", "TUN", "VCT", "VNM", "ZAF"]);
    expect(run("council", "--on", "2020-09-14")).toEqual(ok(table(terms)));
    expect(run("council", "--on", "2020-09-14").out).toMatch(/^VNM +elected +Viet Nam +2020-01-01 +2021-12-31$/m);
  });

  it("--on prints the same terms as JSON, and as CSV in the same order", () => {
    const terms = termsOn("2020-09-14");
    expect(run("council", "--on", "2020-09-14", "--format", "json")).toEqual(ok(`${JSON.stringify(terms, null, 2)}\n`));
    const csv = datasetToTables({ ...copy(), councilTerms: terms } as unknown as Dataset).find((t) => t.name === "councilTerms")!;
    expect(run("council", "--on", "2020-09-14", "--format", "csv")).toEqual(ok(toCsv(csv)));
  });

  // The first and last days of terms, and the days permanent seats changed hands.
  it.each(["2020-01-01", "2019-12-31", "1991-12-23", "1991-12-24", "1971-10-25"])("--on %s: the members councilMembers gives, each seat's term included on its first and last day", (date) => {
    const terms = termsOn(date);
    expect(terms.every((t) => t !== undefined)).toBe(true);
    expect(run("council", "--on", date)).toEqual(ok(table(terms)));
  });

  it("--on orders the members itself, whatever the order of the terms it is given", () => {
    const reversed = { ...copy(), councilTerms: [...dataset.councilTerms].reverse() } as unknown as Dataset;
    expect(runOn(reversed, "council", "--on", "2020-09-14")).toEqual(ok(table(termsOn("2020-09-14"))));
  });

  it("--on marks a shared term", () => {
    expect(run("council", "--on", "2017-06-01").out).toMatch(/^ITA +elected +Italy +2017-01-01 +2017-12-31 +yes$/m);
  });

  it("without --on lists every term, as the shipped table holds them", () => {
    expect(run("council")).toEqual(ok(table(dataset.councilTerms)));
    expect(run("council", "--format", "csv")).toEqual(ok(shippedCsv("councilTerms")));
  });

  it("refuses a day the membership table does not cover as a usage error (exit 2), with the reason", () => {
    const last = Math.max(...dataset.councilTerms.filter((t) => t.seat === "elected").map((t) => Number(t.from.slice(0, 4))));
    for (const date of ["1945-01-01", "1945-12-01"]) {
      expect(run("council", "--on", date)).toEqual(usage(`--on ${date} is before 1946-01-12, the first day the membership table covers (its first elected members took their seats that day)`));
    }
    expect(run("council", "--on", "2027-01-01")).toEqual(usage("--on 2027-01-01 is in 2027, a year the membership table does not cover (it holds the terms that began in 1946–2026)"));
    expect(run("council", "--on", `${last + 1}-06-01`)).toMatchObject({ code: 2, out: "", err: expect.stringContaining(`is in ${last + 1}, a year the membership table does not cover`) });
  });

  it.each([
    ["2020-09-31", "--on 2020-09-31 is not a day of the calendar"],
    ["2020/09/14", "--on must be a date written YYYY-MM-DD, got '2020/09/14'"],
    ["2020-09-14x", "--on must be a date written YYYY-MM-DD, got '2020-09-14x'"],
    ["x2020-09-14", "--on must be a date written YYYY-MM-DD, got 'x2020-09-14'"],
  ])("refuses --on %j, naming the flag", (value, message) => {
    expect(run("council", "--on", value)).toEqual(usage(message));
  });
});
