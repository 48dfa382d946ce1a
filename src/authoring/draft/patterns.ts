/**
 * Every sentence pattern the drafting reads, in one place. They match the text with its typography folded
 * (`fold`: curly quotes and apostrophes straight, no-break spaces plain, hyphens and dashes `-`), which keeps offsets,
 * so a match's offsets are the offsets of the original words.
 *
 * The patterns describe how meetings coverage introduces a speaker, a group spoken for, a number and its period, in
 * general terms (a title, a person's name, "X's representative"), never one text's phrasing.
 * @module
 */

/** Builds a regular expression from parts (sources of strings or expressions), with flags. */
const re = (flags: string, ...parts: Array<string | RegExp>): RegExp => new RegExp(parts.map((p) => (typeof p === "string" ? p : p.source)).join(""), flags);

/** The nouns for one who speaks for a delegation: "Ghana's representative", "the representative of Ghana". */
const SPEAKER_NOUN = "(?:Permanent Representative|Permanent Observer|representative|delegate|speaker|Ambassador|observer)";

/** The words a person's title begins with, longest first where one begins another. */
const TITLE_HEAD =
  "(?:Under-Secretary-General|Assistant Secretary-General|Deputy Secretary-General|Secretary-General|Special Representative|Special Envoy|" +
  "High Commissioner|Executive Director|Director-General|Director|Deputy Prime Minister|Prime Minister|Foreign Minister|Minister|" +
  "Council President|Vice-President|President|Chairperson|Chair|Force Commander|Police Commissioner|Police Adviser|Commissioner|Head|Chief|" +
  "Secretary of State|State Secretary)";

/** A capitalised word of a name or a title ("Peace", "Okafor-Lind", "McKay"). */
const CAP_WORD = "[A-Z][\\p{L}']*\\p{Ll}(?:-[A-Z][\\p{L}']*\\p{Ll})*";

/** A title: its head, then "for/of/on" and capitalised words ("Minister for Foreign Affairs of Brazil"). */
export const TITLE = `${TITLE_HEAD}(?: (?:for|of|on) (?:the )?${CAP_WORD}(?: (?:(?:and|of|the|for|on) )*${CAP_WORD})*)?`;

/** A person's name: two to four capitalised words, with the particles names carry ("Jean-Pierre Lacroix"). */
export const PERSON = `${CAP_WORD}(?: (?:(?:de|da|van|von|bin|ben|al|el|le|la|del|dos|du) )?${CAP_WORD}){1,3}`;

/** A surname, or a short name, after a title ("Prime Minister Vell"). */
const SHORT_PERSON = `${CAP_WORD}(?: ${CAP_WORD}){0,2}`;

/** The verb that follows a speaker's introduction: said, told, or a verb in the past tense (stressed, voiced). */
const SPEECH_VERB = "(?:said|told|spoke|drew|gave|took|made|began|[a-z]+ed)\\b";

/** The verb that ends a speaker's introduction, with the adverb that may come before it ("then spoke"). */
const SPEECH = `(?:(?:then|also|next|later|finally) )?${SPEECH_VERB}`;

/** A delegation's name where a pattern holds it in a group ("Portugal", "the Russian Federation"), or a name the tables lack. */
const OWNER = `(?:[Tt]he )?${CAP_WORD}(?: (?:(?:of|the|and) )*${CAP_WORD})*`;

/** How a pattern's match names the speaker's delegation. */
export type NameAt = "before" | "after" | "title" | "person" | "start" | "owner";

/** One way a paragraph's first sentence introduces its speaker. */
export interface SpeakerPattern {
  /** A short id, for tests and review messages. */
  readonly id: string;
  /** The expression, global and unicode; groups `title`, `person`, `president` where it has them. */
  readonly pattern: RegExp;
  /**
   * Where the delegation's name is: before the match ("Ghana's …"), after it ("… of Ghana"), in the title (or in
   * brackets after it), by person, at the sentence's start, or in the group `owner`.
   */
  readonly nameAt: NameAt;
  /** Whether the introduction runs on through the list of delegations spoken for ("Fiji, speaking for Samoa and Tonga"). */
  readonly throughList?: boolean;
}

/**
 * The ways a speaker is introduced, in order of preference when two match at the same place. The earliest match in
 * a paragraph's first sentence wins.
 */
export const SPEAKER_PATTERNS: readonly SpeakerPattern[] = [
  // "Ghana's representative", "the Russian Federation's delegate" (the name is read back from the apostrophe).
  { id: "possessive", pattern: re("dgu", `'s ${SPEAKER_NOUN}\\b`), nameAt: "before" },
  // "Nepal's Minister for Defence said", "Brazil's Foreign Minister, Ana Lima, said".
  { id: "possessive-title", pattern: re("dgu", `'s (?<title>${TITLE})(?:, (?<person>${PERSON}),)? ${SPEECH_VERB}`), nameAt: "before" },
  // "The representative of the Dominican Republic", "Speaking next, the delegate of Chile", "The speaker for the European Union".
  { id: "representative-of", pattern: re("dgu", `\\b[Tt]he ${SPEAKER_NOUN} (?:of|for) `), nameAt: "after" },
  // "Karim Essayed, Under-Secretary-General for Peace Operations, said"; "Council President Ana Lima, Minister … of Brazil, said";
  // the delegation or the title's acronym in brackets: "Niamh Corrigan, Minister of State (Ireland), said", "…, Force Commander of
  // the United Nations Interim Security Force for Abyei (UNISFA), said".
  {
    id: "person-title",
    pattern: re(
      "dgu",
      `(?:^|, )(?:(?<president>Council President|President of the Council) )?(?<person>${PERSON}), (?<title>${TITLE})(?: \\((?<bracket>[^()]{2,80})\\))?(?:, (?:a|an) [^,]+)?, ${SPEECH}`,
    ),
    nameAt: "title",
  },
  // "Rui Albergaria, Portugal's Secretary of State for Foreign Affairs, then spoke in his national capacity".
  {
    id: "person-possessive-title",
    pattern: re("dgu", `(?:^|, )(?<person>${PERSON}), (?<owner>${OWNER})'s (?<title>${TITLE}),? ${SPEECH}`),
    nameAt: "owner",
  },
  // "Fiji, speaking for Samoa, Tonga and Vanuatu, said": the name opens the sentence, the list follows.
  { id: "name-speaking-for", pattern: re("dgu", `^(?<owner>${OWNER}), (?:also )?speaking (?:on behalf of|for) `), nameAt: "owner", throughList: true },
  // '…," said Under-Secretary-General for Peace Operations Jean-Pierre Lacroix.'
  { id: "quote-said-title", pattern: re("dgu", `" (?:said|added) (?<title>${TITLE}) (?<person>${PERSON})(?=[.,])`), nameAt: "title" },
  // "the Secretary-General said", "the Under-Secretary-General for Peace Operations, Jean Dupont, told the Council".
  { id: "the-title", pattern: re("dgu", `\\b[Tt]he (?<title>${TITLE})(?:, (?<person>${PERSON}),)? ${SPEECH_VERB}`), nameAt: "title" },
  // "Speaking in her national capacity, Prime Minister Vell said": a person already named (the presiding one).
  { id: "title-person", pattern: re("dgu", `(?:^|, )(?<title>${TITLE}) (?<person>${SHORT_PERSON}) ${SPEECH_VERB}`), nameAt: "person" },
  // "ZHANG JUN (China) said": a name in capitals, then the delegation in brackets.
  { id: "name-in-capitals", pattern: re("dgu", `(?:^|, )(?<person>\\p{Lu}[\\p{Lu}'-]+(?: \\p{Lu}[\\p{Lu}'-]+)+) \\(`), nameAt: "after" },
  // "Uruguay, which did not take the floor, circulated a written statement".
  { id: "written", pattern: re("dgu", `^(?=[^.]* a written statement)[^,]+(?:, [^,]+,)? (?:circulated|submitted) a written statement`), nameAt: "start" },
];

/** A title that names a UN department's head: the department is "Department of …" or "Office of …". */
export const TITLE_RULES: readonly { readonly pattern: RegExp; readonly names: (m: RegExpExecArray) => string[] }[] = [
  { pattern: /^(?:Under|Assistant)-?\s?Secretary-General for (.+)$/u, names: (m) => [`Department of ${m[1]}`, `Office of ${m[1]}`] },
];

/** "also speaking for", "Speaking on behalf of", "on behalf of": a list of delegations follows. */
export const ON_BEHALF = /(?:\b(?:also )?[Ss]peaking (?:on behalf of|for)|\b[Oo]n behalf of) /gu;

/** Between two names of a list: a comma, "and", or both. The list ends after the name that "and" brings. */
export const LIST_SEPARATOR = /^(?:, and |, | and )/u;

/** A name the tables do not hold, in a list or before "'s representative": capitalised words, "of", "the", "and". */
export const UNKNOWN_NAME = re("u", `(?:the )?${CAP_WORD}(?: (?:of |the |and )*${CAP_WORD})*`);

/** The same, at the end of the text before an apostrophe. */
export const UNKNOWN_NAME_BEFORE = re("u", `(?:${CAP_WORD} (?:(?:of|the|and) )*)*${CAP_WORD}$`);

/** "Speaking in her national capacity", "then spoke in his national capacity": the Council's president speaks for the country. */
export const NATIONAL_CAPACITY = /\b(?:[Ss]peaking|spoke|speaks) in (?:his|her|their) national capacity\b/u;

/**
 * "with Brazil's Minister for Foreign Affairs, Ana Lima, presiding", "with Prime Minister Vell of Malta in the Chair",
 * "presided over by …", "under the presidency of Portugal's Secretary of State …, Rui Albergaria".
 */
export const PRESIDER =
  /\bwith (?<who>[^.;]{3,160}?),? (?:presiding|in the [Cc]hair)\b|\b(?:presided over by|under the presidency of) (?<by>[^.;]{3,160}?)(?=[.;]|, (?:the|who|which)\b)/dgu;

/**
 * "Also speaking were the representatives of Peru and Thailand.": speakers listed whose words the text does not
 * report. No statement; the paragraph closes the speakers' list.
 */
export const LISTED_SPEAKERS =
  /^(?:Also (?:speaking|taking the floor|addressing the (?:Council|meeting))(?: (?:were|was|today|this (?:morning|afternoon)))?\b|(?:Other|Further) speakers (?:were|included)\b|The (?:representatives|delegates) of [^.]+ also (?:spoke|took the floor)\b)/u;

/** "and the European Union under rule 39": the delegations the clause before it names take part under rule 39. */
export const UNDER_RULE_39 = /\bunder rule 39\b/gu;

/** The start of the clause a place in a sentence belongs to: after the last comma, semicolon, colon or full stop. */
export const CLAUSE_START = /[,;:.](?=[^,;:.]*$)/u;

/** How a speaker took part, where the text says. */
export const PARTICIPATION: readonly { readonly mode: "videoconference" | "written"; readonly pattern: RegExp }[] = [
  { mode: "videoconference", pattern: re("u", `\\b[PpSs](?:articipating|peaking) (?:by|via) (?:videoconference|video link|video-teleconference)(?: from ${CAP_WORD}(?: ${CAP_WORD})*)?`) },
  { mode: "written", pattern: /\b(?:circulated|submitted) a written statement(?: after the meeting)?/u },
];

/** "invited under rule 39" beside an organization's speaker: its capacity. */
export const RULE_39 = /^, invited under rule 39\b/u;

/** "under rule 37" anywhere: the States the Council invited sit under rule 37. */
export const RULE_37 = /\bunder rule 37\b/u;

/** A paragraph of the publisher's, not of the meeting ("For information media. Not an official record."). */
export const END_MATTER = /^(?:For information media\b|\*\s*\*\*\*\s*\*$|_{3,}$)/u;

/** Words that report speech: a paragraph before the first speaker that has them tells what the first speaker said. */
export const REPORTED_SPEECH = /\b(?:said|told|says|tells)\b/u;

/** A paragraph that ends as a sentence does (a headline or date line does not). */
export const SENTENCE_ENDING = /[.!?]"?$/u;

/**
 * The place a mission's name ends with: capitalised words after the last "in" or "for" ("… in the Central African
 * Republic", "… for Abyei"), none when lower-case words follow ("… for the Referendum in …" reads from "in").
 */
export const PLACE_IN_NAME = re("u", `\\b(?:in|for) (?:the )?((?:${CAP_WORD})(?: (?:(?:of|the|and) )*${CAP_WORD})*)$`);

/** The end of a sentence: a full stop (not after a title such as "Mr."), then space and a capital or a quotation mark. */
export const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|St|No|Nos|Prof|Art|para|paras))[.!?]"?(?=\s+["A-Z(]|\s*$)/gu;

// ---------------------------------------------------------------------------------------------------------------
// Numbers

const UNIT_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const ORDINALS =
  "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|" +
  "eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth";
const MULTIPLIER = "(?: (?:thousand|million|billion|trillion)\\b)?";
const PERCENT = "(?: ?(?:per cent|percent|%))?";

/**
 * The words of a number: a numeral ("154", "5,000", "$6.6 billion", "22.6 per cent", "250-strong"), a number word
 * ("eight", "twenty-five", "Two"), an ordinal before "anniversary" ("twenty-fifth"), or "half"/"quarter" before "of".
 * A numeral glued to letters, slashes or dots (COVID-19, S/PRST/2031/7, 9050th) is no number.
 */
export const NUMBER = re(
  "giu",
  `(?<![\\p{L}\\p{N}/.#$-])(?:`,
  `\\$?(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\p{L}\\d]|[-/.:]\\d)${MULTIPLIER}${PERCENT}(?:-[a-z]{2,}\\b(?!-))?`,
  `|(?:(?:${TENS_WORDS})-)?(?:${ORDINALS})(?= anniversary)`,
  `|(?:half|quarter)(?= of\\b)`,
  `|(?:(?:${TENS_WORDS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|${UNIT_WORDS})\\b${MULTIPLIER}${PERCENT}(?:-[a-z]{2,}\\b(?!-)|(?![-\\p{L}]))`,
  `)`,
);

/** A number that is a year (plain, four digits): a date, not a measure. */
export const YEAR_NUMBER = /^(?:1[89]|20)\d\d$/u;

/** "one" is a pronoun more often than a count ("one of the largest"); "zero" a policy's name ("zero tolerance"). */
export const NOT_A_COUNT = /^(?:one$|zero\b)/iu;

const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";

/** Before a number that is no measure: a document, rule or article number, or a month (a date). */
export const NOT_A_MEASURE_BEFORE = re("u", `\\b(?:resolutions?|rules?|[Aa]rticles?|[Cc]hapter|paragraphs?|documents?|No\\.|[Nn]umber|[Ii]tems?|[Pp]ages?|${MONTH}) $`);

/** After a number that is no measure: a month (a date), a year in brackets (a symbol), a time of day. */
export const NOT_A_MEASURE_AFTER = re("u", `^(?: (?:${MONTH})\\b| \\(\\d{4}\\)| [ap]\\.m\\.)`);

/** The words before a number that qualify it, longest first, with the qualifier each gives. */
export const QUALIFIER_WORDS: readonly (readonly [string, "more-than" | "less-than" | "almost" | "approximately" | "at-least" | "at-most"])[] = [
  ["no fewer than", "at-least"],
  ["no less than", "at-least"],
  ["no more than", "at-most"],
  ["in excess of", "more-than"],
  ["upwards of", "more-than"],
  ["an estimated", "approximately"],
  ["approximately", "approximately"],
  ["more than", "more-than"],
  ["fewer than", "less-than"],
  ["lower than", "less-than"],
  ["less than", "less-than"],
  ["exceeding", "more-than"],
  ["close to", "almost"],
  ["at least", "at-least"],
  ["at most", "at-most"],
  ["roughly", "approximately"],
  ["around", "approximately"],
  ["almost", "almost"],
  ["nearly", "almost"],
  ["about", "approximately"],
  ["below", "less-than"],
  ["under", "less-than"],
  ["up to", "at-most"],
  ["over", "more-than"],
  ["some", "approximately"],
];

/** The qualifier words right before a number (case as written). */
export const QUALIFIER_BEFORE = re("iu", `\\b(?:${QUALIFIER_WORDS.map(([w]) => w).join("|")}) $`);

/** "against a target of": the number that follows is the target of the one before it. */
export const TARGET_BEFORE = /\btargets? of $/u;

/** After a number, the words that make its unit years ("20 years", "three-year", "twenty-fifth anniversary"). */
export const YEARS_AFTER = /^(?: years?\b|-years?\b| anniversary\b)/u;

/** The word after a number, when it is not a noun (so the number's unit is not clear). */
export const NO_NOUN_AFTER =
  /^(?:[.,;:)]|$| (?:in|to|and|or|of|so|per|the|a|an|for|from|by|at|on|with|than|since|over|during|were|was|is|are|have|has|had|out|as|this|that|which|alone|percentage)\b)/u;

/** The periods a number's words give, in order of preference within the words near it. */
export const PERIODS = {
  fiscal: /\b((?:19|20)\d\d)-((?:19|20)\d\d) (?:fiscal|budget|financial) (?:year|period)\b/u,
  since: /\b[Ss]ince\b[^,;.]*?\b((?:19|20)\d\d)\b/u,
  soFarIn: /\b(?:[Ss]o far|[Tt]hus far|[Tt]o date) in ((?:19|20)\d\d)\b/u,
  soFarThisYear: /\b(?:[Ss]o far|[Tt]hus far|[Ee]arlier) this year\b/u,
  monthYear: re("u", `\\b(?:[Ii]n|[Dd]uring) (${MONTH}) ((?:19|20)\\d\\d)\\b`),
  year: /\b(?:[Ii]n|[Dd]uring) ((?:19|20)\d\d)(?: alone)?\b(?![-\d])/u,
  month: re("u", `\\b(?:[Ee]arlier in|[Ll]ater in|[Ii]n|[Dd]uring|[Ll]ast) (${MONTH})\\b(?! \\d)`),
  asOf: /\b(?:[Cc]urrently|[Ss]o far|[Tt]hus far|[Tt]oday|[Aa]t present|[Tt]o date|[Nn]ow)\b/u,
} as const;

/** The months, for a month period's number. */
export const MONTHS: readonly string[] = MONTH.split("|");
