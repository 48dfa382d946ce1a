/**
 * How an error message shows the value it refuses.
 * @internal
 * @module
 */

/** The longest string an error message repeats whole; a longer one is cut there and ends with `…`. */
const LONGEST = 40;

/** A string quoted, and cut short past {@link LONGEST} characters. */
export const quoted = (text: string): string => `'${text.length > LONGEST ? `${text.slice(0, LONGEST)}…` : text}'`;

/** A value as an error message shows it: a string {@link quoted}, else `null`, `an array` or its type. */
export function shown(value: unknown): string {
  if (typeof value === "string") return quoted(value);
  return value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
}
