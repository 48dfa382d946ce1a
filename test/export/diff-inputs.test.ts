/**
 * diffDatasets, changedPaths and diffMarkdown on the inputs at their edges: values of different kinds, a key named
 * `__proto__`, what is not a dataset, a dataset without a meta block, ids out of order, and lists of several ids.
 * The small datasets here are synthetic test data.
 */
import { describe, expect, it } from "vitest";
import { changedPaths, diffDatasets, diffMarkdown } from "../../src/export/diff.js";
import { COLLECTIONS } from "../../src/schemas/dataset.js";
import { compareStrings } from "../../src/helpers/order.js";

type Rec = Record<string, unknown>;

/** A synthetic dataset: every collection empty but those given; a meta block only when a version is given. */
const data = (collections: Record<string, Rec[]>, version?: string): Rec => ({
  ...(version === undefined ? {} : { meta: { version } }),
  ...Object.fromEntries(COLLECTIONS.map((c) => [c, []])),
  ...collections,
});

describe("changedPaths at the top level and between values of different kinds", () => {
  it("names the value itself, the empty path, when two values that are not both objects differ", () => {
    expect(changedPaths(1, 2)).toEqual([""]);
    expect(changedPaths("a", null)).toEqual([""]);
    expect(changedPaths([1], [1, 2])).toEqual([""]);
  });

  it("names the path of a null on either side of an object, without walking into it", () => {
    expect(changedPaths(null, { x: 1 })).toEqual([""]);
    expect(changedPaths({ x: 1 }, null)).toEqual([""]);
    expect(changedPaths({ a: null }, { a: { x: 1 } }, "r")).toEqual(["r.a"]);
    expect(changedPaths({ a: { x: 1 } }, { a: null }, "r")).toEqual(["r.a"]);
  });

  it("names the path of a number, string or boolean that became an object, not the object's keys", () => {
    expect(changedPaths(1, { a: 1 })).toEqual([""]);
    expect(changedPaths({ v: "text" }, { v: { a: 1, b: 2 } })).toEqual(["v"]);
    expect(changedPaths({ v: true }, { v: { a: 1 } })).toEqual(["v"]);
  });

  it("names a key `__proto__` (an own key in parsed JSON) present on one side only", () => {
    const before = JSON.parse('{"id":"x","__proto__":{}}') as Rec;
    const after = JSON.parse('{"id":"x"}') as Rec;
    expect(changedPaths(before as never, after as never)).toEqual(["__proto__"]);
    expect(changedPaths(after as never, before as never)).toEqual(["__proto__"]);
    const diff = diffDatasets(data({ themes: [before] }), data({ themes: [after] }));
    expect(diff.collections.themes.changed).toEqual([{ id: "x", fields: ["__proto__"] }]);
  });
});

describe("diffDatasets on what is not a dataset", () => {
  const valid = () => data({ themes: [{ id: "a" }] }, "1.0.0");

  it("refuses null, a string and a number as not a JSON object, naming the side by its default name", () => {
    for (const bad of [null, "dataset", 42, true]) {
      expect(() => diffDatasets(bad, valid()), String(bad)).toThrow(/^OLD is not a dataset: not a JSON object$/);
      expect(() => diffDatasets(valid(), bad), String(bad)).toThrow(/^NEW is not a dataset: not a JSON object$/);
    }
  });

  it("refuses a record that is null or missing as one with no id", () => {
    expect(() => diffDatasets(valid(), data({ themes: [{ id: "a" }, null as never] }))).toThrow(/^NEW: themes record 2 has no id$/);
    expect(() => diffDatasets(data({ metrics: [undefined as never] }), valid())).toThrow(/^OLD: metrics record 1 has no id$/);
    expect(() => diffDatasets(data({ metrics: ["a" as never] }), valid())).toThrow(/^OLD: metrics record 1 has no id$/);
  });
});

describe("diffDatasets versions", () => {
  it("reads the version of a dataset without a meta block, or without a version in it, as null", () => {
    const diff = diffDatasets(data({}), data({}, "2.0.0"));
    expect(diff.from).toBeNull();
    expect(diff.to).toBe("2.0.0");
    expect(diffDatasets(data({}, "2.0.0"), { ...data({}), meta: {} }).to).toBeNull();
    expect(diffDatasets(data({}, "2.0.0"), { ...data({}), meta: { version: 3 } }).to).toBeNull();
  });

  it("titles the Markdown of datasets without versions OLD and NEW", () => {
    expect(diffMarkdown(diffDatasets(data({}), data({})))).toBe("## Data changes from OLD to NEW\n\nNo record was added, removed or changed.\n");
  });
});

describe("diffDatasets order and diffMarkdown lists", () => {
  it("lists added, removed and changed ids in the order of their code units, whatever their order in the files", () => {
    const ids = ["m", "b", "Z", "a", "c-2", "c-10", "y", "B"];
    const expected = [...ids].sort(compareStrings);
    expect(expected).not.toEqual(ids);
    for (const order of [ids, [...ids].reverse(), [...ids.slice(3), ...ids.slice(0, 3)]]) {
      const recs = (label: string) => order.map((id) => ({ id, label }));
      const added = diffDatasets(data({}), data({ themes: recs("x") })).collections.themes;
      expect(added.added, order.join()).toEqual(expected);
      expect(diffDatasets(data({ themes: recs("x") }), data({})).collections.themes.removed, order.join()).toEqual(expected);
      const changed = diffDatasets(data({ themes: recs("x") }), data({ themes: recs("y").reverse() })).collections.themes.changed;
      expect(changed.map((r) => r.id), order.join()).toEqual(expected);
    }
  });

  it("lists a collection where as many records were added as removed", () => {
    const diff = diffDatasets(data({ themes: [{ id: "a" }] }), data({ themes: [{ id: "b" }] }), ["old.json", "new.json"]);
    expect(diffMarkdown(diff, { title: false })).toBe("### themes\n\n- added (1): `b`\n- removed (1): `a`\n");
  });

  it("separates several ids and several changed fields with commas", () => {
    const before = data({ themes: [{ id: "a" }, { id: "b" }, { id: "e", label: "one", note: "x" }] });
    const after = data({ themes: [{ id: "c" }, { id: "d" }, { id: "e", label: "two", note: "y" }] });
    expect(diffMarkdown(diffDatasets(before, after), { title: false })).toBe(
      ["### themes", "", "- added (2): `c`, `d`", "- removed (2): `a`, `b`", "- changed `e`: `label`, `note`", ""].join("\n"),
    );
  });
});
