/**
 * The name index the drafting finds delegations with: the longest name of the table, whole (no letter or hyphen
 * joined to it), written with the characters regular expressions treat as special, with or without "the", and where
 * it stands. The names and texts are synthetic (invented for this test), the table the test's own.
 */
import { describe, expect, it } from "vitest";
import { nameIndex } from "../../src/authoring/draft/names.js";

const state = (id: string, name: string) => ({ id, name, kind: "member-state" });

describe("nameIndex", () => {
  it("finds a name with a full stop in it as written, not as a pattern", () => {
    const names = nameIndex([state("LCA", "St. Lucia")]);
    expect(names.after("St. Lucia said", 0)).toEqual({ start: 0, nameStart: 0, end: 9, ids: ["LCA"] });
    expect(names.before("for St. Lucia", 13)).toEqual({ start: 4, nameStart: 4, end: 13, ids: ["LCA"] });
  });

  it("prefers the longest name that starts at a place, whatever the table's order", () => {
    const names = nameIndex([state("C1", "Congo"), state("C2", "Congo Basin"), state("C3", "Congo Basin Delta")]);
    expect(names.after("Congo Basin said", 0)).toEqual({ start: 0, nameStart: 0, end: 11, ids: ["C2"] });
    expect(names.after("Congo Basin Delta said", 0)?.ids).toEqual(["C3"]);
    expect(names.after("Congo said", 0)?.ids).toEqual(["C1"]);
  });

  it("takes no name that a letter joins, before it or after it", () => {
    const names = nameIndex([state("MLI", "Mali")]);
    expect(names.before("the Somali", 10)).toBeUndefined();
    expect(names.before("the TransMali", 13)).toBeUndefined();
    expect(names.after("Malian troops", 0)).toBeUndefined();
    expect(names.before("the Mali", 8)).toEqual({ start: 0, nameStart: 4, end: 8, ids: ["MLI"] });
    expect(names.after("Mali's troops", 0)).toEqual({ start: 0, nameStart: 0, end: 4, ids: ["MLI"] });
  });

  it("starts the words at 'the' and the name after it", () => {
    const names = nameIndex([state("GMB", "Gambia")]);
    expect(names.after("the Gambia said", 0)).toEqual({ start: 0, nameStart: 4, end: 10, ids: ["GMB"] });
    expect(names.after("For the Gambia, said", 4)).toEqual({ start: 4, nameStart: 8, end: 14, ids: ["GMB"] });
  });

  it("gives the offsets of every name within a stretch of the text", () => {
    const names = nameIndex([state("GHA", "Ghana"), state("KEN", "Kenya")]);
    const text = "Envoys of Ghana and Kenya met.";
    expect(names.within(text, 3, text.length)).toEqual([
      { start: 10, nameStart: 10, end: 15, ids: ["GHA"] },
      { start: 20, nameStart: 20, end: 25, ids: ["KEN"] },
    ]);
  });

  it("finds a name that ends near the start of a long text", () => {
    const names = nameIndex([state("GHA", "Ghana")]);
    const text = `Ghana's representative said that ${"the patrols ran every day and every night. ".repeat(6)}`;
    expect(text.length).toBeGreaterThan(200);
    expect(names.before(text, 5)).toEqual({ start: 0, nameStart: 0, end: 5, ids: ["GHA"] });
  });
});
