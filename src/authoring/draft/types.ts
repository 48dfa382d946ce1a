/**
 * The shapes a draft is made of: records in the form of the data files, each field that comes from the text with its
 * Span, and the review items for what the drafting could not decide.
 * @module
 */
import type { CouncilTermLike } from "../../helpers/council-table.js";
import type { Period, Qualifier, Span } from "../../types.js";

export type { Span, Period, Qualifier };

/**
 * A delegation as the drafting reads it from the reference: its id, its name as the sources write it, and its kind.
 * @category Authoring
 */
export interface DelegationRef {
  /** The delegation's id (`VNM`, `AU`, `UN-DPO`). */
  readonly id: string;
  /** Its name as the sources write it (`Viet Nam`, `African Union`). */
  readonly name: string;
  /** `member-state`, `observer-state`, `regional-organization`, `un-entity`, `civil-society` or `other`. */
  readonly kind: string;
}

/**
 * A mission as the drafting reads it from the reference: its acronym, names and hosts, and when it ran.
 * @category Authoring
 */
export interface MissionRef {
  /** The mission's id (`MINUSMA`). */
  readonly id: string;
  /** Its acronym as the UN writes it (`UNEF I`). */
  readonly acronym: string;
  /** Its full name, or null where not recorded. */
  readonly name: string | null;
  /** Other ways its acronym or name is written. */
  readonly aliases?: readonly string[];
  /** Its host countries or territories (their names are places that may point to it). */
  readonly hosts?: readonly {
    /** The host's name as the sources write it. */
    readonly name: string;
  }[];
  /** The decision that established it (its year bounds the meetings it can be suggested for). */
  readonly established?: {
    /** The year the establishing decision was adopted. */
    readonly year: number;
  } | null;
  /** When its mandate ended (a date as precise as cited). */
  readonly end?: {
    /** The last day, month or year of the mandate (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
    readonly date: string;
  } | null;
}

/**
 * The tables the drafting reads names, missions and seats from. Each one left out is the bundled one.
 * @category Authoring
 */
export interface DraftReference {
  /** Delegations, found by name. */
  readonly delegations?: readonly DelegationRef[];
  /** Missions, found by acronym or full name (their hosts only suggest). */
  readonly missions?: readonly MissionRef[];
  /** Council terms, for each state's capacity on the meeting's date. */
  readonly councilTerms?: readonly CouncilTermLike[];
}

/**
 * What {@link draftMeeting} needs besides the text.
 * @category Authoring
 */
export interface DraftOptions {
  /** Id of the source the text is (every Span cites it). */
  readonly source: string;
  /** Id of the meeting (statement ids are built from it). */
  readonly meeting: string;
  /** The meeting's date, `YYYY-MM-DD`: without it no capacity and no period that needs the date is proposed. */
  readonly date?: string;
  /** The tables to read; the bundled ones by default. */
  readonly reference?: DraftReference;
}

/** The role a speaker has at a meeting. */
export type DraftRole = "briefer" | "council-member" | "president" | "invited";

/** The capacity in which a delegation sits at a meeting. */
export type DraftCapacity =
  | "permanent-member"
  | "elected-member"
  | "non-member"
  | "un-official"
  | "organization-representative"
  | "observer-state"
  | "invited-under-rule-37"
  | "invited-under-rule-39";

/**
 * One statement as drafted: the shape of a Statement record, without themes and documents (a person's call), with
 * null where the text did not let the drafting decide (a review item then says why).
 * @category Authoring
 */
export interface DraftStatement {
  /** Meeting id and two-digit speaking order. */
  readonly id: string;
  /** Id of the meeting. */
  readonly meeting: string;
  /** Position in the speaking order, from 1. */
  readonly order: number;
  /** Who spoke, as the text introduces them. */
  readonly speaker: {
    /** The delegation's id, or null where the name is in no table (see the review). */
    readonly delegation: string | null;
    /** The person's name where the text gives it. */
    readonly name: string | null;
    /** The person's title where the text gives it. */
    readonly title: string | null;
    /** The words that introduce the speaker. */
    readonly evidence: Span;
  };
  /** The speaker's role, or null where it depends on a capacity that could not be read. */
  readonly role: DraftRole | null;
  /** The capacity from the council terms on the meeting's date (or the delegation's kind), or null. */
  readonly capacity: DraftCapacity | null;
  /** How the speaker took part, where the text says. */
  readonly participation: {
    /** By videoconference, or by a written statement circulated instead. */
    readonly mode: "videoconference" | "written";
    /** The words that say so. */
    readonly evidence: Span;
  } | null;
  /** Delegations on whose behalf the speaker also spoke. */
  readonly onBehalfOf: readonly string[];
  /** The words that say so; null when onBehalfOf is empty. */
  readonly onBehalfOfEvidence: Span | null;
  /** The paragraphs that report the statement, whole, in order. */
  readonly paragraphs: readonly Span[];
  /** The missions its paragraphs name by acronym or full name. */
  readonly missions: readonly {
    /** Id of the mission. */
    readonly mission: string;
    /** Always `explicit`: an inferred mention is a review suggestion, never a record. */
    readonly mention: "explicit";
    /** Always null (explicit mentions). */
    readonly inferredFrom: null;
    /** The words that name the mission. */
    readonly evidence: Span;
  }[];
}

/** A stated number: its value, qualifier and words. */
export interface DraftStatedNumber {
  /** The value the package's number reader gives the words (a fraction as a percentage). */
  readonly value: number;
  /** How the stated number relates to the true quantity. */
  readonly qualifier: Qualifier;
  /** The qualifier's words verbatim; null for exact. */
  readonly qualifierText: string | null;
  /** The number's words verbatim. */
  readonly text: string;
  /** Where the number's words stand. */
  readonly words: Span;
}

/**
 * One number that measures something, as drafted: no subject (a person's call) and no id.
 * @category Authoring
 */
export interface DraftNumber extends DraftStatedNumber {
  /** Id of the drafted statement whose paragraphs hold it; null where the text states it in its own voice. */
  readonly statement: string | null;
  /** The proposed unit, or null where the words give none (see the review). */
  readonly unit: "count" | "percent" | "usd" | "years" | null;
  /** The period the words give, or null. */
  readonly period: Period | null;
  /** A target the same sentence measures it against ("against a target of 17 per cent"), or null. */
  readonly target: DraftStatedNumber | null;
  /** The sentence that states the number. */
  readonly evidence: Span;
}

/**
 * What a review item is about.
 * @category Authoring
 */
export type ReviewKind =
  | "unknown-speaker"
  | "unknown-delegation"
  | "ambiguous-name"
  | "capacity-unknown"
  | "number-without-unit"
  | "possible-mission"
  | "listed-speakers";

/**
 * Something the drafting could not decide, with the words that raised it.
 * @category Authoring
 */
export interface ReviewItem {
  /** What it is about. */
  readonly kind: ReviewKind;
  /** What to decide, in words. */
  readonly message: string;
  /** The words that raised it. */
  readonly span: Span;
  /** The drafted statement it belongs to, or null. */
  readonly statement: string | null;
  /** Ids that may fit (missions a place may point to, delegations a name may mean); empty when none. */
  readonly suggestions: readonly string[];
}

/**
 * A delegation the drafting found by name, with the first words that name it.
 * @category Authoring
 */
export interface DraftDelegation {
  /** Its id. */
  readonly id: string;
  /** Its name in the reference. */
  readonly name: string;
  /** The first words of the text that name it as a speaker or as one spoken for. */
  readonly evidence: Span;
}

/**
 * A meeting drafted from its text.
 * @category Authoring
 */
export interface MeetingDraft {
  /** The statements, in speaking order. */
  readonly statements: readonly DraftStatement[];
  /** The numbers that measure something, in text order. */
  readonly numbers: readonly DraftNumber[];
  /** The delegations resolved, in order of first mention. */
  readonly delegations: readonly DraftDelegation[];
  /** What a person must decide, in text order within each kind of check. */
  readonly review: readonly ReviewItem[];
}
