import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadDataDir, validateLoaded } from "../../../src/authoring/load.js";
import { DATA_DIR, realData } from "../../helpers.js";
import { MEETING, problemsOf, type Rec } from "./corrupt.js";

describe("rule unique-ids", () => {
  it("reports a record whose id another record of its collection has, at its id, naming the duplicate", () => {
    const problems = problemsOf("unique-ids", (d) => {
      const [a, b] = d.metrics!.filter((m) => m.meeting === "2020-09-14-a4p");
      b!.id = a!.id;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ collection: "metrics", path: ["id"], message: expect.stringMatching(/^duplicate id '.+' in metrics \(record #\d+\)$/) });
  });

  it("names the index of each record that repeats an id, after the first", () => {
    const n = realData().input.themes.length;
    const problems = problemsOf("unique-ids", (d) => {
      d.themes!.push({ ...d.themes![0] }, { ...d.themes![0] });
    });
    const id = (realData().input.themes[0] as Rec).id as string;
    expect(problems).toEqual([
      { collection: "themes", id, path: ["id"], message: `duplicate id '${id}' in themes (record #${n})`, rule: "unique-ids" },
      { collection: "themes", id, path: ["id"], message: `duplicate id '${id}' in themes (record #${n + 1})`, rule: "unique-ids" },
    ]);
  });

  it("leaves ids that are not strings, and records that are not objects, to the schema", () => {
    const problems = problemsOf("unique-ids", (d) => {
      d.themes!.push({ ...d.themes![0], id: 7 }, { ...d.themes![0], id: 7 }, null as unknown as Rec, null as unknown as Rec);
    });
    expect(problems).toEqual([]);
  });

  it("does not confuse equal ids in different collections", () => {
    const problems = problemsOf("unique-ids", (d) => {
      d.subjects!.push({ ...d.subjects![0], id: d.themes![0]!.id });
    });
    expect(problems).toEqual([]);
  });
});

describe("rule unique-ids, in a data folder", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** A copy of the real data folder with a file added that repeats records of MEETING's metrics file under new meetings' folders. */
  function withCopies(copies: string[]): { files: string[]; id: string } {
    dir = mkdtempSync(path.join(tmpdir(), "pkr-unique-ids-"));
    cpSync(DATA_DIR, dir, { recursive: true });
    const [metric] = JSON.parse(readFileSync(path.join(dir, "meetings", MEETING, "metrics.json"), "utf8")).metrics;
    const files = copies.map((folder) => {
      mkdirSync(path.join(dir!, "meetings", folder));
      const file = path.join(dir!, "meetings", folder, "metrics.json");
      writeFileSync(file, JSON.stringify({ metrics: [metric] }));
      return path.relative(process.cwd(), file);
    });
    return { files, id: metric.id };
  }

  it("reports the duplicate in the file that holds it, not in the file of the record it repeats", () => {
    const { files, id } = withCopies(["9999-12-31-copy"]);
    const result = validateLoaded(loadDataDir(dir!));
    expect(result.ok ? [] : result.problems).toEqual([
      { file: files[0], collection: "metrics", id, path: ["id"], message: expect.stringMatching(new RegExp(`^duplicate id '${id}' in metrics \\(record #\\d+\\)$`)), rule: "unique-ids" },
    ]);
  });

  it("reports each further duplicate in its own file", () => {
    const { files } = withCopies(["9999-12-30-copy", "9999-12-31-copy"]);
    const result = validateLoaded(loadDataDir(dir!));
    expect((result.ok ? [] : result.problems).map((p) => [p.rule, p.file])).toEqual(files.map((f) => ["unique-ids", f]));
  });
});
