/**
 * The citation line the explorer offers to copy for a record: its words, who said them, where, and the record id.
 * Pure, shared by the page and its tests.
 * @module
 */

/** What a citation names. */
export interface CitationInput {
  /** The record id. */
  readonly id: string;
  /** The exact words, or null when the record spans several paragraphs (a statement). */
  readonly quote: string | null;
  /** First and last character of the words in the source. */
  readonly start: number;
  readonly end: number;
  /** Who said it (speaker and delegation), or null for the source's own voice. */
  readonly speaker: string | null;
  readonly source: { readonly id: string; readonly title: string; readonly publisher: string; readonly date: string; readonly url: string | null; readonly symbol: string | null };
}

/**
 * One line: `“quote”, speaker. Publisher, “Title” (symbol), date, characters s–e [url]. Record id.`
 * For example (internal, so not run by the examples test; test/explorer/build.test.ts checks it):
 * ```ts
 * citationLine({ id: "m-1", quote: "25 in 2019", start: 5, end: 15, speaker: null, source: { id: "s", title: "T", publisher: "United Nations", date: "2020-09-14", url: null, symbol: null } });
 * // '“25 in 2019”. United Nations, “T”, 2020-09-14, characters 5–15. Record m-1 (peacekeeping-records).'
 * ```
 */
export function citationLine(c: CitationInput): string {
  const words = c.quote === null ? "" : `“${c.quote}”`;
  const who = c.speaker === null ? "" : `${words ? ", " : ""}${c.speaker}`;
  const head = words || who ? `${words}${who}. ` : "";
  const symbol = c.source.symbol === null ? "" : ` (${c.source.symbol})`;
  const url = c.source.url === null ? "" : ` ${c.source.url}`;
  return `${head}${c.source.publisher}, “${c.source.title}”${symbol}, ${c.source.date}, characters ${c.start}–${c.end}${url}. Record ${c.id} (peacekeeping-records).`;
}
