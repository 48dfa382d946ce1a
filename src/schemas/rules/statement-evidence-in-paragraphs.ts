import { get, valuesAt, type Rule } from "./rule.js";

/** The statement fields whose evidence must lie inside the statement's own paragraphs. */
const EVIDENCE = [
  ["speaker", "evidence"],
  ["onBehalfOfEvidence"],
  ["themes", "*", "evidence"],
  ["missions", "*", "evidence"],
  ["documents", "*", "evidence"],
] as const;

/** A span's source and offsets, where it has them all. */
function place(span: unknown): { source: string; start: number; end: number } | undefined {
  const source = get(span, "source");
  const start = get(span, "start");
  const end = get(span, "end");
  return typeof source === "string" && typeof start === "number" && typeof end === "number" ? { source, start, end } : undefined;
}

/** A statement's speaker, on-behalf-of, theme, mission and document evidence lies inside its own paragraphs. */
export const statementEvidenceInParagraphs: Rule = {
  id: "statement-evidence-in-paragraphs",
  description: "A statement's speaker, on-behalf-of, theme, mission and document evidence lies inside one of its own paragraphs.",
  check({ records, idOf, report }) {
    records.statements.forEach((s, index) => {
      const paragraphs = Array.isArray(get(s, "paragraphs")) ? (get(s, "paragraphs") as unknown[]).map(place).filter((p) => p !== undefined) : [];
      if (paragraphs.length === 0) return;
      for (const pattern of EVIDENCE) {
        valuesAt(s, pattern, (span, path) => {
          const at = place(span);
          if (at === undefined) return;
          const inside = paragraphs.some((p) => p.source === at.source && p.start <= at.start && at.end <= p.end);
          if (!inside) report("statements", idOf(s, index), [...path], `evidence ${at.source} ${at.start}..${at.end} lies outside the statement's paragraphs`);
        });
      }
    });
  },
};
