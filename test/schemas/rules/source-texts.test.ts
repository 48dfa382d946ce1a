import { describe, expect, it } from "vitest";
import { problemsOf } from "./corrupt.js";

const SOURCE = "press-release-2020-09-14";

describe("rule source-texts", () => {
  it("reports a text whose sha256 differs from the record's", () => {
    const problems = problemsOf("source-texts", (_d, texts) => texts.set(SOURCE, `${texts.get(SOURCE)}\n`));
    expect(problems).toEqual([expect.objectContaining({ collection: "sources", id: SOURCE, path: ["sha256"], message: expect.stringMatching(/^sha256 [0-9a-f]{64} does not match the text's [0-9a-f]{64}$/) })]);
  });

  it("reports a source with no text, once", () => {
    const problems = problemsOf("source-texts", (_d, texts) => texts.delete(SOURCE));
    expect(problems).toEqual([{ collection: "sources", id: SOURCE, path: ["path"], message: `no text was given for source '${SOURCE}'`, rule: "source-texts" }]);
  });

  it("reports a title or note that does not stand in the text", () => {
    const problems = problemsOf("source-texts", (d) => {
      const src = d.sources!.find((s) => s.id === SOURCE)!;
      src.title = `${src.title}!`;
      src.note = "Official record.";
    });
    expect(problems.map((p) => p.path[0])).toEqual(["title", "note"]);
  });
});
