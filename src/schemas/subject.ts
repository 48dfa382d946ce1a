import * as z from "zod";
import { IdSchema } from "./common.js";

/** Units a metric's value can be expressed in, after normalisation. */
export const UNITS = ["count", "percent", "usd", "years"] as const;

/** Unit of a normalised metric value: `count` (integer), `percent` (0–100), `usd` (plain US dollars), `years`. */
export const UnitSchema = z.enum(UNITS).describe("Unit of a normalised value: count (integer), percent (0-100), usd (plain US dollars), years.");

/** A quantity that metrics measure: each subject is defined once, and every metric names one. */
export const SubjectSchema = z
  .strictObject({
    /** Stable id of the subject, e.g. `peacekeeper-fatalities-acts-of-violence`. */
    id: IdSchema.describe("Stable id of the subject, e.g. peacekeeper-fatalities-acts-of-violence."),
    /** Short human-readable label. */
    label: z.string().min(1).describe("Short human-readable label."),
    /** What exactly is measured, precise enough to tell two subjects apart. */
    description: z.string().min(1).describe("What exactly is measured, precise enough to tell two subjects apart."),
    /** The unit every metric of this subject is expressed in. */
    unit: UnitSchema,
  })
  .describe("A quantity that metrics measure.");
