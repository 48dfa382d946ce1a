/** The order of strings in the helpers' results (not exported from the package). */

/** Compares two strings by their UTF-16 code units, as `<` does: ids sort the same in every helper's result. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
