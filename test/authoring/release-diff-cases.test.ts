/**
 * highestBump on front matter of the shapes YAML allows (spaces around the colon, trailing spaces, LF line ends, a
 * rule further down the text), and writeReleaseDiff when the release npm fetches is no dataset, the built file is
 * none, or npm names a tarball it did not write (a fake `npm`, see test/tar-archive.ts). Changesets, tarballs and npm
 * outputs here are synthetic test text.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { highestBump, writeReleaseDiff } from "../../src/authoring/release-diff.js";
import { TARBALL_DATASET } from "../../src/export/release.js";
import { dataset } from "../../src/index.js";
import { fakeNpm, tarArchive, type FakeNpmRun } from "../tar-archive.js";

const NAME = "peacekeeping-records";

let dir: string;
let npm: (run: FakeNpmRun) => NodeJS.ProcessEnv;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pkr-release-diff-cases-"));
  mkdirSync(path.join(dir, "bin"));
  npm = fakeNpm(path.join(dir, "bin"), path.join(dir, "npm.log"));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The bump highestBump reads from a .changeset folder holding only these files. */
function bumpOf(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(dir, "changesets-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return highestBump(folder, NAME);
}

describe("highestBump on the shapes of front matter", () => {
  it("reads a bump whatever the spaces YAML allows around the colon and after the bump", () => {
    expect(bumpOf({ "a.md": `---\n"${NAME}" : major\n---\n\nSpace before the colon.\n` })).toBe("major");
    expect(bumpOf({ "a.md": `---\n${NAME}:   minor\n---\n\nSpaces after the colon.\n` })).toBe("minor");
    expect(bumpOf({ "a.md": `---\n'${NAME}': major  \t\n---\n\nSpaces after the bump.\n` })).toBe("major");
  });

  it("reads every line of LF front matter, the package on any of them", () => {
    expect(bumpOf({ "a.md": `---\n"other-package": patch\n"${NAME}": major\n---\n\nTwo packages.\n` })).toBe("major");
  });

  it("reads no bump from a value that only begins with one, from a line that only ends like the package's, or from a rule further down", () => {
    expect(bumpOf({ "a.md": `---\n${NAME}: majority\n---\n\nNot a bump.\n` })).toBe("patch");
    // One YAML line whose key merely ends in the package's name (U+2028 is no line break in YAML 1.2).
    expect(bumpOf({ "a.md": `---\nnote\u2028"${NAME}": major\n---\n\nOne line.\n` })).toBe("patch");
    expect(bumpOf({ "a.md": `A text without front matter.\n\n---\n"${NAME}": major\n---\n` })).toBe("patch");
  });

  it("leaves out the README, the changesets folder's own text, and files that are not Markdown, like an editor's backup", () => {
    expect(bumpOf({ "README.md": `---\n"${NAME}": major\n---\n\nHow to write changesets.\n` })).toBe("patch");
    expect(bumpOf({ "feature.md~": `---\n"${NAME}": major\n---\n\nA backup.\n`, "feature.md.bak": `---\n"${NAME}": minor\n---\n\nA backup.\n` })).toBe("patch");
  });
});

describe("writeReleaseDiff on what is no dataset", () => {
  /** A project at 0.0.1 whose dist/dataset.json holds `built`, and a fake npm that packs a tarball shipping `released`. */
  function setup(built: unknown, released: unknown): { root: string; env: NodeJS.ProcessEnv } {
    const root = mkdtempSync(path.join(dir, "project-"));
    writeFileSync(path.join(root, "package.json"), JSON.stringify({ name: NAME, version: "0.0.1" }));
    mkdirSync(path.join(root, "dist"));
    writeFileSync(path.join(root, "dist", "dataset.json"), JSON.stringify(built));
    const tgz = path.join(root, "released.tgz");
    writeFileSync(tgz, gzipSync(tarArchive([{ name: TARBALL_DATASET, body: JSON.stringify(released) }])));
    return { root, env: npm({ out: '[{"filename":"p.tgz"}]', tarball: tgz, as: "p.tgz" }) };
  }
  const io = { out: () => undefined, err: () => undefined };

  it("names the release by its version when its data is no dataset, and the built file by its path", () => {
    const release = setup(dataset, "synthetic: a string, no dataset");
    expect(() => writeReleaseDiff(release.root, io, release.env)).toThrow(new TypeError(`${NAME}@0.0.1 is not a dataset: not a JSON object`));
    const built = setup(null, dataset);
    expect(() => writeReleaseDiff(built.root, io, built.env)).toThrow(new TypeError("dist/dataset.json is not a dataset: not a JSON object"));
  });

  it("passes on an error that is not about the release, npm naming a tarball it did not write, rather than report it as one line", () => {
    const { root } = setup(dataset, dataset);
    let said = "";
    const quiet = { out: (t: string) => void (said += t), err: (t: string) => void (said += t) };
    expect(() => writeReleaseDiff(root, quiet, npm({ out: '[{"filename":"never-written.tgz"}]' }))).toThrow(expect.objectContaining({ code: "ENOENT" }));
    expect(said).toBe("");
  });
});
