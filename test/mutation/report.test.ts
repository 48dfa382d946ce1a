/**
 * The committed mutation report (reports/mutation/mutation.json, written by `npm run test:mutation`) is current and
 * good enough: it holds every file Stryker mutates with the exact text the file has now, each folder the project
 * holds to a score reaches it, and every mutant that no test kills (or that crashes the test process) is listed, with its reason, in
 * reports/mutation/equivalent-mutants.md (and nothing else is listed there).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import stryker from "./stryker.config.mjs";
import { ROOT } from "../helpers.js";

const REPORT = path.join(ROOT, "reports/mutation/mutation.json");
const INCREMENTAL = path.join(ROOT, "reports/mutation/stryker-incremental.json");
const EQUIVALENTS = path.join(ROOT, "reports/mutation/equivalent-mutants.md");
/** The parts of src/ held to a mutation score of at least 85 % (src/explorer/: its generator; the browser code is not mutated). */
const GATED = ["src/schemas/", "src/helpers/", "src/numbers.ts", "src/export/", "src/authoring/", "src/cli/", "src/explorer/"];
const MIN_SCORE = 85;

interface Mutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}
const report = JSON.parse(readFileSync(REPORT, "utf8")) as Report;

/** A glob of the mutate option (`**`, `*`) as a regular expression over paths relative to the root. */
function globRegExp(glob: string): RegExp {
  const body = glob
    .split(/(\*\*\/|\*)/)
    .map((part) => (part === "**/" ? "(?:.*/)?" : part === "*" ? "[^/]*" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${body}$`);
}

/** Every file the mutate option selects. */
function mutatedFiles(): string[] {
  const patterns = (stryker.mutate as string[]).map((g) => ({ exclude: g.startsWith("!"), re: globRegExp(g.replace(/^!/, "")) }));
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (patterns.reduce((selected, p) => (p.re.test(rel) ? !p.exclude : selected), false)) files.push(rel);
    }
  };
  walk("src");
  return files.sort();
}

/**
 * Whether a file holds code Stryker can mutate. Imports, re-exports, interfaces and type aliases never do (read with
 * the TypeScript parser, so a string in a type or an optional property is not taken for code); in the other
 * statements, comments aside, a function, condition, operator, string or regular expression does.
 */
function hasMutableCode(file: string): boolean {
  const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest);
  const code = source.statements
    .filter((s) => !(ts.isImportDeclaration(s) || ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s) || ts.isExportDeclaration(s)))
    .map((s) => s.getText(source).replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, ""))
    .join("\n");
  return MUTABLE.test(code);
}
/** What Stryker can mutate: a function, a condition, an operator, a string or template, a regular expression. */
const MUTABLE = /=>|\bfunction\b|\bif\b|\?|&&|\|\||[=!]==?(?!>)|[<>]=|[+*%/`"']|-(?!-)/;

/** The key a survivor is listed under: file:line:column, mutator, and the replacement with its spaces collapsed. */
const keyOf = (file: string, m: Mutant): string =>
  `${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${(m.replacement ?? "").replace(/\s+/g, " ")}`;

/** The listed equivalents: lines "- `file:line:col` Mutator → ``replacement``: reason". */
function listedEquivalents(): Map<string, string> {
  const listed = new Map<string, string>();
  if (!existsSync(EQUIVALENTS)) return listed;
  for (const line of readFileSync(EQUIVALENTS, "utf8").split("\n")) {
    const m = /^- `([^`]+)` (\w+) → (`+) ?(.*?) ?\3: (.+)$/.exec(line);
    if (m) listed.set(`${m[1]} ${m[2]} ${m[4]!.replace(/\s+/g, " ")}`, m[5]!);
  }
  return listed;
}

const detected = (m: Mutant): boolean => m.status === "Killed" || m.status === "Timeout";
const counted = (m: Mutant): boolean => detected(m) || m.status === "Survived" || m.status === "NoCoverage";

describe("the committed mutation report", () => {
  it("holds every mutated file, with the text it has now (rerun `npm run test:mutation` after changing src/)", () => {
    const files = mutatedFiles();
    const stale = files.filter((file) => file in report.files && report.files[file]!.source !== readFileSync(path.join(ROOT, file), "utf8"));
    expect(stale).toEqual([]);
    // A file the report lacks must be one Stryker finds nothing to mutate in: imports, re-exports, types and plain
    // declarations, with no function, condition, operator or string of its own.
    const withCode = files.filter((file) => !(file in report.files) && hasMutableCode(file));
    expect(withCode).toEqual([]);
    expect(Object.keys(report.files).filter((file) => !files.includes(file))).toEqual([]);
  });

  it("was run on the tests as they are now (a changed test makes CI's incremental run test its mutants again)", () => {
    const { testFiles } = JSON.parse(readFileSync(INCREMENTAL, "utf8")) as { testFiles: Record<string, { source: string }> };
    expect(Object.keys(testFiles).length).toBeGreaterThan(0);
    const changed = Object.entries(testFiles)
      .filter(([file, { source }]) => !existsSync(path.join(ROOT, file)) || readFileSync(path.join(ROOT, file), "utf8") !== source)
      .map(([file]) => file);
    expect(changed).toEqual([]);
  });

  it("has no mutant that does not compile", () => {
    const broken = Object.entries(report.files).flatMap(([file, f]) => f.mutants.filter((m) => m.status === "CompileError").map((m) => keyOf(file, m)));
    expect(broken).toEqual([]);
  });

  it.each(GATED)(`%s scores at least ${MIN_SCORE} per cent`, (prefix) => {
    const mutants = Object.entries(report.files)
      .filter(([file]) => file.startsWith(prefix))
      .flatMap(([, f]) => f.mutants.filter(counted));
    expect(mutants.length).toBeGreaterThan(0);
    const score = (100 * mutants.filter(detected).length) / mutants.length;
    expect(score).toBeGreaterThanOrEqual(MIN_SCORE);
  });

  // A runtime error is a mutant that crashed the test process (an endless loop filling memory, say): no test passed
  // with it, but Stryker cannot say which test failed, so it is listed with the survivors and what it does.
  it("lists every surviving or crashing mutant in equivalent-mutants.md with its reason, and lists nothing else", () => {
    const listed = listedEquivalents();
    const survivors = Object.entries(report.files).flatMap(([file, f]) =>
      f.mutants.filter((m) => m.status === "Survived" || m.status === "NoCoverage" || m.status === "RuntimeError").map((m) => keyOf(file, m)),
    );
    expect(survivors.filter((key) => !listed.has(key))).toEqual([]);
    expect([...listed.keys()].filter((key) => !survivors.includes(key))).toEqual([]);
  });
});
