/**
 * The typography of the source texts (no-break spaces, curly quotes, no-break hyphens), folded to plain characters.
 * One place for the spans filler, the validator's hints and the text filter, so they agree on what "the same words"
 * means. Depends on nothing.
 * @module
 */

/** Folds typographic characters to their plain forms, one character for one, so offsets in the result hold. */
export function fold(text: string): string {
  return text
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010\u2011]/g, "-");
}
