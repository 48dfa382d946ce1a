/**
 * The command, run in this process through `main(argv, io)`: exit codes and exact output. Expected values come from
 * the bundled data through the library's own helpers, or are scoped to the meeting 2020-09-14-a4p.
 */
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { dataset, filterMetrics, type AnyIds } from "../../src/index.js";

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
