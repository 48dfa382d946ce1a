/**
 * The explorer's size budget (issue #15): every file of dist/explorer, gzipped one by one (as a static host serves
 * them), weighs at most 350 KiB in all. Sizes are deterministic, so this is a test; timings are in `npm run bench`.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const DIR = path.join(ROOT, "dist/explorer");
const BUDGET = 350 * 1024;

/** Every file under dist/explorer with its gzipped size (level 9). */
function explorerSizes(dir = DIR): Array<{ file: string; gzip: number }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return { file: path.relative(dir, file), gzip: gzipSync(readFileSync(file), { level: 9 }).length };
    });
}

describe("the explorer's size", () => {
  it("is at most 350 KiB gzipped in all, counting every file it ships", () => {
    const sizes = explorerSizes();
    for (const f of ["index.html", "index.js", "lookup.js", "explorer.js", "explorer.css"]) expect(sizes.map((s) => s.file)).toContain(f);
    expect(sizes.some((s) => s.file.startsWith(`meetings${path.sep}`))).toBe(true);
    const total = sizes.reduce((n, s) => n + s.gzip, 0);
    expect(total, sizes.map((s) => `${s.file} ${s.gzip}`).join(", ")).toBeLessThanOrEqual(BUDGET);
  });
});
