/**
 * Reading a data folder that is broken in the ways a file system allows: bytes that are not UTF-8, a byte-order mark,
 * UTF-16, an empty folder, no sources, paths and links that lead outside the folder; and a report that puts root
 * causes first. Each case corrupts a copy of data/ and asserts the exact lines `validate` prints.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkDataDir } from "../../src/authoring/build.js";
import { decodeUtf8, formatProblems, problemCount } from "../../src/authoring/load.js";
import { DATA_DIR, ROOT, realData } from "../helpers.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh copy of data/ (or an empty folder), and the path of a file in it as reports print it. */
function copy(empty = false): { data: string; rel: (file: string) => string } {
  const root = mkdtempSync(path.join(tmpdir(), "pkr-bad-"));
  dirs.push(root);
  const data = path.join(root, "data");
  if (empty) mkdirSync(data);
  else cpSync(DATA_DIR, data, { recursive: true });
  return { data, rel: (file) => path.relative(process.cwd(), path.join(data, file)) };
}

/** What validate prints for a folder: the problem lines, then the count. */
function report(data: string): string[] {
  const checked = checkDataDir(data);
  return checked.ok ? ["valid"] : [...formatProblems(checked.problems), problemCount(checked.problems)];
}

const { input } = realData();
const source = input.sources[0] as { id: string; path: string };
const sourceFile = `sources/${source.path}`;
const sourcesJson = "sources/sources.json";
/** How many references to a theme the statements hold: each follows from an unreadable themes.json. */
const themeRefs = (input.statements as Array<{ themes: unknown[] }>).reduce((n, s) => n + s.themes.length, 0);

describe("strict UTF-8", () => {
  it("a data file with a byte that is not UTF-8 is named with the byte's offset", () => {
    const { data, rel } = copy();
    const text = readFileSync(path.join(data, "themes.json"));
    const at = text.indexOf("Politics");
    writeFileSync(path.join(data, "themes.json"), Buffer.concat([text.subarray(0, at), Buffer.from([0xe4]), text.subarray(at)]));
    expect(report(data)).toEqual([
      `${rel("themes.json")}: not valid UTF-8: byte 0xE4 at byte offset ${at}`,
      `  ${themeRefs} more problems follow from it (not shown: fix this first)`,
      `${themeRefs + 1} problems (${themeRefs} not shown: they follow from the root causes above)`,
    ]);
  });

  it("a source text with a byte that is not UTF-8 is named, not hashed as U+FFFD", () => {
    const { data, rel } = copy();
    const bytes = readFileSync(path.join(data, sourceFile));
    writeFileSync(path.join(data, sourceFile), Buffer.concat([bytes, Buffer.from([0xe4])]));
    expect(report(data)).toEqual([
      `${rel(sourcesJson)}: sources[${source.id}].path: source text '${sourceFile}' is not valid UTF-8: byte 0xE4 at byte offset ${bytes.length}`,
      "  1 more problem follows from it (not shown: fix this first)",
      "2 problems (1 not shown: they follow from the root causes above)",
    ]);
  });

  it.each([
    ["a UTF-8 byte-order mark", (b: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]), "starts with a UTF-8 byte-order mark (EF BB BF): save it as UTF-8 without one"],
    ["UTF-16 with its byte-order mark", (b: Buffer) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString("utf8"), "utf16le")]), "is UTF-16 (little-endian byte-order mark FF FE): save it as UTF-8"],
    ["UTF-16 without one", (b: Buffer) => Buffer.from(b.toString("utf8"), "utf16le"), "looks like UTF-16 without a byte-order mark (a zero byte at offset 1): save it as UTF-8"],
  ])("%s is named once, and the problems that follow are counted, not printed", (_name, encode, message) => {
    const { data, rel } = copy();
    writeFileSync(path.join(data, "themes.json"), encode(readFileSync(path.join(data, "themes.json"))));
    const lines = report(data);
    expect(lines[0]).toBe(`${rel("themes.json")}: ${message}`);
    expect(lines.slice(1)).toEqual([`  ${themeRefs} more problems follow from it (not shown: fix this first)`, `${themeRefs + 1} problems (${themeRefs} not shown: they follow from the root causes above)`]);
  });

  it("decodeUtf8 finds the first bad byte after valid multi-byte characters", () => {
    expect(decodeUtf8(Buffer.from("a\u00a0b\u2011c", "utf8"))).toEqual({ text: "a\u00a0b\u2011c" });
    expect(decodeUtf8(Buffer.from([0x61, 0xc2, 0xa0, 0xe2, 0x80]))).toEqual({ error: "not valid UTF-8: byte 0xE2 at byte offset 3" });
    expect(decodeUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toEqual({ error: "not valid UTF-8: byte 0xED at byte offset 0" });
  });
});

describe("a folder that is not a data folder", () => {
  it("an empty folder is an error", () => {
    const { data } = copy(true);
    expect(report(data)).toEqual([`${data}: holds no data files (.json): a data folder holds sources/sources.json and the records' files (see data/README.md)`, "1 problem"]);
  });

  it("a folder without sources/sources.json is an error, and the spans citing the missing sources follow from it", () => {
    const { data } = copy();
    rmSync(path.join(data, sourcesJson));
    const lines = report(data);
    expect(lines[0]).toBe(`${data}: holds no sources: a data folder needs sources/sources.json, listing the source texts its records quote`);
    expect(lines[1]).toMatch(/^ {2}\d+ more problems follow from it \(not shown: fix this first\)$/);
    expect(lines).toHaveLength(3);
  });

  it("no sources beside a broken file: both are root causes, each with what follows from it", () => {
    const { data, rel } = copy();
    rmSync(path.join(data, sourcesJson));
    writeFileSync(path.join(data, "themes.json"), "[");
    const lines = report(data);
    expect(lines.filter((l) => !l.startsWith(" ")).slice(0, 2)).toEqual([
      expect.stringMatching(new RegExp(`^${rel("themes.json").replace(/[.]/g, "\\.")}: not valid JSON: `)),
      `${data}: holds no sources: a data folder needs sources/sources.json, listing the source texts its records quote`,
    ]);
    expect(lines[1]).toBe(`  ${themeRefs} more problems follow from it (not shown: fix this first)`);
    expect(lines[3]).toMatch(/^ {2}\d+ more problems follow from it/);
    expect(lines).toHaveLength(5);
  });
});

describe("paths and links never lead outside the folder", () => {
  it("a source path that climbs out of the folder is refused by its schema before anything is read", () => {
    const { data, rel } = copy();
    const file = path.join(data, sourcesJson);
    writeFileSync(file, readFileSync(file, "utf8").replace(`"path": "${source.path}"`, '"path": "../../../../../../etc/passwd"'));
    expect(report(data)).toEqual([
      `${rel(sourcesJson)}: sources[${source.id}].path: must be a plain .txt file name under data/sources/ [schema]`,
      "  1 more problem follows from it (not shown: fix this first)",
      "2 problems (1 not shown: they follow from the root causes above)",
    ]);
  });

  it("a source text that is a link to outside the folder is not read", () => {
    const { data, rel } = copy();
    const outside = path.join(path.dirname(data), "outside.txt");
    writeFileSync(outside, "secret\n");
    rmSync(path.join(data, sourceFile));
    symlinkSync(outside, path.join(data, sourceFile));
    expect(report(data)[0]).toBe(`${rel(sourcesJson)}: sources[${source.id}].path: source text '${sourceFile}' is a symbolic link to outside the data folder; not read`);
  });

  it("a data file that is a link to outside the folder is not read, and its bytes are not echoed", () => {
    const { data, rel } = copy();
    const outside = path.join(path.dirname(data), "secret.json");
    writeFileSync(outside, "SECRET-CONTENT not json");
    symlinkSync(outside, path.join(data, "evil.json"));
    const lines = report(data);
    expect(lines).toEqual([`${rel("evil.json")}: a symbolic link to outside the data folder; not read`, "1 problem"]);
  });

  it("a link inside the folder is read once, where its target is", () => {
    const { data } = copy();
    renameSync(path.join(data, "themes.json"), path.join(data, "meetings", "themes.json"));
    symlinkSync(path.join("meetings", "themes.json"), path.join(data, "themes.json"));
    expect(report(data)).toEqual(["valid"]);
  });
});

describe("root causes first", () => {
  it("a changed source text is one line with its sha256, and the span problems it causes are counted", () => {
    const { data, rel } = copy();
    writeFileSync(path.join(data, sourceFile), `Inserted first line.\n${readFileSync(path.join(data, sourceFile), "utf8")}`);
    const lines = report(data);
    expect(lines[0]).toMatch(new RegExp(`^${rel(sourcesJson).replace(/[.]/g, "\\.")}: sources\\[${source.id}\\]\\.sha256: sha256 [0-9a-f]{64} does not match the text's [0-9a-f]{64} \\[source-texts\\]$`));
    const follow = /^ {2}(\d+) more problems follow from it/.exec(lines[1]!);
    expect(Number(follow?.[1])).toBeGreaterThan(input.statements.length);
    expect(lines.slice(2)).toEqual([`${Number(follow![1]) + 1} problems (${follow![1]} not shown: they follow from the root causes above)`]);
  });

  it("an independent problem is still printed, after the root cause", () => {
    const { data, rel } = copy();
    writeFileSync(path.join(data, "delegations.json"), "{");
    const file = path.join(data, "themes.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"a4pCommitmentArea": true', '"a4pCommitmentArea": "yes"'));
    const lines = report(data);
    expect(lines[0]).toMatch(new RegExp(`^${rel("delegations.json").replace(/[.]/g, "\\.")}: not valid JSON: `));
    expect(lines[1]).toMatch(/^ {2}\d+ more problems follow from it/);
    expect(lines[2]).toMatch(/themes\.json: themes\[[^\]]+\]\.a4pCommitmentArea: Invalid input: expected boolean, received string \[schema\]$/);
  });
});
