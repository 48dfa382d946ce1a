/**
 * How close a draft comes to the records a person wrote for the same text (the answer key), measured as counts: the
 * quality tests assert on them and the bench reports them.
 * @module
 */
import type { MeetingDraft } from "./types.js";

interface KeySpan {
  readonly start?: number;
  readonly end?: number;
}

/** The fields of a hand-made statement a draft is measured against. */
export interface KeyStatement {
  readonly speaker: { readonly delegation: string };
  readonly onBehalfOf: readonly string[];
  readonly paragraphs: readonly KeySpan[];
  readonly missions: readonly { readonly mission: string; readonly mention: string }[];
}

/** The fields of a hand-made metric a draft is measured against. */
export interface KeyMetric {
  readonly value: number;
  readonly qualifier: string;
  readonly evidence: KeySpan;
}

/** The hand-made records of one meeting, with their spans' offsets filled. */
export interface AnswerKey {
  readonly statements: readonly KeyStatement[];
  readonly metrics: readonly KeyMetric[];
}

/** The measures of a draft against an answer key: each a count of records that agree, beside the total. */
export interface DraftMeasures {
  /** Statements in the key, and in the draft. */
  readonly statements: { readonly expected: number; readonly drafted: number };
  /** Statements at the same place in the order with the same delegation. */
  readonly delegationInOrder: number;
  /** Statements with exactly the key's paragraph spans. */
  readonly paragraphs: number;
  /** Statements with the key's delegations spoken for. */
  readonly onBehalfOf: number;
  /** Statements with the key's explicit mission mentions (as a set). */
  readonly missions: number;
  /** Metrics in the key, numbers in the draft, and metrics a drafted number states (inside its evidence, same value and qualifier). */
  readonly numbers: { readonly expected: number; readonly drafted: number; readonly matched: number };
  /** Spans in the draft, and those whose quote is not the text between their offsets (or that cite another source). */
  readonly spans: { readonly total: number; readonly outside: number };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sortedIds = (list: readonly { readonly mission: string }[]) => list.map((m) => m.mission).sort();

/** Every Span in a draft (any object with source, start, end and quote). */
function spansIn(value: unknown, out: Array<{ source: string; start: number; end: number; quote: string }> = []) {
  if (typeof value !== "object" || value === null) return out;
  const r = value as Record<string, unknown>;
  if (typeof r.quote === "string" && typeof r.source === "string") out.push(r as never);
  else for (const v of Object.values(r)) spansIn(v, out);
  return out;
}

/**
 * Measures a draft of `text` (drafted with source id `source`) against the hand-made records of the same meeting.
 * @internal
 */
export function measureDraft(draft: MeetingDraft, key: AnswerKey, text: string, source: string): DraftMeasures {
  const pairs = key.statements.map((k, i) => [k, draft.statements[i]] as const);
  const count = (agree: (k: KeyStatement, d: MeetingDraft["statements"][number]) => boolean) => pairs.filter(([k, d]) => d !== undefined && agree(k, d)).length;
  const used = new Set<number>();
  const matched = key.metrics.filter((m) => {
    const at = draft.numbers.findIndex(
      (n, i) => !used.has(i) && n.words.start >= m.evidence.start! && n.words.end <= m.evidence.end! && n.value === m.value && n.qualifier === m.qualifier,
    );
    if (at >= 0) used.add(at);
    return at >= 0;
  }).length;
  const spans = spansIn(draft);
  return {
    statements: { expected: key.statements.length, drafted: draft.statements.length },
    delegationInOrder: count((k, d) => k.speaker.delegation === d.speaker.delegation),
    paragraphs: count((k, d) => sameList(k.paragraphs.map((p) => `${p.start}:${p.end}`), d.paragraphs.map((p) => `${p.start}:${p.end}`))),
    onBehalfOf: count((k, d) => sameList(k.onBehalfOf, d.onBehalfOf)),
    missions: count((k, d) => sameList(sortedIds(k.missions.filter((m) => m.mention === "explicit")), sortedIds(d.missions))),
    numbers: { expected: key.metrics.length, drafted: draft.numbers.length, matched },
    spans: { total: spans.length, outside: spans.filter((s) => s.source !== source || text.slice(s.start, s.end) !== s.quote).length },
  };
}
