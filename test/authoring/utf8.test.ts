/** Strict UTF-8: the first byte that is not well-formed, and what decodeUtf8 says about a file's bytes. */
import { describe, expect, it } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { decodeUtf8, invalidUtf8At } from "../../src/authoring/load.js";

const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const decodes = (bytes: Uint8Array) => {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
};
/** The oracle: where the longest prefix that decodes ends (every longer prefix holds the bad byte). */
const firstBad = (bytes: Uint8Array) => {
  if (decodes(bytes)) return -1;
  let at = 0;
  for (let i = 1; i < bytes.length; i++) if (decodes(bytes.subarray(0, i))) at = i;
  return at;
};

/** Bytes near UTF-8: encoded text of every length of sequence, with stray, cut and lead bytes mixed in. */
const nearUtf8 = fc
  .array(
    fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 3 }).map((s) => [...new TextEncoder().encode(s)]),
      fc.constantFrom([0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xc2], [0xe0, 0x80, 0x80], [0xe0, 0xa0], [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xef, 0xbf, 0xbf], [0xf0, 0x8f, 0xbf, 0xbf], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xff], [0xc2, 0x41]),
      fc.integer({ min: 0, max: 255 }).map((b) => [b]),
    ),
    { maxLength: 8 },
  )
  .map((parts) => Uint8Array.from(parts.flat()));

describe("invalidUtf8At", () => {
  test.prop([nearUtf8])("finds the first byte that is not well-formed UTF-8, exactly where the strict decoder stops", (bytes) => {
    expect(invalidUtf8At(bytes)).toBe(firstBad(bytes));
  });

  it("agrees with the strict decoder on every byte from 0x80 as a lead, followed by up to three bytes at the edges of the ranges that may follow it", () => {
    // 0x80/0xBF bound the continuation bytes; 0x8F/0x90 and 0x9F/0xA0 also bound the first of them after E0, ED, F0 and F4.
    const first = [0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0x41];
    const later = [0x80, 0xbf, 0x41];
    const tails: number[][] = [[]];
    for (const a of first) {
      tails.push([a]);
      for (const b of later) {
        tails.push([a, b]);
        for (const c of later) tails.push([a, b, c]);
      }
    }
    const wrong: string[] = [];
    let checked = 0;
    for (let lead = 0x80; lead <= 0xff; lead++) {
      for (const tail of tails) {
        const bytes = Uint8Array.from([0x41, lead, ...tail]);
        const [got, expected] = [invalidUtf8At(bytes), firstBad(bytes)];
        if (got !== expected) wrong.push(`${Buffer.from(bytes).toString("hex")}: ${got}, not ${expected}`);
        checked++;
      }
    }
    expect(checked).toBe(128 * (1 + 7 + 7 * 3 + 7 * 3 * 3));
    expect(wrong).toEqual([]);
  });

  it.each([
    [[0x41, 0xc2, 0xa0], -1],
    [[0xc2, 0x80], -1],
    [[0xdf, 0xbf], -1],
    [[0xe0, 0xa0, 0x80], -1],
    [[0xf0, 0x90, 0x80, 0x80], -1],
    [[0x80, 0x90, 0x80, 0x80], 0],
    [[0xc1, 0x80, 0x80, 0x80], 0],
    [[0xf8, 0x90, 0x80, 0x80], 0],
    [[0xfc, 0x80, 0x80, 0x80], 0],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0xf4, 0x8f, 0xbf, 0xbf], -1],
    [[0xef, 0xbf, 0xbf], -1],
    [[0xed, 0x9f, 0xbf], -1],
    [[0x80], 0],
    [[0xc1, 0xbf], 0],
    [[0xc2, 0xc2, 0xa0], 0],
    [[0x41, 0xe0, 0x9f, 0xbf], 1],
    [[0xed, 0xa0, 0x80], 0],
    [[0xed, 0xbf, 0xbf], 0],
    [[0xf0, 0x8f, 0xbf, 0xbf], 0],
    [[0xf4, 0x90, 0x80, 0x80], 0],
    [[0xf5, 0x80, 0x80, 0x80], 0],
    [[0x41, 0x42, 0xe2, 0x82], 2],
    [[0xe2, 0x41, 0x82], 0],
  ])("%j: %d", (bytes, at) => {
    expect(invalidUtf8At(Uint8Array.from(bytes))).toBe(at);
    expect(firstBad(Uint8Array.from(bytes))).toBe(at);
  });
});

describe("decodeUtf8", () => {
  const bytes = (...b: number[]) => Uint8Array.from(b);
  it.each([
    [bytes(0xef, 0xbb, 0xbf, 0x7b, 0x7d), { error: "starts with a UTF-8 byte-order mark (EF BB BF): save it as UTF-8 without one" }],
    [bytes(0xff, 0xfe, 0x7b, 0x00), { error: "is UTF-16 (little-endian byte-order mark FF FE): save it as UTF-8" }],
    [bytes(0xfe, 0xff, 0x00, 0x7b), { error: "is UTF-16 (big-endian byte-order mark FE FF): save it as UTF-8" }],
    [bytes(0x00, 0x7b), { error: "looks like UTF-16 without a byte-order mark (a zero byte at offset 0): save it as UTF-8" }],
    [bytes(0x7b, 0x20, 0x20, 0x00, 0x7d), { error: "looks like UTF-16 without a byte-order mark (a zero byte at offset 3): save it as UTF-8" }],
    [bytes(0x7b, 0x20, 0x20, 0x20, 0x00), { text: "{   \u0000" }],
    [bytes(0x00), { text: "\u0000" }],
    [bytes(0xef, 0xbb), { error: "not valid UTF-8: byte 0xEF at byte offset 0" }],
    [bytes(0xef, 0xbf, 0xbf), { text: "\uffff" }],
    [bytes(0xe2, 0xbb, 0xbf), { text: "\u2eff" }],
    [bytes(0xef, 0xbb, 0x80), { text: "\ufec0" }],
    [bytes(0xfe, 0x41), { error: "not valid UTF-8: byte 0xFE at byte offset 0" }],
    [bytes(0xfe, 0xfe, 0x41), { error: "not valid UTF-8: byte 0xFE at byte offset 0" }],
    [bytes(0xff, 0xff), { error: "not valid UTF-8: byte 0xFF at byte offset 0" }],
    [bytes(0xff, 0x41), { error: "not valid UTF-8: byte 0xFF at byte offset 0" }],
    [bytes(0x41, 0x0a, 0xc3), { error: "not valid UTF-8: byte 0xC3 at byte offset 2" }],
    [bytes(0x41, 0x0a, 0x05), { text: "A\n\u0005" }],
    [bytes(), { text: "" }],
  ])("%j → %j", (input, expected) => {
    expect(decodeUtf8(input)).toEqual(expected);
  });
});
