/**
 * `npm run demo`: a short tour of the meeting in the terminal, using the package's own helpers.
 * Not part of the published package.
 */
import {
  changeBetween,
  compareDelegations,
  compareToTarget,
  dataset,
  filterMetrics,
  getById,
  metricSeries,
  themeCoverage,
} from "./index.js";

const { meetings, statements, metrics, delegations } = dataset;
const name = (id: string) => getById(delegations, id).name;
const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_c, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(`  ${r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd()}`);
};
const heading = (text: string) => console.log(`\n${text}\n${"-".repeat(text.length)}`);

for (const meeting of meetings) {
  const here = statements.filter((s) => s.meeting === meeting.id);
  console.log(`${meeting.body}, ${meeting.date}, ${meeting.format}: ${meeting.topic}`);
  for (const b of meeting.briefers) console.log(`Briefer: ${b.name}, ${b.title}`);

  heading("Speakers, in order");
  table(
    here.map((s) => [
      String(s.order).padStart(2),
      name(s.speaker.delegation) + (s.onBehalfOf.length ? ` (also for ${s.onBehalfOf.map(name).join(", ")})` : ""),
      s.capacity,
    ]),
  );

  heading("Peacekeeper fatalities from acts of violence");
  const series = metricSeries(metrics, "peacekeeper-fatalities-acts-of-violence", { meetings });
  table(series.points.map((p) => [p.period, String(p.value).padStart(3), p.partial ? `partial, to ${p.bounds.end}` : ""]));
  const change = changeBetween(series, 2017, 2019);
  console.log(`  2017 to 2019: ${change.absolute} (${change.percent!.toFixed(1)} %)`);

  heading("Gender targets");
  const gender = filterMetrics(metrics.filter((m) => m.meeting === meeting.id), { subject: ["women-share-military-professional-posts", "women-share-staff-and-military-observers"] });
  table(
    gender.map((m) => {
      const c = compareToTarget(m);
      return [getById(dataset.subjects, m.subject).label, m.scope.level ?? "", `${c.value} %`, `target ${c.target} %`, `${c.difference > 0 ? "+" : ""}${c.difference} points`, c.met ? "met" : c.met === false ? "not met" : "unclear"];
    }),
  );

  heading("Themes raised, by delegation");
  const speakers = here.map((s) => s.speaker.delegation);
  const coverage = themeCoverage(here);
  table([
    ["theme", ...speakers, "n"],
    ...coverage.map((c) => [c.theme, ...speakers.map((d) => (c.delegations.includes(d) ? "x" : ".")), String(c.count)]),
  ]);

  heading("Germany and the Russian Federation");
  const cmp = compareDelegations(here, "DEU", "RUS");
  console.log(`  both raised:   ${cmp.themes.both.join(", ")}`);
  console.log(`  only Germany:  ${cmp.themes.onlyA.join(", ")}`);
  console.log(`  only Russia:   ${[...cmp.themes.onlyB, ...cmp.missions.onlyB].join(", ")}`);
  console.log(`  similarity (Jaccard, themes and missions): ${cmp.jaccard?.toFixed(2)}`);
}
