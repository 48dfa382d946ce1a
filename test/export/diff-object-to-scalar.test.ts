/**
 * changedPaths when an object becomes a number, string or boolean: one change at the object's own path, never the
 * object's keys (and never no change at all). The values are synthetic test data.
 */
import { describe, expect, it } from "vitest";
import { changedPaths } from "../../src/export/diff.js";

describe("changedPaths from an object to a value that is not one", () => {
  it("names the object's own path when it became a number, a string or a boolean", () => {
    expect(changedPaths({ a: 1 }, 1)).toEqual([""]);
    expect(changedPaths({ a: 1 }, "text", "r")).toEqual(["r"]);
    expect(changedPaths({}, true, "r")).toEqual(["r"]);
    expect(changedPaths({ a: { b: 1 } }, { a: 2 }, "r")).toEqual(["r.a"]);
  });
});
