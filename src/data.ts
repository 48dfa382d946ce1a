/**
 * The bundled dataset, validated at build time and deeply frozen at import.
 * @module
 */
import { DATASET_JSON } from "./generated/dataset.js";
import type { Dataset } from "./types.js";

/** Freezes a value and everything inside it. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * The whole dataset: every collection, validated at build time and deeply frozen (mutation throws in strict mode).
 * @category Records
 * @example
 * ```ts
 * import { dataset } from "peacekeeping-records";
 * console.log(dataset.statements.length); // 13
 * ```
 */
export const dataset: Dataset = deepFreeze(JSON.parse(DATASET_JSON) as Dataset);

/** The sources the data is taken from. @category Records */
export const sources: Dataset["sources"] = dataset.sources;
/** The meetings. @category Records */
export const meetings: Dataset["meetings"] = dataset.meetings;
/** Who speaks, or on whose behalf. @category Records */
export const delegations: Dataset["delegations"] = dataset.delegations;
/** One record per intervention, in speaking order within each meeting. @category Records */
export const statements: Dataset["statements"] = dataset.statements;
/** The missions statements mention. @category Records */
export const missions: Dataset["missions"] = dataset.missions;
/** The numbers stated at the meetings. @category Records */
export const metrics: Dataset["metrics"] = dataset.metrics;
/** The theme vocabulary. @category Records */
export const themes: Dataset["themes"] = dataset.themes;
/** The vocabulary of quantities that metrics measure. @category Records */
export const subjects: Dataset["subjects"] = dataset.subjects;
/** Documents, instruments and bodies that statements refer to. @category Records */
export const documents: Dataset["documents"] = dataset.documents;
