/**
 * The tour `summary` prints: for the meeting 2020-09-14-a4p, what its records say, read with the library's helpers;
 * and the shapes the data does not hold today (a president, a briefer without a name, a target missed) on copies.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { summary } from "../../src/cli/summary.js";
import { renderText } from "../../src/cli/render.js";
import { changeBetween, compareDelegations, compareToTarget, dataset, getById, metricSeries, themeCoverage, type AnyIds, type Dataset } from "../../src/index.js";

const MEETING = "2020-09-14-a4p";
type Rec = Record<string, any>;
const FATALITIES = "peacekeeper-fatalities-acts-of-violence";

/** A copy of the data holding only the meeting 2020-09-14-a4p and its records, to corrupt. */
function a4p(): Rec {
  const data = structuredClone(dataset) as Rec;
  data.meetings = data.meetings.filter((m: Rec) => m.id === MEETING);
  data.statements = data.statements.filter((s: Rec) => s.meeting === MEETING);
  data.metrics = data.metrics.filter((m: Rec) => m.meeting === MEETING);
  return data;
}
const tour = (data: Rec) => summary(data as Dataset<AnyIds>);
const name = (id: string) => dataset.delegations.find((d) => d.id === id)!.name;
const indent = (text: string) => text.replace(/^(?=.)/gm, "  ");
/** A section: its heading underlined, then its body. */
const section = (heading: string, body: string) => `\n${heading}\n${"-".repeat(heading.length)}\n${body}`;

describe("summary", () => {
  // The tour is written inside each test (never once for all of them), so that a test sees the code as it runs.
  let text = "";
  beforeEach(() => {
    text = tour(a4p());
  });
  const meeting = getById(dataset.meetings, MEETING);
  const here = dataset.statements.filter((s) => s.meeting === MEETING);

  it("opens with the meeting and its briefers", () => {
    expect(meeting.president).toBeNull();
    expect(meeting.briefers.length).toBeGreaterThan(0);
    const head = [`${meeting.body}, ${meeting.date}, ${meeting.format}: ${meeting.topic}`, ...meeting.briefers.map((b) => `Briefer: ${b.name}, ${b.title}`)];
    expect(text.startsWith(`${head.join("\n")}\n\nSpeakers, in order\n------------------\n`)).toBe(true);
    expect(text.startsWith("Security Council, 2020-09-14, videoconference: Action for Peacekeeping initiative\nBriefer: Jean-Pierre Lacroix, Under-Secretary-General for Peace Operations\n")).toBe(true);
  });

  it("lists the speakers in order, by name, with who else each spoke for", () => {
    const rows = here.map((s) => [s.order, name(s.speaker.delegation) + (s.onBehalfOf.length ? ` (also for ${s.onBehalfOf.map(name).join(", ")})` : ""), s.capacity]);
    expect(text).toContain(section("Speakers, in order", indent(renderText({ header: ["#", "delegation", "capacity"], rows }))));
    expect(text).toMatch(/^ {3}2 {2}South Africa \(also for Niger, Tunisia, Saint Vincent and the Grenadines\) {2}elected-member$/m);
    expect(text).toMatch(/^ {3}4 {2}Viet Nam {2,}elected-member$/m);
  });

  it("gives the fatalities series, the partial year marked, and the change between its first and last complete years", () => {
    const series = metricSeries<AnyIds>(dataset.metrics.filter((m) => m.meeting === MEETING), FATALITIES, { meetings: dataset.meetings });
    const rows = series.points.map((p) => [p.period, p.value, p.partial ? `partial, to ${p.bounds.end}` : ""]);
    const change = changeBetween(series, "2017", "2019");
    expect(text).toContain(
      section("Peacekeeper fatalities from acts of violence", `${indent(renderText({ header: ["period", "value", "note"], rows }))}  2017 to 2019: ${change.absolute} (${change.percent!.toFixed(1)} %)\n`),
    );
    expect(text).toContain("  2020        8  partial, to 2020-09-14\n  2017 to 2019: -34 (-57.6 %)\n");
  });

  it("compares each figure that has a target with it", () => {
    const targeted = dataset.metrics.filter((m) => m.meeting === MEETING && m.target !== null);
    expect(targeted.length).toBeGreaterThan(0);
    const rows = targeted.map((m) => {
      const c = compareToTarget(m);
      return [getById(dataset.subjects, m.subject).label, m.scope.level ?? "", `${c.value} %`, `${c.target} %`, `+${c.difference} points`, "yes"];
    });
    expect(text).toContain(section("Figures against their targets", indent(renderText({ header: ["subject", "where", "value", "target", "difference", "met"], rows }))));
    expect(text).toMatch(/^ {2}Women in military professional posts {2,}headquarters {2}22\.6 % {2}17 % {4}\+5\.6 points {2}yes$/m);
  });

  it("marks which delegation raised which theme", () => {
    const speakers = here.map((s) => s.speaker.delegation);
    const rows = themeCoverage(here).map((c) => [c.theme, ...speakers.map((d) => (c.delegations.includes(d) ? "x" : ".")), c.count]);
    expect(text).toContain(section("Themes raised, by delegation", indent(renderText({ header: ["theme", ...speakers, "n"], rows }))));
  });

  it("compares Germany and the Russian Federation, and ends there", () => {
    const cmp = compareDelegations<AnyIds>(here, "DEU", "RUS");
    const list = (ids: readonly string[]) => (ids.length ? ids.join(", ") : "none");
    const [a, b] = [name("DEU"), name("RUS")];
    const width = Math.max(..."themes both raised|missions both named|only A|only B".replace("A", a).replace("B", b).split("|").map((l) => l.length)) + 1;
    const body = [
      `  ${"themes both raised:".padEnd(width)}  ${list(cmp.themes.both)}`,
      `  ${"missions both named:".padEnd(width)}  ${list(cmp.missions.both)}`,
      `  ${`only ${a}:`.padEnd(width)}  ${list([...cmp.themes.onlyA, ...cmp.missions.onlyA])}`,
      `  ${`only ${b}:`.padEnd(width)}  ${list([...cmp.themes.onlyB, ...cmp.missions.onlyB])}`,
      `  similarity (Jaccard, themes and missions): ${cmp.jaccard!.toFixed(2)}`,
      "",
    ].join("\n");
    expect(text.endsWith(section(`Two delegations compared: ${a}, ${b}`, body))).toBe(true);
    expect(text).toContain("  missions both named:      none\n");
    expect(text).toContain("  only Russian Federation:  host-country-cooperation, politics, technology, UNIFIL\n");
    expect(text).toContain("  similarity (Jaccard, themes and missions): 0.33\n");
  });

  it("is the sections above and nothing else", () => {
    const headings = [...text.matchAll(/^(.+)\n-+$/gm)].map((m) => m[1]);
    expect(headings).toEqual(["Speakers, in order", "Peacekeeper fatalities from acts of violence", "Figures against their targets", "Themes raised, by delegation", "Two delegations compared: Germany, Russian Federation"]);
  });
});

describe("summary, on shapes the data does not hold today", () => {
  it("names the president, with name and title when known", () => {
    const data = a4p();
    const evidence = data.meetings[0].briefers[0].evidence;
    const president = (name: string | null, title: string | null) => {
      data.meetings[0].president = { delegation: "VNM", name, title, evidence };
      return tour(data).split("\n")[1];
    };
    expect(president("Dang Dinh Quy", "Permanent Representative")).toBe(`President: ${getById(dataset.delegations, "VNM").name} (Dang Dinh Quy, Permanent Representative)`);
    expect(president("Dang Dinh Quy", null)).toBe("President: Viet Nam (Dang Dinh Quy)");
    expect(president(null, "Permanent Representative")).toBe("President: Viet Nam (Permanent Representative)");
    expect(president(null, null)).toBe("President: Viet Nam");
  });

  it("gives a briefer without a name by title", () => {
    const data = a4p();
    data.meetings[0].briefers[0].name = null;
    expect(tour(data).split("\n")[1]).toBe(`Briefer: ${data.meetings[0].briefers[0].title}`);
  });

  it("leaves out the change when fewer than two complete years are stated, and says n/a for a change from 0", () => {
    const data = a4p();
    const fatalities = (year: number) => data.metrics.find((m: Rec) => m.subject === FATALITIES && m.period.year === year && !m.period.partial);
    fatalities(2017).value = 0;
    expect(tour(data)).toContain(`  2017 to 2019: ${fatalities(2019).value} (n/a)\n`);
    // Two complete years are enough.
    const without2018 = { ...data, metrics: data.metrics.filter((m: Rec) => m !== fatalities(2018)) };
    expect(tour(without2018)).toContain(`  2017 to 2019: ${fatalities(2019).value} (n/a)\n`);
    data.metrics = data.metrics.filter((m: Rec) => m !== fatalities(2018) && m !== fatalities(2019));
    const text = tour(data);
    expect(text).toContain("  2017        0\n");
    expect(text).not.toMatch(/ to \d{4}: /);
    expect(text).toMatch(/partial, to 2020-09-14\n\nFigures against their targets\n/);
  });

  it("leaves out the fatalities and the targets when the meeting states none", () => {
    const data = a4p();
    data.metrics = data.metrics.filter((m: Rec) => m.subject !== FATALITIES && m.target === null);
    const text = tour(data);
    expect(text).not.toContain("Peacekeeper fatalities");
    expect(text).not.toContain("Figures against their targets");
    expect(text).toMatch(/-member\n\nThemes raised, by delegation\n/);
  });

  it("shows a missed target, one below it, a count, an unclear one and a figure without a level", () => {
    const data = a4p();
    const [hq, field] = data.metrics.filter((m: Rec) => m.target !== null);
    hq.target.value = 30; // 22.6 % against 30 %: missed, by -7.4 points
    Object.assign(field, { unit: "count", value: 5, qualifier: "approximately", scope: { ...field.scope, level: null } });
    field.target.value = 5;
    const lines = tour(data).split("\n");
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Women in military professional posts +headquarters {2}22\.6 % {2}30 % {4}-7\.4 points {2}no$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Women among staff observers and military observers +5 +5 +0 +unclear$/));
  });

  it("leaves out the comparison when Germany or the Russian Federation did not speak, and says n/a for a similarity of nothing", () => {
    const data = a4p();
    const deu = data.statements.find((s: Rec) => s.speaker.delegation === "DEU");
    const rus = data.statements.find((s: Rec) => s.speaker.delegation === "RUS");
    for (const s of [deu, rus]) Object.assign(s, { themes: [], missions: [] });
    const text = tour(data);
    expect(text).toContain("  themes both raised:       none\n");
    expect(text.endsWith("  similarity (Jaccard, themes and missions): n/a\n")).toBe(true);
    data.statements = data.statements.filter((s: Rec) => s !== rus);
    expect(tour(data)).not.toContain("Two delegations compared");
    data.statements = a4p().statements.filter((s: Rec) => s.speaker.delegation !== "DEU");
    expect(tour(data)).not.toContain("Two delegations compared");
  });

  it("gives each meeting its own part, from its own statements and metrics, a blank line apart", () => {
    const OTHER = "2031-01-01-other";
    const data = a4p();
    data.meetings.push({ ...data.meetings[0], id: OTHER, date: "2031-01-01", topic: "Another topic" });
    for (const c of ["statements", "metrics"]) (data[c] as Rec[]).forEach((r, i) => i % 2 === 1 && (r.meeting = OTHER));
    const only = (id: string) => ({
      ...data,
      meetings: data.meetings.filter((m: Rec) => m.id === id),
      statements: data.statements.filter((s: Rec) => s.meeting === id),
      metrics: data.metrics.filter((m: Rec) => m.meeting === id),
    });
    const [first, second] = [tour(only(MEETING)), tour(only(OTHER))];
    expect(tour(data)).toBe(`${first}\n\n${second}`);
    // Each part has fatalities of its own, so each reads its meeting's date.
    expect(first).toContain("Peacekeeper fatalities");
    expect(second).toMatch(/^Security Council, 2031-01-01, videoconference: Another topic\n[^]*Peacekeeper fatalities/);
  });
});
