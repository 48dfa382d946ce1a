import * as z from "zod";
import { EvidenceCitationSchema, IdSchema, IsoDateSchema } from "./common.js";

/** The two kinds of seat on the Security Council. */
export const SEATS = ["permanent", "elected"] as const;

/**
 * One term a state holds a seat on the Security Council: a permanent seat from one date (to another where its holder
 * changed), or an elected term (two years, or one year of a term two states shared).
 */
export const CouncilTermSchema = z
  .strictObject({
    /** Stable id: seat, state and the year the term began, e.g. `elected-ARG-1948`, `permanent-CHN-1971`. */
    id: IdSchema.describe("Stable id: seat, state and the year the term began, e.g. elected-ARG-1948, permanent-CHN-1971."),
    /** A permanent seat (Charter, Article 23) or an elected one. */
    seat: z.enum(SEATS).describe("A permanent seat (Charter, Article 23) or an elected one."),
    /** The state: ISO 3166-1 alpha-3; a state that no longer exists keeps its ISO 3166-3 code (`SUN`, `YUG`); a renamed one, its current code (Zaire: `COD`). */
    state: z
      .string()
      .regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code (or the ISO 3166-3 former code of a state that no longer exists)")
      .describe("The state: ISO 3166-1 alpha-3; a state that no longer exists keeps its ISO 3166-3 code (SUN, YUG); a renamed one, its current code (Zaire: COD)."),
    /** The state's name for this term, as the UN's records of the time give it (e.g. `Zaire`, `Upper Volta`). */
    name: z.string().min(1).describe("The state's name for this term, as the UN's records of the time give it (e.g. Zaire, Upper Volta)."),
    /** First day of the term (inclusive). */
    from: IsoDateSchema.describe("First day of the term (inclusive)."),
    /** Last day of the term (inclusive); null for a permanent seat its holder still holds. An elected term always has its end. */
    to: IsoDateSchema.nullable().describe(
      "Last day of the term (inclusive); null for a permanent seat its holder still holds. An elected term always has its end.",
    ),
    /** True for one state's part of an elected term that two states shared (e.g. Italy 2017 and the Netherlands 2018). */
    split: z.boolean().describe("True for one state's part of an elected term that two states shared (e.g. Italy 2017 and the Netherlands 2018)."),
    /** The official document or list that states the term. */
    citation: EvidenceCitationSchema.describe("The official document or list that states the term."),
  })
  .superRefine((t, ctx) => {
    const id = `${t.seat}-${t.state}-${t.from.slice(0, 4)}`;
    // (A state code that fails its pattern is reported there, not again in the id.)
    if (t.id !== id && /^[A-Z]{3}$/.test(t.state)) ctx.addIssue({ code: "custom", path: ["id"], message: `the id of this term is '${id}' (seat, state, the year it began)` });
    if (t.to !== null && t.to < t.from) ctx.addIssue({ code: "custom", path: ["to"], message: "a term cannot end before it begins" });
    if (t.seat === "elected" && t.to === null) ctx.addIssue({ code: "custom", path: ["to"], message: "an elected term has its end date" });
    if (t.seat === "permanent" && t.split) ctx.addIssue({ code: "custom", path: ["split"], message: "only an elected term is shared" });
    // Two years at most: the last day is before the same day two years on.
    const twoYearsOn = `${String(Number(t.from.slice(0, 4)) + 2).padStart(4, "0")}${t.from.slice(4)}`;
    if (t.seat === "elected" && t.to !== null && t.to >= twoYearsOn) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "an elected term lasts two years at most" });
    }
  })
  .describe("One term a state holds a seat on the Security Council, with the citation that states it.");
