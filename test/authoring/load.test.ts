/**
 * Reading a data folder: which files are read, in what order, what a file that holds no records is told, where the
 * source texts come from, and which file each record is in. On small folders and corrupted copies of data/.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatProblem, listDataFiles, loadDataDir, validateLoaded } from "../../src/authoring/load.js";
import { COLLECTIONS } from "../../src/schemas/dataset.js";
import { DATA_DIR, realData } from "../helpers.js";

const MEETING = "2020-09-14-a4p";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), "pkr-load-"));
  dirs.push(d);
  return d;
};
/** A copy of data/ in a temporary folder. */
const copy = () => {
  const data = path.join(tmp(), "data");
  cpSync(DATA_DIR, data, { recursive: true });
  return data;
};
/** A folder holding these files (text, or JSON for anything else), written in reverse order. */
function folder(files: Record<string, unknown>): string {
  const dir = tmp();
  for (const [name, content] of Object.entries(files).reverse()) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  }
  return dir;
}
const rel = (file: string) => path.relative(process.cwd(), file);
const lines = (dir: string) => loadDataDir(dir).problems.map(formatProblem);
const realFiles = listDataFiles(DATA_DIR).map((f) => path.relative(DATA_DIR, f));

describe("listDataFiles", () => {
  it("lists the .json files below a folder, each folder's entries in sorted order, leaving out the top schema/ folder", () => {
    const dir = folder({ "b.json": {}, "a.json": {}, "c/z.json": {}, "c/schema/y.json": {}, "schema/x.json": {}, "notes.txt": "x", "d.json.bak": "x", "c/a.json": {} });
    expect(listDataFiles(dir).map((f) => path.relative(dir, f))).toEqual(["a.json", "b.json", "c/a.json", "c/schema/y.json", "c/z.json"]);
  });

  it("orders names by their UTF-16 code units, as JavaScript sorts strings, whatever order the file system lists them in", () => {
    // U+FF01 comes before U+1F600 in UTF-8 bytes (which Node's readdir on Linux follows), after it in UTF-16 code units.
    const names = ["\uff01.json", "\u{1f600}.json", "a.json"];
    const dir = folder(Object.fromEntries(names.map((n) => [n, {}])));
    expect(listDataFiles(dir).map((f) => path.basename(f))).toEqual(["a.json", "\u{1f600}.json", "\uff01.json"]);
  });

  it("follows a link inside the folder to a folder once, and never loops", () => {
    const data = copy();
    symlinkSync(data, path.join(data, "self"));
    symlinkSync("..", path.join(data, "meetings", "up"));
    // A link to the folder it stands in, reached first through another link (alias/loop is meetings/loop).
    symlinkSync(".", path.join(data, "meetings", "loop"));
    symlinkSync("meetings", path.join(data, "alias"));
    symlinkSync("meetings", path.join(data, "alias2"));
    expect(loadDataDir(data).problems).toEqual([]);
    // Each file is read once, under the first path that reaches it.
    const meetings = realFiles.filter((f) => f.startsWith("meetings/"));
    expect(meetings.length).toBeGreaterThan(0);
    expect(listDataFiles(data).map((f) => path.relative(data, f))).toEqual([...meetings.map((f) => f.replace(/^meetings\//, "alias/")), ...realFiles.filter((f) => !meetings.includes(f))]);
  });

  it("refuses a link to a data file or folder outside, or to nothing, and passes over such links to other files", () => {
    const data = copy();
    const outside = path.dirname(data);
    writeFileSync(path.join(outside, "notes.txt"), "x");
    mkdirSync(path.join(outside, "more"));
    symlinkSync(path.join(outside, "notes.txt"), path.join(data, "notes.txt"));
    symlinkSync(path.join(outside, "more"), path.join(data, "more"));
    symlinkSync(path.join(outside, "gone.json"), path.join(data, "gone.json"));
    symlinkSync(path.join(outside, "gone.txt"), path.join(data, "gone.txt"));
    expect(lines(data)).toEqual([
      `${rel(path.join(data, "gone.json"))}: a symbolic link whose target does not exist; not read`,
      `${rel(path.join(data, "more"))}: a symbolic link to outside the data folder; not read`,
    ]);
    expect(listDataFiles(data).map((f) => path.relative(data, f))).toEqual(realFiles);
  });

  it("a folder that holds only a refused link is told about the link alone", () => {
    const dir = tmp();
    symlinkSync(path.join(path.dirname(dir), "no-such.json"), path.join(dir, "a.json"));
    expect(lines(dir)).toEqual([`${rel(path.join(dir, "a.json"))}: a symbolic link whose target does not exist; not read`]);
  });
});

describe("loadDataDir", () => {
  it("reads data/ into its collections, in file order, with each file's content", () => {
    const loaded = loadDataDir(DATA_DIR);
    expect(loaded.problems).toEqual([]);
    expect(loaded.files.map((f) => f.file)).toEqual(listDataFiles(DATA_DIR).map(rel));
    for (const { file, content } of loaded.files) expect(content).toEqual(JSON.parse(readFileSync(file, "utf8")));
    for (const c of COLLECTIONS) {
      expect(loaded.input[c]).toEqual(loaded.files.flatMap((f) => (f.content[c] as unknown[] | undefined) ?? []));
      expect(loaded.input[c].length).toBeGreaterThan(0);
    }
    expect([...loaded.sourceTexts.keys()]).toEqual(loaded.input.sources.map((s) => (s as { id: string }).id));
  });

  it("names a folder it cannot read", () => {
    const dir = path.join(tmp(), "no-such-folder");
    expect(lines(dir)).toEqual([`${dir}: cannot read the data folder: ENOENT: no such file or directory, lstat '${dir}'`]);
  });

  it("tells a file that holds no object of collections, an unknown collection and a collection that is no array", () => {
    const dir = folder({ "a.json": [], "b.json": null, "c.json": '"x"', "d.json": 1, "e.json": { $schema: "x", speeches: [], themes: {}, toString: [] }, "sources/sources.json": { sources: [] } });
    const at = (f: string) => rel(path.join(dir, f));
    const must = "a data file must hold an object with one or more collection arrays";
    expect(lines(dir)).toEqual([
      `${at("a.json")}: ${must}`,
      `${at("b.json")}: ${must}`,
      `${at("c.json")}: ${must}`,
      `${at("d.json")}: ${must}`,
      `${at("e.json")}: speeches: unknown collection 'speeches' (known: ${COLLECTIONS.join(", ")})`,
      `${at("e.json")}: themes[?].themes: 'themes' must be an array of records`,
      `${at("e.json")}: toString: unknown collection 'toString' (known: ${COLLECTIONS.join(", ")})`,
      `${dir}: holds no sources: a data folder needs sources/sources.json, listing the source texts its records quote`,
    ]);
    expect(loadDataDir(dir).files.map((f) => f.file)).toEqual([at("e.json"), at("sources/sources.json")]);
  });

  it("names a data file it cannot open, and reads the others", async () => {
    const data = copy();
    // A socket named like a data file: listed as a file, but open() refuses it (ENXIO).
    const socket = path.join(data, "themes.json");
    rmSync(socket);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const loaded = loadDataDir(data);
      expect(loaded.problems.map(formatProblem)).toEqual([`${rel(socket)}: cannot read the file: ENXIO: no such device or address, open '${socket}'`]);
      expect(loaded.files.map((f) => f.file)).toEqual(listDataFiles(DATA_DIR).map((f) => rel(path.join(data, path.relative(DATA_DIR, f)))).filter((f) => f !== rel(socket)));
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("says when a data folder lists no sources, unless the file that should hold them could not be read", () => {
    const none = folder({ "themes.json": { themes: [] } });
    expect(lines(none)).toEqual([`${none}: holds no sources: a data folder needs sources/sources.json, listing the source texts its records quote`]);
    const broken = folder({ "themes.json": { themes: [] }, "sources/sources.json": "{" });
    expect(lines(broken)).toEqual([expect.stringMatching(new RegExp(`^${rel(path.join(broken, "sources/sources.json"))}: not valid JSON: `))]);
    const otherBroken = folder({ "themes.json": "{", "sources/sources.json": { sources: [] } });
    expect(lines(otherBroken)).toEqual([expect.stringMatching(/themes\.json: not valid JSON: /), `${otherBroken}: holds no sources: a data folder needs sources/sources.json, listing the source texts its records quote`]);
    expect(lines(tmp())).toEqual([expect.stringMatching(/: holds no data files \(\.json\): a data folder holds sources\/sources\.json/)]);
  });

  it("takes a record that is no object, and a source without a string id or path, without reading anything for them", () => {
    const data = copy();
    const file = path.join(data, "sources/sources.json");
    const content = JSON.parse(readFileSync(file, "utf8")) as { sources: unknown[] };
    const source = content.sources[0] as Record<string, unknown>;
    content.sources.push(null, { ...source, id: 5 }, { ...source, id: "x", path: 7 }, { ...source, id: "y", path: "../x.txt" });
    writeFileSync(file, JSON.stringify(content));
    const loaded = loadDataDir(data);
    expect(loaded.problems).toEqual([]);
    expect([...loaded.sourceTexts.keys()]).toEqual([source.id]);
  });

  it("reads a source text through a link inside the folder, and names one it cannot read with what is wrong", () => {
    const data = copy();
    const { input } = realData();
    const { id, path: p } = input.sources[0] as { id: string; path: string };
    const text = path.join(data, "sources", p);
    const sourcesFile = rel(path.join(data, "sources/sources.json"));
    const problem = (message: string) => [`${sourcesFile}: sources[${id}].path: ${message}`];

    cpSync(text, path.join(data, "sources", "real.txt"));
    rmSync(text);
    symlinkSync("real.txt", text);
    expect(loadDataDir(data).problems).toEqual([]);
    expect(loadDataDir(data).sourceTexts.get(id)).toBe(readFileSync(path.join(DATA_DIR, "sources", p), "utf8"));

    rmSync(text);
    writeFileSync(text, Buffer.from([0x41, 0xff]));
    expect(lines(data)).toEqual(problem(`source text 'sources/${p}' is not valid UTF-8: byte 0xFF at byte offset 1`));
    writeFileSync(text, Buffer.from([0xef, 0xbb, 0xbf, 0x41]));
    expect(lines(data)).toEqual(problem(`source text 'sources/${p}' starts with a UTF-8 byte-order mark (EF BB BF): save it as UTF-8 without one`));
    rmSync(text);
    expect(lines(data)).toEqual(problem(`cannot read source text 'sources/${p}'`));
  });

  it("knows which file holds a record: the first that does, and none for an id that is not a string", () => {
    const data = copy();
    const themes = JSON.parse(readFileSync(path.join(data, "themes.json"), "utf8")) as { themes: Array<Record<string, unknown>> };
    const first = themes.themes[0]!;
    writeFileSync(path.join(data, "zz.json"), JSON.stringify({ themes: [first, { ...first, id: 5 }, { ...first, id: "null" }] }));
    const loaded = loadDataDir(data);
    expect(loaded.fileOf("themes", first.id as string)).toBe(rel(path.join(data, "themes.json")));
    expect(loaded.fileOf("themes", "null")).toBe(rel(path.join(data, "zz.json")));
    expect(loaded.fileOf("themes", null)).toBeNull();
    expect(loaded.fileOf("themes", "5")).toBeNull();
    expect(loaded.fileOf("subjects", first.id as string)).toBeNull();
    expect(loaded.fileOf("themes", "no-such-theme")).toBeNull();
  });
});

describe("validateLoaded", () => {
  it("is ok for data/, with the dataset and its source texts", () => {
    const loaded = loadDataDir(DATA_DIR);
    const checked = validateLoaded(loaded);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.sourceTexts).toBe(loaded.sourceTexts);
      expect(checked.dataset.statements).toHaveLength(loaded.input.statements.length);
    }
  });

  it("is not ok when reading found a problem, even if the records it read are valid", () => {
    const data = copy();
    writeFileSync(path.join(data, "extra.json"), "[]");
    const checked = validateLoaded(loadDataDir(data));
    expect(checked.ok ? [] : checked.problems.map(formatProblem)).toEqual([`${rel(path.join(data, "extra.json"))}: a data file must hold an object with one or more collection arrays`]);
  });

  it("says once per span that its offsets are not filled, or that its end is not", () => {
    const data = copy();
    const file = path.join(data, "meetings/2020-09-14-a4p/statements.json");
    const content = JSON.parse(readFileSync(file, "utf8")) as { statements: Array<Record<string, any>> };
    const s = content.statements[0]!;
    delete s.paragraphs[0].start;
    delete s.paragraphs[0].end;
    delete s.speaker.evidence.end;
    delete s.themes[0].evidence.start;
    delete s.capacity;
    writeFileSync(file, JSON.stringify(content));
    const checked = validateLoaded(loadDataDir(data));
    const at = `${rel(file)}: statements[${s.id}]`;
    expect(checked.ok ? [] : checked.problems.map(formatProblem)).toEqual([
      `${at}.speaker.evidence: span has no end offset: run npm run data:spans to fill it from its quote [schema]`,
      expect.stringMatching(new RegExp(`^${at.replace(/[.[\]]/g, "\\$&")}\\.capacity: Invalid option: expected one of .* \\[schema\\]$`)),
      `${at}.paragraphs.0: span has no offsets: run npm run data:spans to fill them from its quote [schema]`,
      `${at}.themes.0.evidence: span has no offsets: run npm run data:spans to fill them from its quote [schema]`,
    ]);
  });

  /** A copy of data/ with the records of one of MEETING's files changed by `change`; the file and the copy's folder. */
  const withChanged = (name: string, change: (records: Array<Record<string, any> | null>, data: string) => void) => {
    const data = copy();
    const file = path.join(data, "meetings", MEETING, `${name}.json`);
    const content = JSON.parse(readFileSync(file, "utf8")) as Record<string, Array<Record<string, any> | null>>;
    change(content[name]!, data);
    writeFileSync(file, JSON.stringify(content));
    return { data, file: rel(file) };
  };
  const schemaLines = (data: string) => {
    const checked = validateLoaded(loadDataDir(data));
    return (checked.ok ? [] : checked.problems).filter((p) => p.rule === "schema").map(formatProblem);
  };

  it("names each repeat of an id in its own file, and a record's other problems in the file of the first record with its id", () => {
    let copyFile = "";
    const { data, file } = withChanged("metrics", (metrics, data) => {
      const [a, b] = metrics as Array<Record<string, any>>;
      mkdirSync(path.join(data, "meetings", "9999-12-31-copy"));
      copyFile = path.join(data, "meetings", "9999-12-31-copy", "metrics.json");
      // Both repeated, with a record that is no object between them; then the first fails its schema where it stands.
      writeFileSync(copyFile, JSON.stringify({ metrics: [a, null, b] }));
      metrics[0] = { ...a, extra: 1 };
    });
    const loaded = loadDataDir(data);
    const [a, b] = loaded.input.metrics as Array<{ id: string }>;
    const checked = validateLoaded(loaded);
    expect((checked.ok ? [] : checked.problems).map((p) => [p.rule, p.id, p.file])).toEqual([
      ["schema", a!.id, file],
      ["schema", `#${loaded.input.metrics.indexOf(null)}`, null],
      ["unique-ids", a!.id, rel(copyFile)],
      ["unique-ids", b!.id, rel(copyFile)],
    ]);
  });

  it("tells a span with no offsets in a record that comes after one that is no object", () => {
    const { data, file } = withChanged("statements", (statements) => {
      delete statements[1]!.paragraphs[0].start;
      delete statements[1]!.paragraphs[0].end;
      statements.unshift(null);
    });
    const id = (JSON.parse(readFileSync(file, "utf8")) as { statements: Array<{ id: string } | null> }).statements[2]!.id;
    expect(schemaLines(data)).toEqual([
      expect.stringMatching(/^\(dataset\): statements\[#\d+\]: Invalid input: expected object, received null \[schema\]$/),
      `${file}: statements[${id}].paragraphs.0: span has no offsets: run npm run data:spans to fill them from its quote [schema]`,
    ]);
  });

  it("leaves the schema's words for a span with no offsets when the first record with its id has null there instead", () => {
    let id = "";
    const { data, file } = withChanged("statements", (statements) => {
      const [s0, s1] = statements as Array<Record<string, any>>;
      id = s0!.id;
      // A repeat of the first record's id: the record looked up is the first, which has null where the span, or the object holding it, should be.
      s1!.id = id;
      delete s1!.paragraphs[0].start;
      delete s1!.paragraphs[0].end;
      delete s1!.speaker.evidence.start;
      delete s1!.speaker.evidence.end;
      s0!.paragraphs[0] = null;
      s0!.speaker = null;
    });
    const lines = schemaLines(data);
    for (const at of ["paragraphs.0.start", "paragraphs.0.end", "speaker.evidence.start", "speaker.evidence.end"]) {
      expect(lines).toContain(`${file}: statements[${id}].${at}: Invalid input: expected number, received undefined [schema]`);
    }
    expect(lines.filter((l) => l.includes("span has no"))).toEqual([]);
  });

  it("leaves the schema's words for a span's other missing fields, for offsets of the wrong type, and for a span in a record it cannot find", () => {
    let id = "";
    const { data, file } = withChanged("statements", (statements) => {
      const [s0, s1] = statements as Array<Record<string, any>>;
      id = s0!.id;
      delete s0!.paragraphs[0].source;
      s0!.paragraphs[1].start = String(s0!.paragraphs[1].start);
      // No id: the record a problem names cannot be found again.
      delete s1!.id;
      delete s1!.paragraphs[0].start;
      delete s1!.paragraphs[0].end;
    });
    const at = `${file}: statements[${id}]`;
    const noId = `(dataset): statements[#${loadDataDir(data).input.statements.findIndex((s) => !Object.hasOwn(s as object, "id"))}]`;
    expect(schemaLines(data)).toEqual([
      `${at}.paragraphs.0.source: Invalid input: expected string, received undefined [schema]`,
      `${at}.paragraphs.1.start: Invalid input: expected number, received string [schema]`,
      `${noId}.id: Invalid input: expected string, received undefined [schema]`,
      `${noId}.paragraphs.0.start: Invalid input: expected number, received undefined [schema]`,
      `${noId}.paragraphs.0.end: Invalid input: expected number, received undefined [schema]`,
    ]);
  });
});
