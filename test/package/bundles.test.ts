/**
 * What a user's bundler makes of the package: the `.` entry loads no zod (a user who only wants data and helpers
 * pays nothing for it), and a bundle that uses only helpers leaves the data out.
 */
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

describe("a bundle of only the helpers", () => {
  it("leaves the data out (the dataset is created by a call marked pure)", async () => {
    const result = await build({
      stdin: { contents: `import { filterStatements } from ${JSON.stringify(path.join(root, "dist/index.js"))};\nexport { filterStatements };`, resolveDir: root },
      bundle: true,
      write: false,
      metafile: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      logLevel: "silent",
    });
    const [output] = Object.values(result.metafile.outputs);
    const fromJson = Object.entries(output!.inputs).filter(([p, i]) => p.endsWith(".json") && i.bytesInOutput > 0);
    expect(fromJson).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toContain("Jean-Pierre Lacroix");
  });

  it("while a bundle of the dataset holds it", async () => {
    const result = await build({
      stdin: { contents: `import { dataset } from ${JSON.stringify(path.join(root, "dist/index.js"))};\nexport { dataset };`, resolveDir: root },
      bundle: true,
      write: false,
      format: "esm",
      platform: "neutral",
      logLevel: "silent",
    });
    expect(result.outputFiles[0]!.text).toContain("Jean-Pierre Lacroix");
  });
});
