import * as z from "zod";
import { partialDateBounds } from "../dates.js";
import { CitationSchema, EvidenceCitationSchema, IdSchema, IsoDateSchema, PartialDateSchema, SpanSchema, YearSchema } from "./common.js";

/** What a mission is: a UN peacekeeping operation, or a special political mission. */
export const MISSION_KINDS = ["peacekeeping-operation", "special-political-mission"] as const;

/** Three upper-case letters: an ISO 3166-1 alpha-3 code, or the ISO 3166-3 former code of a state that no longer exists. */
const StateCodeSchema = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code");

/** A host country or territory, with the citation that states it. */
const HostSchema = z
  .strictObject({
    /** Name of the host country or territory. */
    name: z.string().min(1).describe("Name of the host country or territory."),
    /** Its ISO 3166-1 alpha-3 code (the ISO 3166-3 former code for a state that no longer exists), or null for a territory without one. */
    iso3: StateCodeSchema.nullable().describe(
      "Its ISO 3166-1 alpha-3 code (the ISO 3166-3 former code for a state that no longer exists), or null for a territory without one.",
    ),
    /** The official document or page that states it. */
    citation: EvidenceCitationSchema.describe("The official document or page that states it."),
  })
  .describe("A host country or territory, with the citation that states it.");

/** A date as precise as its citation gives it, with that citation. */
const DatedSchema = z
  .strictObject({
    /** The date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the citation gives it. */
    date: PartialDateSchema.describe("The date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the citation gives it."),
    /** The official document or page that states it. */
    citation: EvidenceCitationSchema.describe("The official document or page that states it."),
  })
  .describe("A date as precise as its citation gives it, with that citation.");

/** A peacekeeping operation or special political mission. */
export const MissionSchema = z
  .strictObject({
    /** Stable id: the acronym in upper case, e.g. `MINUSMA`; operations that share an acronym are told apart, e.g. `UNEF-I` and `UNEF-II`. */
    id: IdSchema.describe("Stable id: the acronym in upper case, e.g. MINUSMA; operations that share an acronym are told apart, e.g. UNEF-I and UNEF-II."),
    /** The mission's acronym, as the UN writes it (e.g. `UNEF I`). */
    acronym: z.string().min(1).describe("The mission's acronym, as the UN writes it (e.g. UNEF I)."),
    /** A peacekeeping operation or a special political mission; null where not recorded. */
    kind: z.enum(MISSION_KINDS).nullable().default(null).describe("A peacekeeping operation or a special political mission; null where not recorded."),
    /** The official full name, or null where not recorded. Supported by exactly one of nameEvidence and nameCitation. */
    name: z
      .string()
      .min(1)
      .nullable()
      .describe("The official full name, or null where not recorded. Supported by exactly one of nameEvidence and nameCitation."),
    /** Where a shipped source gives the full name, exactly as written there; null otherwise. */
    nameEvidence: SpanSchema.nullable().describe("Where a shipped source gives the full name, exactly as written there; null otherwise."),
    /** The official document or page that gives the full name, for a name no shipped source spells out; null otherwise. */
    nameCitation: EvidenceCitationSchema.nullable()
      .default(null)
      .describe("The official document or page that gives the full name, for a name no shipped source spells out; null otherwise."),
    /** Other ways the acronym or name is written, which the lookup by name also finds. */
    aliases: z.array(z.string().min(1)).default([]).describe("Other ways the acronym or name is written, which the lookup by name also finds."),
    /** Every host country or territory, each with its citation. */
    hosts: z.array(HostSchema).default([]).describe("Every host country or territory, each with its citation."),
    /** The former single-host field, kept for existing users: where given with hosts, it equals hosts[0]; null where not recorded. */
    host: z
      .strictObject({
        /** Name of the host country or territory. */
        name: z.string().min(1).describe("Name of the host country or territory."),
        /** Its ISO 3166-1 alpha-3 code, or null for a territory without one. */
        iso3: StateCodeSchema.nullable().describe("Its ISO 3166-1 alpha-3 code, or null for a territory without one."),
        /** The official document that states it. */
        citation: CitationSchema,
      })
      .nullable()
      .default(null)
      .describe("The former single-host field, kept for existing users: where given with hosts, it equals hosts[0]; null where not recorded."),
    /** The decision that established the mission, its year and its date of adoption; null where not recorded. */
    established: z
      .strictObject({
        /** Year the establishing decision was adopted. */
        year: YearSchema.describe("Year the establishing decision was adopted."),
        /** The day it was adopted; null where not recorded. */
        date: IsoDateSchema.nullable().default(null).describe("The day it was adopted; null where not recorded."),
        /** The establishing decision, by symbol. */
        citation: CitationSchema,
      })
      .nullable()
      .describe("The decision that established the mission, its year and its date of adoption; null where not recorded."),
    /** When the mission began operating under its mandate, as precise as cited; null where not known. */
    start: DatedSchema.nullable().default(null).describe("When the mission began operating under its mandate, as precise as cited; null where not known."),
    /** When its mandate ended, or the end a resolution has decided (which may lie ahead); null while no end is decided, or where not known. */
    end: DatedSchema.nullable()
      .default(null)
      .describe("When its mandate ended, or the end a resolution has decided (which may lie ahead); null while no end is decided, or where not known."),
    /** `closed` once the mandate has ended; `active` while it runs (as of the data's last update). */
    status: z.enum(["active", "closed"]).describe("closed once the mandate has ended; active while it runs (as of the data's last update)."),
    /** The resolution that ended the mandate, where one did; null otherwise (a closed mission without one gives its end). */
    closedBy: CitationSchema.nullable().describe("The resolution that ended the mandate, where one did; null otherwise (a closed mission without one gives its end)."),
    /** Id of the mission this one took over from; null where none. */
    predecessor: IdSchema.nullable().default(null).describe("Id of the mission this one took over from; null where none."),
    /** Id of the mission that took over from this one; null where none. */
    successor: IdSchema.nullable().default(null).describe("Id of the mission that took over from this one; null where none."),
  })
  .superRefine((m, ctx) => {
    if (m.name === null) {
      if (m.nameEvidence !== null) ctx.addIssue({ code: "custom", path: ["nameEvidence"], message: "nameEvidence must be null when name is null" });
      if (m.nameCitation !== null) ctx.addIssue({ code: "custom", path: ["nameCitation"], message: "nameCitation must be null when name is null" });
    } else if (m.nameEvidence === null && m.nameCitation === null) {
      ctx.addIssue({ code: "custom", path: ["nameEvidence"], message: "a name needs its support: a span of a source (nameEvidence) or a citation (nameCitation)" });
    } else if (m.nameEvidence !== null && m.nameCitation !== null) {
      ctx.addIssue({ code: "custom", path: ["nameCitation"], message: "a name has one kind of support: nameEvidence (a span) or nameCitation (a citation), not both" });
    }
    if (m.closedBy !== null && m.status !== "closed") {
      ctx.addIssue({ code: "custom", path: ["closedBy"], message: "closedBy is cited only for a closed mission (status closed)" });
    }
    if (m.status === "closed" && m.closedBy === null && m.end === null) {
      ctx.addIssue({ code: "custom", path: ["closedBy"], message: "a closed mission cites the resolution that closed it (closedBy) or gives its end" });
    }
    if (m.host !== null && m.hosts.length > 0 && JSON.stringify(m.host) !== JSON.stringify(m.hosts[0])) {
      ctx.addIssue({ code: "custom", path: ["host"], message: "host (the former single-host field) must equal hosts[0]" });
    }
    if (m.established?.date != null && Number(m.established.date.slice(0, 4)) !== m.established.year) {
      ctx.addIssue({ code: "custom", path: ["established", "date"], message: "the date of adoption must fall in the year given" });
    }
    if (m.start !== null && m.end !== null && partialDateBounds(m.start.date).first > partialDateBounds(m.end.date).last) {
      ctx.addIssue({ code: "custom", path: ["end", "date"], message: "a mission cannot end before it starts" });
    }
    for (const link of ["predecessor", "successor"] as const) {
      if (m[link] === m.id) ctx.addIssue({ code: "custom", path: [link], message: `a mission cannot be its own ${link}` });
    }
  })
  .describe("A peacekeeping operation or special political mission.");
