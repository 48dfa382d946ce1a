/**
 * The data commands as a user runs them, in a child process: `npm run validate`, `data:format` and `data:spans` on a
 * broken copy of data/ exit non-zero with one line per problem and no stack trace. They live apart from the in-process
 * tests of the same code because a child process cannot see a mutant, so the mutation suite leaves this file out.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DATA_DIR, ROOT } from "../helpers.js";

type Rec = Record<string, any>;
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh copy of data/ in a temporary folder. */
function copy(): { data: string } {
  const root = mkdtempSync(path.join(tmpdir(), "pkr-commands-"));
  dirs.push(root);
  const data = path.join(root, "data");
  cpSync(DATA_DIR, data, { recursive: true });
  return { data };
}

/** A temporary project root holding a copy of data/, with one file edited. */
function corruptedCopy(file: string, edit: (content: Rec) => void): string {
  const { data } = copy();
  const target = path.join(data, file);
  const content = JSON.parse(readFileSync(target, "utf8")) as Rec;
  edit(content);
  writeFileSync(target, JSON.stringify(content, null, 2));
  return path.dirname(data);
}

describe("the data commands in a child process", () => {
  it("`npm run validate` exits non-zero with one line per problem and no stack trace", () => {
    const root = corruptedCopy("themes.json", (c) => {
      c.themes[0].a4pCommitmentArea = "yes";
    });
    let out = "";
    let code = 0;
    try {
      execFileSync("npx", ["tsx", "src/authoring/cli.ts", "validate", "--dir", path.join(root, "data")], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
    } catch (error) {
      const e = error as { status: number; stderr: string };
      code = e.status;
      out = e.stderr;
    }
    expect(code).toBe(1);
    expect(out).toMatch(/themes\.json: themes\[politics\]\.a4pCommitmentArea: Invalid input: expected boolean, received string \[schema\]\n1 problem\n$/);
    expect(out).not.toMatch(/\n\s+at /);
  });

  it.each(["format", "spans"])("`npm run data:%s` refuses a file that is not UTF-8 in one line and leaves it as it was", (command) => {
    const { data } = copy();
    const file = path.join(data, "themes.json");
    const bytes = Buffer.concat([readFileSync(file), Buffer.from([0xe4])]);
    writeFileSync(file, bytes);
    const r = spawnSync("npx", ["tsx", "src/authoring/cli.ts", command, "--dir", data], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`${path.relative(ROOT, file)}: not valid UTF-8: byte 0xE4 at byte offset ${bytes.length - 1}\n`);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

});
