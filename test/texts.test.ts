/** loadSourceTexts reads every shipped source text, strictly as UTF-8, however many there are. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { dataset } from "../src/index.js";
import { validateDataset } from "../src/schemas/index.js";
import { loadSourceTexts } from "../src/texts.js";
import { DATA_DIR, realData, ROOT } from "./helpers.js";

const listed = (JSON.parse(readFileSync(path.join(DATA_DIR, "sources/sources.json"), "utf8")) as { sources: Array<{ id: string; path: string }> }).sources;

describe("loadSourceTexts", () => {
  it("holds one text per source listed in sources.json, in its order, each the file's exact text", async () => {
    const texts = await loadSourceTexts();
    expect([...texts.keys()]).toEqual(listed.map((s) => s.id));
    for (const s of listed) expect(texts.get(s.id), s.id).toBe(readFileSync(path.join(DATA_DIR, "sources", s.path), "utf8"));
    expect([...texts]).toEqual([...realData().sourceTexts]);
  });

  it("is what validateDataset needs for the bundled dataset", async () => {
    const result = validateDataset(dataset, await loadSourceTexts());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("returns a new map each time", async () => {
    const [a, b] = await Promise.all([loadSourceTexts(), loadSourceTexts()]);
    expect(a).not.toBe(b);
    a.clear();
    expect(b.size).toBe(listed.length);
  });

  describe("in a package whose files are broken", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pkr-texts-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    /** A copy of src/texts.ts with a data/sources/ of our own beside it, imported fresh. */
    async function loaderWith(files: Record<string, string | Uint8Array>): Promise<typeof loadSourceTexts> {
      const root = mkdtempSync(path.join(dir, "pkg-"));
      mkdirSync(path.join(root, "src"));
      mkdirSync(path.join(root, "data/sources"), { recursive: true });
      copyFileSync(path.join(ROOT, "src/texts.ts"), path.join(root, "src/texts.ts"));
      for (const [name, content] of Object.entries(files)) writeFileSync(path.join(root, "data/sources", name), content);
      const module = (await import(pathToFileURL(path.join(root, "src/texts.ts")).href)) as { loadSourceTexts: typeof loadSourceTexts };
      return module.loadSourceTexts;
    }
    const listing = (...paths: string[]) => JSON.stringify({ sources: paths.map((p, i) => ({ id: `s${i}`, path: p })) });

    it("reads any number of sources", async () => {
      const load = await loaderWith({ "sources.json": listing("a.txt", "b.txt", "c.txt"), "a.txt": "one", "b.txt": "two\u00a0", "c.txt": "’three’" });
      expect(Object.fromEntries(await load())).toEqual({ s0: "one", s1: "two\u00a0", s2: "’three’" });
    });

    it("rejects a text that is not UTF-8, naming the file, instead of replacing the bytes", async () => {
      const load = await loaderWith({ "sources.json": listing("bad.txt"), "bad.txt": Uint8Array.from([0x61, 0xff, 0x62]) });
      await expect(load()).rejects.toThrow(/^loadSourceTexts: \S*bad\.txt is not valid UTF-8$/);
      // The decoder's own error stays attached as the cause.
      await expect(load()).rejects.toMatchObject({ cause: expect.any(TypeError) });
    });

    it("names a listed text that is missing", async () => {
      const load = await loaderWith({ "sources.json": listing("gone.txt") });
      await expect(load()).rejects.toThrow(/^loadSourceTexts: cannot read \S*gone\.txt: ENOENT/);
      await expect(load()).rejects.toMatchObject({ cause: { code: "ENOENT" } });
    });

    it("names a sources.json without a sources array", async () => {
      const load = await loaderWith({ "sources.json": "{}" });
      await expect(load()).rejects.toThrow(new Error("loadSourceTexts: sources.json has no 'sources' array"));
    });
  });
});
