/** Where the span rules look for Spans: read from the schemas, so a Span field added to a schema is checked without a list to keep. */
import { describe, expect, it } from "vitest";
import { SPAN_PATHS } from "../../../src/schemas/rules/span-paths.js";

describe("the span paths read from the schemas", () => {
  it("are every Span field of every collection, through optional, nullable, defaulted, union and array fields", () => {
    const dotted = Object.fromEntries(Object.entries(SPAN_PATHS).map(([name, paths]) => [name, paths.map((p) => p.join("."))]));
    expect(dotted).toEqual({
      sources: [],
      meetings: ["president.evidence", "parts.*.evidence.*.span", "briefers.*.evidence", "outcomes.*.evidence.*", "evidence.*.span"],
      delegations: ["evidence"],
      statements: ["speaker.evidence", "participation.evidence", "onBehalfOfEvidence", "paragraphs.*", "themes.*.evidence", "missions.*.evidence", "documents.*.evidence"],
      missions: ["nameEvidence"],
      metrics: ["evidence", "target.evidence"],
      themes: [],
      subjects: [],
      documents: [],
      councilTerms: [],
    });
  });
});
