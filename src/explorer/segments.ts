/**
 * Overlapping highlights as flat segments: the text is cut at every span boundary, and each piece carries the ids of
 * every span that covers it, so nested and overlapping spans need no nested elements and the DOM stays flat.
 * @module
 */

/** A highlighted range of a text, `start` inclusive, `end` exclusive (UTF-16 offsets, as Spans store them). */
export interface IdSpan {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/**
 * One piece of the text: `[start, end, ids]`. The ids are those of every span covering the piece, outermost first
 * (the longer span first; for equal lengths the one that starts earlier, then by id), so the last id is the most
 * specific record under the reader's pointer. Pieces covered by no span have no ids.
 */
export type Segment = readonly [start: number, end: number, ids: readonly string[]];

/**
 * Cuts a text of `length` characters into consecutive segments at every start and end of `spans`. The segments cover
 * the whole text, in order, without gaps; adjacent pieces with the same ids stay separate only where a span boundary
 * falls. A span outside the text or with `end < start` throws a RangeError naming its id; an empty span covers nothing.
 * For example (internal, so not run by the examples test; test/explorer/build.test.ts checks it):
 * ```ts
 * segmentText(10, [{ id: "a", start: 0, end: 6 }, { id: "b", start: 4, end: 8 }]);
 * // [[0, 4, ["a"]], [4, 6, ["a", "b"]], [6, 8, ["b"]], [8, 10, []]]
 * ```
 */
export function segmentText(length: number, spans: readonly IdSpan[]): Segment[] {
  for (const s of spans) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end >= s.start && s.end <= length)) {
      throw new RangeError(`segmentText: span '${s.id}' (${s.start}–${s.end}) does not lie within the text of ${length} characters`);
    }
  }
  const ordered = spans
    .filter((s) => s.end > s.start)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const cuts = [...new Set([0, length, ...ordered.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    out.push([start, end, ordered.filter((s) => s.start <= start && s.end >= end).map((s) => s.id)]);
  }
  return out;
}
