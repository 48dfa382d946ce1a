/**
 * The bundled dataset, validated at build time and deeply frozen at import.
 * @module
 */
import raw from "./generated/dataset.json" with { type: "json" };
import type { Dataset } from "./types.js";

/** Freezes a tree of objects parsed from JSON (no cycles, nothing shared), without recursion. */
function deepFreeze<T>(root: T): T {
  const stack: object[] = [root as object];
  while (stack.length > 0) {
    const value = stack.pop() as Record<string, unknown>;
    Object.freeze(value);
    for (const key in value) {
      const child = value[key];
      if (child !== null && typeof child === "object") stack.push(child);
    }
  }
  return root;
}

/**
 * The whole dataset: every collection, validated at build time and deeply frozen (mutation throws in strict mode).
 * @category Records
 * @example
 * ```ts
 * import { dataset } from "peacekeeping-records";
 * const meeting = dataset.meetings.find((m) => m.id === "2020-09-14-a4p");
 * console.log(meeting?.date, meeting?.format); // 2020-09-14 videoconference
 * console.log(dataset.statements.filter((s) => s.meeting === meeting?.id).length); // 13
 * ```
 */
export const dataset: Dataset = /* @__PURE__ */ load();

/**
 * Freezes the bundled data (one call, with no arguments, so a bundler can drop it when unused). The data is a JSON
 * module: the engine's JSON parser reads it, the fastest way to load large data, and the same file ships as
 * `peacekeeping-records/dataset.json`.
 */
function load(): Dataset {
  return deepFreeze(raw as unknown as Dataset);
}

// Each collection is read through a call marked pure, so that a bundler drops the data from a bundle that uses none
// of it (a bundle of only the helpers).
const collection = <K extends keyof Dataset>(key: K): Dataset[K] => dataset[key];

/** The sources the data is taken from. @category Records */
export const sources: Dataset["sources"] = /* @__PURE__ */ collection("sources");
/** The meetings. @category Records */
export const meetings: Dataset["meetings"] = /* @__PURE__ */ collection("meetings");
/** Who speaks, or on whose behalf. @category Records */
export const delegations: Dataset["delegations"] = /* @__PURE__ */ collection("delegations");
/** One record per intervention, in speaking order within each meeting. @category Records */
export const statements: Dataset["statements"] = /* @__PURE__ */ collection("statements");
/** Every UN peacekeeping operation since 1948, and the special political missions statements name. @category Records */
export const missions: Dataset["missions"] = /* @__PURE__ */ collection("missions");
/** The numbers stated at the meetings. @category Records */
export const metrics: Dataset["metrics"] = /* @__PURE__ */ collection("metrics");
/** The theme vocabulary. @category Records */
export const themes: Dataset["themes"] = /* @__PURE__ */ collection("themes");
/** The vocabulary of quantities that metrics measure. @category Records */
export const subjects: Dataset["subjects"] = /* @__PURE__ */ collection("subjects");
/** Documents, instruments and bodies that statements refer to. @category Records */
export const documents: Dataset["documents"] = /* @__PURE__ */ collection("documents");
/** The Security Council's membership since 1946: one record per term a state holds a seat. @category Records */
export const councilTerms: Dataset["councilTerms"] = /* @__PURE__ */ collection("councilTerms");

/** Which data a program runs on: the version of the package it ships in, and when it was built. */
export interface DataVersion {
  /** The package version (semver), as in package.json and CITATION.cff. */
  readonly version: string;
  /** When the data was built, ISO 8601 date and time (UTC). */
  readonly built: string;
}

/**
 * The version and build time of the bundled data, to record beside results (a paper's methods, a log line), so that
 * they can be traced to the exact data and its CHANGELOG entry.
 * @category Records
 * @example
 * ```ts
 * import { dataset, dataVersion } from "peacekeeping-records";
 * console.log(dataVersion.version === dataset.meta?.version, dataVersion.built === dataset.meta?.built); // true true
 * ```
 */
export const dataVersion: DataVersion = /* @__PURE__ */ versionOf();

/** The meta block's version and build time (every built dataset has one). */
function versionOf(): DataVersion {
  const { version, built } = dataset.meta!;
  return Object.freeze({ version, built });
}
