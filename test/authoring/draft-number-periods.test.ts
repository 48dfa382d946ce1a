/**
 * The numbers a sentence states and the period each is read for: the unit (years, a count, none), the qualifier at
 * the very start of a text, the words that make a number no measure, and every kind of period (fiscal year, since,
 * so far this year, a year, a month named without its year, as of the meeting), found after the number, before it or
 * in the sentence's opening. On short synthetic sentences (synthetic test text, not from any source).
 */
import { describe, expect, it } from "vitest";
import { findNumbers } from "../../src/authoring/draft/numbers.js";
import type { Finding } from "../../src/authoring/draft/speakers.js";
import { paragraphsOf, sentencesOf } from "../../src/authoring/draft/text.js";
import { fold } from "../../src/typography.js";

const DATE = "2020-09-14";

/** The numbers of a synthetic text's paragraphs (statement null), with the findings they raise. */
function numbersIn(text: string, date: string | undefined = DATE) {
  const source = { id: "synthetic", text, folded: fold(text) };
  const findings: Finding[] = [];
  const numbers = paragraphsOf(text).flatMap((p) => findNumbers(source, sentencesOf(source.folded, p), null, date, findings));
  return { numbers, findings };
}
const only = (text: string, date?: string) => {
  const { numbers } = numbersIn(text, date);
  expect(numbers).toHaveLength(1);
  return numbers[0]!;
};

describe("the unit of a number", () => {
  it("is years when 'years' follows the number, or when the number ends in '-year'", () => {
    expect(only("They served for 20 years in the region.").unit).toBe("years");
    expect(only("It renewed its three-year mandate.").unit).toBe("years");
  });

  it("is a count for a number ending in a longer word that starts with 'year'", () => {
    expect(only("It held a three-yearly review of troops.").unit).toBe("count");
  });

  it("is none for a number that ends a paragraph with no word after it, and that goes to review", () => {
    const { numbers, findings } = numbersIn("The troops deployed numbered 500\n\nThe mission went on.");
    expect(numbers.map((n) => [n.value, n.unit])).toEqual([[500, null]]);
    expect(findings.map((f) => f.kind)).toEqual(["number-without-unit"]);
  });

  it("skips a compound the number reader cannot read, and reads the numbers after it", () => {
    const { numbers } = numbersIn("A fifty-fifty split of 40 posts was agreed.");
    expect(numbers.map((n) => n.value)).toEqual([40]);
  });
});

describe("the words around a number", () => {
  it("read a qualifier that opens the text", () => {
    expect(only("About 500 soldiers were deployed to the east.")).toMatchObject({ value: 500, qualifier: "approximately", qualifierText: "About" });
  });

  it("make a number after 'resolution' at the start of the text no measure", () => {
    expect(numbersIn("Under resolution 999, the Council acted with 15 votes.").numbers.map((n) => n.value)).toEqual([15]);
  });

  it("make a target of the number after 'target of', but a sentence's first number is a number of its own", () => {
    const n = only("A target of 500 soldiers was set.");
    expect(n).toMatchObject({ value: 500, target: null });
  });
});

describe("the period of a number", () => {
  it("is a fiscal year from the words after the number", () => {
    expect(only("The budget was $6.6 billion for the 2020-2021 fiscal year.").period).toEqual({
      kind: "fiscal-year",
      startYear: 2020,
      endYear: 2021,
      text: "2020-2021 fiscal year",
    });
  });

  it("runs since a year to the meeting", () => {
    expect(only("Since 2014, 300 peacekeepers have died.").period).toEqual({ kind: "since", from: 2014, through: DATE, text: "Since 2014" });
  });

  it("is the meeting's year so far, not 'as of' the meeting, for 'so far this year'", () => {
    expect(only("So far this year, 12 peacekeepers were killed.").period).toEqual({ kind: "year", year: 2020, partial: true, through: DATE, text: "So far this year" });
  });

  it("is a whole year for 'in' and a year", () => {
    expect(only("In 2019, 40 peacekeepers died.").period).toEqual({ kind: "year", year: 2019, partial: false, through: null, text: "In 2019" });
  });

  it("is a month of the meeting's year, or of the year before for a month after the meeting's", () => {
    expect(only("The mission recorded 40 attacks in November.").period).toEqual({ kind: "month", year: 2019, month: 11, text: "in November" });
    expect(only("The mission recorded 40 attacks in September.").period).toEqual({ kind: "month", year: 2020, month: 9, text: "in September" });
    expect(only("The mission recorded 40 attacks in March.").period).toEqual({ kind: "month", year: 2020, month: 3, text: "in March" });
  });

  it("is 'as of' the meeting for 'currently'", () => {
    expect(only("Currently, 80,000 personnel serve.").period).toEqual({ kind: "as-of", date: DATE, text: "Currently" });
  });

  it("comes from the sentence's opening words, to its first comma, for a later number", () => {
    const { numbers } = numbersIn("Yes, it was. In 2019, 40 soldiers died and 12 civilians were injured.");
    expect(numbers.map((n) => [n.value, n.period?.kind === "year" ? n.period.year : null])).toEqual([
      [40, 2019],
      [12, 2019],
    ]);
  });

  it("is read after the number only up to its clause's comma", () => {
    const { numbers } = numbersIn("Reports from the field for the whole period say that 40 soldiers died, in 2019 mostly.");
    expect(numbers.map((n) => [n.value, n.period])).toEqual([[40, null]]);
  });

  it("is read after the number only up to the next number", () => {
    const { numbers } = numbersIn("Here 40 soldiers and 12 civilians died in 2019.");
    expect(numbers.map((n) => [n.value, n.period?.kind === "year" ? n.period.year : null])).toEqual([
      [40, null],
      [12, 2019],
    ]);
  });

  it("is read before the number from the sentence's start for the first number, and from the number before for the next", () => {
    const { numbers } = numbersIn("In 2019 40 soldiers died and 12 civilians were hurt.");
    expect(numbers.map((n) => [n.value, n.period?.kind === "year" ? n.period.year : null])).toEqual([
      [40, 2019],
      [12, null],
    ]);
  });
});
