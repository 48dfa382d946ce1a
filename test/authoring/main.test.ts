/**
 * The authoring commands (npm run validate, data:build, data:spans, data:format, docs:generate), run in process
 * through `main(argv, io, root)` on a copy of the project's data and docs in a temporary folder.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/authoring/main.js";
import { checkDataDir, dataFileJsonSchema, formatProblems, generatedModule, problemCount } from "../../src/authoring/build.js";
import { listDataFiles } from "../../src/authoring/load.js";
import { COLLECTIONS } from "../../src/schemas/dataset.js";
import { DATA_DIR, realData, ROOT } from "../helpers.js";

type Rec = Record<string, any>;
const USAGE = "usage: cli.ts <build|validate|spans|format|docs> [--dir DATA_DIR] [--check]";
const STATEMENTS = "data/meetings/2020-09-14-a4p/statements.json";

const roots: string[] = [];
afterEach(() => {
  for (const d of roots.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temporary project: package.json, README.md, docs/themes.md and a copy of data/. */
function project(): string {
  const root = mkdtempSync(path.join(tmpdir(), "pkr-authoring-"));
  roots.push(root);
  cpSync(DATA_DIR, path.join(root, "data"), { recursive: true });
  mkdirSync(path.join(root, "docs"));
  for (const file of ["package.json", "README.md", "docs/themes.md", "docs/codebook.md", "CITATION.cff"]) cpSync(path.join(ROOT, file), path.join(root, file));
  return root;
}

/** Runs a command in a project; returns its exit code and what it wrote. */
function run(root: string, ...argv: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) }, root);
  return { code, out, err };
}

const read = (root: string, file: string) => readFileSync(path.join(root, file), "utf8");
const edit = (root: string, file: string, change: (content: Rec) => void) => {
  const content = JSON.parse(read(root, file)) as Rec;
  change(content);
  writeFileSync(path.join(root, file), JSON.stringify(content, null, 2));
};
/** The name a command gives a file in its messages: relative to the working folder. */
const named = (root: string, file: string) => path.relative(process.cwd(), path.join(root, file));
/** Every file under data/, with its text. */
const snapshot = (root: string) => Object.fromEntries(listDataFiles(path.join(root, "data")).map((f) => [f, readFileSync(f, "utf8")]));
/** Sets a file's modification time far in the past; returns a function that says whether it was written since. */
function watch(file: string): () => boolean {
  const old = new Date("2001-01-01T00:00:00Z");
  utimesSync(file, old, old);
  return () => statSync(file).mtimeMs !== old.getTime();
}

describe("the authoring commands", () => {
  it("print their usage without a command, exit 2, and name an unknown one", () => {
    const root = project();
    expect(run(root)).toEqual({ code: 2, out: "", err: `${USAGE}\n` });
    expect(run(root, "--check")).toEqual({ code: 2, out: "", err: `${USAGE}\n` });
    expect(run(root, "frobnicate")).toEqual({ code: 2, out: "", err: `unknown command 'frobnicate'. ${USAGE}\n` });
  });

  it("refuse an unknown option in one line, exit 1", () => {
    const r = run(project(), "validate", "--colour");
    expect(r).toMatchObject({ code: 1, out: "" });
    expect(r.err).toMatch(/^Unknown option '--colour'\. [^\n]*\n$/);
  });
});

describe("validate", () => {
  it("says data/ is valid, with its records per collection", () => {
    const root = project();
    const { input } = realData();
    const counts = COLLECTIONS.map((c) => `${input[c].length} ${c}`).join(", ");
    expect(run(root, "validate")).toEqual({ code: 0, out: `data is valid: ${counts}\n`, err: "" });
    expect(run(path.join(root, "data"), "validate", "--dir", path.join(root, "data"))).toEqual({ code: 0, out: `. is valid: ${counts}\n`, err: "" });
    expect(run(root, "validate", "--dir", DATA_DIR)).toEqual({ code: 0, out: `${path.relative(root, DATA_DIR)} is valid: ${counts}\n`, err: "" });
  });

  it("prints every problem, the ISO 3166 checks' too, and how many, exit 1", () => {
    const root = project();
    edit(root, "data/delegations.json", (c) => {
      c.delegations.find((d: Rec) => d.id === "VNM").m49 = 705;
    });
    edit(root, "data/themes.json", (c) => {
      c.themes[0].a4pCommitmentArea = "yes";
    });
    const checked = checkDataDir(path.join(root, "data"));
    const problems = checked.ok ? [] : checked.problems;
    expect(problems).toHaveLength(2);
    const r = run(root, "validate");
    expect(r).toEqual({ code: 1, out: "", err: [...formatProblems(problems), problemCount(problems)].map((l) => `${l}\n`).join("") });
    expect(r.err).toContain(`${named(root, "data/delegations.json")}: delegations[VNM].m49: M49 code 705 differs from ISO 3166-1 numeric 704 for VNM\n`);
    expect(r.err.endsWith("\n2 problems\n")).toBe(true);
  });
});

describe("data:build", () => {
  it("validates data/ and writes the generated module", () => {
    const root = project();
    const { input } = realData();
    expect(run(root, "build")).toEqual({
      code: 0,
      out: `data/ is valid: ${input.statements.length} statements, ${input.metrics.length} metrics; generated src/generated/dataset.ts\n`,
      err: "",
    });
    const dataset = JSON.parse(read(root, "src/generated/dataset.json")) as Rec;
    expect(dataset.meta.name).toBe("peacekeeping-records");
    expect(read(root, "src/generated/dataset.ts")).toBe(generatedModule(dataset as never));
    // Beside the JSON, a declaration that gives it no type of its own (src/data.ts types it).
    expect(read(root, "src/generated/dataset.d.json.ts")).toBe("// Generated. The data's type is Dataset, given in src/data.ts.\nexport {};\n");
  });

  it("fails with every problem and writes nothing", () => {
    const root = project();
    edit(root, "data/missions.json", (c) => {
      c.missions[0].hosts[0].iso3 = "XXX";
    });
    const r = run(root, "build");
    expect(r).toMatchObject({ code: 1, out: "" });
    expect(r.err).toMatch(/^data\/ has 1 problem:\n.*missions\.json: missions\[\w+\]\.hosts\.0\.iso3: 'XXX' is neither an ISO 3166-1 alpha-3 code nor a listed ISO 3166-3 former code \(CSK, DDR, SCG, SUN, YMD, YUG\)\n$/);
    expect(readdirSync(root).sort()).toEqual(["CITATION.cff", "README.md", "data", "docs", "package.json"]);
  });
});

describe("data:spans", () => {
  it("fills a span written by quote alone, typed plainly, with its offsets and the source's characters", () => {
    const root = project();
    const before = read(root, STATEMENTS);
    const dpo = JSON.parse(before).statements[0].paragraphs[0] as Rec;
    expect(dpo.quote).toContain("Organization\u2019s");
    edit(root, STATEMENTS, (c) => {
      const p = c.statements[0].paragraphs[0];
      delete p.start;
      delete p.end;
      p.quote = p.quote.replace("\u2019", "'");
    });
    const untouched = watch(path.join(root, "data/themes.json"));
    expect(run(root, "spans")).toEqual({ code: 0, out: "", err: "" });
    expect(read(root, STATEMENTS)).toBe(before);
    expect(untouched()).toBe(false);
  });

  it("names each span it cannot fill, with its file and path, exit 1, and still writes the others", () => {
    const root = project();
    edit(root, STATEMENTS, (c) => {
      c.statements[0].paragraphs[0].quote = "No such words in the source";
      c.statements[1].themes[0].evidence.source = "no-such-source";
      delete c.statements[2].paragraphs[0].start;
    });
    const r = run(root, "spans", "--dir", path.join(root, "data"));
    const file = path.relative(root, path.join(root, STATEMENTS));
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err.split("\n")).toEqual([
      expect.stringMatching(new RegExp(`^${file}: statements\\.0\\.paragraphs\\.0: quote not found in source 'press-release-2020-09-14': `)),
      `${file}: statements.1.themes.0.evidence: unknown source 'no-such-source'`,
      "",
    ]);
    const after = JSON.parse(read(root, STATEMENTS)) as Rec;
    expect(after.statements[2].paragraphs[0].start).toBe(JSON.parse(readFileSync(path.join(ROOT, STATEMENTS), "utf8")).statements[2].paragraphs[0].start);
  });

  it("refuses a data file that is not UTF-8 or not JSON, naming it", () => {
    const root = project();
    const file = path.join(root, "data/themes.json");
    writeFileSync(file, Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]));
    expect(run(root, "spans")).toEqual({ code: 1, out: "", err: `${named(root, "data/themes.json")}: not valid UTF-8: byte 0xFF at byte offset 2\n` });
    writeFileSync(file, "{ nope");
    const r = run(root, "spans");
    expect(r).toMatchObject({ code: 1, out: "" });
    expect(r.err).toMatch(new RegExp(`^${named(root, "data/themes.json")}: not valid JSON: [^\\n]+\\n$`));
  });
});

describe("data:format", () => {
  it("finds nothing to do in data/ as it stands", () => {
    const root = project();
    const before = snapshot(root);
    expect(run(root, "format", "--check")).toEqual({ code: 0, out: "", err: "" });
    expect(run(root, "format")).toEqual({ code: 0, out: "", err: "" });
    expect(snapshot(root)).toEqual(before);
  });

  it("--check names a file not in canonical form and the schema when it is not current, exit 1, and changes nothing", () => {
    const root = project();
    const canonical = read(root, "data/themes.json");
    writeFileSync(path.join(root, "data/themes.json"), JSON.stringify(JSON.parse(canonical)));
    rmSync(path.join(root, "data/schema/data-file.schema.json"));
    const before = snapshot(root);
    const untouched = watch(path.join(root, "data/missions.json"));
    expect(run(root, "format", "--check")).toEqual({
      code: 1,
      out: "",
      err: `data/schema/data-file.schema.json: not current (run npm run data:format)\ndata/themes.json: not in canonical form (run npm run data:format)\n`,
    });
    expect(snapshot(root)).toEqual(before);
    // Without --check it rewrites them, and only them.
    expect(run(root, "format")).toEqual({ code: 0, out: "", err: "" });
    expect(read(root, "data/themes.json")).toBe(canonical);
    expect(read(root, "data/schema/data-file.schema.json")).toBe(`${JSON.stringify(dataFileJsonSchema(), null, 2)}\n`);
    expect(read(root, "data/schema/data-file.schema.json")).toBe(readFileSync(path.join(DATA_DIR, "schema/data-file.schema.json"), "utf8"));
    expect(untouched()).toBe(false);
  });

  it("--check names a schema file that differs", () => {
    const root = project();
    writeFileSync(path.join(root, "data/schema/data-file.schema.json"), "{}\n");
    expect(run(root, "format", "--check")).toEqual({ code: 1, out: "", err: "data/schema/data-file.schema.json: not current (run npm run data:format)\n" });
  });

  it("names a data file whose content cannot be formatted", () => {
    const root = project();
    writeFileSync(path.join(root, "data/themes.json"), '"themes"');
    const r = run(root, "format", "--check");
    expect(r).toMatchObject({ code: 1, out: "" });
    expect(r.err).toBe(`${named(root, "data/themes.json")}: Cannot use 'in' operator to search for '$schema' in themes\n`);
    expect(run(root, "spans").err).toBe(r.err);
  });
});

describe("docs:generate", () => {
  const stale = (root: string) => {
    const readme = read(root, "README.md");
    const row = /^\| `statements` \| (\d+) \|/m.exec(readme)!;
    writeFileSync(path.join(root, "README.md"), readme.replace(row[0], "| `statements` | 999999 |"));
    return readme;
  };

  it("finds the generated parts current", () => {
    const root = project();
    expect(run(root, "docs", "--check")).toEqual({ code: 0, out: "", err: "" });
    expect(run(root, "docs")).toEqual({ code: 0, out: "", err: "" });
  });

  it("--check names a file that is not current, exit 1; without it, rewrites it", () => {
    const root = project();
    const current = stale(root);
    const changed = read(root, "README.md");
    expect(run(root, "docs", "--check")).toEqual({ code: 1, out: "", err: "README.md: not current (run npm run docs:generate)\n" });
    expect(read(root, "README.md")).toBe(changed);
    expect(run(root, "docs")).toEqual({ code: 0, out: "README.md: updated from data/\n", err: "" });
    expect(read(root, "README.md")).toBe(current);
  });

  it("writes the package's new version into CITATION.cff and the README's citation, as npm run release does after changeset version", () => {
    const root = project();
    const pkg = JSON.parse(read(root, "package.json")) as { version: string };
    writeFileSync(path.join(root, "package.json"), JSON.stringify({ ...pkg, version: "9.8.7" }, null, 2));
    expect(run(root, "docs", "--check")).toEqual({ code: 1, out: "", err: "README.md: not current (run npm run docs:generate)\nCITATION.cff: not current (run npm run docs:generate)\n" });
    expect(run(root, "docs").code).toBe(0);
    expect(read(root, "CITATION.cff")).toContain('version: "9.8.7"\n');
    expect(read(root, "README.md")).toContain("(Version 9.8.7) [Dataset].");
    expect(JSON.parse(read(ROOT, "package.json")).scripts.release).toMatch(/changeset version && npm run docs:generate$/);
  });

  it("writes a generated file that is missing: the codebook, whole", () => {
    const root = project();
    const codebook = read(root, "docs/codebook.md");
    rmSync(path.join(root, "docs/codebook.md"));
    expect(run(root, "docs", "--check")).toEqual({ code: 1, out: "", err: "docs/codebook.md: not current (run npm run docs:generate)\n" });
    expect(run(root, "docs")).toEqual({ code: 0, out: "docs/codebook.md: updated from data/\n", err: "" });
    expect(read(root, "docs/codebook.md")).toBe(codebook);
  });

  it("stops at a data file that cannot be read, naming it", () => {
    const root = project();
    writeFileSync(path.join(root, "data/themes.json"), "{ nope");
    const r = run(root, "docs", "--check");
    expect(r).toMatchObject({ code: 1, out: "" });
    expect(r.err).toMatch(new RegExp(`^${named(root, "data/themes.json")}: not valid JSON: [^\\n]+\\n$`));
  });
});
