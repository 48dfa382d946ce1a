import * as z from "zod";
import { isPartialDate, PARTIAL_DATE_PATTERN } from "../dates.js";

/** A stable, human-readable identifier: letters, digits, and single `-`, `_` or `.` between them. */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/, "must be letters and digits joined by single '-', '_' or '.'")
  .describe("A stable, human-readable identifier.");

/** A calendar date as ISO 8601 `YYYY-MM-DD`. */
export const IsoDateSchema = z.iso.date().describe("A calendar date, ISO 8601 (YYYY-MM-DD).");

/**
 * A date as precise as the document that states it: a year (`1963`), a month (`1948-06`) or a day (`1948-06-11`).
 * A day must exist (`2021-02-29` does not).
 */
export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE_PATTERN, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD")
  // A string that fails the pattern is reported once, by the pattern.
  .refine((s) => !PARTIAL_DATE_PATTERN.test(s) || isPartialDate(s), "must be a day that exists in the calendar")
  .describe("A date as precise as its citation gives it: YYYY, YYYY-MM or YYYY-MM-DD.");

/** A calendar year. */
export const YearSchema = z.int().min(1900).max(2100).describe("A calendar year.");

/** A session of the General Assembly in Roman numerals (`XXVI`), or an emergency special session (`ES-I`). */
const GA_SESSION = "(?:ES-)?(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})";

/**
 * An official UN document symbol, such as `S/RES/2538 (2020)`, `S/PRST/2019/4`, `S/PV.8521 (Resumption 1)`, or a
 * General Assembly resolution of the years that numbered them by session: `A/RES/2758 (XXVI)`, `A/RES/1000 (ES-I)`.
 * The format is checked loosely: a series letter, then slash-separated parts, with an optional year or resumption
 * number in brackets; a General Assembly symbol (`A/…`) may instead end with its session in Roman numerals.
 */
export const DocumentSymbolSchema = z
  .string()
  .regex(
    new RegExp(`^(?:[A-Z]+(?:\\/[A-Za-z0-9.\\-]+)+(?: \\((?:\\d{4}|Resumption \\d+)\\))?|A(?:\\/[A-Za-z0-9.\\-]+)+ \\(${GA_SESSION}\\))$`),
    "must look like an official UN document symbol, e.g. 'S/RES/2538 (2020)', 'S/PV.8521 (Resumption 1)' or 'A/RES/2758 (XXVI)'",
  )
  .describe("An official UN document symbol, e.g. 'S/RES/2538 (2020)' or 'A/RES/2758 (XXVI)'.");

/**
 * The provenance of a fact: the exact words of a source text.
 * `source.text.slice(start, end) === quote`, with offsets counted in UTF-16 code units
 * (JavaScript string indices; equal to code points for the texts shipped, which hold no astral characters).
 */
export const SpanSchema = z
  .strictObject({
    /** Id of the Source whose text is quoted. */
    source: IdSchema.describe("Id of the Source whose text is quoted."),
    /** Offset of the quote's first character in the source text (UTF-16 code units, from 0). */
    start: z.int().min(0).describe("Offset of the quote's first character in the source text (UTF-16 code units, from 0)."),
    /** Offset just past the quote's last character (exclusive). */
    end: z.int().min(1).describe("Offset just past the quote's last character (exclusive)."),
    /** The exact words of the source between start and end, typography included. */
    quote: z.string().min(1).describe("The exact words of the source between start and end, typography included."),
  })
  .refine((s) => s.end - s.start === s.quote.length, {
    message: "end - start must equal the quote's length",
    path: ["end"],
  })
  .describe("The exact words of a source text that support a fact, with their offsets.");

/**
 * A fact no source text states, cited instead by the symbol of the official document that establishes it.
 * `kind` is always `"document-symbol"`, so that a reader can tell a citation from a quote.
 */
export const CitationSchema = z
  .strictObject({
    /** Marks this as a citation by document symbol rather than a quote. */
    kind: z.literal("document-symbol").describe("Marks this as a citation by document symbol rather than a quote."),
    /** The official symbol of the document that states the fact. */
    symbol: DocumentSymbolSchema,
  })
  .describe("A citation of an official document by its symbol, for a fact that no source text states.");

/** A fact no source text states, cited instead by the address of an official list or page that states it. */
export const UrlCitationSchema = z
  .strictObject({
    /** Marks this as a citation by URL rather than a quote. */
    kind: z.literal("url").describe("Marks this as a citation by URL rather than a quote."),
    /** The address of the official page or list that states the fact. */
    url: z.url().describe("The address of the official page or list that states the fact."),
  })
  .describe("A citation of an official page or list by its URL, for a fact that no source text states.");

/** A citation by document symbol or by URL: how a field that no span states is supported. */
export const EvidenceCitationSchema = z
  .discriminatedUnion("kind", [CitationSchema, UrlCitationSchema])
  .describe("A citation by document symbol or by URL, for a fact that no source text states.");
