/**
 * `npm run release`'s data diff (`cli.ts release-diff`), offline: the last release's data comes from a local registry
 * through npm, the changeset it writes goes through `changeset version` into CHANGELOG.md, and a version that was
 * never published (a 404) writes nothing and lets the release go on.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { highestBump, writeReleaseDiff } from "../../src/authoring/release-diff.js";
import { dataset } from "../../src/index.js";
import { ROOT } from "../helpers.js";
import { startRegistry, type LocalRegistry } from "../local-registry.js";

type Data = Record<string, unknown> & { statements: Array<{ id: string }>; metrics: Array<{ id: string; value: number }>; meta: { version: string } };

let dir: string;
let registry: LocalRegistry | undefined;
/** The data of the release 0.0.1: the first statement missing, the first metric's value one more. */
let released: Data;

/** A package folder named like this one, at `version`, shipping `data` as dist/dataset.json; packed with npm. */
function packageWith(version: string, data: unknown): string {
  const folder = path.join(dir, `pkg-${version}`);
  mkdirSync(path.join(folder, "dist"), { recursive: true });
  writeFileSync(path.join(folder, "package.json"), JSON.stringify({ name: "peacekeeping-records", version, files: ["dist"] }));
  writeFileSync(path.join(folder, "dist", "dataset.json"), JSON.stringify(data));
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], { cwd: folder, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return path.join(dir, (JSON.parse(out) as Array<{ filename: string }>)[0]!.filename);
}

/** A project folder at `version`, its dist/dataset.json the bundled data, with the given changesets. */
function project(version: string, changesets: Record<string, string> = {}, built = true): string {
  const root = mkdtempSync(path.join(dir, "project-"));
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ name: "peacekeeping-records", version }));
  mkdirSync(path.join(root, ".changeset"));
  cpSync(path.join(ROOT, ".changeset", "config.json"), path.join(root, ".changeset", "config.json"));
  for (const [name, text] of Object.entries(changesets)) writeFileSync(path.join(root, ".changeset", name), text);
  if (built) {
    mkdirSync(path.join(root, "dist"));
    writeFileSync(path.join(root, "dist", "dataset.json"), JSON.stringify(dataset));
  }
  return root;
}

const changeset = (bump: string, text: string, name = "peacekeeping-records") => `---\n"${name}": ${bump}\n---\n\n${text}\n`;

function capture(): { io: { out(t: string): void; err(t: string): void }; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  return { io: { out: (t) => void (out += t), err: (t) => void (err += t) }, out: () => out, err: () => err };
}

const env = () => ({ ...process.env, npm_config_registry: registry!.url, npm_config_cache: path.join(dir, "npm-cache") });

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "pkr-release-diff-"));
  released = JSON.parse(JSON.stringify(dataset)) as Data;
  released.meta.version = "0.0.1";
  released.statements = released.statements.slice(1);
  released.metrics[0]!.value += 1;
  registry = await startRegistry({ "peacekeeping-records": { "0.0.1": packageWith("0.0.1", released), "0.0.2": packageWith("0.0.2", dataset) } });
});

afterAll(async () => {
  await registry?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Each fetch runs npm, which takes seconds to start on a busy machine.
describe("release-diff", { timeout: 180_000 }, () => {
  it("writes the records changed since the last release as a changeset, which changeset version puts in CHANGELOG.md", () => {
    const root = project("0.0.1", { "feature.md": changeset("minor", "A feature.") });
    const { io, out, err } = capture();
    expect(writeReleaseDiff(root, io, env())).toBe(0);
    expect(err()).toBe("");
    expect(out()).toBe("release-diff: wrote .changeset/data-diff-0.0.1.md, the records changed since peacekeeping-records@0.0.1\n");
    const statement = dataset.statements[0]!.id;
    const metric = dataset.metrics[0]!.id;
    expect(readFileSync(path.join(root, ".changeset", "data-diff-0.0.1.md"), "utf8")).toBe(
      [
        "---",
        '"peacekeeping-records": minor',
        "---",
        "",
        "The records changed since 0.0.1, by collection and id, with the fields that changed:",
        "",
        "#### statements",
        "",
        `- added (1): \`${statement}\``,
        "",
        "#### metrics",
        "",
        `- changed \`${metric}\`: \`value\``,
        "",
      ].join("\n"),
    );
    execFileSync("node", [path.join(ROOT, "node_modules/@changesets/cli/bin.js"), "version"], { cwd: root, stdio: "pipe", env: { ...process.env, CI: "true" } });
    const changelog = readFileSync(path.join(root, "CHANGELOG.md"), "utf8");
    // Under the release's own bump, beside the other changes, the diff indented inside its item.
    const minor = changelog.slice(changelog.indexOf("## 0.1.0\n\n### Minor Changes\n"));
    expect(minor).toContain("\n- A feature.\n");
    expect(minor).toContain(`\n- The records changed since 0.0.1, by collection and id, with the fields that changed:\n\n  #### statements\n\n  - added (1): \`${statement}\`\n`);
  });

  it("writes nothing, and says so, when no record changed", () => {
    const root = project("0.0.2");
    const { io, out, err } = capture();
    expect(writeReleaseDiff(root, io, env())).toBe(0);
    expect({ out: out(), err: err() }).toEqual({ out: "release-diff: no record changed since peacekeeping-records@0.0.2; no data diff written\n", err: "" });
    expect(readdirSync(path.join(root, ".changeset"))).toEqual(["config.json"]);
  });

  it("writes nothing and lets the release go on when the version was never published (npm's 404), in the environment of the process", async () => {
    const empty = await startRegistry({});
    const saved = { registry: process.env.npm_config_registry, cache: process.env.npm_config_cache };
    process.env.npm_config_registry = empty.url;
    process.env.npm_config_cache = path.join(dir, "npm-cache");
    const root = project("0.0.0");
    const { io, out, err } = capture();
    try {
      expect(writeReleaseDiff(root, io)).toBe(0);
    } finally {
      for (const [key, value] of [["npm_config_registry", saved.registry], ["npm_config_cache", saved.cache]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      await empty.close();
    }
    expect(err()).toBe("");
    expect(out()).toMatch(/^release-diff: peacekeeping-records@0\.0\.0 is not published \(npm: E404 [^\n]*\); no data diff to add to the changelog\n$/);
    expect(readdirSync(path.join(root, ".changeset"))).toEqual(["config.json"]);
  });

  it("stops the release with one line when npm fails otherwise, or when nothing was built", async () => {
    const down = await startRegistry({});
    await down.close();
    const failing = capture();
    expect(writeReleaseDiff(project("0.0.1"), failing.io, { ...env(), npm_config_registry: down.url, npm_config_fetch_retries: "0" })).toBe(1);
    expect(failing.out()).toBe("");
    expect(failing.err()).toMatch(/^release-diff: cannot fetch peacekeeping-records@0\.0\.1: npm pack failed \([^\n]+\)\n$/);
    const unbuilt = capture();
    const root = project("0.0.1", {}, false);
    expect(writeReleaseDiff(root, unbuilt.io, env())).toBe(1);
    expect(unbuilt.err()).toBe("release-diff: no dist/dataset.json to compare (run npm run build first)\n");
    expect(existsSync(path.join(root, ".changeset", "data-diff-0.0.1.md"))).toBe(false);
  });
});

describe("highestBump", () => {
  it("is the highest bump the package's changesets give, patch when none gives more; other packages, the README and data diffs do not count", () => {
    const root = project("0.0.1", {
      "README.md": changeset("major", "How to write changesets."),
      "data-diff-0.0.0.md": changeset("major", "An earlier data diff."),
      "other.md": changeset("major", "Another package.", "other-package"),
    });
    const folder = path.join(root, ".changeset");
    expect(highestBump(folder, "peacekeeping-records")).toBe("patch");
    writeFileSync(path.join(folder, "fix.md"), "---\n'peacekeeping-records': patch\n---\n\nA fix.\n");
    expect(highestBump(folder, "peacekeeping-records")).toBe("patch");
    writeFileSync(path.join(folder, "two.md"), "---\r\npeacekeeping-records: minor\r\n\"other-package\": major\r\n---\r\n\r\nTwo packages.\r\n");
    expect(highestBump(folder, "peacekeeping-records")).toBe("minor");
    writeFileSync(path.join(folder, "break.md"), changeset("major", "A break."));
    expect(highestBump(folder, "peacekeeping-records")).toBe("major");
    expect(highestBump(path.join(root, "no-such-folder"), "peacekeeping-records")).toBe("patch");
  });

  it("reads no bump from a file without front matter, or from the text under it", () => {
    const root = project("0.0.1", { "plain.md": '"peacekeeping-records": major\n', "body.md": changeset("patch", '"peacekeeping-records": major') });
    expect(highestBump(path.join(root, ".changeset"), "peacekeeping-records")).toBe("patch");
  });

  it("runs as npm run release runs it, tsx src/authoring/release-cli.ts in the project's root, with the exit code and lines of writeReleaseDiff", async () => {
    const empty = await startRegistry({});
    try {
      const root = project("0.0.0");
      const unbuilt = project("0.0.1", {}, false);
      const cli = (cwd: string) =>
        spawnSync(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), path.join(ROOT, "src/authoring/release-cli.ts")], {
          cwd,
          encoding: "utf8",
          env: { ...process.env, npm_config_registry: empty.url, npm_config_cache: path.join(dir, "npm-cache") },
        });
      const published = cli(root);
      expect({ status: published.status, stderr: published.stderr }).toEqual({ status: 0, stderr: "" });
      expect(published.stdout).toMatch(/^release-diff: peacekeeping-records@0\.0\.0 is not published \(npm: E404 [^\n]*\); no data diff to add to the changelog\n$/);
      expect(cli(unbuilt)).toMatchObject({ status: 1, stdout: "", stderr: "release-diff: no dist/dataset.json to compare (run npm run build first)\n" });
    } finally {
      await empty.close();
    }
  });
});
