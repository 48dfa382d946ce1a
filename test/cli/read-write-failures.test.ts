/**
 * What `draft` and `diff` say when a file cannot be read or a folder cannot be written, run in this process through
 * `main(argv, io)`. Failures the file system gives here are real (a name too long, a path through a file, a file too
 * large to read); those it cannot give to root (permission denied) and an error with no errno code are made by
 * swapping one `node:fs` function for the length of one call, the live ES module bindings updated with
 * `syncBuiltinESMExports`. The short texts written here are synthetic test text.
 */
import fs, { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { dataset, type Dataset } from "../../src/index.js";

function run(argv: string[], data: Dataset = dataset): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) }, data);
  return { code, out, err };
}
const failed = (message: string) => ({ code: 1, out: "", err: `peacekeeping-records: ${message}\n` });

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), "pkr-fail-"));
  dirs.push(d);
  return d;
};

/** A synthetic meetings-coverage text, enough for the drafter to run on. */
const TEXT = "Synthetic test text. The Security Council met today.\n\nJOHN DOE, Under-Secretary-General, said the work goes on.\n";
const draftArgs = (file: string, out: string) => ["draft", file, "--source", "synthetic-source", "--meeting", "2031-11-13-synthetic", "--out", out];

/** Runs `body` while `fs[name]` throws `error` for the path `at` (and works as before for any other). */
function whileFailing<T>(name: "readFileSync" | "writeFileSync" | "mkdirSync", at: string, error: Error, body: () => T): T {
  const real = fs[name] as (...args: unknown[]) => unknown;
  (fs as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    if (args[0] === at) throw error;
    return real(...args);
  };
  syncBuiltinESMExports();
  try {
    return body();
  } finally {
    (fs as unknown as Record<string, unknown>)[name] = real;
    syncBuiltinESMExports();
  }
}
const errno = (code: string) => Object.assign(new Error(`${code}: synthetic failure`), { code });

describe("draft: a text that cannot be read or decoded", () => {
  it("names a text too large to read by its error code", () => {
    const dir = tmp();
    const file = path.join(dir, "huge.txt");
    writeFileSync(file, "");
    truncateSync(file, 2 ** 31); // sparse: nothing is written
    expect(run(draftArgs(file, path.join(dir, "out")))).toEqual(failed(`cannot read ${file}: ERR_FS_FILE_TOO_LARGE`));
  });

  it("says permission denied in words, and leaves an error without a code unexpected", () => {
    const dir = tmp();
    const file = path.join(dir, "meeting.txt");
    writeFileSync(file, TEXT);
    const out = path.join(dir, "out");
    expect(whileFailing("readFileSync", file, errno("EACCES"), () => run(draftArgs(file, out)))).toEqual(failed(`cannot read ${file}: permission denied`));
    expect(whileFailing("readFileSync", file, new Error("synthetic failure"), () => run(draftArgs(file, out)))).toEqual(failed("unexpected error: synthetic failure"));
    expect(fs.existsSync(out)).toBe(false);
  });

  it("says a text starts with a byte-order mark, is UTF-16, or is not valid UTF-8, in one sentence each", () => {
    const dir = tmp();
    const bom = path.join(dir, "bom.txt");
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]));
    expect(run(draftArgs(bom, path.join(dir, "a")))).toEqual(failed(`FILE ${bom} starts with a UTF-8 byte-order mark (EF BB BF): save it as UTF-8 without one`));
    const utf16 = path.join(dir, "utf16.txt");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]));
    expect(run(draftArgs(utf16, path.join(dir, "b")))).toEqual(failed(`FILE ${utf16} is UTF-16 (little-endian byte-order mark FF FE): save it as UTF-8`));
    const latin1 = path.join(dir, "latin1.txt");
    writeFileSync(latin1, Buffer.concat([Buffer.from("Synthetic caf"), Buffer.from([0xe9]), Buffer.from(" text.\n")]));
    expect(run(draftArgs(latin1, path.join(dir, "c")))).toEqual(failed(`FILE ${latin1} is not valid UTF-8: byte 0xE9 at byte offset 13`));
  });
});

describe("draft: a folder that cannot be written", () => {
  it("names a folder name too long for the file system by its error code, and writes nothing", () => {
    const dir = tmp();
    const file = path.join(dir, "meeting.txt");
    writeFileSync(file, TEXT);
    const out = path.join(dir, "x".repeat(300));
    expect(run(draftArgs(file, out))).toEqual(failed(`cannot write into ${out}: ENAMETOOLONG`));
  });

  it("says permission denied in words, and leaves an error without a code unexpected", () => {
    const dir = tmp();
    const file = path.join(dir, "meeting.txt");
    writeFileSync(file, TEXT);
    const out = path.join(dir, "out");
    expect(whileFailing("writeFileSync", path.join(out, "meeting.json"), errno("EACCES"), () => run(draftArgs(file, out)))).toEqual(failed(`cannot write into ${out}: permission denied`));
    rmSync(out, { recursive: true, force: true });
    expect(whileFailing("mkdirSync", out, new Error("synthetic failure"), () => run(draftArgs(file, out)))).toEqual(failed("unexpected error: synthetic failure"));
  });
});

describe("diff: data that cannot be read", () => {
  it("names a path through a file by its error code", () => {
    const file = path.join(tmp(), "dataset.json");
    writeFileSync(file, JSON.stringify(dataset));
    const through = path.join(file, "dataset.json");
    expect(run(["diff", through])).toEqual(failed(`diff: cannot read ${through}: ENOTDIR`));
  });

  it("says permission denied in words", () => {
    const file = path.join(tmp(), "dataset.json");
    writeFileSync(file, JSON.stringify(dataset));
    expect(whileFailing("readFileSync", file, errno("EACCES"), () => run(["diff", file]))).toEqual(failed(`diff: cannot read ${file}: permission denied`));
  });

  it("calls the bundled data 'the installed data' when it is what is wrong", () => {
    const file = path.join(tmp(), "dataset.json");
    writeFileSync(file, JSON.stringify(dataset));
    const theme = dataset.themes[0]!;
    const twice = { ...dataset, themes: [...dataset.themes, theme] } as Dataset;
    expect(run(["diff", file], twice)).toEqual(failed(`the installed data: themes has two records with id '${theme.id}'`));
  });
});
