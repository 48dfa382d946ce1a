/**
 * The command, run in this process through `main(argv, io)`: exit codes and exact output. Expected values come from
 * the bundled data through the library's own helpers, or are scoped to the meeting 2020-09-14-a4p.
 */
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { dataset, filterMetrics, filterStatements, type AnyIds, type Dataset } from "../../src/index.js";
import { datasetToTables } from "../../src/export/tables.js";
import { toCsv } from "../../src/export/csv.js";

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
  missions     list missions
  themes       list themes, with how many statements address each
  show         print one record (a statement, metric, meeting, delegation, …) with its quotes and their source offsets
  export       write dataset.json (and its JSON Schema) or one CSV per table into a folder
  validate     validate a data folder laid out like the package's data/

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
    ["missions", "missions [--format table|json|csv]", "list missions", "missions"],
    ["themes", "themes [--format table|json|csv]", "list themes, with how many statements address each", "themes"],
    ["show", "show ID [--format text|json]", "print one record (a statement, metric, meeting, delegation, …) with its quotes and their source offsets", `show ${MEETING}-02`],
    ["export", "export --format json|csv --out DIR", "write dataset.json (and its JSON Schema) or one CSV per table into a folder", "export --format csv --out pkr-csv"],
    ["validate", "validate DIR", "validate a data folder laid out like the package's data/", "validate path/to/your/data"],
  ];
  it.each(simple)("%s --help prints its usage, what it does and an example", (command, use, what, example) => {
    const text = `usage: peacekeeping-records ${use}\n\n${what}\n\nexample:\n  peacekeeping-records ${example}\n`;
    expect(run(command, "--help")).toEqual(ok(text));
    expect(run(command, "-h")).toEqual(ok(text));
    // --help wins over the values of the other flags, even ones that would be refused.
    if (command !== "summary" && command !== "validate") expect(run(command, "--format", "xml", "-h")).toEqual(ok(text));
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
    for (const n of [1, 2, 3]) data.delegations.push(...dataset.delegations.map((d) => ({ ...d, id: `${d.id}-${n}` })));
    expect(data.delegations.length).toBeGreaterThan(20);
    const { flags } = valuesOf(runOn(data, "statements", "--help").out);
    expect(flags.get("--delegation")).toBe(`${data.delegations.length} ids; 'peacekeeping-records delegations' lists them`);
    // Exactly 20 are still listed.
    data.delegations.length = 20;
    expect(valuesOf(runOn(data, "statements", "--help").out).flags.get("--delegation")).toBe(data.delegations.map((d: Rec) => d.id).join(", "));
  });

  it("keeps an id longer than a line on a line of its own", () => {
    const data = copy();
    const long = `${"x".repeat(90)}`;
    data.missions = [{ ...dataset.missions[0], id: "A" }, { ...dataset.missions[0], id: long }, { ...dataset.missions[0], id: "B" }];
    const { lines } = valuesOf(runOn(data, "statements", "--help").out);
    const mission = lines.slice(lines.findIndex((l) => l.startsWith("  --mission")));
    expect(mission).toEqual([`  --mission     A,`, `                ${long},`, `                B`]);
  });
});
