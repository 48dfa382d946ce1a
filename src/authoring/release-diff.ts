/**
 * The data diff of a release, for its CHANGELOG: `npm run release` runs this (as `tsx src/authoring/release-cli.ts`) after the
 * build and before `changeset version`, while package.json still holds the last released version. It fetches that
 * release's dataset with `npm pack`, compares it with the freshly built `dist/dataset.json` and, when any record was
 * added, removed or changed, writes `.changeset/data-diff-<version>.md`, which `changeset version` then turns into
 * the CHANGELOG's list of the records that changed.
 * @module
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { diffDatasets, diffMarkdown, hasChanges } from "../export/diff.js";
import { ReleaseError, releaseDataset } from "../export/release.js";

/** Where the release script writes. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const BUMPS = ["patch", "minor", "major"] as const;
type Bump = (typeof BUMPS)[number];

/** The name of the data-diff changeset for the release after `version`. */
export const dataDiffFile = (version: string): string => `data-diff-${version}.md`;

/**
 * The highest bump the changesets in `dir` give the package `name` (`"name": minor` in their front matter), or
 * patch when none gives more. The data-diff changesets themselves are left out.
 */
export function highestBump(dir: string, name: string): Bump {
  let highest = 0;
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md" && !f.startsWith("data-diff-")) : [];
  for (const file of files) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(dir, file), "utf8"))?.[1] ?? "";
    for (const line of front.split(/\r?\n/)) {
      const m = /^\s*(["']?)(.+)\1\s*:\s*(patch|minor|major)\s*$/.exec(line);
      if (m?.[2] === name) highest = Math.max(highest, BUMPS.indexOf(m[3] as Bump));
    }
  }
  return BUMPS[highest]!;
}

/**
 * Writes the changeset that lists the records changed since the last release, the version package.json holds; the
 * release's dataset is fetched through npm (in `env`). Returns the exit code: 0 when written, when nothing changed and
 * when that version was never published (each said on `io.out`); 1, with one line on `io.err`, when npm or a file
 * failed.
 */
export function writeReleaseDiff(root: string, io: Io, env: NodeJS.ProcessEnv = process.env): number {
  const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { name: string; version: string };
  const built = path.join(root, "dist", "dataset.json");
  if (!existsSync(built)) {
    io.err(`release-diff: no dist/dataset.json to compare (run npm run build first)\n`);
    return 1;
  }
  const spec = `${manifest.name}@${manifest.version}`;
  let before: unknown;
  try {
    before = releaseDataset(manifest.name, manifest.version, env);
  } catch (error) {
    if (!(error instanceof ReleaseError)) throw error;
    if (error.notPublished) {
      io.out(`release-diff: ${error.message}; no data diff to add to the changelog\n`);
      return 0;
    }
    io.err(`release-diff: ${error.message}\n`);
    return 1;
  }
  const diff = diffDatasets(before, JSON.parse(readFileSync(built, "utf8")), [spec, "dist/dataset.json"]);
  if (!hasChanges(diff)) {
    io.out(`release-diff: no record changed since ${spec}; no data diff written\n`);
    return 0;
  }
  const dir = path.join(root, ".changeset");
  const file = path.join(dir, dataDiffFile(manifest.version));
  const text = [
    "---",
    `"${manifest.name}": ${highestBump(dir, manifest.name)}`,
    "---",
    "",
    `The records changed since ${manifest.version}, by collection and id, with the fields that changed:`,
    "",
    diffMarkdown(diff, { level: 4, title: false }),
  ].join("\n");
  writeFileSync(file, text);
  io.out(`release-diff: wrote ${path.relative(root, file)}, the records changed since ${spec}\n`);
  return 0;
}
