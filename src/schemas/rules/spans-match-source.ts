import { fold } from "../../typography.js";
import type { CollectionName } from "../collections.js";
import { cut, get, valuesAt, type Rule } from "./rule.js";
import { SPAN_PATHS } from "./span-paths.js";

/** Checks one Span against the source texts; returns a message, or undefined when it holds. */
function checkSpan(span: unknown, texts: ReadonlyMap<string, string>, sourceIds: ReadonlySet<string>): string | undefined {
  const source = get(span, "source");
  const start = get(span, "start");
  const end = get(span, "end");
  const quote = get(span, "quote");
  if (typeof source !== "string" || typeof quote !== "string" || typeof start !== "number" || typeof end !== "number") return undefined;
  if (!sourceIds.has(source)) return `span cites unknown source '${cut(source)}'`;
  const text = texts.get(source);
  if (text === undefined) return undefined; // reported once, on the source
  if (text.slice(start, end) === quote) return undefined;
  const at = text.indexOf(quote);
  if (at >= 0) return `offsets ${start}..${end} do not hold the quote, which stands at ${at}..${at + quote.length}`;
  const folded = fold(text).indexOf(fold(quote));
  if (folded >= 0) return `quote differs from the source in typography (no-break spaces, curly quotes, hyphens and dashes) at ${folded}: copy the exact characters`;
  return `quote not found in source '${cut(source)}': "${cut(quote)}"`;
}

/** Every Span's quote is exactly its source's text between its offsets. */
export const spansMatchSource: Rule = {
  id: "spans-match-source",
  description: "Every Span cites a known source, and its quote is exactly that source's text between its offsets.",
  check({ records, ids, texts, idOf, report }) {
    for (const name of Object.keys(SPAN_PATHS) as CollectionName[]) {
      const patterns = SPAN_PATHS[name];
      records[name].forEach((rec, index) => {
        for (const pattern of patterns) {
          valuesAt(rec, pattern, (span, path) => {
            const message = checkSpan(span, texts, ids.sources);
            if (message) report(name, idOf(rec, index), [...path], message);
          });
        }
      });
    }
  },
};
