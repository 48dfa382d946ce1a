/** The build step on a corrupted copy of data/: it fails and names the file, the record id and the field path. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildData, checkDataDir, formatProblem } from "../../src/authoring/build.js";
import { DATA_DIR, ROOT } from "../helpers.js";

type Rec = Record<string, any>;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temporary project root holding a copy of data/, with one file edited. */
function corruptedCopy(file: string, edit: (content: Rec) => void): string {
  const root = mkdtempSync(path.join(tmpdir(), "pkr-data-"));
  dirs.push(root);
  cpSync(DATA_DIR, path.join(root, "data"), { recursive: true });
  const target = path.join(root, "data", file);
  const content = JSON.parse(readFileSync(target, "utf8")) as Rec;
  edit(content);
  writeFileSync(target, JSON.stringify(content, null, 2));
  return root;
}

describe("the data build", () => {
  it("names the file, record, path and rule of each problem", () => {
    const root = corruptedCopy("meetings/2020-09-14-a4p/metrics.json", (c) => {
      c.metrics[3].subject = "fatalities";
      c.metrics[4].text = "twenty-seven";
    });
    const checked = checkDataDir(path.join(root, "data"));
    expect(checked.ok).toBe(false);
    const lines = checked.ok ? [] : checked.problems.map(formatProblem);
    const file = path.relative(process.cwd(), path.join(root, "data/meetings/2020-09-14-a4p/metrics.json"));
    expect(lines).toEqual(
      expect.arrayContaining([
        `${file}: metrics[2020-09-14-a4p-fatalities-2017].subject: unknown subjects id 'fatalities' [references-resolve]`,
        `${file}: metrics[2020-09-14-a4p-fatalities-2018].text: number text 'twenty-seven' does not occur in its evidence quote [metric-words-in-evidence]`,
      ]),
    );
  });

  it("checks state codes against ISO 3166", () => {
    const root = corruptedCopy("delegations.json", (c) => {
      c.delegations[6].m49 = 705;
    });
    const checked = checkDataDir(path.join(root, "data"));
    expect(checked.ok ? [] : checked.problems.map(formatProblem)).toContainEqual(expect.stringMatching(/delegations\[VNM\]\.m49: M49 code 705 differs from ISO 3166-1 numeric 704 for VNM$/));
  });

  it("throws with every problem, which aborts tsup", () => {
    const root = corruptedCopy("missions.json", (c) => {
      c.missions.find((m: Rec) => m.id === "UNTSO").hosts[0].iso3 = "XXX";
    });
    expect(() => buildData(root)).toThrow(/data\/ has 1 problem:\n.*missions\.json: missions\[UNTSO\]\.hosts\.0\.iso3: 'XXX' is neither an ISO 3166-1 alpha-3 code nor a listed ISO 3166-3 former code/);
  });

  it("throws one line per problem, after the count", () => {
    const root = corruptedCopy("missions.json", (c) => {
      // Two missions without the former single-host field, so each bad code is one problem.
      for (const m of c.missions.filter((m: Rec) => (m.host ?? null) === null && m.hosts?.length > 0).slice(0, 2)) m.hosts[0].iso3 = "XXX";
    });
    const checked = checkDataDir(path.join(root, "data"));
    const lines = checked.ok ? [] : checked.problems.map(formatProblem);
    expect(lines).toHaveLength(2);
    expect(() => buildData(root)).toThrow(new Error(`data/ has 2 problems:\n${lines.join("\n")}`));
  });

  it("names the command that fills a span written by quote alone, once per span", () => {
    const root = corruptedCopy("meetings/2020-09-14-a4p/statements.json", (c) => {
      const span = c.statements.find((s: Rec) => s.id === "2020-09-14-a4p-03").themes[0].evidence;
      delete span.start;
      delete span.end;
    });
    const checked = checkDataDir(path.join(root, "data"));
    expect(checked.ok ? [] : checked.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/statements\.json: statements\[2020-09-14-a4p-03\]\.themes\.0\.evidence: span has no offsets: run npm run data:spans to fill them from its quote \[schema\]$/),
    ]);
  });

  it("reports an unreadable folder in one line", () => {
    const checked = checkDataDir(path.join(tmpdir(), "no-such-folder-pkr"));
    expect(checked.ok ? [] : checked.problems.map(formatProblem)).toEqual([expect.stringMatching(/cannot read the data folder/)]);
  });
});
