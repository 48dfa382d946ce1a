import * as z from "zod";
import { IdSchema } from "./common.js";

/** A theme of the controlled vocabulary that statements are tagged with. */
export const ThemeSchema = z
  .strictObject({
    /** Stable id of the theme, e.g. `safety-and-security`. */
    id: IdSchema.describe("Stable id of the theme, e.g. safety-and-security."),
    /** Short human-readable label. */
    label: z.string().min(1).describe("Short human-readable label."),
    /** What a statement must address to be tagged with this theme. */
    definition: z.string().min(1).describe("What a statement must address to be tagged with this theme."),
    /** True for the eight commitment areas of the A4P Declaration of Shared Commitments (2018); false for cross-cutting topics. */
    a4pCommitmentArea: z
      .boolean()
      .describe("True for the eight commitment areas of the A4P Declaration of Shared Commitments (2018); false for cross-cutting topics."),
  })
  .describe("A theme of the controlled vocabulary.");
