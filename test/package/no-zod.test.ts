/** The `.` entry must not load zod at run time: a user who only wants data and helpers pays nothing for it. */
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

async function bundledInputs(entry: string, format: "esm" | "cjs"): Promise<string[]> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format,
    platform: "node",
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

describe("zod stays out of the . entry", () => {
  it.each([
    ["dist/index.js", "esm"],
    ["dist/index.cjs", "cjs"],
  ] as const)("a bundle of %s has no zod module", async (entry, format) => {
    const inputs = await bundledInputs(entry, format);
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.filter((p) => p.includes("node_modules/zod"))).toEqual([]);
  });

  it("while a bundle of the ./schemas entry does contain zod (so the check above can see it)", async () => {
    const inputs = await bundledInputs("dist/schemas.js", "esm");
    expect(inputs.some((p) => p.includes("node_modules/zod"))).toBe(true);
  });
});
