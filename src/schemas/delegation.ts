import * as z from "zod";
import { IdSchema, SpanSchema } from "./common.js";

/** The kinds of delegation that can speak or be spoken for. */
export const DELEGATION_KINDS = ["member-state", "observer-state", "regional-organization", "un-entity", "civil-society", "other"] as const;

/**
 * Who speaks, or on whose behalf: a member state, a regional organization, a UN entity.
 * A member state's id is its ISO 3166-1 alpha-3 code; join on ids, never on names.
 */
export const DelegationSchema = z
  .strictObject({
    /** ISO 3166-1 alpha-3 code for a state (e.g. `VNM`); a short upper-case id otherwise (e.g. `AU`, `UN-DPO`). */
    id: IdSchema.describe("ISO 3166-1 alpha-3 code for a state (e.g. VNM); a short upper-case id otherwise (e.g. AU, UN-DPO)."),
    /** What kind of delegation it is. */
    kind: z.enum(DELEGATION_KINDS).describe("What kind of delegation it is."),
    /** Its name as the source writes it, which is not always the UN short name (e.g. `Viet Nam`; `United States`, not `United States of America`). */
    name: z.string().min(1).describe("Its name as the source writes it, which is not always the UN short name (e.g. Viet Nam; United States, not United States of America)."),
    /** UN M49 numeric code for a state; null for organizations. */
    m49: z.int().min(1).max(999).nullable().describe("UN M49 numeric code for a state; null for organizations."),
    /** Where a source names it. */
    evidence: SpanSchema.describe("Where a source names it."),
  })
  .superRefine((d, ctx) => {
    const isState = d.kind === "member-state" || d.kind === "observer-state";
    if (isState && !/^[A-Z]{3}$/.test(d.id)) {
      ctx.addIssue({ code: "custom", path: ["id"], message: "a state's id must be its ISO 3166-1 alpha-3 code (three upper-case letters)" });
    }
    if (isState && d.m49 === null) {
      ctx.addIssue({ code: "custom", path: ["m49"], message: "a state must carry its UN M49 code" });
    }
    if (!isState && d.m49 !== null) {
      ctx.addIssue({ code: "custom", path: ["m49"], message: "only states carry an M49 code" });
    }
  })
  .describe("Who speaks, or on whose behalf.");
