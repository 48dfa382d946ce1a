/**
 * releaseDataset against an npm that answers as npm does when it succeeds, fails or prints something odd: a fake
 * `npm` (a shell script, see test/tar-archive.ts) first on the PATH of the environment npm is run in. The code that
 * reads npm's answers runs in this process. The tarballs and npm outputs are synthetic test data.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isVersion, ReleaseError, releaseDataset, TARBALL_DATASET } from "../../src/export/release.js";
import { fakeNpm, tarArchive, type FakeNpmRun } from "../tar-archive.js";

const NAME = "peacekeeping-records";
const SPEC = `${NAME}@0.0.1`;
/** Synthetic data a release ships. */
const SHIPPED = { meta: { version: "0.0.1" }, note: "synthetic test data" };

let dir: string;
let log: string;
let npm: (run: FakeNpmRun) => NodeJS.ProcessEnv;
const tgz = { data: "", empty: "" };

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pkr-release-fetch-"));
  mkdirSync(path.join(dir, "bin"));
  log = path.join(dir, "npm.log");
  npm = fakeNpm(path.join(dir, "bin"), log);
  tgz.data = path.join(dir, "data.tgz");
  writeFileSync(tgz.data, gzipSync(tarArchive([{ name: TARBALL_DATASET, body: JSON.stringify(SHIPPED) }])));
  tgz.empty = path.join(dir, "empty.tgz");
  writeFileSync(tgz.empty, gzipSync(tarArchive([{ name: "package/package.json", body: "{}" }])));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What the fake npm recorded of its last run: its arguments, the folder it was to pack into, and its stdin. */
function called(): { args: string[]; dest: string; stdin: string } {
  const lines = readFileSync(log, "utf8").trimEnd().split("\n");
  const args = lines.slice(0, -1);
  return { args, dest: args[args.indexOf("--pack-destination") + 1]!, stdin: lines.at(-1)! };
}

/** The error releaseDataset throws for a run of the fake npm. */
function failure(run: FakeNpmRun): ReleaseError {
  try {
    releaseDataset(NAME, "0.0.1", npm(run));
  } catch (error) {
    return error as ReleaseError;
  }
  throw new Error("releaseDataset did not throw");
}

describe("releaseDataset with npm answering", () => {
  it("runs npm pack SPEC --pack-destination DIR --json with no input, reads the tarball it names, and removes DIR after", () => {
    const data = releaseDataset(NAME, "0.0.1", npm({ out: '[{"filename":"peacekeeping-records-0.0.1.tgz"}]', tarball: tgz.data, as: "peacekeeping-records-0.0.1.tgz" }));
    expect(data).toEqual(SHIPPED);
    const { args, dest, stdin } = called();
    expect(args).toEqual(["pack", SPEC, "--pack-destination", dest, "--json"]);
    expect(path.dirname(dest)).toBe(tmpdir());
    expect(path.basename(dest)).toMatch(/^pkr-release-/);
    expect(existsSync(dest)).toBe(false);
    // stdio "ignore": npm reads /dev/null, so it can never wait for an answer.
    expect(stdin).toBe("stdin: device");
  });

  it("says that npm could not run when there is no npm on the PATH", () => {
    const empty = path.join(dir, "no-npm");
    mkdirSync(empty, { recursive: true });
    let error: unknown;
    try {
      releaseDataset(NAME, "0.0.1", { ...process.env, PATH: empty });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ReleaseError);
    expect(error).toMatchObject({ name: "ReleaseError", notPublished: false, message: `cannot fetch ${SPEC}: npm could not run (ENOENT)` });
  });
});

describe("releaseDataset when npm fails", () => {
  it("reads a version the registry does not have from npm's E404 and ETARGET, on the first line of npm's summary", () => {
    const e404 = failure({ status: 1, out: JSON.stringify({ error: { code: "E404", summary: "Not Found - GET https://registry.example/peacekeeping-records - Not found" } }) });
    expect(e404).toBeInstanceOf(ReleaseError);
    expect(e404).toMatchObject({ name: "ReleaseError", notPublished: true, message: `${SPEC} is not published (npm: E404 Not Found - GET https://registry.example/peacekeeping-records - Not found)` });
    const target = failure({ status: 1, out: JSON.stringify({ error: { code: "ETARGET", summary: "No matching version found for peacekeeping-records@0.0.1.\nIn most cases you or one of your dependencies are requesting\na package version that doesn't exist." } }) });
    expect(target).toMatchObject({ notPublished: true, message: `${SPEC} is not published (npm: ETARGET No matching version found for peacekeeping-records@0.0.1.)` });
  });

  it("gives the parts of npm's JSON error that are text, and leaves out a code that is empty or not a string", () => {
    const cases: Array<[string, string]> = [
      [JSON.stringify({ error: { summary: "request to https://registry.example failed" } }), "request to https://registry.example failed"],
      [JSON.stringify({ error: { code: "", summary: "request failed" } }), "request failed"],
      [JSON.stringify({ error: { code: 7, summary: "odd code" } }), "odd code"],
      [JSON.stringify({ error: { code: "ECONNREFUSED", summary: "" } }), "ECONNREFUSED"],
    ];
    for (const [out, said] of cases) {
      const error = failure({ status: 1, out, err: "npm error from stderr" });
      expect(error, out).toBeInstanceOf(ReleaseError);
      expect(error, out).toMatchObject({ notPublished: false, message: `cannot fetch ${SPEC}: npm pack failed (${said})` });
    }
  });

  it("falls back on the first line npm wrote to stderr, then on its exit code, when it printed no JSON error", () => {
    const cases: Array<[FakeNpmRun, string]> = [
      [{ status: 1, out: "", err: "\n  npm error code ECONNREFUSED\nnpm error errno ECONNREFUSED\n" }, "npm error code ECONNREFUSED"],
      [{ status: 1, out: "not json", err: "npm error network down" }, "npm error network down"],
      [{ status: 1, out: JSON.stringify({ error: {} }), err: "npm error something" }, "npm error something"],
      [{ status: 1, out: "[]", err: "npm error listed" }, "npm error listed"],
      [{ status: 3 }, "exit code 3"],
    ];
    for (const [run, said] of cases) {
      const error = failure(run);
      expect(error, said).toBeInstanceOf(ReleaseError);
      expect(error, said).toMatchObject({ notPublished: false, message: `cannot fetch ${SPEC}: npm pack failed (${said})` });
      expect(existsSync(called().dest), said).toBe(false);
    }
  });

  it("reports npm's failure, not the clean-up, when npm left no folder to remove", () => {
    expect(failure({ status: 1, err: "npm error gone", removeDest: true })).toMatchObject({ message: `cannot fetch ${SPEC}: npm pack failed (npm error gone)` });
  });
});

describe("releaseDataset when npm succeeds oddly", () => {
  it("says npm printed no tarball name when its output is no list of packed files with a filename", () => {
    for (const out of ["[]", "{}", "null", "not json", '[{"filename":5}]', "[null]"]) {
      const error = failure({ out });
      expect(error, out).toBeInstanceOf(ReleaseError);
      expect(error, out).toMatchObject({ notPublished: false, message: `cannot fetch ${SPEC}: npm pack printed no tarball name` });
    }
  });

  it("names a tarball without data, or that is no tarball, as the tarball of the version, not by its temporary path", () => {
    expect(failure({ out: '[{"filename":"p.tgz"}]', tarball: tgz.empty, as: "p.tgz" })).toMatchObject({
      notPublished: false,
      message: `the tarball of ${SPEC} holds no ${TARBALL_DATASET}`,
    });
    expect(existsSync(called().dest)).toBe(false);
    const text = path.join(dir, "text.tgz");
    writeFileSync(text, "synthetic: not gzip");
    expect(failure({ out: '[{"filename":"p.tgz"}]', tarball: text, as: "p.tgz" })).toMatchObject({ message: `the tarball of ${SPEC} is not a gzipped tarball` });
  });

  it("passes on, as it is, an error that is not about the release: npm naming a tarball it did not write", () => {
    const error = failure({ out: '[{"filename":"never-written.tgz"}]' }) as unknown;
    expect(error).not.toBeInstanceOf(ReleaseError);
    expect(error).toMatchObject({ code: "ENOENT" });
    expect(existsSync(called().dest)).toBe(false);
  });
});

describe("isVersion on pre-release and build parts of any number of fields", () => {
  it("accepts one field or several, of one character or more, in either part", () => {
    for (const v of ["1.0.0-rc", "1.0.0-alpha.beta.gamma", "1.0.0-rc.10", "1.0.0-rc.1.12", "1.0.0+build", "1.0.0+exp.sha.5114f85", "1.0.0+build.11", "1.0.0-x.7.z.92+b.a.c"]) {
      expect(isVersion(v), v).toBe(true);
    }
  });
});
