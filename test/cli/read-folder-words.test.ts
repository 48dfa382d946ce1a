/**
 * A path that names a folder where a file is read: `diff` and `draft` say so in a reader's words, not in the words
 * of a write ("a folder is in the way of a file to write"). Run in this process through `main(argv, io)`. The short
 * text written here is synthetic test text.
 */
import fs, { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}
const failed = (message: string) => ({ code: 1, out: "", err: `peacekeeping-records: ${message}\n` });

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), "pkr-read-folder-"));
  dirs.push(d);
  return d;
};

describe("a folder where a file is read", () => {
  it("diff DIR, when DIR/dataset.json is itself a folder", () => {
    const dir = tmp();
    mkdirSync(path.join(dir, "dataset.json"));
    const file = path.join(dir, "dataset.json");
    expect(run(["diff", dir])).toEqual(failed(`diff: cannot read ${file}: it is a folder, not a file`));
  });

  it("draft FILE, when the file has become a folder by the time it is read", () => {
    const dir = tmp();
    const file = path.join(dir, "text.txt");
    writeFileSync(file, "Synthetic test text. The Security Council met today.\n");
    // The check before the read sees a file; the read itself is refused as a real read of a folder is (EISDIR).
    const real = fs.readFileSync;
    (fs as unknown as Record<string, unknown>).readFileSync = (...args: unknown[]) => {
      if (args[0] === file) throw Object.assign(new Error("EISDIR: illegal operation on a directory, read"), { code: "EISDIR" });
      return (real as (...a: unknown[]) => unknown)(...args);
    };
    syncBuiltinESMExports();
    try {
      const out = path.join(dir, "out");
      expect(run(["draft", file, "--source", "synthetic-source", "--meeting", "2031-11-13-synthetic", "--out", out])).toEqual(
        failed(`cannot read ${file}: it is a folder, not a file`),
      );
    } finally {
      (fs as unknown as Record<string, unknown>).readFileSync = real;
      syncBuiltinESMExports();
    }
  });
});
