/**
 * The spans filler: finds each Span's quote in its source and writes `start`/`end` (and the exact characters of the
 * source into `quote`, so a quote typed with plain spaces, straight quotes or plain hyphens for dashes becomes the
 * typeset original). A quote not found is reported with where its closest match stops agreeing.
 */
import { fold } from "../typography.js";

/** Every offset where a needle occurs in a haystack. */
export function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * Where a quote that is not in a text comes closest: the longest start of the quote (or end, whichever is longer)
 * found in the text, with typography folded, and the first characters after it (before it) that differ.
 */
export interface ClosestMatch {
  /** Offset in the text where the agreeing part starts. */
  readonly start: number;
  /** How many characters agree. */
  readonly length: number;
  /** Which end of the quote agrees. */
  readonly from: "start" | "end";
  /** Offset in the text of the first character that differs (where the agreement stops). */
  readonly at: number;
  /** The quote's character there. */
  readonly expected: string;
  /** The text's character there, or undefined where the text ends. */
  readonly found: string | undefined;
}

/** The longest n such that `has(n)` holds, for a property that holds up to some n and not after (has(0) holds). */
function longest(max: number, has: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (has(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Where a quote that does not occur in a text comes closest to it (both folded). Undefined when the quote does occur,
 * or when not even one character of either end of it does. Ties between the two ends go to the start.
 */
export function closestMatch(text: string, quote: string): ClosestMatch | undefined {
  const t = fold(text);
  const q = fold(quote);
  if (t.includes(q)) return undefined;
  const head = longest(q.length, (n) => t.includes(q.slice(0, n)));
  const tail = longest(q.length, (n) => t.includes(q.slice(q.length - n)));
  if (head === 0 && tail === 0) return undefined;
  if (head >= tail) {
    const start = t.indexOf(q.slice(0, head));
    const at = start + head;
    return { start, length: head, from: "start", at, expected: quote[head]!, found: text[at] };
  }
  const start = t.indexOf(q.slice(q.length - tail));
  const at = start - 1;
  return { start, length: tail, from: "end", at, expected: quote[quote.length - tail - 1]!, found: text[at] };
}

/** A character for a message: quoted, with its code point when it is not plain printable ASCII. */
function showChar(c: string | undefined): string {
  if (c === undefined) return "nothing (the text ends)";
  const code = c.codePointAt(0)!;
  const plain = code >= 0x20 && code < 0x7f;
  return `'${plain ? c : JSON.stringify(c).slice(1, -1)}'${plain ? "" : ` (U+${code.toString(16).toUpperCase().padStart(4, "0")})`}`;
}

/** The message for a quote not found in a text: where the closest match stops agreeing, and the two characters. */
export function notFoundMessage(source: string, text: string, quote: string): string {
  const m = closestMatch(text, quote);
  const head = `quote not found in source '${source}'`;
  const shown = `"${quote.length > 60 ? `${quote.slice(0, 60)}…` : quote}"`;
  if (m === undefined) return `${head}: no character of either end of the quote occurs in it: ${shown}`;
  if (m.from === "start") {
    return `${head}: closest match at ${m.start} agrees for ${m.length} characters, then the quote has ${showChar(m.expected)} where the source has ${showChar(m.found)} (at ${m.at}): ${shown}`;
  }
  return `${head}: closest match ends at ${m.start + m.length} and agrees for its last ${m.length} characters; before them the quote has ${showChar(m.expected)} where the source has ${showChar(m.found)} (at ${m.at}): ${shown}`;
}

/** A span that could not be filled, with where it is. */
export interface SpanError {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

type Json = unknown;

/** Deeper than any field of a data file (the deepest Span, a meeting part's evidence, is 6 levels down). */
const MAX_DEPTH = 32;

/**
 * Returns a copy of a data file's content with every Span filled from its source, and the spans it could not fill.
 * A quote that occurs more than once keeps the `start` it already has when that `start` is one of the occurrences;
 * otherwise it is an error that lists the occurrences, so the author can write the right `start`.
 */
export function fillSpans(content: Json, texts: ReadonlyMap<string, string>): { content: Json; errors: SpanError[] } {
  const errors: SpanError[] = [];
  const walk = (value: Json, path: Array<string | number>): Json => {
    if (value === null || typeof value !== "object") return value;
    // No record field lies this deep: stop here, so untrusted nesting cannot overflow the stack (validate names it).
    if (path.length > MAX_DEPTH) {
      errors.push({ path, message: `nested more than ${MAX_DEPTH} levels deep, deeper than any record field: not read` });
      return value;
    }
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...path, i]));
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
    // Its one occurrence, or the occurrence its start already names.
    const start = found.length === 1 ? found[0] : found.find((at) => at === span.start);
    if (start === undefined) {
      errors.push({
        path,
        message:
          found.length === 0
            ? notFoundMessage(source, text, quote)
            : `quote occurs ${found.length} times in '${source}' (at ${found.join(", ")}): set "start" to one of them or lengthen the quote`,
      });
      return span;
    }
    const end = start + quote.length;
    return { source, start, end, quote: text.slice(start, end) };
  };
  return { content: walk(content, []), errors };
}
