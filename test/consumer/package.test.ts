/**
 * What the package promises about itself: the Node versions its `engines` admits, the files it ships (every relative
 * link of a shipped guide resolves inside the tarball), and a package check that leaves a user's tarball alone.
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  name: string;
  version: string;
  engines: { node: string };
  repository?: unknown;
  homepage?: unknown;
};

describe("engines", () => {
  const range = manifest.engines.node;
  // `import … with { type: "json" }` (the data module) parses on 18.20+, 20.10+ and 21+ only.
  it.each(["18.20.0", "18.20.8", "20.10.0", "20.19.0", "22.0.0", "24.0.0", process.versions.node])("admits Node %s", (version) => {
    expect(semver.satisfies(version, range), `${range} should admit ${version}`).toBe(true);
  });

  it.each(["16.20.2", "18.19.1", "19.9.0", "20.0.0", "20.9.0"])("refuses Node %s, which cannot parse the JSON import", (version) => {
    expect(semver.satisfies(version, range), `${range} should refuse ${version}`).toBe(false);
  });

  it("the lowest Node 20 and 22 it admits are 20.10.0 and 22.0.0 (the versions the consumer test runs on, as the README says)", () => {
    expect(semver.minSatisfying(["20.0.0", "20.9.0", "20.10.0", "20.11.0"], range)).toBe("20.10.0");
    expect(semver.minSatisfying(["22.0.0", "22.1.0"], range)).toBe("22.0.0");
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    expect(readme).toContain(`\`${range}\``);
    expect(readme).toMatch(/20\.10\.0 and 22\.0\.0/);
  });
});

/** What `npm pack` would write: the tarball's size in bytes, and its files, relative to the package root. */
function packed(): { size: number; files: Set<string> } {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--silent"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const [pack] = JSON.parse(out) as Array<{ size: number; files: Array<{ path: string }> }>;
  return { size: pack!.size, files: new Set(pack!.files.map((f) => f.path)) };
}

/** Relative Markdown link targets of a file: `[text](target)`, without web addresses, mail links or pure anchors. */
function relativeLinks(markdown: string): string[] {
  const links = [...markdown.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
  return links.filter((l) => !/^[a-z][a-z0-9+.-]*:/i.test(l) && !l.startsWith("#")).map((l) => decodeURI(l.split("#")[0]!));
}

describe("the files the package ships", () => {
  const { size, files } = packed();

  it("stay under 1 MiB packed, with the files for other tools: data package, Parquet, codebook", () => {
    expect(size).toBeLessThan(1024 * 1024);
    for (const file of ["dist/datapackage.json", "dist/parquet/statements.parquet", "dist/parquet/statements.themes.parquet", "dist/csv/statements.csv", "docs/codebook.md", "CITATION.cff"]) {
      expect(files, file).toContain(file);
    }
  });
  const markdown = [...files].filter((f) => f.endsWith(".md"));

  it("ships the README's guides and the data folder's README", () => {
    expect(markdown).toEqual(expect.arrayContaining(["README.md", "data/README.md", "docs/data-model.md", "CHANGELOG.md"]));
  });

  it.each(markdown.filter((f) => f !== "CHANGELOG.md"))("every relative link of %s resolves inside the tarball", (file) => {
    const links = relativeLinks(readFileSync(path.join(root, file), "utf8"));
    if (file === "README.md") expect(links.length).toBeGreaterThan(0);
    const dead = links.filter((link) => {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), link)).replace(/\/$/, "");
      return !files.has(target) && ![...files].some((f) => f.startsWith(`${target}/`));
    });
    expect(dead, `${file} links to files the tarball does not hold`).toEqual([]);
  });

  it("ships a data folder in the layout `validate DIR` reads: sources, shared tables and one folder per meeting", () => {
    expect(files).toContain("data/sources/sources.json");
    expect(files).toContain("data/themes.json");
    const meetings = [...files].filter((f) => /^data\/meetings\/[^/]+\/meeting\.json$/.test(f));
    expect(meetings.length).toBeGreaterThan(0);
    for (const m of meetings) expect(files).toContain(m.replace(/meeting\.json$/, "statements.json"));
  });

  it("ships the explorer page: its shell, code, styles, index, lookup and one script per meeting of the data", () => {
    for (const f of ["index.html", "explorer.js", "explorer.css", "index.js", "lookup.js"]) expect(files).toContain(`dist/explorer/${f}`);
    const meetings = [...files].filter((f) => /^data\/meetings\/[^/]+\/meeting\.json$/.test(f)).map((f) => f.split("/")[2]!);
    expect(meetings.length).toBeGreaterThan(0);
    for (const m of meetings) expect(files).toContain(`dist/explorer/meetings/${encodeURIComponent(m)}.js`);
    // The README's screenshot of it.
    expect(files).toContain("docs/explorer.png");
  });

  it("names no repository or homepage, since the project has no public address", () => {
    expect(manifest.repository).toBeUndefined();
    expect(manifest.homepage).toBeUndefined();
  });
});

describe("npm run check:package", () => {
  it("packs into a temporary folder and leaves a tarball in the project untouched", () => {
    const tarball = path.join(root, `${manifest.name}-${manifest.version}.tgz`);
    const own = !existsSync(tarball);
    if (own) writeFileSync(tarball, "a tarball the user packed, not to be touched\n");
    const hash = () => createHash("sha256").update(readFileSync(tarball)).digest("hex");
    const before = hash();
    try {
      // Colour codes (publint writes them when CI is set) are dropped before matching.
      const out = execFileSync("npm", ["run", "--silent", "check:package"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).replace(
        /\u001b\[[0-9;]*m/g,
        "",
      );
      expect(out).toMatch(/Running publint v[\d.]+ for \S*pkr-check-package-[^/\s]+\/peacekeeping-records-[\d.]+\.tgz/);
      expect(out).toContain("All good!");
      expect(existsSync(tarball), "the user's tarball is still there").toBe(true);
      expect(hash()).toBe(before);
    } finally {
      if (own) rmSync(tarball, { force: true });
    }
  }, 120_000);
});
