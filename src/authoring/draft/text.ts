/**
 * The text cut into paragraphs and sentences, by offsets, and the Spans that quote it.
 * @module
 */
import { SENTENCE_END } from "./patterns.js";
import type { Span } from "./types.js";

/** A stretch of the text by its offsets. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** The text a draft quotes: the original (for quotes) and its folded form (for matching, same offsets). */
export interface Source {
  readonly id: string;
  readonly text: string;
  readonly folded: string;
}

/** A Span of the text from `start` to `end`: the exact characters there. */
export function spanOf(source: Source, start: number, end: number): Span {
  return { source: source.id, start, end, quote: source.text.slice(start, end) };
}

/** The paragraphs: the stretches between blank lines, without their surrounding white space. */
export function paragraphsOf(text: string): Range[] {
  const out: Range[] = [];
  for (const m of text.matchAll(/\S(?:[^\n]|\n(?![ \t\u00a0]*\n))*/gu)) {
    const trimmed = m[0].trimEnd();
    out.push({ start: m.index, end: m.index + trimmed.length });
  }
  return out;
}

/** The sentences of a paragraph (of the folded text), each ending after its full stop and closing quotation mark. */
export function sentencesOf(folded: string, paragraph: Range): Range[] {
  const body = folded.slice(paragraph.start, paragraph.end);
  const out: Range[] = [];
  let from = 0;
  for (const m of body.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    out.push({ start: paragraph.start + from, end: paragraph.start + end });
    from = end + body.slice(end).search(/\S|$/u);
  }
  if (from < body.length) out.push({ start: paragraph.start + from, end: paragraph.end });
  return out;
}
