/**
 * The explorer's timings in headless Chromium (the browser `@sparticuz/chromium` ships), for `npm run bench`:
 * the time from navigation to the first meeting rendered for the shipped data (budget 1 s), and, for a synthetic
 * corpus, that time plus applying a delegation filter up to the next painted frame (budget 2 s). Not asserted in
 * tests: timings belong to the benchmark.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import chromium from "@sparticuz/chromium";
import puppeteer, { type Browser } from "puppeteer-core";
import type { AnyIds } from "../../src/ids.js";
import type { Dataset } from "../../src/types.js";
import { writeExplorer } from "../../src/explorer/write.js";
import type { Corpus } from "./corpus.js";

/** One timing: the median and every sample, in ms. */
export interface Timing {
  readonly median: number;
  readonly samples: readonly number[];
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Opens index.html from file:// in a fresh page; returns ms from navigation start to the page's `pkr:first-render` mark. */
async function firstRender(browser: Browser, dir: string): Promise<{ ms: number; close: () => Promise<void>; filter: (delegation: string) => Promise<number> }> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(pathToFileURL(path.join(dir, "index.html")).href);
  await page.waitForSelector("html[data-ready]", { timeout: 60_000 });
  // The mark's startTime counts from the navigation's start (performance.timeOrigin).
  const ms = await page.evaluate(() => performance.getEntriesByName("pkr:first-render")[0]!.startTime);
  const filter = (delegation: string) =>
    page.evaluate(
      (d) =>
        new Promise<number>((resolve) => {
          const t = performance.now();
          const select = document.getElementById("f-delegation") as HTMLSelectElement;
          select.value = d;
          select.dispatchEvent(new Event("change", { bubbles: true }));
          // Up to the frame that shows the result.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t)));
        }),
      delegation,
    );
  return { ms, close: () => page.close(), filter };
}

/**
 * Times the shipped explorer (`distDir`) and one built for `corpus` in `workDir`: `runs` fresh page loads each.
 */
export async function explorerTimings(distDir: string, corpus: Corpus, texts: ReadonlyMap<string, string>, workDir: string, runs: number): Promise<{ shipped: Timing; corpus: Timing; corpusFilter: Timing }> {
  const dir = path.join(workDir, "explorer-corpus");
  mkdirSync(dir, { recursive: true });
  writeExplorer(corpus as unknown as Dataset<AnyIds>, texts, dir, distDir);
  const delegation = corpus.statements.find((s) => s.onBehalfOf.length > 0)?.onBehalfOf[0] ?? corpus.statements[0]!.speaker.delegation;
  const browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
  try {
    const shipped: number[] = [];
    const load: number[] = [];
    const filtered: number[] = [];
    // One warm-up load of each, not counted (the browser's first start reads its own files from disk).
    for (const d of [distDir, dir]) await (await firstRender(browser, d)).close();
    for (let i = 0; i < runs; i++) {
      const a = await firstRender(browser, distDir);
      shipped.push(a.ms);
      await a.close();
      const b = await firstRender(browser, dir);
      load.push(b.ms);
      filtered.push(b.ms + (await b.filter(delegation)));
      await b.close();
    }
    return { shipped: { median: median(shipped), samples: shipped }, corpus: { median: median(load), samples: load }, corpusFilter: { median: median(filtered), samples: filtered } };
  } finally {
    await browser.close();
  }
}
