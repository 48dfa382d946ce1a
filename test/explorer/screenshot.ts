/**
 * `npm run docs:screenshot`: the README's picture of the explorer, docs/explorer.png, taken from the built page
 * (dist/explorer, opened from file://) in headless Chromium at 1280 px, with a figure of a partial period selected
 * (the first such metric of the data, found in dist/dataset.json).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import chromium from "@sparticuz/chromium";
import puppeteer from "puppeteer-core";

const ROOT = path.resolve(import.meta.dirname, "../..");
const data = JSON.parse(readFileSync(path.join(ROOT, "dist/dataset.json"), "utf8")) as { metrics: Array<{ id: string; period: { partial?: boolean } | null }> };
const metric = data.metrics.find((m) => m.period?.partial === true) ?? data.metrics[0]!;
const browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
  await page.goto(`${pathToFileURL(path.join(ROOT, "dist/explorer/index.html")).href}#${encodeURIComponent(metric.id)}`);
  await page.waitForSelector("html[data-ready]");
  const out = path.join(ROOT, "docs/explorer.png");
  await page.screenshot({ path: out as `${string}.png` });
  console.log(`wrote ${path.relative(process.cwd(), out)} (${metric.id} selected)`);
} finally {
  await browser.close();
}
