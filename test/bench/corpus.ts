/**
 * A synthetic corpus at scale: the real dataset's meetings cloned N times with new ids and consistent references,
 * so that every generated dataset passes validateDataset. Shared vocabularies (delegations, missions, themes,
 * subjects, documents) and the source text stay as they are; every span still quotes the real text.
 */
import type { AnyIds, Dataset, Meeting, Metric, Statement } from "../../src/index.js";

/** Plain, mutable records of the dataset's shape (what the cloner builds), with ids of its own. */
export type Corpus = { -readonly [K in keyof Omit<Dataset<AnyIds>, "meta">]: Array<Dataset<AnyIds>[K][number]> };

/** Clones the base dataset's meetings until the corpus holds at least `statements` statements. */
export function makeCorpus(base: Dataset, statements: number): Corpus {
  const perMeeting = base.statements.length / base.meetings.length;
  const copies = Math.max(1, Math.ceil(statements / perMeeting / base.meetings.length));
  const meetings: Meeting<AnyIds>[] = [];
  const outStatements: Statement<AnyIds>[] = [];
  const metrics: Metric<AnyIds>[] = [];
  for (let k = 0; k < copies; k++) {
    const suffix = k === 0 ? "" : `-x${k}`;
    for (const m of base.meetings) meetings.push({ ...m, id: `${m.id}${suffix}` });
    for (const s of base.statements) outStatements.push({ ...s, id: `${s.meeting}${suffix}-${String(s.order).padStart(2, "0")}`, meeting: `${s.meeting}${suffix}` });
    for (const m of base.metrics) {
      metrics.push({
        ...m,
        id: `${m.id}${suffix}`,
        meeting: `${m.meeting}${suffix}`,
        statement: m.statement === null ? null : `${m.meeting}${suffix}-${m.statement.slice(-2)}`,
      });
    }
  }
  return {
    sources: [...base.sources],
    meetings,
    delegations: [...base.delegations],
    statements: outStatements,
    missions: [...base.missions],
    metrics,
    themes: [...base.themes],
    subjects: [...base.subjects],
    documents: [...base.documents],
    councilTerms: [...base.councilTerms],
  };
}

/** The first `share` of a corpus's meetings, with their statements and metrics (for growth from N to 2N). */
export function slice(corpus: Corpus, share: number): Corpus {
  const keep = new Set(corpus.meetings.slice(0, Math.round(corpus.meetings.length * share)).map((m) => m.id));
  return {
    ...corpus,
    meetings: corpus.meetings.filter((m) => keep.has(m.id)),
    statements: corpus.statements.filter((s) => keep.has(s.meeting)),
    metrics: corpus.metrics.filter((m) => keep.has(m.meeting)),
  };
}
