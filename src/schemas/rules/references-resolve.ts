import type { CollectionName } from "../collections.js";
import { cut, valuesAt, type Rule } from "./rule.js";

/** Reference fields of each collection: a path (`*` walks an array) and the collection it points into. */
export const REFERENCES: Readonly<Record<CollectionName, ReadonlyArray<readonly [string, CollectionName]>>> = {
  sources: [],
  meetings: [
    ["sources.*", "sources"],
    ["president.delegation", "delegations"],
    ["briefers.*.delegation", "delegations"],
    ["outcomes.*.document", "documents"],
    ["outcomes.*.vote.inFavour.*", "delegations"],
    ["outcomes.*.vote.against.*", "delegations"],
    ["outcomes.*.vote.abstaining.*", "delegations"],
  ],
  delegations: [],
  statements: [
    ["meeting", "meetings"],
    ["speaker.delegation", "delegations"],
    ["onBehalfOf.*", "delegations"],
    ["themes.*.theme", "themes"],
    ["missions.*.mission", "missions"],
    ["documents.*.document", "documents"],
  ],
  missions: [
    ["predecessor", "missions"],
    ["successor", "missions"],
  ],
  metrics: [
    ["meeting", "meetings"],
    ["statement", "statements"],
    ["subject", "subjects"],
    ["scope.missions.*", "missions"],
    ["scope.delegation", "delegations"],
  ],
  themes: [],
  subjects: [],
  documents: [],
  councilTerms: [],
};

const PATTERNS = Object.fromEntries(
  Object.entries(REFERENCES).map(([name, refs]) => [name, refs.map(([dotted, target]) => [dotted.split("."), target] as const)]),
) as unknown as Record<CollectionName, ReadonlyArray<readonly [string[], CollectionName]>>;

/** Every reference to another record names an id that exists in its collection. */
export const referencesResolve: Rule = {
  id: "references-resolve",
  description: "Every reference to another record names an id that exists in its collection.",
  check({ records, ids, idOf, report }) {
    for (const name of Object.keys(PATTERNS) as CollectionName[]) {
      records[name].forEach((rec, index) => {
        for (const [pattern, target] of PATTERNS[name]) {
          valuesAt(rec, pattern, (value, path) => {
            if (typeof value === "string" && !ids[target].has(value)) report(name, idOf(rec, index), [...path], `unknown ${target} id '${cut(value)}'`);
          });
        }
      });
    }
  },
};
