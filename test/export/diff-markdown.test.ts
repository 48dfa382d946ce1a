/** The diff's Markdown fitted under another heading (as the release script's changeset does), and hasChanges. */
import { describe, expect, it } from "vitest";
import { diffDatasets, diffMarkdown, hasChanges, type DatasetDiff } from "../../src/export/diff.js";
import { COLLECTIONS } from "../../src/schemas/dataset.js";

/** Two small datasets, each collection empty but themes, which holds the records given. */
const data = (version: string, themes: Array<Record<string, unknown>>) => ({ meta: { version }, ...Object.fromEntries(COLLECTIONS.map((c) => [c, []])), themes });

describe("diffMarkdown with options", () => {
  it("puts the collections at the level asked, under a title one level up, or without the title", () => {
    const diff = diffDatasets(data("1.0.0", [{ id: "a" }]), data("1.1.0", [{ id: "a" }, { id: "b" }]));
    expect(diffMarkdown(diff, { level: 4 })).toBe("### Data changes from 1.0.0 to 1.1.0\n\n#### themes\n\n- added (1): `b`\n");
    expect(diffMarkdown(diff, { level: 4, title: false })).toBe("#### themes\n\n- added (1): `b`\n");
    expect(diffMarkdown(diff, { title: false })).toBe("### themes\n\n- added (1): `b`\n");
  });
});

describe("hasChanges", () => {
  it("is true when any collection has a record added, removed or changed, each alone", () => {
    const none = diffDatasets(data("1", [{ id: "a" }]), data("2", [{ id: "a" }]));
    expect(hasChanges(none)).toBe(false);
    const one = (change: Partial<DatasetDiff["collections"]["themes"]>): DatasetDiff => ({
      ...none,
      collections: { ...none.collections, themes: { added: [], removed: [], changed: [], ...change } },
    });
    expect(hasChanges(one({ added: ["b"] }))).toBe(true);
    expect(hasChanges(one({ removed: ["b"] }))).toBe(true);
    expect(hasChanges(one({ changed: [{ id: "a", fields: ["label"] }] }))).toBe(true);
  });
});
