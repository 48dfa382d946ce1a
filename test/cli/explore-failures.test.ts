/**
 * `explore` run in this process through `main(argv, io)`, where the shipped test (explore.test.ts) can only spawn
 * the built command: the default folder, an installation without the built explorer, and a copy the file system
 * refuses. The failures are made by swapping one `node:fs` function for the length of one call, the live ES module
 * bindings updated with `syncBuiltinESMExports`.
 */
import fs, { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main, shippedExplorer } from "../../src/cli/main.js";

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}
const failed = (message: string) => ({ code: 1, out: "", err: `peacekeeping-records: ${message}\n` });

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), "pkr-explore-fail-"));
  dirs.push(d);
  return d;
};

/** Runs `body` while `fs[name]` is `replacement` (the live ES module bindings updated too). */
function whileSwapped<T>(name: "existsSync" | "cpSync", replacement: (real: (...args: unknown[]) => unknown) => (...args: unknown[]) => unknown, body: () => T): T {
  const real = fs[name] as (...args: unknown[]) => unknown;
  (fs as unknown as Record<string, unknown>)[name] = replacement(real);
  syncBuiltinESMExports();
  try {
    return body();
  } finally {
    (fs as unknown as Record<string, unknown>)[name] = real;
    syncBuiltinESMExports();
  }
}
const errno = (code: string) => Object.assign(new Error(`${code}: synthetic failure`), { code });

describe("explore, in process", () => {
  it("writes ./peacekeeping-explorer in the working folder when no --out is given", () => {
    const cwd = tmp();
    // The working folder as path.resolve reads it (process.chdir is not allowed in the worker threads the
    // mutation run uses).
    const realCwd = process.cwd;
    process.cwd = () => cwd;
    let r: ReturnType<typeof run>;
    try {
      r = run("explore");
    } finally {
      process.cwd = realCwd;
    }
    const dir = path.join(cwd, "peacekeeping-explorer");
    expect(r).toEqual({ code: 0, out: `wrote the explorer into ${dir}; open this file in a browser:\n${path.join(dir, "index.html")}\n`, err: "" });
    expect(readdirSync(cwd)).toEqual(["peacekeeping-explorer"]);
    expect(readdirSync(dir)).toEqual(readdirSync(shippedExplorer()!));
  });

  it("says the explorer is missing from an installation that lacks it, exit 1, writing nothing", () => {
    const out = path.join(tmp(), "x");
    const r = whileSwapped("existsSync", (real) => (p) => (String(p).endsWith(`explorer${path.sep}index.html`) ? false : real(p)), () => run("explore", "--out", out));
    expect(r).toEqual(failed("the explorer is not in this installation (dist/explorer is missing): reinstall the package, or run `npm run build` in its project"));
    expect(fs.existsSync(out)).toBe(false);
  });

  it("names a refused copy in words, and leaves an error without a code unexpected", () => {
    const out = path.join(tmp(), "x");
    expect(whileSwapped("cpSync", () => () => { throw errno("ENOSPC"); }, () => run("explore", "--out", out))).toEqual(failed(`cannot write into ${out}: no space left on the device`));
    expect(whileSwapped("cpSync", () => () => { throw errno("EXDEV"); }, () => run("explore", "--out", out))).toEqual(failed(`cannot write into ${out}: EXDEV`));
    expect(whileSwapped("cpSync", () => () => { throw new Error("synthetic failure"); }, () => run("explore", "--out", out))).toEqual(failed("unexpected error: synthetic failure"));
  });
});
