/**
 * Examples that cannot rot: every `@example` in the doc comments under src/ and every TypeScript code block in the
 * README and the guides is type-checked (strict) and run against the built package, imported by its name as a user
 * would. Where an example shows output (`console.log(x); // output`, or the comment lines right after the call), the
 * output must match, whitespace aside.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { transformSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

interface Example {
  /** Where it comes from, e.g. `src/helpers/lookup.ts:42` or `README.md:120`. */
  readonly where: string;
  readonly code: string;
}

/** The files whose examples count: the sources, the README and the guides. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" ? [] : sourceFiles(full);
    return name.endsWith(".ts") ? [full] : [];
  });
}

function docExamples(file: string): Example[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const out: Example[] = [];
  lines.forEach((line, i) => {
    if (!/^\s*\*\s*@example\b/.test(line)) return;
    const open = lines[i + 1]?.replace(/^\s*\*\s?/, "");
    if (open !== "```ts") {
      out.push({ where: `${path.relative(ROOT, file)}:${i + 1}`, code: "" }); // fails below: not a ts block
      return;
    }
    const body: string[] = [];
    for (let j = i + 2; j < lines.length; j++) {
      const text = lines[j]!.replace(/^\s*\*\s?/, "");
      if (text === "```") break;
      body.push(text);
    }
    out.push({ where: `${path.relative(ROOT, file)}:${i + 1}`, code: body.join("\n") });
  });
  return out;
}

function markdownExamples(file: string): Example[] {
  const lines = readFileSync(file, "utf8").split("\n");
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i]!)) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== "```"; i++) body.push(lines[i]!);
    out.push({ where: `${path.relative(ROOT, file)}:${start + 1}`, code: body.join("\n") });
  }
  return out;
}

const guides = readdirSync(path.join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => path.join(ROOT, "docs", f));
const examples: Example[] = [
  ...sourceFiles(path.join(ROOT, "src")).flatMap(docExamples),
  ...[path.join(ROOT, "README.md"), ...guides].flatMap(markdownExamples),
];

/** Replaces each `console.log(...)` that shows its output with a call that records it; returns the expectations. */
function instrument(code: string): { code: string; expected: Map<number, string> } {
  const lines = code.split("\n");
  const expected = new Map<number, string>();
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    const call = i;
    const m = /console\.log\((.*)\);(?:\s*\/\/\s?(.*))?$/.exec(lines[call]!);
    if (!m) continue;
    let expectation = m[2];
    if (expectation === undefined) {
      const follow: string[] = [];
      while (i + 1 < lines.length && /^\s*\/\/ ?/.test(lines[i + 1]!)) follow.push(lines[++i]!.replace(/^\s*\/\/ ?/, ""));
      if (follow.length) expectation = follow.join("\n");
    }
    if (expectation === undefined) continue;
    const id = n++;
    expected.set(id, expectation);
    lines[call] = lines[call]!.replace("console.log(", `__record(${id}, `);
  }
  const prelude = `import { format as __format } from "node:util";\nconst __seen = new Map<number, string[]>();\nconst __record = (id: number, ...args: unknown[]) => { __seen.set(id, [...(__seen.get(id) ?? []), __format(...args)]); };\nprocess.on("exit", () => { process.stdout.write("\\n__EXAMPLE_OUTPUT__" + JSON.stringify([...__seen])); });\n`;
  return { code: prelude + lines.join("\n"), expected };
}

const dir = path.join(ROOT, "test", ".examples");
const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

beforeAll(() => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  examples.forEach((e, i) => writeFileSync(path.join(dir, `example-${i}.mts`), instrument(e.code).code));
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, target: "ES2022", module: "nodenext", moduleResolution: "nodenext", types: ["node"], skipLibCheck: true, noUnusedLocals: false },
      include: ["*.mts"],
    }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("examples", () => {
  it("exist in the doc comments, the README and every guide", () => {
    expect(examples.filter((e) => e.where.startsWith("src/")).length).toBeGreaterThan(15);
    expect(examples.filter((e) => e.where.startsWith("README.md")).length).toBeGreaterThan(3);
  });

  it("are all fenced TypeScript blocks", () => {
    expect(examples.filter((e) => e.code === "").map((e) => e.where)).toEqual([]);
  });

  it("all type-check, strict, against the built package", () => {
    let output = "";
    try {
      execFileSync("node", [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", dir], { encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    // Name the example, not the temporary file.
    expect(output.replace(/example-(\d+)\.mts/g, (_m, i: string) => examples[Number(i)]!.where)).toBe("");
  }, 120_000); // tsc over every example takes more than the default 20 s on a loaded machine

  it.each(examples.map((e, i) => [e.where, i] as const))("%s runs and prints what it shows", (_where, i) => {
    const { expected } = instrument(examples[i]!.code);
    const source = readFileSync(path.join(dir, `example-${i}.mts`), "utf8");
    const js = transformSync(source, { loader: "ts", format: "esm", target: "node20" }).code;
    const file = path.join(dir, `example-${i}.mjs`);
    writeFileSync(file, js);
    const stdout = execFileSync("node", [file], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    const marker = stdout.lastIndexOf("\n__EXAMPLE_OUTPUT__");
    const seen = new Map<number, string[]>(JSON.parse(stdout.slice(marker + "\n__EXAMPLE_OUTPUT__".length)));
    for (const [id, text] of expected) {
      expect(normalise((seen.get(id) ?? ["(never printed)"]).join("\n"))).toBe(normalise(text));
    }
  });
});
