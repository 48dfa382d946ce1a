/**
 * The explorer's generator (src/explorer/): the segments, the highlights, the files and the shared rules (filters,
 * citation), on the real dataset and on small hand-made cases. Runs in Node; the page itself is tested in a browser
 * (page.test.ts).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { dataset } from "../../src/index.js";
import type { AnyIds } from "../../src/ids.js";
import type { Dataset, Metric, Statement } from "../../src/types.js";
import { loadSourceTexts } from "../../src/texts.js";
import { segmentText } from "../../src/explorer/segments.js";
import { chartSeries, explorerFiles, indexHtml, meetingEntry, meetingFile, meetingHighlights, sourceSegments } from "../../src/explorer/build.js";
import { isEmptyFilter, metricMatches, statementMatches } from "../../src/explorer/filter.js";
import { citationLine } from "../../src/explorer/citation.js";
import { metricSeries } from "../../src/helpers/metric-series.js";
import { ROOT } from "../helpers.js";

const D = dataset as unknown as Dataset<AnyIds>;

/** Runs a generated script and returns what it hands to the page. */
function evaluate(content: string): { index?: unknown; lookup?: unknown; added: unknown[] } {
  const added: unknown[] = [];
  const window: Record<string, unknown> = { __pkr: { add: (x: unknown) => added.push(x) } };
  runInNewContext(content, { window });
  return { index: window.__pkrIndex, lookup: window.__pkrLookup, added };
}

describe("segmentText", () => {
  it("cuts at every boundary and lists the covering ids outermost first", () => {
    expect(segmentText(10, [{ id: "b", start: 4, end: 8 }, { id: "a", start: 0, end: 6 }])).toEqual([
      [0, 4, ["a"]],
      [4, 6, ["a", "b"]],
      [6, 8, ["b"]],
      [8, 10, []],
    ]);
  });
  it("puts a nested span after the span around it, whatever the input order", () => {
    expect(segmentText(6, [{ id: "in", start: 2, end: 3 }, { id: "out", start: 1, end: 5 }])).toEqual([
      [0, 1, []],
      [1, 2, ["out"]],
      [2, 3, ["out", "in"]],
      [3, 5, ["out"]],
      [5, 6, []],
    ]);
  });
  it("orders spans of equal length by start, then by id", () => {
    expect(segmentText(4, [{ id: "z", start: 0, end: 2 }, { id: "y", start: 0, end: 2 }])[0]).toEqual([0, 2, ["y", "z"]]);
    expect(segmentText(4, [{ id: "a", start: 1, end: 3 }, { id: "b", start: 0, end: 2 }])[1]).toEqual([1, 2, ["b", "a"]]);
  });
  it("covers the text without gaps when there are no spans, and skips empty spans", () => {
    expect(segmentText(3, [])).toEqual([[0, 3, []]]);
    expect(segmentText(3, [{ id: "e", start: 1, end: 1 }])).toEqual([[0, 3, []]]);
    expect(segmentText(0, [])).toEqual([]);
  });
  it("throws one RangeError naming a span outside the text", () => {
    expect(() => segmentText(5, [{ id: "far", start: 3, end: 6 }])).toThrow(new RangeError("segmentText: span 'far' (3–6) does not lie within the text of 5 characters"));
    expect(() => segmentText(5, [{ id: "back", start: 3, end: 2 }])).toThrow(/'back'/);
    expect(() => segmentText(5, [{ id: "neg", start: -1, end: 2 }])).toThrow(/'neg'/);
    expect(() => segmentText(5, [{ id: "frac", start: 0.5, end: 2 }])).toThrow(/'frac'/);
    expect(() => segmentText(5, [{ id: "frac", start: 0, end: 2.5 }])).toThrow(/'frac'/);
  });
});

describe("meetingHighlights on the real data", () => {
  it("has one highlight per statement, holding its paragraphs, and one per metric, holding its evidence and target", () => {
    const hs = meetingHighlights(D.statements, D.metrics);
    for (const s of D.statements) expect(hs.find((x) => x.id === s.id)).toEqual({ id: s.id, kind: "statement", statement: s.id, ref: s.speaker.delegation, spans: s.paragraphs });
    for (const m of D.metrics) {
      expect(hs.find((x) => x.id === m.id)).toEqual({ id: m.id, kind: "metric", statement: m.statement, ref: m.subject, spans: m.target === null ? [m.evidence] : [m.evidence, m.target.evidence] });
    }
  });
  it("has one highlight per theme, mission and document span, named after its statement and what it refers to", () => {
    const hs = meetingHighlights(D.statements, D.metrics);
    const parts = D.statements.flatMap((s) => [
      ...s.themes.map((t) => ({ kind: "theme", statement: s.id, ref: t.theme, spans: [t.evidence] })),
      ...s.missions.map((m) => ({ kind: "mission", statement: s.id, ref: m.mission, spans: [m.evidence] })),
      ...s.documents.map((d) => ({ kind: "document", statement: s.id, ref: d.document, spans: [d.evidence] })),
    ]);
    expect(hs.filter((x) => x.kind !== "statement" && x.kind !== "metric").map(({ id: _id, ...rest }) => rest)).toEqual(parts);
    for (const x of hs.filter((y) => y.kind !== "statement" && y.kind !== "metric")) expect(x.id.startsWith(`${x.statement}:${x.kind}:${x.ref}`)).toBe(true);
    expect(new Set(hs.map((x) => x.id)).size).toBe(hs.length);
  });
  it("numbers a second reference to the same theme in one statement", () => {
    const s = structuredClone(D.statements[0]!) as Statement<AnyIds> & { themes: Array<Statement<AnyIds>["themes"][number]> };
    const t = s.themes[0]!;
    s.themes = [t, t, t];
    const ids = meetingHighlights([s], []).filter((x) => x.kind === "theme").map((x) => x.id);
    expect(ids).toEqual([`${s.id}:theme:${t.theme}`, `${s.id}:theme:${t.theme}:2`, `${s.id}:theme:${t.theme}:3`]);
  });
});

describe("sourceSegments on the real texts", () => {
  it("cover each meeting's source text in order, and every highlight's every span is exactly a run of its segments", async () => {
    const texts = await loadSourceTexts();
    for (const meeting of D.meetings) {
      const hs = meetingHighlights(D.statements.filter((s) => s.meeting === meeting.id), D.metrics.filter((m) => m.meeting === meeting.id));
      for (const source of meeting.sources) {
        const text = texts.get(source)!;
        const segs = sourceSegments(source, text, hs);
        expect(segs.map(([a, b]) => text.slice(a, b)).join("")).toBe(text);
        for (const h of hs) {
          for (const sp of h.spans.filter((x) => x.source === source)) {
            const covered = segs.filter(([, , ids]) => ids.includes(h.id));
            const inSpan = covered.filter(([a, b]) => a >= sp.start && b <= sp.end);
            expect(inSpan.map(([a, b]) => text.slice(a, b)).join(""), h.id).toBe(sp.quote);
          }
        }
      }
    }
  });
});

describe("meetingEntry", () => {
  it("lists the delegations speaking, spoken for and in a figure's scope, the themes, missions and subjects", () => {
    for (const meeting of D.meetings) {
      const st = D.statements.filter((s) => s.meeting === meeting.id);
      const mt = D.metrics.filter((m) => m.meeting === meeting.id);
      const e = meetingEntry(meeting, st, mt);
      const delegations = new Set([...st.flatMap((s) => [s.speaker.delegation, ...s.onBehalfOf]), ...mt.map((m) => m.scope.delegation).filter((d) => d !== null)]);
      expect(e).toEqual({
        id: meeting.id,
        date: meeting.date,
        topic: meeting.topic,
        statements: st.length,
        metrics: mt.length,
        delegations: [...delegations].sort(),
        themes: [...new Set(st.flatMap((s) => s.themes.map((t) => t.theme)))].sort(),
        missions: [...new Set([...st.flatMap((s) => s.missions.map((m) => m.mission)), ...mt.flatMap((m) => m.scope.missions)])].sort(),
        subjects: [...new Set(mt.map((m) => m.subject))].sort(),
      });
      expect(e.delegations.length).toBeGreaterThan(0);
    }
  });
});

describe("explorerFiles", () => {
  it("writes the shell, the index, the lookup and one script per meeting", async () => {
    const files = explorerFiles(D, await loadSourceTexts());
    expect(files.map((f) => f.path)).toEqual(["index.html", "index.js", "lookup.js", ...D.meetings.map((m) => meetingFile(m.id))]);
    expect(files[0]!.content).toBe(indexHtml("Peacekeeping records explorer"));
  });
  it("hands each meeting's records, texts and segments to the page, taken from the dataset", async () => {
    const texts = await loadSourceTexts();
    const files = explorerFiles(D, texts);
    for (const meeting of D.meetings) {
      const { added } = evaluate(files.find((f) => f.path === meetingFile(meeting.id))!.content);
      expect(added).toHaveLength(1);
      const data = added[0] as Record<string, unknown>;
      const statements = D.statements.filter((s) => s.meeting === meeting.id);
      const metrics = D.metrics.filter((m) => m.meeting === meeting.id);
      expect(data.meeting).toEqual(meeting);
      expect(data.statements).toEqual(statements);
      expect(data.metrics).toEqual(metrics);
      const hs = meetingHighlights(statements, metrics);
      expect(data.highlights).toEqual(hs.map(({ spans: _s, ...h }) => h));
      const sources = data.sources as Array<Record<string, unknown>>;
      expect(sources.map((s) => s.id)).toEqual(meeting.sources);
      for (const s of sources) {
        const record = D.sources.find((x) => x.id === s.id)!;
        expect(s).toEqual({ id: record.id, title: record.title, publisher: record.publisher, date: record.date, url: record.url, symbol: record.symbol, text: texts.get(record.id), segments: sourceSegments(record.id, texts.get(record.id)!, hs) });
      }
    }
  });
  it("indexes every meeting, the vocabularies and the chart series, and looks every highlight up to its meeting", async () => {
    const files = explorerFiles(D, await loadSourceTexts());
    const index = evaluate(files[1]!.content).index as Record<string, unknown>;
    expect(index.version).toBe(D.meta!.version);
    expect(index.meetings).toEqual(D.meetings.map((m) => meetingEntry(m, D.statements.filter((s) => s.meeting === m.id), D.metrics.filter((x) => x.meeting === m.id))));
    expect(index.delegations).toEqual(D.delegations.map((d) => ({ id: d.id, name: d.name })));
    expect(index.themes).toEqual(D.themes.map((t) => ({ id: t.id, label: t.label })));
    expect(index.missions).toEqual(D.missions.map((m) => ({ id: m.id, acronym: m.acronym, name: m.name })));
    expect(index.subjects).toEqual(D.subjects.map((s) => ({ id: s.id, label: s.label, unit: s.unit })));
    expect(index.documents).toEqual(D.documents.map((d) => ({ id: d.id, title: d.title, symbol: d.symbol })));
    expect(index.series).toEqual(chartSeries(D));
    const lookup = evaluate(files[2]!.content).lookup as Record<string, string>;
    const expected: Record<string, string> = {};
    for (const m of D.meetings) for (const h of meetingHighlights(D.statements.filter((s) => s.meeting === m.id), D.metrics.filter((x) => x.meeting === m.id))) expected[h.id] = m.id;
    expect(lookup).toEqual(expected);
    for (const s of D.statements) expect(lookup[s.id]).toBe(s.meeting);
    for (const m of D.metrics) expect(lookup[m.id]).toBe(m.meeting);
  });
  it("knows the record of every deep link the README shows", async () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const links = [...readme.matchAll(/index\.html#([^\s`)]+)/g)].map((m) => decodeURIComponent(m[1]!));
    expect(links.length).toBeGreaterThan(0);
    const lookup = evaluate(explorerFiles(D, await loadSourceTexts())[2]!.content).lookup as Record<string, string>;
    for (const id of links) expect(Object.hasOwn(lookup, id), id).toBe(true);
  });
  it("throws naming a meeting's source that has no text", () => {
    const id = D.meetings[0]!.sources[0]!;
    expect(() => explorerFiles(D, new Map())).toThrow(new Error(`explorerFiles: no text for source '${id}' of meeting '${D.meetings[0]!.id}'`));
    const noRecord = { ...D, sources: [] } as unknown as Dataset<AnyIds>;
    expect(() => explorerFiles(noRecord, new Map([[id, "x"]]))).toThrow(`explorerFiles: no record for source '${id}'`);
  });
  it("gives a dataset without meta a null version", async () => {
    const { meta: _meta, ...rest } = D;
    const index = evaluate(explorerFiles(rest as Dataset<AnyIds>, await loadSourceTexts()).find((f) => f.path === "index.js")!.content).index;
    expect((index as { version: unknown }).version).toBeNull();
  });
});

describe("chartSeries", () => {
  it("holds, for every subject with two periods or more, the point to use of each period of its series for the whole of peacekeeping", () => {
    const series = chartSeries(D);
    const expected = D.subjects
      .filter((s) => D.metrics.some((m) => m.subject === s.id))
      .map((s) => ({ s, series: metricSeries<AnyIds>(D.metrics, s.id, { meetings: D.meetings }) }))
      .filter((x) => x.series.points.filter((p) => p.latest).length >= 2);
    expect(series.map((x) => x.subject)).toEqual(expected.map((x) => x.s.id));
    expect(series.length).toBeGreaterThan(0);
    for (const [i, x] of expected.entries()) {
      expect(series[i]).toEqual({
        subject: x.s.id,
        label: x.s.label,
        unit: x.series.unit,
        stated: x.series.points.length,
        points: x.series.points.filter((p) => p.latest).map((p) => ({ metric: p.metric, meeting: p.meeting, period: p.period, value: p.value, qualifier: p.qualifier, partial: p.partial })),
      });
      expect(new Set(series[i]!.points.map((p) => p.period)).size).toBe(series[i]!.points.length);
    }
  });
  it("draws a figure restated at another meeting once, at the later meeting", () => {
    const m = D.meetings[0]!;
    const later = { ...m, id: `${m.id}-later`, date: "2099-01-01" };
    const copies = D.metrics.filter((x) => x.meeting === m.id).map((x) => ({ ...x, id: `${x.id}-later`, meeting: later.id }));
    const twice = { ...D, meetings: [...D.meetings, later], metrics: [...D.metrics, ...copies] } as Dataset<AnyIds>;
    for (const x of chartSeries(twice)) {
      const once = chartSeries(D).find((y) => y.subject === x.subject)!;
      expect(x.stated).toBe(once.stated * 2);
      expect(x.points.map((p) => p.metric)).toEqual(once.points.map((p) => `${p.metric}-later`));
    }
  });
});

describe("indexHtml", () => {
  it("loads the styles, the index and the page code, and escapes the title", () => {
    const html = indexHtml("A & <b>");
    expect(html).toContain("<title>A &amp; &lt;b></title>");
    expect(html).toContain("<h1>A &amp; &lt;b></h1>");
    for (const tag of ['<link rel="stylesheet" href="explorer.css">', '<script src="index.js"></script>', '<script src="explorer.js" defer></script>', '<div id="app"']) expect(html).toContain(tag);
  });
  it("names meeting scripts by their id, encoded", () => {
    expect(meetingFile("2020-09-14-a4p")).toBe("meetings/2020-09-14-a4p.js");
    expect(meetingFile("a b/c")).toBe("meetings/a%20b%2Fc.js");
  });
});

describe("the explorer's filters", () => {
  const st = (): Statement<AnyIds>[] => D.statements as Statement<AnyIds>[];
  const mt = (): Metric<AnyIds>[] => D.metrics as Metric<AnyIds>[];
  const its = (s: Statement<AnyIds>) => mt().filter((m) => m.statement === s.id);
  const stOf = (m: Metric<AnyIds>) => st().find((s) => s.id === m.statement);
  it("keeps everything without a filter", () => {
    expect(isEmptyFilter({})).toBe(true);
    for (const key of ["delegation", "theme", "mission", "subject"]) expect(isEmptyFilter({ [key]: "x" })).toBe(false);
    expect(st().every((s) => statementMatches(s, its(s), {}))).toBe(true);
    expect(mt().every((m) => metricMatches(m, stOf(m), {}))).toBe(true);
  });
  it("keeps, for a delegation, the statements it makes or is spoken for in, and the figures they state or that cover it", () => {
    for (const d of D.delegations) {
      expect(st().filter((s) => statementMatches(s, its(s), { delegation: d.id }))).toEqual(st().filter((s) => s.speaker.delegation === d.id || s.onBehalfOf.includes(d.id)));
      const speaks = (s: Statement<AnyIds> | undefined) => s !== undefined && (s.speaker.delegation === d.id || s.onBehalfOf.includes(d.id));
      expect(mt().filter((m) => metricMatches(m, stOf(m), { delegation: d.id }))).toEqual(mt().filter((m) => m.scope.delegation === d.id || speaks(stOf(m))));
    }
    const spokenFor = st().find((s) => s.onBehalfOf.length > 0)!;
    expect(statementMatches(spokenFor, [], { delegation: spokenFor.onBehalfOf[0]! })).toBe(true);
  });
  it("keeps, for a theme, the statements raising it and the figures they state", () => {
    for (const t of D.themes) {
      const raises = (s: Statement<AnyIds> | undefined) => s?.themes.some((x) => x.theme === t.id) ?? false;
      expect(st().filter((s) => statementMatches(s, its(s), { theme: t.id }))).toEqual(st().filter(raises));
      expect(mt().filter((m) => metricMatches(m, stOf(m), { theme: t.id }))).toEqual(mt().filter((m) => raises(stOf(m))));
    }
  });
  it("keeps, for a mission, the statements naming it or stating a figure about it, and the figures about it or stated beside it", () => {
    for (const x of D.missions) {
      const names = (s: Statement<AnyIds> | undefined) => s?.missions.some((m) => m.mission === x.id) ?? false;
      expect(st().filter((s) => statementMatches(s, its(s), { mission: x.id }))).toEqual(st().filter((s) => names(s) || its(s).some((m) => m.scope.missions.includes(x.id))));
      expect(mt().filter((m) => metricMatches(m, stOf(m), { mission: x.id }))).toEqual(mt().filter((m) => m.scope.missions.includes(x.id) || names(stOf(m))));
    }
  });
  it("keeps, for a subject, its figures and the statements stating one", () => {
    for (const x of D.subjects) {
      expect(st().filter((s) => statementMatches(s, its(s), { subject: x.id }))).toEqual(st().filter((s) => its(s).some((m) => m.subject === x.id)));
      expect(mt().filter((m) => metricMatches(m, stOf(m), { subject: x.id }))).toEqual(mt().filter((m) => m.subject === x.id));
    }
  });
  it("needs every filter set to hold at once", () => {
    const s = st().find((x) => x.themes.length > 0)!;
    const theme = s.themes[0]!.theme;
    expect(statementMatches(s, its(s), { delegation: s.speaker.delegation, theme })).toBe(true);
    expect(statementMatches(s, its(s), { delegation: s.speaker.delegation, theme: "no-such-theme" })).toBe(false);
    expect(statementMatches(s, its(s), { delegation: "no-such-delegation", theme })).toBe(false);
    const m = mt().find((x) => x.statement !== null)!;
    expect(metricMatches(m, stOf(m), { subject: m.subject, delegation: stOf(m)!.speaker.delegation })).toBe(true);
    expect(metricMatches(m, stOf(m), { subject: "no-such-subject", delegation: stOf(m)!.speaker.delegation })).toBe(false);
  });
});

describe("citationLine", () => {
  const source = { id: "s", title: "T", publisher: "United Nations", date: "2020-09-14", url: null, symbol: null };
  it("quotes the words and names the source, the offsets and the record", () => {
    expect(citationLine({ id: "m-1", quote: "25 in 2019", start: 5, end: 15, speaker: null, source })).toBe("“25 in 2019”. United Nations, “T”, 2020-09-14, characters 5–15. Record m-1 (peacekeeping-records).");
  });
  it("names the speaker, the symbol and the address when there are", () => {
    expect(citationLine({ id: "x", quote: "w", start: 0, end: 1, speaker: "Ann, Peru", source: { ...source, url: "https://example.org/a", symbol: "S/PV.1" } })).toBe(
      "“w”, Ann, Peru. United Nations, “T” (S/PV.1), 2020-09-14, characters 0–1 https://example.org/a. Record x (peacekeeping-records).",
    );
    expect(citationLine({ id: "x", quote: null, start: 0, end: 9, speaker: "Ann, Peru", source })).toBe("Ann, Peru. United Nations, “T”, 2020-09-14, characters 0–9. Record x (peacekeeping-records).");
    expect(citationLine({ id: "x", quote: null, start: 0, end: 9, speaker: null, source })).toBe("United Nations, “T”, 2020-09-14, characters 0–9. Record x (peacekeeping-records).");
  });
});
