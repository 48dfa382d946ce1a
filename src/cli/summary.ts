/** The tour of the data that `summary` (and `npm run demo`) prints, built with the package's own helpers. */
import {
  changeBetween,
  compareDelegations,
  compareToTarget,
  filterMetrics,
  getById,
  metricSeries,
  themeCoverage,
  type Dataset,
  type AnyIds,
} from "../index.js";
import { renderText } from "./render.js";

const indent = (text: string) => text.replace(/^(?=.)/gm, "  ");
const heading = (text: string) => `\n${text}\n${"-".repeat(text.length)}\n`;

/** The tour, as text: for each meeting, its briefers, speakers, fatalities, gender targets, themes and one comparison. */
export function summary(dataset: Dataset<AnyIds>): string {
  const { meetings, statements, metrics, delegations } = dataset;
  const name = (id: string) => getById(delegations, id).name;
  let out = "";
  for (const meeting of meetings) {
    const here = statements.filter((s) => s.meeting === meeting.id);
    const stated = metrics.filter((m) => m.meeting === meeting.id);
    if (out !== "") out += "\n\n";
    out += `${meeting.body}, ${meeting.date}, ${meeting.format}: ${meeting.topic}\n`;
    if (meeting.president !== null) {
      const who = [meeting.president.name, meeting.president.title].filter((part) => part !== null).join(", ");
      out += `President: ${name(meeting.president.delegation)}${who === "" ? "" : ` (${who})`}\n`;
    }
    for (const b of meeting.briefers) out += `Briefer: ${b.name === null ? b.title : `${b.name}, ${b.title}`}\n`;

    out += heading("Speakers, in order");
    out += indent(
      renderText({
        header: ["#", "delegation", "capacity"],
        rows: here.map((s) => [s.order, name(s.speaker.delegation) + (s.onBehalfOf.length ? ` (also for ${s.onBehalfOf.map(name).join(", ")})` : ""), s.capacity]),
      }),
    );

    const fatalities = metricSeries<AnyIds>(stated, "peacekeeper-fatalities-acts-of-violence", { meetings });
    if (fatalities.points.length > 0) {
      out += heading("Peacekeeper fatalities from acts of violence");
      out += indent(renderText({ header: ["period", "value", "note"], rows: fatalities.points.map((p) => [p.period, p.value, p.partial ? `partial, to ${p.bounds.end}` : ""]) }));
      const complete = fatalities.points.filter((p) => !p.partial && p.latest);
      if (complete.length >= 2) {
        const change = changeBetween(fatalities, complete[0]!.period, complete[complete.length - 1]!.period);
        out += `  ${change.from.period} to ${change.to.period}: ${change.absolute} (${change.percent === null ? "n/a" : `${change.percent.toFixed(1)} %`})\n`;
      }
    }

    const targeted = filterMetrics<AnyIds>(stated, {}).filter((m) => m.target !== null);
    if (targeted.length > 0) {
      out += heading("Figures against their targets");
      out += indent(
        renderText({
          header: ["subject", "where", "value", "target", "difference", "met"],
          rows: targeted.map((m) => {
            const c = compareToTarget(m);
            const unit = c.unit === "percent" ? " %" : "";
            const diff = `${c.difference > 0 ? "+" : ""}${c.difference}${c.differenceUnit === "percentage-points" ? " points" : ""}`;
            return [getById(dataset.subjects, m.subject).label, m.scope.level ?? "", `${c.value}${unit}`, `${c.target}${unit}`, diff, c.met === null ? "unclear" : c.met ? "yes" : "no"];
          }),
        }),
      );
    }

    out += heading("Themes raised, by delegation");
    const speakers = here.map((s) => s.speaker.delegation);
    out += indent(
      renderText({
        header: ["theme", ...speakers, "n"],
        rows: themeCoverage(here).map((c) => [c.theme, ...speakers.map((d) => (c.delegations.includes(d) ? "x" : ".")), c.count]),
      }),
    );

    if (speakers.includes("DEU") && speakers.includes("RUS")) {
      const cmp = compareDelegations<AnyIds>(here, "DEU", "RUS");
      const [a, b] = [name("DEU"), name("RUS")];
      const lines: Array<[string, readonly string[]]> = [
        ["themes both raised", cmp.themes.both],
        ["missions both named", cmp.missions.both],
        [`only ${a}`, [...cmp.themes.onlyA, ...cmp.missions.onlyA]],
        [`only ${b}`, [...cmp.themes.onlyB, ...cmp.missions.onlyB]],
      ];
      const width = Math.max(...lines.map(([label]) => label.length)) + 1;
      out += heading(`Two delegations compared: ${a}, ${b}`);
      for (const [label, ids] of lines) out += `  ${`${label}:`.padEnd(width)}  ${ids.length ? ids.join(", ") : "none"}\n`;
      out += `  similarity (Jaccard, themes and missions): ${cmp.jaccard === null ? "n/a" : cmp.jaccard.toFixed(2)}\n`;
    }
  }
  return out;
}
