/**
 * `peacekeeping-records explore [--out DIR]`: copies the built explorer (dist/explorer, which `npm run build` writes
 * and npm test builds first) into a new or empty folder and names the index.html to open.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { main, shippedExplorer } from "../../src/cli/main.js";
import { ROOT } from "../helpers.js";

const DIST = path.join(ROOT, "dist/explorer");

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}
const usage = (message: string) => ({ code: 2, out: "", err: `peacekeeping-records: ${message}\n` });
const wrote = (dir: string) => `wrote the explorer into ${dir}; open this file in a browser:\n${path.join(dir, "index.html")}\n`;

/** Every file below a folder, by relative path, with its bytes as text. */
const filesIn = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [path.relative(dir, path.join(e.parentPath, e.name)), readFileSync(path.join(e.parentPath, e.name), "utf8")])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );

describe("explore", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const tmp = () => {
    const d = mkdtempSync(path.join(tmpdir(), "pkr-explore-"));
    dirs.push(d);
    return d;
  };

  it("finds the built explorer", () => {
    expect(shippedExplorer()).toBe(`${DIST}${path.sep}`);
    expect(shippedExplorer([pathToFileURL(`${tmp()}/`)])).toBeUndefined();
  });

  it("copies every file of the built explorer into --out, a new folder, and names the index.html to open", () => {
    const out = path.join(tmp(), "a", "b");
    expect(run("explore", "--out", out)).toEqual({ code: 0, out: wrote(out), err: "" });
    expect(filesIn(out)).toEqual(filesIn(DIST));
    expect(Object.keys(filesIn(out))).toContain("index.html");
  });

  it("writes into an empty folder, and resolves a relative --out against the working folder", () => {
    const empty = tmp();
    expect(run("explore", "-o", empty)).toEqual({ code: 0, out: wrote(empty), err: "" });
    const rel = path.relative(process.cwd(), path.join(tmp(), "rel"));
    expect(run("explore", "--out", rel)).toEqual({ code: 0, out: wrote(path.resolve(rel)), err: "" });
  });

  it("writes ./peacekeeping-explorer without --out (the shipped command, run in a fresh folder)", () => {
    const cwd = tmp();
    const out = execFileSync(process.execPath, [path.join(ROOT, "dist/cli.js"), "explore"], { cwd, encoding: "utf8" });
    const dir = path.join(cwd, "peacekeeping-explorer");
    expect(out).toBe(wrote(dir));
    expect(filesIn(dir)).toEqual(filesIn(DIST));
  });

  it("refuses a non-empty folder, a file, a file in the way and an empty --out, exit 2, writing nothing", () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "mine.txt"), "x");
    expect(run("explore", "--out", dir)).toEqual(usage(`--out ${dir} is not empty: explore writes only into a new or empty folder`));
    const file = path.join(dir, "mine.txt");
    expect(run("explore", "--out", file)).toEqual(usage(`--out is a file, not a folder: ${file}`));
    expect(run("explore", "--out", path.join(file, "x"))).toEqual(usage(`--out ${path.join(file, "x")}: ${file} is a file, not a folder`));
    expect(run("explore", "--out", " ")).toEqual(usage("--out is empty: give the folder to write into, --out DIR"));
    expect(run("explore", "--out", "a", "b")).toEqual(usage("explore: unexpected argument 'b'. This command does not take positional arguments"));
    expect(filesIn(dir)).toEqual({ "mine.txt": "x" });
  });

  it("names what stops the copy in plain words, exit 1", () => {
    const dir = tmp();
    const ro = path.join(dir, "ro");
    mkdirSync(ro, { mode: 0o500 });
    const r = run("explore", "--out", path.join(ro, "x"));
    // root may write anywhere: then the copy simply succeeds.
    if (r.code === 0) expect(r.out).toBe(wrote(path.join(ro, "x")));
    else expect(r).toEqual({ code: 1, out: "", err: `peacekeeping-records: cannot write into ${path.join(ro, "x")}: permission denied\n` });
  });
});
