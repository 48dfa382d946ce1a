/**
 * The explorer's data files, generated from the validated dataset and the shipped source texts (nothing typed twice).
 * Pure: returns `{ path, content }` pairs; `write.ts` puts them on disk beside the bundled page code.
 *
 * - `index.html`: the page shell (loads `explorer.css`, `index.js`, `explorer.js`).
 * - `index.js`: `window.__pkrIndex`, the meeting list with each meeting's facets, the vocabularies the filters offer,
 *   and the metric series the chart draws.
 * - `lookup.js`: `window.__pkrLookup`, record id → meeting id, loaded only for a deep link to a record that is not in
 *   the meeting on screen (kept out of index.js so a large corpus does not load it up front).
 * - `meetings/<meeting id>.js`: `window.__pkr.add(...)` with one meeting's records, its source texts and the
 *   highlight segments of each text, loaded on demand with a `<script>` tag (works from `file://`, where fetch does not).
 * @module
 */
import type { AnyIds } from "../ids.js";
import type { Dataset, Meeting, Metric, Span, Statement } from "../types.js";
import { metricSeries } from "../helpers/metric-series.js";
import { segmentText, type IdSpan, type Segment } from "./segments.js";

type D = Dataset<AnyIds>;
type S = Statement<AnyIds>;
type M = Metric<AnyIds>;

/** One file of the explorer, relative to its folder. */
export interface ExplorerFile {
  readonly path: string;
  readonly content: string;
}

/** What a highlight stands for: a statement (its paragraphs), a metric, or a theme, mission or document span of a statement. */
export type HighlightKind = "statement" | "metric" | "theme" | "mission" | "document";

/**
 * A highlighted record of a meeting. Statements and metrics keep their own ids; the theme, mission and document spans
 * of a statement, which have none, get `<statement id>:<kind>:<referenced id>` (with `:2`, `:3` … when a statement
 * refers to the same one twice).
 */
export interface Highlight {
  readonly id: string;
  readonly kind: HighlightKind;
  /** The statement it belongs to (a statement's own id for a statement; null for a metric in the source's own voice). */
  readonly statement: string | null;
  /** The id referenced: the theme, mission or document id; the subject of a metric; the delegation of a statement. */
  readonly ref: string;
  /** The spans highlighted: a statement's paragraphs, or the one evidence span. */
  readonly spans: readonly Span[];
}

/** What index.js holds about each meeting: enough to list it and to tell whether a filter can match inside it. */
export interface MeetingEntry {
  readonly id: string;
  readonly date: string;
  readonly topic: string;
  readonly statements: number;
  readonly metrics: number;
  /** Every delegation that speaks, is spoken for, or is the scope of a figure. */
  readonly delegations: readonly string[];
  readonly themes: readonly string[];
  /** Missions named by a statement or covered by a figure. */
  readonly missions: readonly string[];
  readonly subjects: readonly string[];
}

const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();

/** Every highlighted record of a meeting's statements and metrics, in source order of their owners. */
export function meetingHighlights(statements: readonly S[], metrics: readonly M[]): Highlight[] {
  const out: Highlight[] = [];
  for (const s of statements) {
    out.push({ id: s.id, kind: "statement", statement: s.id, ref: s.speaker.delegation, spans: s.paragraphs });
    const seen = new Map<string, number>();
    const part = (kind: "theme" | "mission" | "document", ref: string, span: Span) => {
      const base = `${s.id}:${kind}:${ref}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      out.push({ id: n === 1 ? base : `${base}:${n}`, kind, statement: s.id, ref, spans: [span] });
    };
    for (const t of s.themes) part("theme", t.theme, t.evidence);
    for (const m of s.missions) part("mission", m.mission, m.evidence);
    for (const d of s.documents) part("document", d.document, d.evidence);
  }
  // A metric's words, and the words of its target when it has one.
  for (const m of metrics) out.push({ id: m.id, kind: "metric", statement: m.statement, ref: m.subject, spans: m.target === null ? [m.evidence] : [m.evidence, m.target.evidence] });
  return out;
}

/** The segments of one source text: the text cut at every highlight boundary in it. */
export function sourceSegments(source: string, text: string, highlights: readonly Highlight[]): Segment[] {
  const spans: IdSpan[] = [];
  for (const h of highlights) for (const sp of h.spans) if (sp.source === source) spans.push({ id: h.id, start: sp.start, end: sp.end });
  return segmentText(text.length, spans);
}

/** The facets of a meeting, for the meeting list and its filters. */
export function meetingEntry(meeting: Meeting<AnyIds>, statements: readonly S[], metrics: readonly M[]): MeetingEntry {
  return {
    id: meeting.id,
    date: meeting.date,
    topic: meeting.topic,
    statements: statements.length,
    metrics: metrics.length,
    delegations: sorted([
      ...statements.flatMap((s) => [s.speaker.delegation, ...s.onBehalfOf]),
      ...metrics.flatMap((m) => (m.scope.delegation === null ? [] : [m.scope.delegation])),
    ]),
    themes: sorted(statements.flatMap((s) => s.themes.map((t) => t.theme))),
    missions: sorted([...statements.flatMap((s) => s.missions.map((m) => m.mission)), ...metrics.flatMap((m) => m.scope.missions)]),
    subjects: sorted(metrics.map((m) => m.subject)),
  };
}

/** Groups records by their meeting id, keeping their order. */
function byMeeting<R extends { meeting: string }>(records: readonly R[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const r of records) {
    const list = out.get(r.meeting);
    if (list === undefined) out.set(r.meeting, [r]);
    else list.push(r);
  }
  return out;
}

/** A JS file that hands one value to the page: `<target>(<json>);` or `<target> = <json>;`. */
const js = (assign: string, value: unknown): string => `${assign}${JSON.stringify(value)}${assign.endsWith("(") ? ")" : ""};\n`;

/** The file name of a meeting's script: ids are kebab-case, so the id itself (encoded, in case one is not). */
export const meetingFile = (id: string): string => `meetings/${encodeURIComponent(id)}.js`;

/**
 * The series the chart offers: for each subject, its figures for the whole of peacekeeping (the default scope of
 * `metricSeries`), one point per period: the one to use (`latest`), so a figure restated at many meetings is drawn
 * once. `stated` counts every statement of the series' figures. Subjects with fewer than two periods have no chart.
 */
export function chartSeries(dataset: D) {
  const out = [];
  for (const subject of dataset.subjects) {
    if (!dataset.metrics.some((m) => m.subject === subject.id)) continue;
    const series = metricSeries<AnyIds>(dataset.metrics, subject.id, { meetings: dataset.meetings });
    const points = series.points.filter((p) => p.latest);
    if (points.length < 2) continue;
    out.push({
      subject: subject.id,
      label: subject.label,
      unit: series.unit,
      stated: series.points.length,
      points: points.map((p) => ({ metric: p.metric, meeting: p.meeting, period: p.period, value: p.value, qualifier: p.qualifier, partial: p.partial })),
    });
  }
  return out;
}

/** The page shell. */
export function indexHtml(title: string): string {
  const esc = title.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${esc}</title>
<link rel="stylesheet" href="explorer.css">
<script src="index.js"></script>
<script src="explorer.js" defer></script>
</head>
<body>
<a class="skip" href="#text">Skip to the text</a>
<header><h1>${esc}</h1><p id="status" role="status">Loading…</p></header>
<noscript><p>The explorer needs JavaScript; the data is also in dataset.json and the CSV files of the package.</p></noscript>
<div id="app" class="layout"></div>
</body>
</html>
`;
}

/**
 * The explorer's data files for a dataset: index.html, index.js, lookup.js and one script per meeting. `texts` maps
 * source id to its verbatim text (as `loadSourceTexts` returns it); a meeting's source missing from it throws.
 */
export function explorerFiles(dataset: D, texts: ReadonlyMap<string, string>): ExplorerFile[] {
  const statementsOf = byMeeting(dataset.statements);
  const metricsOf = byMeeting(dataset.metrics);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const files: ExplorerFile[] = [];
  const lookup: Record<string, string> = {};
  const entries: MeetingEntry[] = [];
  for (const meeting of dataset.meetings) {
    const statements = statementsOf.get(meeting.id) ?? [];
    const metrics = metricsOf.get(meeting.id) ?? [];
    const highlights = meetingHighlights(statements, metrics);
    for (const h of highlights) lookup[h.id] = meeting.id;
    entries.push(meetingEntry(meeting, statements, metrics));
    const shown = meeting.sources.map((id) => {
      const text = texts.get(id);
      const source = sources.get(id);
      if (text === undefined || source === undefined) throw new Error(`explorerFiles: no ${text === undefined ? "text" : "record"} for source '${id}' of meeting '${meeting.id}'`);
      const { title, publisher, date, url, symbol } = source;
      return { id, title, publisher, date, url, symbol, text, segments: sourceSegments(id, text, highlights) };
    });
    files.push({ path: meetingFile(meeting.id), content: js("window.__pkr.add(", { meeting, statements, metrics, highlights: highlights.map(({ spans: _spans, ...h }) => h), sources: shown }) });
  }
  const title = "Peacekeeping records explorer";
  const index = {
    title,
    version: dataset.meta?.version ?? null,
    meetings: entries,
    delegations: dataset.delegations.map((d) => ({ id: d.id, name: d.name })),
    themes: dataset.themes.map((t) => ({ id: t.id, label: t.label })),
    missions: dataset.missions.map((m) => ({ id: m.id, acronym: m.acronym, name: m.name })),
    subjects: dataset.subjects.map((s) => ({ id: s.id, label: s.label, unit: s.unit })),
    documents: dataset.documents.map((d) => ({ id: d.id, title: d.title, symbol: d.symbol })),
    series: chartSeries(dataset),
  };
  return [
    { path: "index.html", content: indexHtml(title) },
    { path: "index.js", content: js("window.__pkrIndex = ", index) },
    { path: "lookup.js", content: js("window.__pkrLookup = ", lookup) },
    ...files,
  ];
}
