/**
 * `diff VERSION` names the release it fetched, as NAME@VERSION, when its data is not a dataset. Run in this process
 * through `main(argv, io)` against a fake `npm` (test/tar-archive.ts) first on the PATH for the length of the call;
 * the tarball it hands over is synthetic test data.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { TARBALL_DATASET } from "../../src/export/release.js";
import { fakeNpm, tarArchive } from "../tar-archive.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function runWithEnv(env: NodeJS.ProcessEnv, ...argv: string[]): { code: number; out: string; err: string } {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let out = "";
  let err = "";
  try {
    const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
    return { code, out, err };
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

describe("diff VERSION whose data is not a dataset", () => {
  it("names the release as peacekeeping-records@VERSION", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pkr-diff-release-name-"));
    dirs.push(dir);
    mkdirSync(path.join(dir, "bin"));
    const tgz = path.join(dir, "release.tgz");
    // Synthetic test data: a release whose dataset.json holds a list, not a dataset.
    writeFileSync(tgz, gzipSync(tarArchive([{ name: TARBALL_DATASET, body: "[]" }])));
    const env = fakeNpm(path.join(dir, "bin"), path.join(dir, "npm.log"))({ out: '[{"filename":"peacekeeping-records-0.0.7.tgz"}]', tarball: tgz, as: "peacekeeping-records-0.0.7.tgz" });
    const r = runWithEnv(env, "diff", "0.0.7");
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain("peacekeeping-records@0.0.7 is not a dataset");
  });
});
