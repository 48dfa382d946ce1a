/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The built explorer (dist/explorer, written by `npm run build`, which npm test runs first) opened from file:// in a
 * real headless Chromium that arrives with `npm ci` inside `@sparticuz/chromium`. Expectations come from
 * dist/dataset.json and the shipped texts, so they hold for every meeting the data holds.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import chromium from "@sparticuz/chromium";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnyIds } from "../../src/ids.js";
import type { Dataset, Metric, Statement } from "../../src/types.js";
import { chartSeries } from "../../src/explorer/build.js";
import { metricMatches, statementMatches, type ExplorerFilter } from "../../src/explorer/filter.js";
import { writeExplorer } from "../../src/explorer/write.js";
import { loadSourceTexts } from "../../src/texts.js";
import { makeCorpus } from "../bench/corpus.js";
import { ROOT } from "../helpers.js";

const DIST = path.join(ROOT, "dist/explorer");
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let browser: Browser;
let data: Dataset<AnyIds>;
let texts: Map<string, string>;
const temp: string[] = [];

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "index.html"))) throw new Error("dist/explorer/index.html is missing: run `npm run build` first (npm test does)");
  data = JSON.parse(readFileSync(path.join(ROOT, "dist/dataset.json"), "utf8")) as Dataset<AnyIds>;
  texts = await loadSourceTexts();
  browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
});

afterAll(async () => {
  await browser?.close();
  for (const dir of temp) rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  errors: string[];
  outside: string[];
}

/** Opens an explorer from file:// and waits for its first meeting; collects console errors, page errors and requests outside the folder. */
async function open(hash = "", dir = DIST, width = 1280): Promise<Opened> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setRequestInterception(true);
  const base = pathToFileURL(dir).href;
  page.on("request", (r) => {
    if (r.url().startsWith(`${base}/`)) return void r.continue();
    outside.push(r.url());
    void r.abort();
  });
  await page.setViewport({ width, height: 900 });
  await page.goto(`${pathToFileURL(path.join(dir, "index.html")).href}${hash}`);
  await page.waitForSelector("html[data-ready]", { timeout: 30_000 });
  return { page, errors, outside };
}

/** Opens a meeting by its button in the meeting list. */
async function openMeeting(page: Page, id: string): Promise<void> {
  await page.click(`[data-open="${id}"]`);
  await page.waitForFunction((m) => document.querySelector("#speakers li")?.getAttribute("data-statement") !== null && document.getElementById("meeting-title")?.textContent?.length && [...document.querySelectorAll("[data-open]")].some((b) => b.getAttribute("data-open") === m && b.hasAttribute("aria-current")), {}, id);
}

/** The text of every highlighted element carrying the id, in document order. */
const textOf = (page: Page, id: string) =>
  page.evaluate((rid) => [...document.querySelectorAll(`#text [data-record]`)].filter((el) => el.getAttribute("data-record")!.split(" ").includes(rid)).map((el) => el.textContent).join(""), id);

/** The words a set of spans covers, as the page shows them: their union, in order (overlaps once). */
function union(spans: ReadonlyArray<{ source: string; start: number; end: number }>): string {
  const covered = new Set<number>();
  for (const s of spans) for (let i = s.start; i < s.end; i++) covered.add(i);
  const text = texts.get(spans[0]!.source)!;
  return [...covered].sort((a, b) => a - b).map((i) => text[i]).join("");
}

describe("the explorer page, shipped data", () => {
  it("opens from file:// with no console error, no page error and no request outside its folder", async () => {
    const { page, errors, outside } = await open();
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    expect(await page.$eval("html", (el) => el.dataset.ready)).toBe(data.meetings[0]!.id);
    await page.close();
  });

  it("highlights every statement's paragraphs and every metric's words (and target) of every meeting", async () => {
    const { page, errors } = await open();
    for (const meeting of data.meetings) {
      await openMeeting(page, meeting.id);
      for (const s of data.statements.filter((x) => x.meeting === meeting.id)) expect(await textOf(page, s.id), s.id).toBe(union(s.paragraphs));
      for (const m of data.metrics.filter((x) => x.meeting === meeting.id)) expect(await textOf(page, m.id), m.id).toBe(union(m.target === null ? [m.evidence] : [m.evidence, m.target.evidence]));
      for (const s of data.statements.filter((x) => x.meeting === meeting.id)) {
        for (const t of s.themes) expect(await textOf(page, `${s.id}:theme:${t.theme}`)).toContain(t.evidence.quote);
        for (const t of s.missions) expect(await textOf(page, `${s.id}:mission:${t.mission}`)).toContain(t.evidence.quote);
        for (const t of s.documents) expect(await textOf(page, `${s.id}:document:${t.document}`)).toContain(t.evidence.quote);
      }
      // The speakers in order, each with its capacity.
      const speakers = await page.$$eval("#speakers li", (lis) => lis.map((li) => [li.getAttribute("data-statement"), li.textContent]));
      const expected = data.statements.filter((x) => x.meeting === meeting.id).sort((a, b) => a.order - b.order);
      expect(speakers.map(([id]) => id)).toEqual(expected.map((s) => s.id));
      for (const [i, s] of expected.entries()) expect(speakers[i]![1]).toContain(`(${s.capacity.replace(/-/g, " ")})`);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("selects the record a deep link names, shows its words and offsets, and scrolls to it", async () => {
    const metric = data.metrics.at(-1)!;
    const statement = data.statements.at(-1)!;
    for (const [id, span] of [
      [metric.id, metric.evidence],
      [statement.id, statement.paragraphs[0]!],
    ] as const) {
      const { page, errors } = await open(`#${encodeURIComponent(id)}`);
      const sel = await page.$$eval(".hl.sel", (els) => els.map((el) => el.getAttribute("data-record")!.split(" ")));
      expect(sel.length).toBeGreaterThan(0);
      for (const ids of sel) expect(ids).toContain(id);
      const panel = await page.$eval("#panel", (el) => el.textContent);
      expect(panel).toContain(id);
      expect(panel).toContain(span.quote);
      expect(panel).toContain(`characters ${span.start}–${span.end}`);
      expect(await page.$eval("#citation", (el) => el.textContent)).toContain(`Record ${id}`);
      const inView = await page.$eval(".hl.sel", (el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight;
      });
      expect(inView).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("selects a highlight by click or by keyboard, puts it in the URL, and steps out to the record around it on the next click", async () => {
    const metric = data.metrics.find((m) => m.meeting === data.meetings[0]!.id && m.statement !== null)!;
    const { page } = await open();
    // Keyboard: focus the first element carrying the metric, press Enter.
    await page.evaluate((id) => {
      const el = [...document.querySelectorAll<HTMLElement>("#text [data-record]")].find((e) => e.dataset.record!.split(" ").at(-1) === id)!;
      el.focus();
    }, metric.id);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("tabindex"))).toBe("0");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => decodeURIComponent(location.hash.slice(1)))).toBe(metric.id);
    expect(await page.$eval("#panel .rid", (el) => el.textContent)).toBe(metric.id);
    // Click the same words: the next record out (the statement's paragraph, outermost here).
    const ids = await page.evaluate(() => document.activeElement!.getAttribute("data-record")!.split(" "));
    await page.evaluate(() => (document.activeElement as HTMLElement).click());
    expect(await page.$eval("#panel .rid", (el) => el.textContent)).toBe(ids.at(-2));
    await page.close();
  });

  it("hides what a filter leaves out: speakers, figures, highlights and meetings, by the data", async () => {
    const meeting = data.meetings[0]!;
    const st = data.statements.filter((s) => s.meeting === meeting.id) as Statement<AnyIds>[];
    const mt = data.metrics.filter((m) => m.meeting === meeting.id) as Metric<AnyIds>[];
    const spokenFor = st.flatMap((s) => s.onBehalfOf)[0];
    const withMission = st.flatMap((s) => s.missions.map((m) => m.mission))[0];
    const filters: ExplorerFilter[] = [
      { delegation: st[0]!.speaker.delegation },
      ...(spokenFor === undefined ? [] : [{ delegation: spokenFor }]),
      { theme: st.flatMap((s) => s.themes.map((t) => t.theme))[0]! },
      ...(withMission === undefined ? [] : [{ mission: withMission }]),
      { subject: mt[0]!.subject },
    ];
    const { page, errors } = await open();
    for (const f of filters) {
      await page.click('button[type="reset"]');
      for (const [k, v] of Object.entries(f)) await page.select(`#f-${k}`, v as string);
      const shown = await page.$$eval("#speakers li:not([hidden])", (lis) => lis.map((li) => li.getAttribute("data-statement")));
      const figures = await page.$$eval("#figures li:not([hidden])", (lis) => lis.map((li) => li.getAttribute("data-metric")));
      const its = (s: Statement<AnyIds>) => mt.filter((m) => m.statement === s.id);
      const expected = f.delegation ? st.filter((s) => s.speaker.delegation === f.delegation || s.onBehalfOf.includes(f.delegation!)) : st.filter((s) => statementMatches(s, its(s), f));
      expect(shown, JSON.stringify(f)).toEqual(expected.map((s) => s.id));
      expect(figures, JSON.stringify(f)).toEqual(mt.filter((m) => metricMatches(m, st.find((s) => s.id === m.statement), f)).map((m) => m.id));
      // A statement left out loses its highlight in the text.
      for (const s of st.filter((x) => !expected.includes(x))) {
        const lit = await page.evaluate((id) => [...document.querySelectorAll(`#text [data-record]`)].filter((el) => el.getAttribute("data-record")!.split(" ")[0] === id && !el.classList.contains("dim")).length, s.id);
        expect(lit, s.id).toBe(0);
      }
      const meetings = await page.$$eval("#meetings li:not([hidden])", (lis) => lis.map((li) => li.getAttribute("data-meeting")));
      expect(meetings).toContain(meeting.id);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws one point per entry of each series, the partial periods marked", async () => {
    const series = chartSeries(data);
    expect(series.length).toBeGreaterThan(0);
    const { page } = await open();
    for (const [i, x] of series.entries()) {
      await page.select("#series", String(i));
      const points = await page.$$eval("#chart circle[data-point]", (cs) => cs.map((c) => [c.getAttribute("data-point"), c.getAttribute("data-partial")]));
      expect(points).toEqual(x.points.map((p) => [p.metric, String(p.partial)]));
    }
    await page.close();
  });

  it("passes axe-core's WCAG 2 A and AA rules, contrast included, in the light and the dark colour scheme", async () => {
    for (const scheme of ["light", "dark"]) {
      const page = await browser.newPage();
      await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
      await page.goto(pathToFileURL(path.join(DIST, "index.html")).href);
      await page.waitForSelector("html[data-ready]");
      // A selected record and a dimmed highlight are part of the landing view's states.
      await page.click("#speakers li button");
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
        const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
      });
      expect(result, scheme).toEqual([]);
      await page.close();
    }
  });

  it("is readable at 320 px: nothing wider than the window", async () => {
    const { page } = await open("", DIST, 320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.close();
  });

  it("takes screenshots of the landing view at 1280 and 375 px that are not blank (decoded by the browser, many colours)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pkr-explorer-shots-"));
    temp.push(dir);
    for (const width of [1280, 375]) {
      const { page } = await open("", DIST, width);
      const file = path.join(dir, `landing-${width}.png`);
      await page.screenshot({ path: file as `${string}.png` });
      // Decode the PNG in the browser: draw it on a canvas and count its distinct colours.
      const png = readFileSync(file).toString("base64");
      const [w, colours] = await page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement("canvas");
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        const seen = new Set<number>();
        for (let i = 0; i < px.length; i += 4) seen.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
        return [img.width, seen.size];
      }, png);
      expect(w).toBe(width);
      expect(colours).toBeGreaterThan(50);
      await page.close();
    }
  });
});

describe("the explorer page, a synthetic corpus of 10,000 statements", () => {
  it("loads a meeting, opens another, and filters", { timeout: 120_000 }, async () => {
    const corpus = makeCorpus(data as unknown as Parameters<typeof makeCorpus>[0], 10_000) as unknown as Dataset<AnyIds>;
    const dir = mkdtempSync(path.join(tmpdir(), "pkr-explorer-corpus-"));
    temp.push(dir);
    writeExplorer(corpus, texts, dir, DIST);
    expect(corpus.statements.length).toBeGreaterThanOrEqual(10_000);
    const { page, errors } = await open("", dir);
    expect(await page.$$eval("#meetings li", (lis) => lis.length)).toBe(corpus.meetings.length);
    const last = corpus.meetings.at(-1)!;
    await openMeeting(page, last.id);
    expect(await page.$$eval("#speakers li", (lis) => lis.map((li) => li.getAttribute("data-statement")))).toEqual(corpus.statements.filter((s) => s.meeting === last.id).map((s) => s.id));
    const delegation = corpus.statements.find((s) => s.meeting === last.id && s.onBehalfOf.length > 0)?.onBehalfOf[0] ?? corpus.statements.find((s) => s.meeting === last.id)!.speaker.delegation;
    await page.select("#f-delegation", delegation);
    const shown = await page.$$eval("#speakers li:not([hidden])", (lis) => lis.map((li) => li.getAttribute("data-statement")));
    expect(shown).toEqual(corpus.statements.filter((s) => s.meeting === last.id && (s.speaker.delegation === delegation || s.onBehalfOf.includes(delegation))).map((s) => s.id));
    const meetings = await page.$$eval("#meetings li:not([hidden])", (lis) => lis.length);
    const involved = (m: { id: string }) =>
      corpus.statements.some((s) => s.meeting === m.id && (s.speaker.delegation === delegation || s.onBehalfOf.includes(delegation))) || corpus.metrics.some((x) => x.meeting === m.id && x.scope.delegation === delegation);
    expect(meetings).toBe(corpus.meetings.filter(involved).length);
    expect(errors).toEqual([]);
    await page.close();
  });
});
