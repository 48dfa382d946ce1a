/**
 * The typography of the source texts (no-break spaces, curly quotes, hyphens and dashes), folded to plain characters.
 * One place for the spans filler, the validator's hints and the text filter, so they agree on what "the same words"
 * means. Depends on nothing.
 * @module
 */

/**
 * Folds typographic characters to their plain forms, one character for one, so that `fold(text).length ===
 * text.length` and an offset in the result is the same offset in the text: no-break and narrow no-break spaces to a
 * space, curly single and double quotes to straight ones, and the hyphens and dashes (U+2010 hyphen, U+2011 no-break
 * hyphen, U+2012 figure dash, U+2013 en dash, U+2014 em dash) to a hyphen-minus.
 */
export function fold(text: string): string {
  return text
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2010-\u2014]/g, "-");
}
