/**
 * Hand-written loops that compute the same results as the helpers, as plainly as possible: the floor each helper is
 * measured against. Each is checked against its helper before it is timed.
 */
import type { AnyIds, Meeting as MeetingOf, Metric as MetricOf, Statement as StatementOf } from "../../src/index.js";

/** The loops take records with ids of their own, as the corpus has. */
type Meeting = MeetingOf<AnyIds>;
type Metric = MetricOf<AnyIds>;
type Statement = StatementOf<AnyIds>;

export function filterStatementsLoop(statements: readonly Statement[], delegations: ReadonlySet<string>, theme: string): Statement[] {
  const out: Statement[] = [];
  for (const s of statements) {
    if (!delegations.has(s.speaker.delegation)) continue;
    for (const t of s.themes) {
      if (t.theme === theme) {
        out.push(s);
        break;
      }
    }
  }
  return out;
}

function yearsOf(p: NonNullable<Metric["period"]>): [number, number] {
  switch (p.kind) {
    case "year":
    case "month":
      return [p.year, p.year];
    case "fiscal-year":
      return [p.startYear, p.endYear];
    case "years":
      return [p.from, p.to];
    case "since":
      return [p.from, Number(p.through.slice(0, 4))];
    case "as-of":
      return [Number(p.date.slice(0, 4)), Number(p.date.slice(0, 4))];
  }
}

export function filterMetricsLoop(metrics: readonly Metric[], subject: string, from: number, to: number): Metric[] {
  const out: Metric[] = [];
  for (const m of metrics) {
    if (m.subject !== subject || m.period === null) continue;
    const [a, b] = yearsOf(m.period);
    if (a >= from && b <= to) out.push(m);
  }
  return out;
}

export function countByLoop(statements: readonly Statement[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of statements) counts.set(s.capacity, (counts.get(s.capacity) ?? 0) + 1);
  return counts;
}

export function groupByLoop(metrics: readonly Metric[]): Map<string, Metric[]> {
  const groups = new Map<string, Metric[]>();
  for (const m of metrics) {
    const g = groups.get(m.subject);
    if (g) g.push(m);
    else groups.set(m.subject, [m]);
  }
  return groups;
}

export function themeCoverageLoop(statements: readonly Statement[]) {
  const byTheme = new Map<string, { statements: string[]; delegations: Set<string> }>();
  for (const s of statements) {
    const seen = new Set<string>();
    for (const t of s.themes) {
      if (seen.has(t.theme)) continue;
      seen.add(t.theme);
      let e = byTheme.get(t.theme);
      if (!e) byTheme.set(t.theme, (e = { statements: [], delegations: new Set() }));
      e.statements.push(s.id);
      e.delegations.add(s.speaker.delegation);
    }
  }
  const out = [];
  for (const [theme, e] of byTheme) out.push({ theme, count: e.statements.length, statements: e.statements, delegations: [...e.delegations] });
  return out.sort((a, b) => b.count - a.count || (a.theme < b.theme ? -1 : 1));
}

export function missionMentionsLoop(statements: readonly Statement[]) {
  const by = new Map<string, { e: string[]; ed: Set<string>; i: string[]; id: Set<string>; all: Set<string> }>();
  for (const s of statements) {
    for (const m of s.missions) {
      let e = by.get(m.mission);
      if (!e) by.set(m.mission, (e = { e: [], ed: new Set(), i: [], id: new Set(), all: new Set() }));
      const list = m.mention === "explicit" ? e.e : e.i;
      if (list[list.length - 1] === s.id) continue;
      list.push(s.id);
      (m.mention === "explicit" ? e.ed : e.id).add(s.speaker.delegation);
      e.all.add(s.id);
    }
  }
  return [...by]
    .sort(([a, x], [b, y]) => y.all.size - x.all.size || (a < b ? -1 : 1))
    .map(([mission, e]) => ({ mission, explicit: { statements: e.e, delegations: [...e.ed] }, inferred: { statements: e.i, delegations: [...e.id] } }));
}

/**
 * The points of one subject's series in the global scope (its periods are calendar years), ordered by period and then
 * by when stated (meeting date, meeting, place in the source, id), with the one to use of each period marked.
 */
export function metricSeriesLoop(metrics: readonly Metric[], subject: string, meetings: readonly Meeting[]) {
  const dates = new Map(meetings.map((m) => [m.id, m.date]));
  const points = [];
  for (let index = 0; index < metrics.length; index++) {
    const m = metrics[index]!;
    if (m.subject !== subject || m.period === null || m.period.kind !== "year") continue;
    const s = m.scope;
    if (s.missions.length > 0 || s.delegation !== null || s.location !== null || s.level !== null) continue;
    const bounds = { start: `${m.period.year}-01-01`, end: m.period.through ?? `${m.period.year}-12-31` };
    points.push({ m, key: String(m.period.year), bounds, date: dates.get(m.meeting)! });
  }
  const c = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  type P = (typeof points)[number];
  const ids = [...new Set(points.map((p) => p.m.meeting))].sort((a, b) => c(dates.get(a)!, dates.get(b)!) || c(a, b));
  const rank = new Map(ids.map((id, i) => [id, i]));
  const stated = (a: P, b: P) => rank.get(a.m.meeting)! - rank.get(b.m.meeting)! || c(a.m.evidence.source, b.m.evidence.source) || a.m.evidence.start - b.m.evidence.start || c(a.m.id, b.m.id);
  points.sort((a, b) => c(a.bounds.start, b.bounds.start) || c(a.bounds.end, b.bounds.end) || stated(a, b));
  const use = new Map<string, P>();
  for (const p of points) {
    const q = use.get(p.key);
    const pe = p.m.qualifier === "exact";
    const qe = q?.m.qualifier === "exact";
    if (q === undefined || p.date > q.date || (p.date === q.date && ((pe && !qe) || (pe === qe && stated(p, q) > 0)))) use.set(p.key, p);
  }
  return points.map((p) => ({
    metric: p.m.id,
    period: p.key,
    periodDetail: p.m.period!,
    bounds: p.bounds,
    value: p.m.value,
    qualifier: p.m.qualifier,
    partial: p.m.period!.kind === "year" && p.m.period!.partial,
    statement: p.m.statement,
    meeting: p.m.meeting,
    date: p.date,
    latest: use.get(p.key) === p,
  }));
}

export function compareDelegationsLoop(statements: readonly Statement[], a: string, b: string) {
  const sets = { a: { t: new Set<string>(), m: new Set<string>() }, b: { t: new Set<string>(), m: new Set<string>() } };
  for (const s of statements) {
    const target = s.speaker.delegation === a ? sets.a : s.speaker.delegation === b ? sets.b : undefined;
    if (!target) continue;
    for (const t of s.themes) target.t.add(t.theme);
    for (const m of s.missions) if (m.mention === "explicit") target.m.add(m.mission);
  }
  const cmp = (x: Set<string>, y: Set<string>) => {
    const both = [...x].filter((v) => y.has(v)).sort();
    const onlyA = [...x].filter((v) => !y.has(v)).sort();
    const onlyB = [...y].filter((v) => !x.has(v)).sort();
    const union = both.length + onlyA.length + onlyB.length;
    return { both, onlyA, onlyB, jaccard: union === 0 ? null : both.length / union };
  };
  const themes = cmp(sets.a.t, sets.b.t);
  const missions = cmp(sets.a.m, sets.b.m);
  const union = themes.both.length + themes.onlyA.length + themes.onlyB.length + missions.both.length + missions.onlyA.length + missions.onlyB.length;
  return { a, b, themes, missions, jaccard: union === 0 ? null : (themes.both.length + missions.both.length) / union };
}
