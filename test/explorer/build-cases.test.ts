/**
 * The explorer's generator on cases the real data does not hold today: a highlight in another source, a subject with
 * no figure or with exactly two periods, a meeting with no statement and no figure (a validated copy of the data).
 */
import { describe, expect, it } from "vitest";
import { runInNewContext } from "node:vm";
import { dataset } from "../../src/index.js";
import type { AnyIds } from "../../src/ids.js";
import type { Dataset } from "../../src/types.js";
import { validateDataset } from "../../src/schemas/dataset.js";
import { chartSeries, explorerFiles, meetingFile, meetingHighlights, sourceSegments } from "../../src/explorer/build.js";
import { metricSeries } from "../../src/helpers/metric-series.js";
import { realData } from "../helpers.js";

const D = dataset as unknown as Dataset<AnyIds>;

/** Runs a generated script and returns what it hands to the page. */
function evaluate(content: string): { index?: unknown; added: unknown[] } {
  const added: unknown[] = [];
  const window: Record<string, unknown> = { __pkr: { add: (x: unknown) => added.push(x) } };
  runInNewContext(content, { window });
  return { index: window.__pkrIndex, added };
}

describe("sourceSegments", () => {
  it("marks nothing in a text with the highlights of another source", () => {
    const hs = meetingHighlights(D.statements, D.metrics);
    expect(hs.some((h) => h.spans.length > 0)).toBe(true);
    const text = "x".repeat(Math.max(...hs.flatMap((h) => h.spans.map((s) => s.end))) + 10);
    expect(sourceSegments("another-source", text, hs)).toEqual([[0, text.length, []]]);
  });
});

describe("chartSeries on a subset of the figures", () => {
  /** A subject with two periods or more in the real data, and the metrics of its points. */
  const charted = () => {
    const s = chartSeries(D)[0]!;
    return { subject: s.subject, metrics: s.points.map((p) => D.metrics.find((m) => m.id === p.metric)!) };
  };
  it("draws a subject with exactly two periods, and none with one", () => {
    const { subject, metrics } = charted();
    const two = { ...D, metrics: metrics.slice(0, 2) } as Dataset<AnyIds>;
    const series = chartSeries(two);
    expect(series.map((x) => x.subject)).toEqual([subject]);
    expect(series[0]!.points.map((p) => p.metric)).toEqual(metricSeries<AnyIds>(two.metrics, subject, { meetings: D.meetings }).points.map((p) => p.metric));
    expect(series[0]!.points).toHaveLength(2);
    expect(chartSeries({ ...D, metrics: metrics.slice(0, 1) } as Dataset<AnyIds>)).toEqual([]);
  });
  it("skips a subject that has no figure at all", () => {
    const extra = { ...D.subjects[0]!, id: "subject-without-figures" };
    const withExtra = { ...D, subjects: [extra, ...D.subjects] } as Dataset<AnyIds>;
    expect(chartSeries(withExtra)).toEqual(chartSeries(D));
  });
});

describe("explorerFiles with a meeting that has no statement and no figure", () => {
  it("lists it with no records and leaves its text unmarked", () => {
    const { input, sourceTexts } = realData();
    const first = (input.meetings as Array<Record<string, unknown>>)[0]!;
    // No statement: so no briefer either (a briefer needs a briefing statement).
    const empty = { ...structuredClone(first), id: `${String(first.id)}-no-records`, briefers: [] };
    (input.meetings as unknown[]).push(empty);
    const checked = validateDataset(input, sourceTexts);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems.slice(0, 3)));
    const data = checked.dataset as unknown as Dataset<AnyIds>;
    const files = explorerFiles(data, sourceTexts);
    const { added } = evaluate(files.find((f) => f.path === meetingFile(empty.id))!.content);
    const page = added[0] as { statements: unknown[]; metrics: unknown[]; highlights: unknown[]; sources: Array<{ id: string; text: string; segments: unknown }> };
    expect(page.statements).toEqual([]);
    expect(page.metrics).toEqual([]);
    expect(page.highlights).toEqual([]);
    expect(page.sources.length).toBeGreaterThan(0);
    for (const s of page.sources) expect(s.segments).toEqual([[0, s.text.length, []]]);
    const index = evaluate(files.find((f) => f.path === "index.js")!.content).index as { meetings: Array<{ id: string; statements: number; metrics: number; delegations: unknown[] }> };
    expect(index.meetings.find((m) => m.id === empty.id)).toMatchObject({ statements: 0, metrics: 0, delegations: [] });
  });
});
