/** The README and the guides say what the data says: counts, vocabularies, fields and example records. */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataset } from "../../src/index.js";
import { COLLECTION_SCHEMAS, COLLECTIONS } from "../../src/schemas/index.js";
import { ROOT } from "../helpers.js";

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const readme = read("README.md");
type Rec = Record<string, unknown>;

/** The text of a `## heading` section of a markdown file, up to the next `## `. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return "";
  const end = markdown.indexOf("\n## ", start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe("README", () => {
  it("has its sections in the order a newcomer needs them", () => {
    const order = [
      "From a fresh clone",
      "Install",
      "A first example",
      "The data model at a glance",
      "Helpers",
      "Provenance: every fact points to its words",
      "Explorer",
      "From R, Python or a spreadsheet",
      "Command-line tool",
      "Performance",
      "Versioning policy",
      "Adding a meeting",
      "How to cite",
      "Licences",
    ];
    const positions = order.map((h) => readme.indexOf(`\n## ${h}\n`));
    expect(positions.filter((p) => p < 0).length, "missing sections").toBe(0);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("gives exactly two commands for a fresh clone: the main job and the tests", () => {
    const blocks = [...section(readme, "From a fresh clone").matchAll(/```sh\n([^`]*)```/g)].map((m) => m[1]!.trim());
    expect(blocks).toEqual(["npm ci && npm run demo", "npm ci && npm test"]);
  });

  it("counts each collection as the exported dataset does", () => {
    const table = section(readme, "The data model at a glance");
    for (const c of COLLECTIONS) {
      const row = new RegExp(`^\\| \`${c}\` \\| (\\d+) \\|`, "m").exec(table);
      expect(row?.[1], c).toBe(String(dataset[c].length));
    }
  });

  it("draws every collection in the Mermaid diagram", () => {
    const diagram = /```mermaid\n([^`]*)```/.exec(readme)?.[1] ?? "";
    for (const c of COLLECTIONS) expect(diagram, c).toContain(c.replace(/s$/, "").toUpperCase());
  });
});

describe("docs/themes.md", () => {
  const themes = read("docs/themes.md");
  it("lists every theme with its label and definition", () => {
    for (const t of dataset.themes) expect(themes, t.id).toContain(`| \`${t.id}\` | ${t.label} | ${t.definition} |`);
  });
  it("puts exactly the eight A4P commitment areas under their heading", () => {
    const a4p = section(themes, "The eight A4P commitment areas");
    const ids = [...a4p.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    expect(ids).toEqual(dataset.themes.filter((t) => t.a4pCommitmentArea).map((t) => t.id));
    expect(ids).toHaveLength(8);
  });
});

describe("docs/data-model.md", () => {
  const guide = read("docs/data-model.md");
  it.each(COLLECTIONS)("describes %s and each of its fields", (c) => {
    const text = section(guide, c);
    expect(text, `section ${c}`).not.toBe("");
    const fields = Object.keys((COLLECTION_SCHEMAS[c] as unknown as { shape: Record<string, unknown> }).shape);
    expect(fields.filter((f) => !text.includes(`\`${f}\``))).toEqual([]);
  });

  it("shows real records, exactly as the data has them", () => {
    const byId = new Map<string, unknown>(COLLECTIONS.flatMap((c) => dataset[c].map((r) => [r.id, r] as const)));
    const blocks = [...guide.matchAll(/```json\n([^`]*)```/g)].map((m) => JSON.parse(m[1]!) as Rec);
    const records = blocks.filter((b) => typeof b.id === "string");
    expect(records.length).toBeGreaterThan(4);
    for (const r of records) expect(r, String(r.id)).toEqual(byId.get(r.id as string));
  });
});

describe("the guides", () => {
  it.each(["data-model.md", "provenance.md", "themes.md", "adding-a-meeting.md", "codebook.md"])("docs/%s exists and is linked from the README", (file) => {
    expect(read(`docs/${file}`).length).toBeGreaterThan(1000);
    expect(readme).toContain(`(docs/${file})`);
  });
});

describe("the release flow", () => {
  it("versions the package and writes CHANGELOG.md from the changesets, offline", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pkr-release-"));
    try {
      cpSync(path.join(ROOT, ".changeset"), path.join(dir, ".changeset"), { recursive: true });
      writeFileSync(path.join(dir, "package.json"), read("package.json"));
      writeFileSync(path.join(dir, "CHANGELOG.md"), read("CHANGELOG.md"));
      execFileSync("node", [path.join(ROOT, "node_modules/@changesets/cli/bin.js"), "version"], { cwd: dir, stdio: "pipe", env: { ...process.env, CI: "true" } });
      const before = JSON.parse(read("package.json")) as { version: string };
      const after = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string };
      expect(after.version).not.toBe(before.version);
      const changelog = readFileSync(path.join(dir, "CHANGELOG.md"), "utf8");
      expect(changelog).toMatch(new RegExp(`^# peacekeeping-records\\n\\n## ${after.version.replace(/\./g, "\\.")}\\n`));
      expect(changelog).toContain("First release");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
