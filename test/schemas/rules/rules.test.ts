/** The rules are one file, one test and one documented row each, and every problem carries its rule's id. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../../src/schemas/index.js";
import { valuesAt } from "../../../src/schemas/rules/rule.js";
import { ROOT } from "../../helpers.js";

describe("the cross-record rules", () => {
  it("have distinct kebab-case ids", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
  });

  it.each(RULES.map((r) => [r.id]))("%s has its own file and its own corruption test", (id) => {
    expect(existsSync(path.join(ROOT, "src/schemas/rules", `${id}.ts`))).toBe(true);
    expect(existsSync(path.join(ROOT, "test/schemas/rules", `${id}.test.ts`))).toBe(true);
  });

  it("are listed in docs/validation-rules.md, in order, with their descriptions", () => {
    const doc = readFileSync(path.join(ROOT, "docs/validation-rules.md"), "utf8");
    const rows = [...doc.matchAll(/^\| `([a-z0-9-]+)` \| (.+) \|$/gm)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual(RULES.map((r) => [r.id, r.description]));
  });
});

describe("valuesAt, the walk the rules share", () => {
  it("visits each element of an array once, with its index, and nothing past the end", () => {
    const seen: Array<[unknown, Array<string | number>]> = [];
    valuesAt({ a: ["x", "y"] }, ["a", "*"], (value, path) => seen.push([value, [...path]]));
    expect(seen).toEqual([
      ["x", ["a", 0]],
      ["y", ["a", 1]],
    ]);
  });
});
