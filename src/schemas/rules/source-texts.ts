import { createHash } from "node:crypto";
import { cut, get, type Rule } from "./rule.js";

/** Every source has its text, its title and note stand in that text, and its sha256 is the text's. */
export const sourceTexts: Rule = {
  id: "source-texts",
  description: "Every source has its text; its title and note stand in that text verbatim, and its sha256 is the text's.",
  check({ records, texts, idOf, report }) {
    records.sources.forEach((src, index) => {
      const id = idOf(src, index);
      const text = texts.get(id);
      if (text === undefined) {
        report("sources", id, ["path"], `no text was given for source '${cut(id)}'`);
        return;
      }
      for (const field of ["title", "note"] as const) {
        const value = get(src, field);
        if (typeof value === "string" && !text.includes(value)) report("sources", id, [field], `${field} does not occur verbatim in the source's text`);
      }
      const sha = get(src, "sha256");
      // A string is hashed as its UTF-8 bytes.
      const actual = createHash("sha256").update(text).digest("hex");
      if (typeof sha === "string" && sha !== actual) report("sources", id, ["sha256"], `sha256 ${cut(sha, 64)} does not match the text's ${actual}`);
    });
  },
};
