/**
 * The Security Council's membership on a day, read from a list of council terms: which state held which kind of
 * seat, and which days the list covers. Pure and dependent on no bundled data, so that the validation rule can read a
 * dataset's own terms and the helpers the bundled ones. Not exported from the package.
 * @module
 */
/**
 * What a state was on the Security Council on a day: a permanent member, an elected member, or not a member.
 * @category Reference
 */
export type CouncilCapacity = "permanent-member" | "elected-member" | "non-member";

/**
 * The fields of a council term the membership is read from.
 * @category Reference
 */
export interface CouncilTermLike {
  /** `permanent` or `elected`. */
  readonly seat: string;
  /** The state's alpha-3 code. */
  readonly state: string;
  /** First day (inclusive). */
  readonly from: string;
  /** Last day (inclusive), or null while the seat is held. */
  readonly to: string | null;
}

/** The membership a list of terms records, and the days it covers. */
export interface CouncilTable {
  /** The first day covered: the earliest start of an elected term (undefined when the list holds none). */
  readonly first: string | undefined;
  /** The last day covered: 31 December of the last year covered (undefined when the list holds no elected term). */
  readonly last: string | undefined;
  /** The years covered: those in which some elected term began (each year's election fills seats from that year). */
  readonly years: ReadonlySet<number>;
  /** Why a day is not covered, in words that name it; undefined when it is. */
  uncovered(date: string): string | undefined;
  /** The capacity of each state with a seat on a day (a state absent from the map was not a member). */
  seatsOn(date: string): ReadonlyMap<string, CouncilCapacity>;
}

/** Years as short ranges: `1946–2026`, `1946–2026 and 2031`. */
function yearRanges(years: ReadonlySet<number>): string {
  const sorted = [...years].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(i === j ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return ranges.length <= 1 ? (ranges[0] ?? "") : `${ranges.slice(0, -1).join(", ")} and ${ranges[ranges.length - 1]}`;
}

/**
 * The membership table of a list of terms. A day is covered when it is on or after the first elected term's start and
 * some elected term began in its year: the table then holds every term running that day. It is built afresh on each
 * call: a pass over a few hundred terms costs microseconds, and a table cached across calls would outlive the mutant
 * it was built under when Stryker runs every test in one process.
 */
export function councilTable(terms: readonly CouncilTermLike[]): CouncilTable {
  const elected = terms.filter((t) => t.seat === "elected");
  const first = elected.reduce<string | undefined>((min, t) => (min === undefined || t.from < min ? t.from : min), undefined);
  const years = new Set(elected.map((t) => Number(t.from.slice(0, 4))));
  const lastYear = years.size === 0 ? undefined : Math.max(...years);
  const table: CouncilTable = {
    first,
    last: lastYear === undefined ? undefined : `${String(lastYear).padStart(4, "0")}-12-31`,
    years,
    uncovered(date) {
      if (first === undefined) return "is not covered: the council terms hold no elected term";
      if (date < first) return `is before ${first}, the first day the membership table covers (its first elected members took their seats that day)`;
      const year = Number(date.slice(0, 4));
      if (!years.has(year)) return `is in ${year}, a year the membership table does not cover (it holds the terms that began in ${yearRanges(years)})`;
      return undefined;
    },
    seatsOn(date) {
      const seats = new Map<string, CouncilCapacity>();
      for (const t of terms) {
        if (t.from > date || (t.to !== null && t.to < date)) continue;
        // A permanent seat outranks an elected one, should bad data give a state both.
        if (t.seat === "permanent") seats.set(t.state, "permanent-member");
        else if (t.seat === "elected" && !seats.has(t.state)) seats.set(t.state, "elected-member");
      }
      return seats;
    },
  };
  return table;
}
