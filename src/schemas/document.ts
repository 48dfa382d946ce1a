import * as z from "zod";
import { DocumentSymbolSchema, IdSchema } from "./common.js";

/** The kinds of document (or body) a statement can refer to. */
export const DOCUMENT_KINDS = [
  "resolution",
  "presidential-statement",
  "declaration",
  "report",
  "policy",
  "strategy",
  "framework",
  "system",
  "guidelines",
  "paper",
  "agreement",
  "appeal",
  "body",
] as const;

/** A document, instrument or body that statements refer to (resolutions, declarations, reports, the C-34, …). */
export const DocumentSchema = z
  .strictObject({
    /** Stable id, e.g. `S-RES-2538-2020` or `a4p-declaration`. */
    id: IdSchema.describe("Stable id, e.g. S-RES-2538-2020 or a4p-declaration."),
    /** What kind of document or body it is. */
    kind: z.enum(DOCUMENT_KINDS).describe("What kind of document or body it is."),
    /** Its name, in the sources' words where they give it (the words themselves are in each reference's evidence). */
    title: z.string().min(1).describe("Its name, in the sources' words where they give it (the words themselves are in each reference's evidence)."),
    /** Its official symbol where one is known, or null (never invented). */
    symbol: DocumentSymbolSchema.nullable().describe("Its official symbol where one is known, or null (never invented)."),
  })
  .describe("A document, instrument or body that statements refer to.");
