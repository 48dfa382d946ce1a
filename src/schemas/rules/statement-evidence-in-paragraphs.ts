import { cut, insideAny, paragraphPlaces, placeOf, valuesAt, type Rule } from "./rule.js";

/** The statement fields whose evidence must lie inside the statement's own paragraphs. */
const EVIDENCE = [
  ["speaker", "evidence"],
  ["onBehalfOfEvidence"],
  ["themes", "*", "evidence"],
  ["missions", "*", "evidence"],
  ["documents", "*", "evidence"],
] as const;

/** A statement's speaker, on-behalf-of, theme, mission and document evidence lies inside its own paragraphs. */
export const statementEvidenceInParagraphs: Rule = {
  id: "statement-evidence-in-paragraphs",
  description: "A statement's speaker, on-behalf-of, theme, mission and document evidence lies inside one of its own paragraphs.",
  check({ records, idOf, report }) {
    records.statements.forEach((s, index) => {
      const paragraphs = paragraphPlaces(s);
      if (paragraphs.length === 0) return;
      for (const pattern of EVIDENCE) {
        valuesAt(s, pattern, (span, path) => {
          const at = placeOf(span);
          if (at !== undefined && !insideAny(at, paragraphs)) {
            report("statements", idOf(s, index), [...path], `evidence ${cut(at.source)} ${at.start}..${at.end} lies outside the statement's paragraphs`);
          }
        });
      }
    });
  },
};
