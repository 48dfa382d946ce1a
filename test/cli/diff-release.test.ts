/**
 * `diff VERSION` and `diff FILE.tgz`, run in this process: a release's data, fetched with `npm pack` from a local
 * registry (offline), or read out of a package tarball, compared with the bundled data. Needs `npm run build` first
 * (the project is packed, as a user's npm would fetch it).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { diffDatasets } from "../../src/export/diff.js";
import { dataset } from "../../src/index.js";
import { ROOT } from "../helpers.js";
import { startRegistry, type LocalRegistry } from "../local-registry.js";

type Rec = Record<string, unknown>;

function run(...argv: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

let dir: string;
let registry: LocalRegistry | undefined;
/** The packed project (its data is the bundled data), a package whose data differs, one without data. */
const tgz = { project: "", changed: "", empty: "" };
/** The data in the changed package. */
let changedData: Rec & { statements: Rec[]; metrics: Rec[]; meta: Rec };
const ENV = ["npm_config_registry", "npm_config_cache", "npm_config_fetch_retries"] as const;
const saved: Partial<Record<(typeof ENV)[number], string | undefined>> = {};

/** Packs a folder with npm (no registry needed); returns the tarball's path. */
function pack(folder: string): string {
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: folder, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return path.join(dir, (JSON.parse(out) as Array<{ filename: string }>)[0]!.filename);
}

/** A package folder named like this one, at `version`, shipping `data` (if any) as dist/dataset.json; packed. */
function packageWith(version: string, data?: unknown): string {
  const folder = path.join(dir, `pkg-${version}`);
  mkdirSync(path.join(folder, "dist"), { recursive: true });
  writeFileSync(path.join(folder, "package.json"), JSON.stringify({ name: "peacekeeping-records", version, files: ["dist"] }));
  writeFileSync(path.join(folder, "dist", data === undefined ? "other.json" : "dataset.json"), data === undefined ? "{}" : JSON.stringify(data));
  return pack(folder);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "pkr-diff-release-"));
  tgz.project = pack(ROOT);
  changedData = JSON.parse(JSON.stringify(dataset)) as typeof changedData;
  changedData.meta.version = "0.0.1";
  changedData.statements = changedData.statements.slice(1);
  (changedData.metrics[0] as { value: number }).value += 1;
  tgz.changed = packageWith("0.0.1", changedData);
  tgz.empty = packageWith("0.0.2");
  registry = await startRegistry({ "peacekeeping-records": { "0.0.0": tgz.project, "0.0.1": tgz.changed, "0.0.2": tgz.empty } });
  for (const key of ENV) saved[key] = process.env[key];
  process.env.npm_config_registry = registry.url;
  process.env.npm_config_cache = path.join(dir, "npm-cache");
});

afterAll(async () => {
  for (const key of ENV) {
    if (saved[key] === undefined) delete process.env[key];
    else process.env[key] = saved[key];
  }
  await registry?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The diff `diff` prints as JSON, for the changed package's data against the bundled data. */
const expectedChange = () => JSON.parse(JSON.stringify(diffDatasets(changedData, dataset)));

describe("diff with a package tarball", { timeout: 60_000 }, () => {
  it("finds nothing between the packed project and the data it bundles", () => {
    const version = dataset.meta!.version;
    expect(run("diff", tgz.project)).toEqual({ code: 0, err: "", out: `## Data changes from ${version} to ${version}\n\nNo record was added, removed or changed.\n` });
  });

  it("lists what changed between a tarball's data and the bundled data, and between two tarballs", () => {
    const r = run("diff", tgz.changed, "--format", "json");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(JSON.parse(r.out)).toEqual(expectedChange());
    const back = JSON.parse(run("diff", tgz.project, tgz.changed, "-f", "json").out);
    expect(back.collections.statements.removed).toEqual([dataset.statements[0]!.id]);
    expect(back.collections.metrics.changed).toEqual([{ id: dataset.metrics[0]!.id, fields: ["value"] }]);
  });

  it("names a tarball without dist/dataset.json, a file that is no gzip, and a missing tarball", () => {
    expect(run("diff", tgz.empty)).toEqual({ code: 1, out: "", err: `peacekeeping-records: diff: ${tgz.empty} holds no package/dist/dataset.json\n` });
    const text = path.join(dir, "text.tgz");
    writeFileSync(text, "not gzip");
    expect(run("diff", text)).toEqual({ code: 1, out: "", err: `peacekeeping-records: diff: ${text} is not a gzipped tarball\n` });
    const missing = path.join(dir, "missing.tgz");
    expect(run("diff", missing)).toEqual({ code: 1, out: "", err: `peacekeeping-records: diff: no file ${missing}\n` });
  });
});

// Each fetch runs npm, which takes seconds to start on a busy machine.
describe("diff with a released version", { timeout: 180_000 }, () => {
  it("fetches the release with npm pack from the user's registry and compares its data", () => {
    const r = run("diff", "0.0.1", "--format", "json");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(JSON.parse(r.out)).toEqual(expectedChange());
    expect(run("diff", "0.0.0").out).toContain("No record was added, removed or changed.");
    const two = JSON.parse(run("diff", "0.0.0", "0.0.1", "-f", "json").out);
    expect(two.collections.statements.removed).toEqual([dataset.statements[0]!.id]);
  });

  it("names a version the registry does not have, and one whose tarball holds no data", () => {
    const r = run("diff", "9.9.9");
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^peacekeeping-records: diff: peacekeeping-records@9\.9\.9 is not published \(npm: ETARGET [^\n]+\)\n$/);
    expect(run("diff", "0.0.2")).toEqual({ code: 1, out: "", err: "peacekeeping-records: diff: the tarball of peacekeeping-records@0.0.2 holds no package/dist/dataset.json\n" });
  });

  it("names the version when npm cannot reach the registry", async () => {
    const down = await startRegistry({});
    await down.close();
    process.env.npm_config_registry = down.url;
    process.env.npm_config_fetch_retries = "0";
    try {
      const r = run("diff", "0.0.1");
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/^peacekeeping-records: diff: cannot fetch peacekeeping-records@0\.0\.1: npm pack failed \([^\n]+\)\n$/);
    } finally {
      process.env.npm_config_registry = registry!.url;
      delete process.env.npm_config_fetch_retries;
    }
  });

  it("reads an existing file or folder named like a version as that file, not a release", () => {
    // A folder in the working directory (the command resolves OLD from there), named like a version no registry has;
    // the test workers cannot change directory, so it is made where they run and removed after.
    const name = `0.0.1-pkrtest.${process.pid}`;
    const here = path.resolve(name);
    mkdirSync(here);
    try {
      writeFileSync(path.join(here, "dataset.json"), JSON.stringify(dataset));
      expect(run("diff", name).out).toContain("No record was added, removed or changed.");
    } finally {
      rmSync(here, { recursive: true, force: true });
    }
  });
});
