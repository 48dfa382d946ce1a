import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { realData } from "../../helpers.js";
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

describe("rule source-texts, in detail", () => {
  it("names the field that does not stand in the text", () => {
    const problems = problemsOf("source-texts", (d) => {
      d.sources!.find((s) => s.id === SOURCE)!.note = "Official record.";
    });
    expect(problems).toEqual([{ collection: "sources", id: SOURCE, path: ["note"], message: "note does not occur verbatim in the source's text", rule: "source-texts" }]);
  });

  it("names the sha256 it was given and the text's own", () => {
    let given = "";
    const problems = problemsOf("source-texts", (d) => {
      const src = d.sources!.find((s) => s.id === SOURCE)!;
      given = src.sha256 = "0".repeat(64);
    });
    const actual = createHash("sha256").update(realData().sourceTexts.get(SOURCE)!, "utf8").digest("hex");
    expect(problems).toEqual([{ collection: "sources", id: SOURCE, path: ["sha256"], message: `sha256 ${given} does not match the text's ${actual}`, rule: "source-texts" }]);
  });

  it("leaves a note that is null, and fields that are not strings, to the schema", () => {
    const problems = problemsOf("source-texts", (d) => {
      const src = d.sources!.find((s) => s.id === SOURCE)!;
      src.note = null;
      src.title = 42;
      src.sha256 = null;
    });
    expect(problems).toEqual([]);
  });

  it("names a source without a usable id by its index", () => {
    const problems = problemsOf("source-texts", (d) => {
      d.sources!.push({ ...d.sources![0], id: "" });
    });
    const n = realData().input.sources.length;
    expect(problems).toEqual([{ collection: "sources", id: `#${n}`, path: ["path"], message: `no text was given for source '#${n}'`, rule: "source-texts" }]);
  });
});
