/**
 * writeExplorer puts the explorer on disk: every file of explorerFiles with its content, under a folder it creates, and
 * the page code copied from the assets folder, or left alone when the assets folder is the output folder. The page
 * code here is synthetic test text in a temporary folder (the real one is built by tsup; see page.test.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { dataset } from "../../src/index.js";
import type { AnyIds } from "../../src/ids.js";
import type { Dataset } from "../../src/types.js";
import { loadSourceTexts } from "../../src/texts.js";
import { explorerFiles } from "../../src/explorer/build.js";
import { EXPLORER_ASSETS, writeExplorer } from "../../src/explorer/write.js";

const D = dataset as unknown as Dataset<AnyIds>;
let texts: ReadonlyMap<string, string>;
beforeAll(async () => {
  texts = await loadSourceTexts();
});

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), "pkr-explorer-write-"));
  dirs.push(d);
  return d;
};

/** A folder holding page code of synthetic text, one line naming each asset. */
function assetsFolder(): string {
  const dir = tempDir();
  for (const a of EXPLORER_ASSETS) writeFileSync(path.join(dir, a), `/* synthetic test text: ${a} */\n`);
  return dir;
}

/** Every file under a folder, relative to it, with `/` between parts. */
const filesUnder = (dir: string): string[] => (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; parentPath: string; name: string }>)
  .filter((e) => e.isFile())
  .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
  .sort();

describe("writeExplorer", () => {
  it("creates the output folder and its meetings folder, and writes every data file and the page code there", () => {
    const assets = assetsFolder();
    const out = path.join(tempDir(), "site", "explorer");
    writeExplorer(D, texts, out, assets);
    const expected = explorerFiles(D, texts);
    expect(filesUnder(out)).toEqual([...expected.map((f) => f.path), ...EXPLORER_ASSETS].sort());
    for (const f of expected) expect(readFileSync(path.join(out, f.path), "utf8"), f.path).toBe(f.content);
    for (const a of EXPLORER_ASSETS) expect(readFileSync(path.join(out, a), "utf8"), a).toBe(readFileSync(path.join(assets, a), "utf8"));
  });

  it("writes again into a folder it wrote before", () => {
    const assets = assetsFolder();
    const out = tempDir();
    writeExplorer(D, texts, out, assets);
    writeExplorer(D, texts, out, assets);
    expect(filesUnder(out)).toEqual([...explorerFiles(D, texts).map((f) => f.path), ...EXPLORER_ASSETS].sort());
  });

  it("copies no page code when the assets folder is the output folder, however it is written", () => {
    const out = tempDir();
    writeExplorer(D, texts, out, out);
    expect(filesUnder(out)).toEqual(explorerFiles(D, texts).map((f) => f.path).sort());
    for (const a of EXPLORER_ASSETS) expect(existsSync(path.join(out, a)), a).toBe(false);

    const built = tempDir();
    mkdirSync(path.join(built, "meetings"));
    for (const a of EXPLORER_ASSETS) writeFileSync(path.join(built, a), `/* synthetic test text: built ${a} */\n`);
    writeExplorer(D, texts, built, path.join(built, "meetings", ".."));
    for (const a of EXPLORER_ASSETS) expect(readFileSync(path.join(built, a), "utf8"), a).toBe(`/* synthetic test text: built ${a} */\n`);
  });
});
