/**
 * The API site (`npm run docs`, which npm test runs before vitest) as a reader sees it: pages opened in a real
 * headless Chromium, which arrives with `npm ci` inside the `@sparticuz/chromium` package. Each page must load with
 * no console error and no request outside the site, and show what it is for.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import chromium from "@sparticuz/chromium";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StatementSchema } from "../../src/schemas/index.js";
import { ROOT } from "../helpers.js";

const site = path.join(ROOT, "docs/api");
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(site, "index.html"))) throw new Error("docs/api/index.html is missing: run `npm run docs` first (npm test does)");
  browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a page of the site; returns it with the console errors, page errors and requests outside the site it caused. */
async function open(file: string): Promise<{ page: Page; errors: string[]; outside: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const outside: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setRequestInterception(true);
  page.on("request", (r) => {
    if (r.url().startsWith("file:") || r.url().startsWith("data:")) return void r.continue();
    outside.push(r.url());
    void r.abort();
  });
  await page.goto(pathToFileURL(path.join(site, file)).href, { waitUntil: "load" });
  return { page, errors, outside };
}

/** The text of the first element that matches, once it is there, with its white space collapsed. */
async function textOf(page: Page, selector: string): Promise<string> {
  await page.waitForSelector(selector);
  return (await page.$eval(selector, (e) => e.textContent ?? "")).replace(/\s+/g, " ").trim();
}

describe("the API site in a browser", () => {
  it("the index draws the data model diagram and groups the sidebar by category", async () => {
    const { page, errors, outside } = await open("index.html");
    // Mermaid draws an SVG in place of the diagram's text, with the README's entities as its labels.
    await page.waitForSelector("div.mermaid svg");
    const labels = await page.$eval("div.mermaid svg", (svg) => svg.textContent ?? "");
    for (const entity of ["SOURCE", "MEETING", "STATEMENT", "METRIC", "SPAN"]) expect(labels).toContain(entity);
    // The sidebar's navigation is built by script; under each entry point it lists categories, not kinds.
    await page.waitForSelector("#tsd-nav-container summary");
    const folders = await page.$$eval("#tsd-nav-container summary", (ss) => ss.map((s) => s.textContent?.trim()));
    // The main entry's categories (the @category tags of src/); the schemas entry holds one category only, which
    // typedoc shows as the entry itself.
    expect(folders).toEqual(expect.arrayContaining(["Records", "Lookup", "Filter", "Aggregate", "Compare", "Errors", "peacekeeping-records/schemas"]));
    expect(folders).not.toContain("Functions");
    expect(folders).not.toContain("Interfaces");
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it("a record type's page lists every field of its schema", async () => {
    const { page, errors, outside } = await open("interfaces/peacekeeping-records.Statement.html");
    expect(await textOf(page, "h1")).toBe("Interface Statement<I>");
    const members = await page.$$eval(".tsd-member h3 > span", (ss) => ss.map((s) => s.textContent));
    expect(members).toEqual(expect.arrayContaining(Object.keys(StatementSchema.shape)));
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });

  it("a schema's page links to its record type", async () => {
    const { page, errors } = await open("variables/peacekeeping-records_schemas.StatementSchema.html");
    const link = await page.$eval(".tsd-comment a[href*='Statement.html']", (a) => ({ text: a.textContent, href: a.getAttribute("href") }));
    expect(link).toEqual({ text: "Statement", href: "../interfaces/peacekeeping-records.Statement.html" });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a helper's page shows its signature by record name and its example", async () => {
    const { page, errors, outside } = await open("functions/peacekeeping-records.filterStatements.html");
    expect(await textOf(page, "h1")).toBe("Function filterStatements");
    const signature = await textOf(page, ".tsd-signature");
    expect(signature).toMatch(/^filterStatements</);
    expect(await page.$$eval("pre code", (cs) => cs.some((c) => (c.textContent ?? "").includes("filterStatements(")))).toBe(true);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });
});
