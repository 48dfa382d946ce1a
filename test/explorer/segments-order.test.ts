/**
 * segmentText's bounds and the order of the ids on a piece: spans written by hand, each case in every input order, so
 * the result cannot depend on where a span stood in the list.
 */
import { describe, expect, it } from "vitest";
import { segmentText, type IdSpan } from "../../src/explorer/segments.js";

/** Every order of a short list. */
function orders<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) => orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]));
}

/** The ids of the piece that starts at `start`. */
const idsAt = (length: number, spans: readonly IdSpan[], start: number) => segmentText(length, spans).find(([a]) => a === start)?.[2];

describe("segmentText bounds", () => {
  it("accepts a span that ends at the last character of the text", () => {
    expect(segmentText(5, [{ id: "tail", start: 3, end: 5 }])).toEqual([
      [0, 3, []],
      [3, 5, ["tail"]],
    ]);
    expect(segmentText(5, [{ id: "all", start: 0, end: 5 }])).toEqual([[0, 5, ["all"]]]);
  });
});

describe("segmentText order of the ids on a piece", () => {
  it("lists a nested span after the one around it, wherever the nested span lies and whatever the input order", () => {
    const outer = { id: "out", start: 0, end: 6 };
    for (const inner of [{ id: "in", start: 4, end: 5 }, { id: "in", start: 0, end: 1 }, { id: "in", start: 2, end: 6 }]) {
      for (const spans of orders([outer, inner])) expect(idsAt(10, spans, inner.start), JSON.stringify(spans)).toEqual(["out", "in"]);
    }
    const three = [{ id: "c", start: 5, end: 6 }, { id: "b", start: 3, end: 7 }, { id: "a", start: 2, end: 9 }];
    for (const spans of orders(three)) expect(idsAt(10, spans, 5), JSON.stringify(spans)).toEqual(["a", "b", "c"]);
  });

  it("lists spans of the same length and start by id, whatever the input order", () => {
    const same = [{ id: "y", start: 1, end: 3 }, { id: "z", start: 1, end: 3 }, { id: "x", start: 1, end: 3 }];
    for (const spans of orders(same)) expect(idsAt(4, spans, 1), JSON.stringify(spans)).toEqual(["x", "y", "z"]);
    for (const spans of orders(same.slice(0, 2))) expect(idsAt(4, spans, 1), JSON.stringify(spans)).toEqual(["y", "z"]);
  });

  it("lists spans of the same length by start before id, whatever the input order", () => {
    const spans = [{ id: "a", start: 2, end: 5 }, { id: "b", start: 1, end: 4 }];
    for (const o of orders(spans)) expect(idsAt(6, o, 2), JSON.stringify(o)).toEqual(["b", "a"]);
  });
});
