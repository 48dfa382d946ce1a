import * as z from "zod";
import { DocumentSymbolSchema, IdSchema, IsoDateSchema } from "./common.js";

/** The kinds of document a Source can be. */
export const SOURCE_KINDS = ["meetings-coverage-press-release", "verbatim-record", "letter", "report", "other"] as const;

/** A document the data is taken from, with the path and sha256 of its verbatim text. */
export const SourceSchema = z
  .strictObject({
    /** Stable id of the source, e.g. `press-release-2020-09-14`. */
    id: IdSchema.describe("Stable id of the source, e.g. press-release-2020-09-14."),
    /** The document's title (its headline), as it stands in the text. */
    title: z.string().min(1).describe("The document's title (its headline), as it stands in the text."),
    /** Date of the document, ISO 8601. */
    date: IsoDateSchema.describe("Date of the document, ISO 8601."),
    /** Who issued the document. */
    publisher: z.string().min(1).describe("Who issued the document."),
    /** What kind of document it is. */
    kind: z.enum(SOURCE_KINDS).describe("What kind of document it is."),
    /** Language of the text, as a BCP 47 tag (e.g. `en`). */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, "must be a BCP 47 language tag").describe("Language of the text, as a BCP 47 tag (e.g. en)."),
    /** The status note the document carries, verbatim, or null if it carries none. */
    note: z.string().min(1).nullable().describe("The status note the document carries, verbatim, or null if it carries none."),
    /** Whether the text is the whole document or an excerpt of it; absent where not stated, read as complete. */
    completeness: z.enum(["complete", "excerpt"]).optional().describe("Whether the text is the whole document or an excerpt of it; absent where not stated, read as complete."),
    /** The document's official symbol, or null where none is known (never invented). */
    symbol: DocumentSymbolSchema.nullable().describe("The document's official symbol, or null where none is known (never invented)."),
    /** Where the document was published online, or null where not recorded. */
    url: z.url().nullable().describe("Where the document was published online, or null where not recorded."),
    /** File name of the verbatim text under `data/sources/`. */
    path: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/, "must be a plain .txt file name under data/sources/")
      .describe("File name of the verbatim text under data/sources/."),
    /** SHA-256 of the verbatim text's UTF-8 bytes, lower-case hex. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, "must be 64 lower-case hex digits").describe("SHA-256 of the verbatim text's UTF-8 bytes, lower-case hex."),
  })
  .describe("A document the data is taken from.");
