/**
 * The published artifact, used the way a user would: pack the package, install the tarball into a fresh project,
 * import it from ESM, require it from CJS, and type-check a strict TypeScript file under node16 and bundler resolution.
 * Needs `npm run build` first (npm test does it).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const tsc = path.join(root, "node_modules/typescript/bin/tsc");
let dir: string;

const run = (cmd: string, args: string[], cwd = dir) =>
  execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "pkr-consumer-"));
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", dir], root)) as Array<{ filename: string }>;
  const tarball = path.join(dir, packed[0]!.filename);
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  // zod comes in as the package's peer dependency, from the local cache when it can.
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball]);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the packed package in a fresh project", () => {
  it("installs zod as its peer and nothing else at run time", () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, "node_modules/peacekeeping-records/package.json"), "utf8"));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(Object.keys(manifest.peerDependencies)).toEqual(["zod"]);
  });

  it("imports from an ES module", () => {
    writeFileSync(
      path.join(dir, "esm.mjs"),
      `import { dataset, statements, DELEGATION_IDS } from "peacekeeping-records";
import { validateDataset, StatementSchema } from "peacekeeping-records/schemas";
import schema from "peacekeeping-records/dataset.schema.json" with { type: "json" };
const text = (await import("node:fs")).readFileSync(new URL(import.meta.resolve("peacekeeping-records/sources/2020-09-14-security-council-a4p.txt")), "utf8");
const result = validateDataset(dataset, { [dataset.sources[0].id]: text });
console.log(JSON.stringify({ statements: statements.length, ids: DELEGATION_IDS.includes("VNM"), ok: result.ok,
  parsed: StatementSchema.safeParse(statements[0]).success, frozen: Object.isFrozen(statements[0].paragraphs), schema: schema.$schema }));`,
    );
    const out = JSON.parse(run("node", ["esm.mjs"]));
    expect(out).toEqual({
      statements: 13,
      ids: true,
      ok: true,
      parsed: true,
      frozen: true,
      schema: "https://json-schema.org/draft/2020-12/schema",
    });
  });

  it("requires from a CommonJS module", () => {
    writeFileSync(
      path.join(dir, "cjs.cjs"),
      `const { dataset, metrics } = require("peacekeeping-records");
const { DatasetSchema } = require("peacekeeping-records/schemas");
const pkg = require("peacekeeping-records/package.json");
console.log(JSON.stringify({ metrics: metrics.length, same: dataset.metrics === metrics, valid: DatasetSchema.safeParse(dataset).success, name: pkg.name }));`,
    );
    expect(JSON.parse(run("node", ["cjs.cjs"]))).toEqual({ metrics: 25, same: true, valid: true, name: "peacekeeping-records" });
  });

  const consumerTs = `import { dataset, type Statement, type DelegationId, type Metric } from "peacekeeping-records";
import { StatementSchema, type ValidationResult } from "peacekeeping-records/schemas";
import type { z } from "zod";

const first: Statement = dataset.statements[0]!;
const id: DelegationId = "VNM";
const parsed: z.output<typeof StatementSchema> = StatementSchema.parse(first);
const values: number[] = dataset.metrics.map((m: Metric) => m.value);
// @ts-expect-error records are readonly
first.order = 2;
// @ts-expect-error ids are a closed union
const wrong: DelegationId = "XXX";
declare const r: ValidationResult;
if (r.ok) console.log(r.dataset.meetings.length);
console.log(id, parsed.id, values.length, wrong);
`;

  for (const resolution of ["node16", "bundler"] as const) {
    it(`type-checks a strict consumer under moduleResolution ${resolution}`, () => {
      const sub = path.join(dir, resolution);
      run("mkdir", ["-p", sub]);
      writeFileSync(path.join(sub, "consumer.ts"), consumerTs);
      writeFileSync(
        path.join(sub, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            skipLibCheck: false,
            noEmit: true,
            target: "ES2022",
            module: resolution === "node16" ? "node16" : "esnext",
            moduleResolution: resolution,
            types: [],
          },
          files: ["consumer.ts"],
        }),
      );
      // For node16, consumer.ts is CommonJS (no "type": "module" in the consumer), so the require types are checked too.
      let output = "";
      try {
        output = run("node", [tsc, "-p", sub]);
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      expect(output).toBe("");
    });
  }
});
