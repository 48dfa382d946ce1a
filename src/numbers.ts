/**
 * Reading the words of a number ("eight", "1 million", "22.6 per cent", "$6.6 billion", "half") into a value.
 * Used by validation to check that every metric's verbatim text says what its value says.
 * Depends on nothing, so both entry points can use it.
 * @module
 */

/** What a number's words say: the number, and whether the words mark it as a percentage, money or a fraction. */
export interface ParsedNumber {
  /** The number the words state, with multipliers applied (`$6.6 billion` → 6600000000; `half` → 0.5). */
  readonly value: number;
  /** `percent` for "per cent"/"%", `usd` for "$", `fraction` for "half"/"quarter", `plain` otherwise. */
  readonly kind: "plain" | "percent" | "usd" | "fraction";
}

const UNITS_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
};
const FRACTION_WORDS: Readonly<Record<string, number>> = { half: 0.5, quarter: 0.25, third: 1 / 3 };
const MULTIPLIERS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The value of a word in one of these lists (own keys only: `constructor` is no number). */
const lookup = (table: Readonly<Record<string, number>>, word: string): number | undefined => (Object.hasOwn(table, word) ? table[word] : undefined);

/** Reads one word-number ("eight", "seventy", "twenty-five", "twenty-fifth") or returns undefined. */
function wordNumber(word: string, ordinals = true): number | undefined {
  const w = word.toLowerCase();
  const single = lookup(UNITS_WORDS, w) ?? lookup(TENS_WORDS, w) ?? (ordinals ? lookup(ORDINAL_WORDS, w) : undefined);
  if (single !== undefined) return single;
  const parts = w.split("-");
  if (parts.length === 2) {
    const [tens, unit] = parts as [string, string];
    const t = lookup(TENS_WORDS, tens);
    const u = lookup(UNITS_WORDS, unit) ?? (ordinals ? lookup(ORDINAL_WORDS, unit) : undefined);
    if (t !== undefined && u !== undefined && u > 0 && u < 10) return t + u;
  }
  return undefined;
}

/**
 * Words that do not make a number+word compound besides number words (which `wordNumber` reads: "twenty-five",
 * "one-third") and multipliers: the fractions "half" and "quarter", and "present", "date", "now" and "today", which
 * joined to a year make a range, not a count. ("percent" never gets here: the percent pattern takes it first.)
 */
const NOT_COMPOUND_WORDS = new Set(["present", "date", "now", "today", "half", "quarter"]);

/** A numeral: digits with optional thousands commas and decimals ("154", "5,000", "22.6"). */
const NUMERAL = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** The value of a numeral, or undefined for a word that is not one. */
const numeral = (word: string): number | undefined => (NUMERAL.test(word) ? Number(word.replace(/,/g, "")) : undefined);

/**
 * Reads a compound of a cardinal number, a hyphen and one word ("15-member", "250-strong", "three-year",
 * "twenty-five-year"; the hyphen may be a no-break one) as its number. Ranges ("2017-2019") and ids ("2020-09-14-a4p")
 * are not compounds. An en dash joins ranges, not compounds, and is not read.
 */
function compoundNumber(word: string): number | undefined {
  const m = /^(.+)-([A-Za-z]{2,})$/.exec(word);
  if (m === null) return undefined;
  const [, head, tail] = m as unknown as [string, string, string];
  const t = tail.toLowerCase();
  if (NOT_COMPOUND_WORDS.has(t) || Object.hasOwn(MULTIPLIERS, t) || wordNumber(t) !== undefined) return undefined;
  return numeral(head) ?? wordNumber(head, false);
}

/**
 * Reads the words of a number as they stand in a typeset text (no-break spaces and hyphens are read as plain ones).
 * A compound of a cardinal number, a hyphen and a word ("15-member", "three-year", "250-strong") reads as its number;
 * a range ("2017-2019") or an id does not. Returns undefined when the words are not a number this reader knows.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { parseNumberText } from "peacekeeping-records/schemas";
 * console.log(parseNumberText("22.6\u00a0per\u00a0cent")); // { value: 22.6, kind: 'percent' }
 * console.log(parseNumberText("$6.6 billion")); // { value: 6600000000, kind: 'usd' }
 * console.log(parseNumberText("eight")); // { value: 8, kind: 'plain' }
 * console.log(parseNumberText("15\u2011member")); // { value: 15, kind: 'plain' }
 * ```
 */
export function parseNumberText(text: string): ParsedNumber | undefined {
  let rest = text.replace(/[\u00a0\u202f\u2009]/g, " ").replace(/[\u2010\u2011]/g, "-").trim();
  let kind: ParsedNumber["kind"] = "plain";
  if (rest.startsWith("$")) {
    kind = "usd";
    rest = rest.slice(1);
  }
  const percent = /\s*(?:per cent|percent|%)$/i.exec(rest);
  if (percent) {
    if (kind === "usd") return undefined;
    kind = "percent";
    rest = rest.slice(0, percent.index);
  }
  const words = rest.match(/\S+/g);
  if (words === null || words.length > 2) return undefined;
  let multiplier = 1;
  if (words.length === 2) {
    const m = lookup(MULTIPLIERS, words[1]!.toLowerCase());
    if (m === undefined) return undefined;
    multiplier = m;
  }
  const head = words[0]!;
  // A lone word, neither money nor a percentage, may be a fraction or a compound.
  const lone = words.length === 1 && kind === "plain";
  if (lone && Object.hasOwn(FRACTION_WORDS, head.toLowerCase())) return { value: FRACTION_WORDS[head.toLowerCase()]!, kind: "fraction" };
  const base = numeral(head) ?? wordNumber(head) ?? (lone ? compoundNumber(head) : undefined);
  if (base === undefined) return undefined;
  // Multiply through a decimal string so that 6.6 × 1e9 is exactly 6600000000.
  const value = multiplier === 1 ? base : Number((base * multiplier).toPrecision(15));
  // A numeral too long for a double, or multiplied past it, is no number.
  return Number.isFinite(value) ? { value, kind } : undefined;
}

/**
 * The value a metric of the given unit should carry for these words: a fraction becomes a percentage for `percent`
 * ("half" → 50); words marked as percent or money only fit that unit. Undefined when the words do not fit the unit.
 */
export function normalisedValue(text: string, unit: "count" | "percent" | "usd" | "years"): number | undefined {
  const parsed = parseNumberText(text);
  if (parsed === undefined) return undefined;
  switch (parsed.kind) {
    case "percent":
      return unit === "percent" ? parsed.value : undefined;
    case "usd":
      return unit === "usd" ? parsed.value : undefined;
    case "fraction":
      return unit === "percent" ? Number((parsed.value * 100).toPrecision(15)) : undefined;
    case "plain":
      return unit === "percent" || unit === "usd" ? undefined : parsed.value;
  }
}
