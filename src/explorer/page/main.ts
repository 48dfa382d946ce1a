/**
 * The explorer page (runs in the browser; bundled by esbuild into dist/explorer/explorer.js). Plain DOM, no framework.
 * Data comes from index.js (window.__pkrIndex) and one meetings/<id>.js per meeting, added on demand as <script> tags,
 * so the page works from file:// and a large corpus loads one meeting at a time.
 */
import type { AnyIds } from "../../ids.js";
import type { Meeting, Metric, Statement } from "../../types.js";
import { isEmptyFilter, metricMatches, statementMatches, type ExplorerFilter } from "../filter.js";
import type { Highlight, MeetingEntry } from "../build.js";
import type { Segment } from "../segments.js";
import { citationLine } from "../citation.js";

type S = Statement<AnyIds>;
type M = Metric<AnyIds>;
type Mark = Omit<Highlight, "spans">;

interface SourceShown {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url: string | null;
  symbol: string | null;
  text: string;
  segments: Segment[];
}
interface MeetingData {
  meeting: Meeting<AnyIds>;
  statements: S[];
  metrics: M[];
  highlights: Mark[];
  sources: SourceShown[];
}
interface SeriesPoint {
  metric: string;
  meeting: string;
  period: string;
  value: number;
  qualifier: string;
  partial: boolean;
}
interface Index {
  title: string;
  version: string | null;
  meetings: MeetingEntry[];
  delegations: { id: string; name: string }[];
  themes: { id: string; label: string }[];
  missions: { id: string; acronym: string; name: string }[];
  subjects: { id: string; label: string; unit: string }[];
  documents: { id: string; title: string; symbol: string | null }[];
  series: { subject: string; label: string; unit: string | null; stated: number; points: SeriesPoint[] }[];
}

declare global {
  interface Window {
    __pkrIndex: Index;
    __pkrLookup?: Record<string, string>;
    __pkr: { add(data: MeetingData): void };
  }
}

const index = window.__pkrIndex;
const names = {
  delegation: new Map(index.delegations.map((d) => [d.id, d.name])),
  theme: new Map(index.themes.map((t) => [t.id, t.label])),
  mission: new Map(index.missions.map((m) => [m.id, `${m.acronym} (${m.name})`])),
  subject: new Map(index.subjects.map((s) => [s.id, s.label])),
  document: new Map(index.documents.map((d) => [d.id, d.symbol ?? d.title])),
};
const entries = new Map(index.meetings.map((m) => [m.id, m]));
const nameOf = (kind: keyof typeof names, id: string): string => names[kind].get(id) ?? id;

/** Creates an element with attributes and children. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false) continue;
    if (k === "class") el.className = String(v);
    else el.setAttribute(k, v === true ? "" : v);
  }
  el.append(...children);
  return el;
}
const SVG = "http://www.w3.org/2000/svg";
function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: Array<Node | string>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

// ---- loading meetings one at a time -----------------------------------------------------------------------------
const loaded = new Map<string, MeetingData>();
const waiting = new Map<string, (d: MeetingData) => void>();
window.__pkr = {
  add(data) {
    loaded.set(data.meeting.id, data);
    waiting.get(data.meeting.id)?.(data);
    waiting.delete(data.meeting.id);
  },
};
function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const tag = h("script", { src });
    tag.onload = () => resolve();
    tag.onerror = () => reject(new Error(`cannot load ${src}`));
    document.head.append(tag);
  });
}
function loadMeeting(id: string): Promise<MeetingData> {
  const have = loaded.get(id);
  if (have) return Promise.resolve(have);
  return new Promise((resolve, reject) => {
    waiting.set(id, resolve);
    addScript(`meetings/${encodeURIComponent(id)}.js`).catch(reject);
  });
}
async function meetingOfRecord(id: string): Promise<string | undefined> {
  if (window.__pkrLookup === undefined) await addScript("lookup.js");
  const lookup = window.__pkrLookup ?? {};
  return Object.hasOwn(lookup, id) ? lookup[id] : undefined;
}

// ---- the page skeleton ------------------------------------------------------------------------------------------
const app = document.getElementById("app")!;
const status = document.getElementById("status")!;
const filterForm = h("form", { class: "filters", "aria-label": "Filters" });
const selects: Record<keyof ExplorerFilter, HTMLSelectElement> = {
  delegation: h("select", { id: "f-delegation", name: "delegation" }),
  theme: h("select", { id: "f-theme", name: "theme" }),
  mission: h("select", { id: "f-mission", name: "mission" }),
  subject: h("select", { id: "f-subject", name: "subject" }),
};
const facetOf: Record<keyof ExplorerFilter, keyof MeetingEntry> = { delegation: "delegations", theme: "themes", mission: "missions", subject: "subjects" };
const labels: Record<keyof ExplorerFilter, string> = { delegation: "Delegation (speaking or spoken for)", theme: "Theme", mission: "Mission", subject: "Subject of a figure" };
for (const key of Object.keys(selects) as Array<keyof ExplorerFilter>) {
  const present = new Set(index.meetings.flatMap((m) => m[facetOf[key]] as readonly string[]));
  const select = selects[key];
  select.append(h("option", { value: "" }, "Any"));
  const pool = key === "delegation" ? index.delegations.map((d) => d.id) : key === "theme" ? index.themes.map((t) => t.id) : key === "mission" ? index.missions.map((m) => m.id) : index.subjects.map((x) => x.id);
  for (const id of pool) if (present.has(id)) select.append(h("option", { value: id }, nameOf(key, id)));
  filterForm.append(h("label", { for: select.id }, labels[key]), select);
}
const clear = h("button", { type: "reset" }, "Clear filters");
filterForm.append(clear);
const meetingList = h("ul", { id: "meetings", class: "plain" });
for (const m of index.meetings) {
  meetingList.append(h("li", { "data-meeting": m.id }, h("button", { type: "button", "data-open": m.id }, `${m.date} · ${m.topic}`)));
}
const side = h("aside", { class: "side", "aria-label": "Filters and meetings" }, h("h2", {}, "Filters"), filterForm, h("h2", {}, "Meetings"), meetingList);
const meetingTitle = h("h2", { id: "meeting-title", tabindex: "-1" });
const speakers = h("ol", { id: "speakers", class: "plain" });
const figures = h("ul", { id: "figures", class: "plain" });
const seriesSelect = h("select", { id: "series" });
index.series.forEach((x, i) => seriesSelect.append(h("option", { value: String(i) }, x.label)));
const chart = h("figure", { id: "chart" });
const text = h("div", { id: "text", tabindex: "-1" });
const filterStatus = h("p", { id: "filter-status", role: "status" });
const main = h(
  "main",
  { id: "main" },
  meetingTitle,
  filterStatus,
  h("section", { "aria-labelledby": "h-speakers" }, h("h3", { id: "h-speakers" }, "Speakers, in order"), speakers),
  h("section", { "aria-labelledby": "h-figures" }, h("h3", { id: "h-figures" }, "Figures"), figures),
  h("section", { "aria-labelledby": "h-text" }, h("h3", { id: "h-text" }, "Source text"), h("p", { class: "hint" }, "Every highlight is a record: click it, or Tab to it and press Enter, to see the record. Click again to step out to the record around it."), text),
);
if (index.series.length > 0) {
  main.append(h("section", { "aria-labelledby": "h-chart" }, h("h3", { id: "h-chart" }, "A series of figures"), h("label", { for: "series" }, "Subject "), seriesSelect, chart));
}
const panel = h("aside", { id: "panel", "aria-labelledby": "h-panel", tabindex: "0" }, h("h2", { id: "h-panel" }, "Record"), h("p", { class: "hint" }, "Select a highlight to see its record."));
app.append(side, main, panel);

// ---- state ------------------------------------------------------------------------------------------------------
let current: MeetingData | undefined;
let kinds = new Map<string, Mark>();
let selected: string | undefined;
let filter: ExplorerFilter = {};

const speakerLine = (st: S): string => {
  const who = st.speaker.name ? `${st.speaker.name}, ${nameOf("delegation", st.speaker.delegation)}` : nameOf("delegation", st.speaker.delegation);
  const forWhom = st.onBehalfOf.length > 0 ? ` — also for ${st.onBehalfOf.map((d) => nameOf("delegation", d)).join(", ")}` : "";
  return `${st.order}. ${who} (${st.capacity.replace(/-/g, " ")})${forWhom}`;
};

/** Renders a loaded meeting. */
function render(data: MeetingData): void {
  current = data;
  kinds = new Map(data.highlights.map((x) => [x.id, x]));
  meetingTitle.textContent = `${data.meeting.date} · ${data.meeting.topic}`;
  for (const li of meetingList.children) {
    const button = li.firstElementChild as HTMLElement;
    if ((li as HTMLElement).dataset.meeting === data.meeting.id) button.setAttribute("aria-current", "true");
    else button.removeAttribute("aria-current");
  }
  speakers.replaceChildren(...data.statements.map((st) => h("li", { "data-statement": st.id }, h("button", { type: "button", "data-select": st.id }, speakerLine(st)))));
  figures.replaceChildren(
    ...data.metrics.map((m) => h("li", { "data-metric": m.id }, h("button", { type: "button", "data-select": m.id }, `${nameOf("subject", m.subject)}: ${m.text}${m.period?.text ? ` (${m.period.text})` : ""}`))),
  );
  const blocks: Node[] = [];
  for (const src of data.sources) {
    const body = h("div", { class: "source", lang: "en" });
    const frag = document.createDocumentFragment();
    for (const [start, end, ids] of src.segments) {
      const piece = src.text.slice(start, end);
      if (ids.length === 0) {
        frag.append(piece);
        continue;
      }
      const inner = kinds.get(ids[ids.length - 1]!)!;
      const reachable = ids.some((id) => kinds.get(id)?.kind !== "statement");
      frag.append(h("span", { class: `hl k-${inner.kind}`, "data-record": ids.join(" "), tabindex: reachable ? "0" : false }, piece));
    }
    body.append(frag);
    blocks.push(h("h4", {}, src.title), body);
  }
  text.replaceChildren(...blocks);
  applyFilter();
  selected = undefined;
  showPanel(undefined, []);
}

function recordMatches(id: string): boolean {
  if (!current) return true;
  const mark = kinds.get(id);
  if (!mark) return false;
  const statement = mark.statement === null ? undefined : current.statements.find((x) => x.id === mark.statement);
  if (mark.kind === "metric") return metricMatches(current.metrics.find((m) => m.id === id)!, statement, filter);
  return statementMatches(statement!, current.metrics.filter((m) => m.statement === statement!.id), filter);
}

function applyFilter(): void {
  const empty = isEmptyFilter(filter);
  let shownMeetings = 0;
  for (const li of meetingList.children as HTMLCollectionOf<HTMLElement>) {
    const entry = entries.get(li.dataset.meeting!)!;
    const ok = (Object.keys(facetOf) as Array<keyof ExplorerFilter>).every((k) => !filter[k] || (entry[facetOf[k]] as readonly string[]).includes(filter[k]));
    li.hidden = !ok;
    if (ok) shownMeetings++;
  }
  if (!current) return;
  const match = new Map<string, boolean>();
  const matches = (id: string) => {
    let v = match.get(id);
    if (v === undefined) match.set(id, (v = empty || recordMatches(id)));
    return v;
  };
  let st = 0;
  let mt = 0;
  for (const li of speakers.children as HTMLCollectionOf<HTMLElement>) if (!(li.hidden = !matches(li.dataset.statement!))) st++;
  for (const li of figures.children as HTMLCollectionOf<HTMLElement>) if (!(li.hidden = !matches(li.dataset.metric!))) mt++;
  for (const el of text.querySelectorAll<HTMLElement>("[data-record]")) el.classList.toggle("dim", !el.dataset.record!.split(" ").some(matches));
  filterStatus.textContent = empty
    ? `${current.statements.length} statements, ${current.metrics.length} figures.`
    : `Filtered: ${st} of ${current.statements.length} statements, ${mt} of ${current.metrics.length} figures; ${shownMeetings} of ${index.meetings.length} meetings.`;
  document.documentElement.dataset.filtered = String(Number(document.documentElement.dataset.filtered ?? 0) + 1);
}

// ---- the record panel -------------------------------------------------------------------------------------------
function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.map(show).join("; ");
  if (typeof value === "object") {
    const parts = Object.entries(value as Record<string, unknown>).filter(([k, v]) => v !== null && k !== "evidence" && k !== "quote" && !(Array.isArray(v) && v.length === 0));
    return parts.length === 0 ? "—" : parts.map(([k, v]) => `${k}: ${show(v)}`).join(", ");
  }
  return String(value);
}
function fields(rows: Array<[string, unknown]>): HTMLDListElement {
  const dl = h("dl");
  for (const [k, v] of rows) dl.append(h("dt", {}, k), h("dd", {}, typeof v === "string" ? v : show(v)));
  return dl;
}

function showPanel(id: string | undefined, covering: readonly string[]): void {
  const parts: Node[] = [h("h2", { id: "h-panel" }, "Record")];
  const mark = id === undefined ? undefined : kinds.get(id);
  if (!current || !mark || id === undefined) {
    panel.replaceChildren(...parts, h("p", { class: "hint" }, "Select a highlight to see its record."));
    return;
  }
  const statement = mark.statement === null ? undefined : current.statements.find((x) => x.id === mark.statement);
  const metric = mark.kind === "metric" ? current.metrics.find((m) => m.id === id) : undefined;
  parts.push(h("p", { class: "rid" }, h("code", {}, id)), h("p", { class: "kind" }, mark.kind));
  let spans = [] as { source: string; start: number; end: number; quote: string }[];
  if (metric) {
    spans = [metric.evidence];
    parts.push(
      fields([
        ["subject", nameOf("subject", metric.subject)],
        ["value (normalised)", `${metric.value.toLocaleString("en")} ${metric.unit}`],
        ["as written", metric.text],
        ["qualifier", metric.qualifierText ? `${metric.qualifier} (“${metric.qualifierText}”)` : metric.qualifier],
        ["period", metric.period],
        ["target", metric.target],
        ["scope", metric.scope],
        ["stated by", statement ? speakerLine(statement) : "the source itself"],
      ]),
    );
  } else if (mark.kind === "statement" && statement) {
    spans = [...statement.paragraphs];
    parts.push(
      fields([
        ["speaker", speakerLine(statement)],
        ["title", statement.speaker.title],
        ["role", statement.role],
        ["capacity", statement.capacity],
        ["on behalf of", statement.onBehalfOf.map((d) => nameOf("delegation", d)).join(", ") || "—"],
        ["themes", statement.themes.map((t) => nameOf("theme", t.theme)).join(", ") || "—"],
        ["missions", statement.missions.map((m) => nameOf("mission", m.mission)).join(", ") || "—"],
        ["paragraphs", String(statement.paragraphs.length)],
      ]),
    );
  } else if (statement) {
    const list = mark.kind === "theme" ? statement.themes.map((t) => [t.theme, t.evidence] as const) : mark.kind === "mission" ? statement.missions.map((m) => [m.mission, m.evidence] as const) : statement.documents.map((d) => [d.document, d.evidence] as const);
    const n = Number(/:(\d+)$/.exec(id.slice(`${statement.id}:${mark.kind}:${mark.ref}`.length))?.[1] ?? 1);
    const hit = list.filter(([ref]) => ref === mark.ref)[n - 1];
    if (hit) spans = [hit[1]];
    parts.push(fields([[mark.kind, nameOf(mark.kind as "theme", mark.ref)], ["in the statement of", speakerLine(statement)]]));
  }
  for (const sp of spans) {
    parts.push(h("blockquote", {}, sp.quote), h("p", { class: "offsets" }, `${sp.source}, characters ${sp.start}–${sp.end}`));
  }
  const src = current.sources.find((x) => x.id === spans[0]?.source);
  if (spans[0] && src) {
    const line = citationLine({ id, quote: spans.length === 1 ? spans[0].quote : null, start: spans[0].start, end: spans[spans.length - 1]!.end, speaker: statement ? speakerLine(statement).replace(/^\d+\. /, "") : null, source: src });
    const out = h("output", { class: "citation", id: "citation" }, line);
    const copy = h("button", { type: "button", id: "copy" }, "Copy citation");
    copy.addEventListener("click", () => {
      navigator.clipboard?.writeText(line).then(
        () => (copy.textContent = "Copied"),
        () => window.getSelection()?.selectAllChildren(out),
      );
    });
    parts.push(h("h3", {}, "Citation"), out, copy);
  }
  const others = covering.filter((x) => x !== id);
  if (others.length > 0) {
    const ul = h("ul", { class: "plain" });
    for (const o of others) ul.append(h("li", {}, h("button", { type: "button", "data-select": o }, `${kinds.get(o)?.kind ?? ""}: ${o}`)));
    parts.push(h("h3", {}, "Other records on these words"), ul);
  }
  panel.replaceChildren(...parts);
}

/** Selects a record of the meeting on screen: marks it, shows it, puts it in the URL, scrolls to it. */
function select(id: string, covering?: readonly string[], scroll = true): void {
  selected = id;
  for (const el of document.querySelectorAll(".sel")) el.classList.remove("sel");
  const els = [...text.querySelectorAll<HTMLElement>("[data-record]")].filter((el) => el.dataset.record!.split(" ").includes(id));
  for (const el of els) el.classList.add("sel");
  for (const el of document.querySelectorAll<HTMLElement>(`[data-statement="${CSS.escape(id)}"], [data-metric="${CSS.escape(id)}"]`)) el.classList.add("sel");
  showPanel(id, covering ?? els[0]?.dataset.record?.split(" ") ?? []);
  if (decodeURIComponent(location.hash.slice(1)) !== id) history.replaceState(null, "", `#${encodeURIComponent(id)}`);
  if (scroll && els[0]) els[0].scrollIntoView({ block: "center" });
}

/** Clicking a highlight selects its innermost record, and each further click the record around it. */
function activate(el: HTMLElement): void {
  const ids = el.dataset.record!.split(" ");
  const at = selected === undefined ? -1 : ids.indexOf(selected);
  const next = at <= 0 ? ids[ids.length - 1]! : ids[at - 1]!;
  select(next, ids, false);
}

async function openRecord(id: string): Promise<void> {
  if (current && kinds.has(id)) return select(id);
  const meeting = await meetingOfRecord(id);
  if (meeting === undefined) {
    status.textContent = `No record '${id}' in this dataset.`;
    return;
  }
  render(await loadMeeting(meeting));
  select(id);
}

async function openMeeting(id: string): Promise<void> {
  status.textContent = "Loading…";
  render(await loadMeeting(id));
  status.textContent = `${index.meetings.length} meeting${index.meetings.length === 1 ? "" : "s"}; showing ${id}.`;
}

// ---- the chart --------------------------------------------------------------------------------------------------
function drawChart(): void {
  const series = index.series[Number(seriesSelect.value)];
  if (!series) return;
  const W = 640;
  const H = 260;
  const pad = { l: 56, r: 16, t: 24, b: 48 };
  const periods = [...new Set(series.points.map((p) => p.period))];
  const max = Math.max(...series.points.map((p) => p.value)) || 1;
  const place = new Map(periods.map((p, i) => [p, i]));
  const x = (p: SeriesPoint) => pad.l + (periods.length === 1 ? (W - pad.l - pad.r) / 2 : (place.get(p.period)! * (W - pad.l - pad.r)) / (periods.length - 1));
  const y = (v: number) => H - pad.b - (v / max) * (H - pad.t - pad.b);
  const described = series.points.slice(0, 40).map((p) => `${p.period}: ${p.value}${p.partial ? " (partial)" : ""}`).join(", ");
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `${series.label}: ${described}${series.points.length > 40 ? " …" : ""}`, class: "chart" });
  svg.append(s("line", { x1: pad.l, x2: W - pad.r, y1: H - pad.b, y2: H - pad.b, class: "axis" }), s("line", { x1: pad.l, x2: pad.l, y1: pad.t, y2: H - pad.b, class: "axis" }));
  for (const v of [0, max / 2, max]) svg.append(s("text", { x: pad.l - 6, y: y(v) + 4, class: "tick", "text-anchor": "end" }, Number(v.toPrecision(3)).toLocaleString("en")));
  for (const per of periods) {
    const p = series.points.find((q) => q.period === per)!;
    svg.append(s("text", { x: x(p), y: H - pad.b + 18, class: "tick", "text-anchor": "middle" }, per));
  }
  const complete = series.points.filter((p) => !p.partial);
  if (complete.length > 1) svg.append(s("polyline", { points: complete.map((p) => `${x(p)},${y(p.value)}`).join(" "), class: "line" }));
  const lastComplete = complete[complete.length - 1];
  for (const p of series.points.filter((q) => q.partial)) if (lastComplete) svg.append(s("line", { x1: x(lastComplete), y1: y(lastComplete.value), x2: x(p), y2: y(p.value), class: "line partial" }));
  for (const p of series.points) {
    const dot = s("circle", { cx: x(p), cy: y(p.value), r: 6, class: p.partial ? "pt partial" : "pt", "data-point": p.metric, "data-partial": String(p.partial) }, s("title", {}, `${p.period}: ${p.value}${p.partial ? " (partial period)" : ""}`));
    dot.addEventListener("click", () => void openRecord(p.metric));
    svg.append(dot, s("text", { x: x(p), y: y(p.value) - 10, class: "val", "text-anchor": "middle" }, `${p.value.toLocaleString("en")}${p.partial ? " (partial)" : ""}`));
  }
  chart.replaceChildren(svg, h("figcaption", {}, `${series.label}${series.unit ? ` (${series.unit})` : ""}, figures for the whole of peacekeeping, by period: for each period the figure stated last (${series.stated} statements of these figures in all); a hollow point is a partial period (“so far in …”).`));
}

// ---- events -----------------------------------------------------------------------------------------------------
text.addEventListener("click", (e) => {
  const el = (e.target as Element).closest<HTMLElement>("[data-record]");
  if (el) activate(el);
});
text.addEventListener("keydown", (e) => {
  const el = (e.target as Element).closest<HTMLElement>("[data-record]");
  if (el && (e.key === "Enter" || e.key === " ")) {
    e.preventDefault();
    activate(el);
  }
});
document.addEventListener("click", (e) => {
  const target = e.target as Element;
  const sel = target.closest<HTMLElement>("[data-select]");
  if (sel) select(sel.dataset.select!);
  const open = target.closest<HTMLElement>("[data-open]");
  if (open) void openMeeting(open.dataset.open!);
});
filterForm.addEventListener("change", () => {
  filter = Object.fromEntries((Object.keys(selects) as Array<keyof ExplorerFilter>).map((k) => [k, selects[k].value]).filter(([, v]) => v));
  applyFilter();
});
filterForm.addEventListener("reset", () => {
  filter = {};
  setTimeout(applyFilter);
});
seriesSelect.addEventListener("change", drawChart);
window.addEventListener("hashchange", () => void openRecord(decodeURIComponent(location.hash.slice(1))));

// ---- start ------------------------------------------------------------------------------------------------------
async function start(): Promise<void> {
  if (index.series.length > 0) {
    // The series with the most points first (the fatalities series, in the shipped data).
    let best = 0;
    index.series.forEach((x, i) => {
      if (x.points.length > index.series[best]!.points.length) best = i;
    });
    seriesSelect.value = String(best);
    drawChart();
  }
  const hash = decodeURIComponent(location.hash.slice(1));
  const first = index.meetings[0];
  if (hash) await openRecord(hash);
  if (!current && first) await openMeeting(first.id);
  else if (current) status.textContent = `${index.meetings.length} meeting${index.meetings.length === 1 ? "" : "s"}; showing ${current.meeting.id}.`;
  if (!first) status.textContent = "No meetings in this dataset.";
  document.documentElement.dataset.ready = current?.meeting.id ?? "";
  performance.mark("pkr:first-render");
}
start().catch((error: unknown) => {
  status.textContent = `The explorer could not start: ${(error as Error).message}`;
  console.error(error);
});
