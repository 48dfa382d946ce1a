/**
 * The numbers a paragraph states that measure something: value (read by the package's number reader), qualifier,
 * proposed unit, the period the words near it give, and a target the sentence measures it against.
 * @module
 */
import { normalisedValue, parseNumberText } from "../../numbers.js";
import {
  NOT_A_COUNT,
  MONTHS,
  NO_NOUN_AFTER,
  NOT_A_MEASURE_AFTER,
  NOT_A_MEASURE_BEFORE,
  NUMBER,
  PERIODS,
  QUALIFIER_BEFORE,
  QUALIFIER_WORDS,
  TARGET_BEFORE,
  YEARS_AFTER,
  YEAR_NUMBER,
} from "./patterns.js";
import { spanOf, type Range, type Source } from "./text.js";
import type { Finding } from "./speakers.js";
import type { DraftNumber, DraftStatedNumber, Period } from "./types.js";

type Unit = NonNullable<DraftNumber["unit"]>;

/** A number found in a sentence, before its period is read. */
interface Found {
  readonly range: Range;
  readonly stated: DraftStatedNumber;
  readonly unit: Unit | null;
  readonly isTarget: boolean;
}

/** The qualifier the words right before a number give, with those words. */
function qualifierOf(source: Source, start: number): Pick<DraftStatedNumber, "qualifier" | "qualifierText"> {
  const before = source.folded.slice(Math.max(0, start - 20), start);
  const m = QUALIFIER_BEFORE.exec(before);
  if (m === null) return { qualifier: "exact", qualifierText: null };
  const words = m[0].trimEnd();
  const from = start - before.length + m.index;
  return { qualifier: QUALIFIER_WORDS.find(([w]) => w === words.toLowerCase())![1], qualifierText: source.text.slice(from, from + words.length) };
}

/** The numbers of one sentence that measure something. */
function numbersOf(source: Source, sentence: Range, findings: Finding[]): Found[] {
  const out: Found[] = [];
  const body = source.folded.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(NUMBER)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const before = source.folded.slice(Math.max(sentence.start, start - 24), start);
    const after = source.folded.slice(end, Math.min(sentence.end, end + 24));
    if (YEAR_NUMBER.test(m[0]) || NOT_A_COUNT.test(m[0]) || NOT_A_MEASURE_BEFORE.test(before) || NOT_A_MEASURE_AFTER.test(after)) continue;
    const parsed = parseNumberText(m[0]);
    // The pattern admits no words the reader cannot read but a rare compound ("two-thirds" reads as two): skip those.
    if (parsed === undefined) continue;
    const unit: Unit | null =
      parsed.kind === "percent" || parsed.kind === "fraction"
        ? "percent"
        : parsed.kind === "usd"
          ? "usd"
          : YEARS_AFTER.test(after) || /-years?$/u.test(m[0])
            ? "years"
            : NO_NOUN_AFTER.test(after)
              ? null
              : "count";
    const text = source.text.slice(start, end);
    const stated = { value: normalisedValue(m[0], unit ?? "count")!, ...qualifierOf(source, start), text, words: spanOf(source, start, end) };
    const isTarget = TARGET_BEFORE.test(before);
    if (unit === null && !isTarget) {
      findings.push({ kind: "number-without-unit", message: `"${text}" is followed by no word that says what it counts: set its unit, or drop it`, range: { start, end }, suggestions: [] });
    }
    out.push({ range: { start, end }, stated, unit, isTarget });
  }
  return out;
}

/** The year of a month named without one: the meeting's year, or the year before for a month after the meeting's. */
const yearOfMonth = (month: number, date: string) => Number(date.slice(0, 4)) - (month > Number(date.slice(5, 7)) ? 1 : 0);

/** The period the words of a stretch give, or null. Periods that run to the meeting need its date. */
function periodIn(source: Source, range: Range, date: string | undefined): Period | null {
  const words = source.folded.slice(range.start, range.end);
  const text = (m: RegExpExecArray) => source.text.slice(range.start + m.index, range.start + m.index + m[0].length);
  let m = PERIODS.fiscal.exec(words);
  if (m) return { kind: "fiscal-year", startYear: Number(m[1]), endYear: Number(m[2]), text: text(m) };
  if (date === undefined) {
    m = PERIODS.year.exec(words);
    return m && !PERIODS.soFarIn.test(words) && !PERIODS.since.test(words) ? { kind: "year", year: Number(m[1]), partial: false, through: null, text: text(m) } : null;
  }
  if ((m = PERIODS.since.exec(words))) return { kind: "since", from: Number(m[1]), through: date, text: text(m) };
  if ((m = PERIODS.soFarIn.exec(words))) return { kind: "year", year: Number(m[1]), partial: true, through: date.startsWith(m[1]!) ? date : `${m[1]}-12-31`, text: text(m) };
  if ((m = PERIODS.soFarThisYear.exec(words))) return { kind: "year", year: Number(date.slice(0, 4)), partial: true, through: date, text: text(m) };
  if ((m = PERIODS.monthYear.exec(words))) return { kind: "month", year: Number(m[2]), month: MONTHS.indexOf(m[1]!) + 1, text: text(m) };
  if ((m = PERIODS.year.exec(words))) return { kind: "year", year: Number(m[1]), partial: false, through: null, text: text(m) };
  if ((m = PERIODS.month.exec(words))) {
    const month = MONTHS.indexOf(m[1]!) + 1;
    return { kind: "month", year: yearOfMonth(month, date), month, text: text(m) };
  }
  if ((m = PERIODS.asOf.exec(words))) return { kind: "as-of", date, text: text(m) };
  return null;
}

/**
 * The numbers of a paragraph's sentences that measure something, each with its period: the words after it (to the next comma or
 * number), else before it (from the number before), else the sentence's opening words (to its first comma).
 */
export function findNumbers(source: Source, sentences: readonly Range[], statement: string | null, date: string | undefined, findings: Finding[]): DraftNumber[] {
  const out: DraftNumber[] = [];
  for (const sentence of sentences) {
    const found = numbersOf(source, sentence, findings);
    const opening = { start: sentence.start, end: sentence.start + Math.max(0, source.folded.slice(sentence.start, sentence.end).indexOf(",")) };
    const evidence = spanOf(source, sentence.start, sentence.end);
    let last: { -readonly [K in keyof DraftNumber]: DraftNumber[K] } | undefined;
    found.forEach((f, i) => {
      if (f.isTarget && last !== undefined) {
        last.target = f.stated;
        return;
      }
      // After the number, its own clause only (to the next comma or number): "Two years after its launch, … in 2021".
      const clause = source.folded.slice(f.range.end, found[i + 1]?.range.start ?? sentence.end).search(/[,;]|$/u);
      const next = f.range.end + clause;
      const previous = found[i - 1]?.range.end ?? sentence.start;
      const period =
        periodIn(source, { start: f.range.end, end: next }, date) ?? periodIn(source, { start: previous, end: f.range.start }, date) ?? periodIn(source, opening, date);
      last = { ...f.stated, statement, unit: f.unit, period, target: null, evidence };
      out.push(last);
    });
  }
  return out;
}
