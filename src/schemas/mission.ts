import * as z from "zod";
import { CitationSchema, IdSchema, SpanSchema, YearSchema } from "./common.js";

/** A peacekeeping operation or political mission that statements mention. */
export const MissionSchema = z
  .strictObject({
    /** Stable id: the acronym in upper case, e.g. `MINUSMA`. */
    id: IdSchema.describe("Stable id: the acronym in upper case, e.g. MINUSMA."),
    /** The mission's acronym. */
    acronym: z.string().min(1).describe("The mission's acronym."),
    /** The full name exactly as a source gives it, or null where no source spells it out. */
    name: z.string().min(1).nullable().describe("The full name exactly as a source gives it, or null where no source spells it out."),
    /** Where a source gives the full name and acronym; null when name is null. */
    nameEvidence: SpanSchema.nullable().describe("Where a source gives the full name and acronym; null when name is null."),
    /** Host country or territory, cited by the establishing resolution; null where not recorded. */
    host: z
      .strictObject({
        /** Name of the host country or territory. */
        name: z.string().min(1).describe("Name of the host country or territory."),
        /** Its ISO 3166-1 alpha-3 code, or null for a territory without one. */
        iso3: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code").nullable().describe("Its ISO 3166-1 alpha-3 code, or null for a territory without one."),
        /** The official document that states it. */
        citation: CitationSchema,
      })
      .nullable()
      .describe("Host country or territory, cited by the establishing resolution; null where not recorded."),
    /** The resolution that established the mission and its year; null where not recorded. */
    established: z
      .strictObject({
        /** Year the establishing resolution was adopted. */
        year: YearSchema.describe("Year the establishing resolution was adopted."),
        /** The establishing resolution, by symbol. */
        citation: CitationSchema,
      })
      .nullable()
      .describe("The resolution that established the mission and its year; null where not recorded."),
    /** `closed` where a cited resolution ended the mandate; `active` where the data records no such resolution. */
    status: z.enum(["active", "closed"]).describe("closed where a cited resolution ended the mandate; active where the data records no such resolution."),
    /** The resolution that ended the mandate, when status is closed; null otherwise. */
    closedBy: CitationSchema.nullable().describe("The resolution that ended the mandate, when status is closed; null otherwise."),
  })
  .superRefine((m, ctx) => {
    if ((m.name === null) !== (m.nameEvidence === null)) {
      ctx.addIssue({ code: "custom", path: ["nameEvidence"], message: "name and nameEvidence must both be set or both be null" });
    }
    if ((m.status === "closed") !== (m.closedBy !== null)) {
      ctx.addIssue({ code: "custom", path: ["closedBy"], message: "closedBy must be cited exactly when status is closed" });
    }
  })
  .describe("A peacekeeping operation or political mission that statements mention.");
