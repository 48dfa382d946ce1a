/** Shared by the rule tests: corrupt a copy of the real data, validate it, keep the problems one rule reports. */
import { validateDataset, type Problem } from "../../../src/schemas/index.js";
import { realData } from "../../helpers.js";

/** A record of the raw data, loosely typed for corruption. */
export type Rec = Record<string, any>;

/** The meeting the corruptions pick their records from (its records exist whatever else is added). */
export const MEETING = "2020-09-14-a4p";

/** Runs `corrupt` on a fresh copy of the real data and its texts; returns the problems that `rule` reports. */
export function problemsOf(rule: string, corrupt: (data: Record<string, Rec[]>, texts: Map<string, string>) => void): Problem[] {
  const { input, sourceTexts } = realData();
  const texts = new Map(sourceTexts);
  corrupt(input as Record<string, Rec[]>, texts);
  const result = validateDataset(input, texts);
  return result.ok ? [] : result.problems.filter((p) => p.rule === rule);
}

/** The record with this id in a collection (throws when the data no longer has it, so a test cannot pass vacuously). */
export function byId(data: Record<string, Rec[]>, collection: string, id: string): Rec {
  const rec = data[collection]!.find((r) => r.id === id);
  if (!rec) throw new Error(`test data: no ${collection} record '${id}'`);
  return rec;
}

/** The first record of a collection that belongs to MEETING and satisfies `test`. */
export function first(data: Record<string, Rec[]>, collection: "statements" | "metrics", test: (r: Rec) => boolean = () => true): Rec {
  const rec = data[collection]!.find((r) => r.meeting === MEETING && test(r));
  if (!rec) throw new Error(`test data: no ${collection} record of ${MEETING} fits`);
  return rec;
}
