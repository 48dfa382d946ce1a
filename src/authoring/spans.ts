/**
 * The spans filler: finds each Span's quote in its source and writes `start`/`end` (and the exact characters of the
 * source into `quote`, so a quote typed with plain spaces or straight quotes becomes the typeset original).
 */
import { fold } from "../typography.js";

/** Every offset where a needle occurs in a haystack. */
export function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** A span that could not be filled, with where it is. */
export interface SpanError {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

type Json = unknown;

/**
 * Returns a copy of a data file's content with every Span filled from its source, and the spans it could not fill.
 * A quote that occurs more than once keeps the `start` it already has when that `start` is one of the occurrences;
 * otherwise it is an error that lists the occurrences, so the author can write the right `start`.
 */
export function fillSpans(content: Json, texts: ReadonlyMap<string, string>): { content: Json; errors: SpanError[] } {
  const errors: SpanError[] = [];
  const walk = (value: Json, path: Array<string | number>): Json => {
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
    if (value === null || typeof value !== "object") return value;
    const rec = value as Record<string, Json>;
    if (typeof rec.quote === "string" && typeof rec.source === "string") return fillOne(rec, path);
    return Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, walk(v, [...path, k])]));
  };
  const fillOne = (span: Record<string, Json>, path: Array<string | number>): Json => {
    const source = span.source as string;
    const quote = span.quote as string;
    const text = texts.get(source);
    if (text === undefined) {
      errors.push({ path, message: `unknown source '${source}'` });
      return span;
    }
    const found = occurrences(fold(text), fold(quote));
    let start: number | undefined;
    if (found.length === 1) start = found[0];
    else if (found.length > 1 && typeof span.start === "number" && found.includes(span.start)) start = span.start;
    if (start === undefined) {
      errors.push({
        path,
        message:
          found.length === 0
            ? `quote not found in '${source}': "${quote}"`
            : `quote occurs ${found.length} times in '${source}' (at ${found.join(", ")}): set "start" to one of them or lengthen the quote`,
      });
      return span;
    }
    const end = start + quote.length;
    return { source, start, end, quote: text.slice(start, end) };
  };
  return { content: walk(content, []), errors };
}
