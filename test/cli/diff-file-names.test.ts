/**
 * How `diff` tells a package tarball from a dataset file: by the name's ending only (`.tgz`, `.tar.gz`), so a JSON file
 * whose name merely contains ".tgz" is read as JSON. Run in this process through `main(argv, io)`.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { dataset } from "../../src/index.js";

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("diff: a file name that contains .tgz without ending with it", () => {
  it.each(["release.tgz.json", "data.tar.gz.bak"])("reads %s as a dataset.json, and finds the bundled data unchanged", (name) => {
    const dir = mkdtempSync(path.join(tmpdir(), "pkr-diff-names-"));
    dirs.push(dir);
    const file = path.join(dir, name);
    writeFileSync(file, JSON.stringify(dataset));
    const r = run("diff", file, "--format", "json");
    expect(r).toMatchObject({ code: 0, err: "" });
    const diff = JSON.parse(r.out) as { collections: Record<string, { added: unknown[]; removed: unknown[]; changed: unknown[] }> };
    for (const c of Object.values(diff.collections)) expect([c.added, c.removed, c.changed]).toEqual([[], [], []]);
  });
});
