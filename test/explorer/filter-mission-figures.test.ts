/**
 * The mission filter keeps a statement for a figure it states about the mission even when its own words name no such
 * mission: real statements and figures, with the statement's mission references taken out.
 */
import { describe, expect, it } from "vitest";
import { dataset } from "../../src/index.js";
import type { AnyIds } from "../../src/ids.js";
import type { Metric, Statement } from "../../src/types.js";
import { metricMatches, statementMatches } from "../../src/explorer/filter.js";

const statements = dataset.statements as unknown as Statement<AnyIds>[];
const metrics = dataset.metrics as unknown as Metric<AnyIds>[];

describe("the mission filter and the figures a statement states", () => {
  it("keeps a statement that names no mission but states a figure about it, and drops it without that figure", () => {
    const figures = metrics.filter((m) => m.statement !== null && m.scope.missions.length > 0);
    expect(figures.length).toBeGreaterThan(0);
    for (const m of figures) {
      const s = statements.find((x) => x.id === m.statement)!;
      const silent = { ...s, missions: [] } as Statement<AnyIds>;
      for (const mission of m.scope.missions) {
        expect(statementMatches(silent, [m], { mission }), `${s.id} ${mission}`).toBe(true);
        expect(statementMatches(silent, [], { mission }), `${s.id} ${mission}`).toBe(false);
        expect(metricMatches(m, silent, { mission }), `${m.id} ${mission}`).toBe(true);
      }
    }
  });
});
