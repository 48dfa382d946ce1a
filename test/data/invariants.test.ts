/** What must hold across the real data, one invariant per test. */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataFileJsonSchema } from "../../src/authoring/build.js";
import { formatDataFile } from "../../src/authoring/format.js";
import { listDataFiles } from "../../src/authoring/load.js";
import { fillSpans } from "../../src/authoring/spans.js";
import { COLLECTIONS, DocumentSymbolSchema } from "../../src/schemas/index.js";
import { DATA_DIR, ROOT, realData } from "../helpers.js";

type Rec = Record<string, any>;
const { input, sourceTexts } = realData();
const statements = input.statements as Rec[];
const metrics = input.metrics as Rec[];
const text = (span: Rec) => sourceTexts.get(span.source)!.slice(span.start, span.end);

describe("data invariants", () => {
  it("ids are unique within each collection", () => {
    for (const c of COLLECTIONS) {
      const ids = (input[c] as Rec[]).map((r) => r.id);
      expect(new Set(ids).size, c).toBe(ids.length);
    }
  });

  it("the 2020-09-14 source text is the byte-for-byte copy named in the issue", () => {
    const bytes = readFileSync(path.join(DATA_DIR, "sources/2020-09-14-security-council-a4p.txt"));
    expect(createHash("sha256").update(bytes).digest("hex")).toBe("d34a280e8b1f4572ddac6d82bdb1730c7395aafcb078f619d6a19994fe91dcfa");
    expect((input.sources as Rec[]).find((s) => s.id === "press-release-2020-09-14")?.sha256).toBe("d34a280e8b1f4572ddac6d82bdb1730c7395aafcb078f619d6a19994fe91dcfa");
  });

  it("no source text holds a character outside the Basic Multilingual Plane (the README says UTF-16 offsets are code point offsets)", () => {
    for (const [id, text] of sourceTexts) expect(/[\ud800-\udfff]/.test(text), id).toBe(false);
  });

  it("every statement's paragraphs, speaker, themes, missions and documents quote the source exactly", () => {
    for (const s of statements) {
      const spans = [s.speaker.evidence, ...s.paragraphs, ...s.themes.map((t: Rec) => t.evidence), ...s.missions.map((m: Rec) => m.evidence), ...s.documents.map((d: Rec) => d.evidence)];
      for (const span of spans) expect(text(span), s.id).toBe(span.quote);
    }
  });

  it("every metric quotes the source exactly, and its words stand in the quote", () => {
    for (const m of metrics) {
      expect(text(m.evidence), m.id).toBe(m.evidence.quote);
      expect(m.evidence.quote, m.id).toContain(m.text);
      if (m.target) expect(m.target.evidence.quote, m.id).toContain(m.target.text);
    }
  });

  it("paragraph spans are whole paragraphs of their own source, and no paragraph reports two statements", () => {
    const seen = new Set<string>();
    for (const s of statements) {
      for (const p of s.paragraphs) {
        const source = sourceTexts.get(p.source)!;
        expect(p.start === 0 || source.slice(p.start - 2, p.start) === "\n\n", `${s.id} starts a paragraph of ${p.source}`).toBe(true);
        expect(p.end === source.length || source.slice(p.end, p.end + 2) === "\n\n", `${s.id} ends a paragraph of ${p.source}`).toBe(true);
        const key = `${p.source}:${p.start}`;
        expect(seen.has(key), `${s.id} shares a paragraph`).toBe(false);
        seen.add(key);
      }
    }
  });

  it("in each meeting, the statements run 1..n in the order of the text of each source", () => {
    for (const meeting of input.meetings as Rec[]) {
      const own = statements.filter((s) => s.meeting === meeting.id);
      expect(own.map((s) => s.order), meeting.id).toEqual(own.map((_s, i) => i + 1));
      for (const source of meeting.sources as string[]) {
        const starts = own.filter((s) => s.paragraphs[0].source === source).map((s) => s.paragraphs[0].start);
        expect(starts, `${meeting.id} in ${source}`).toEqual([...starts].sort((a, b) => a - b));
      }
    }
  });

  it("in each meeting, a delegation sits in one capacity, with at most five permanent and ten elected members", () => {
    const permanent = ["CHN", "FRA", "GBR", "RUS", "USA"];
    for (const meeting of input.meetings as Rec[]) {
      const capacity = new Map<string, string>();
      for (const s of statements.filter((s) => s.meeting === meeting.id)) {
        if (s.capacity !== "permanent-member" && s.capacity !== "elected-member") continue;
        const d = s.speaker.delegation;
        expect(capacity.get(d) ?? s.capacity, `${s.id}: ${d}`).toBe(s.capacity);
        capacity.set(d, s.capacity);
      }
      const members = [...capacity];
      expect(members.filter(([d, c]) => (c === "permanent-member") !== permanent.includes(d)), meeting.id).toEqual([]);
      expect(members.filter(([, c]) => c === "elected-member").length, meeting.id).toBeLessThanOrEqual(10);
    }
  });

  it("at the 2020-09-14 meeting, the briefing comes first and all fifteen members of the 2020 Council speak, five permanent and ten elected", () => {
    const a4p = statements.filter((s) => s.meeting === "2020-09-14-a4p");
    expect(a4p[0]!.role).toBe("briefer");
    const capacity = new Map<string, string>();
    for (const s of a4p) {
      if (s.role === "briefer") continue;
      capacity.set(s.speaker.delegation, s.capacity);
      for (const d of s.onBehalfOf) capacity.set(d, s.capacity);
    }
    expect(capacity.size).toBe(15);
    expect([...capacity].filter(([, c]) => c === "permanent-member").map(([d]) => d).sort()).toEqual(["CHN", "FRA", "GBR", "RUS", "USA"]);
    expect([...capacity.values()].filter((c) => c === "elected-member")).toHaveLength(10);
  });

  it("metrics are ordered by the date of their meeting (metricSeries relies on it for the order stated)", () => {
    const dates = new Map((input.meetings as Rec[]).map((m) => [m.id, m.date]));
    const order = metrics.map((m) => dates.get(m.meeting));
    expect(order).toEqual([...order].sort());
  });

  it("every statement addresses at least one theme", () => {
    for (const s of statements) expect(s.themes.length, s.id).toBeGreaterThan(0);
  });

  it("every subject and every theme in the vocabularies is used", () => {
    const usedSubjects = new Set(metrics.map((m) => m.subject));
    expect((input.subjects as Rec[]).filter((s) => !usedSubjects.has(s.id)).map((s) => s.id)).toEqual([]);
    const usedThemes = new Set(statements.flatMap((s) => s.themes.map((t: Rec) => t.theme)));
    expect((input.themes as Rec[]).filter((t) => !usedThemes.has(t.id)).map((t) => t.id)).toEqual([]);
  });

  it("facts no source states are cited by a well-formed document symbol or an official UN address", () => {
    const citations: Array<[string, Rec]> = [];
    const walk = (value: unknown, where: string) => {
      if (value === null || typeof value !== "object") return;
      const rec = value as Rec;
      if (rec.kind === "document-symbol" || rec.kind === "url") citations.push([where, rec]);
      else for (const [k, v] of Object.entries(rec)) walk(v, `${where}.${k}`);
    };
    for (const c of ["missions", "councilTerms"] as const) for (const r of input[c] as Rec[]) walk(r, `${c}/${r.id}`);
    expect(citations.length).toBeGreaterThan(0);
    for (const [where, c] of citations) {
      if (c.kind === "document-symbol") expect(DocumentSymbolSchema.safeParse(c.symbol).success, `${where}: ${c.symbol}`).toBe(true);
      else expect(new URL(c.url).hostname, `${where}: ${c.url}`).toMatch(/(^|\.)un\.org$/);
    }
  });

  it("data files are in canonical form with their spans filled", () => {
    for (const file of listDataFiles(DATA_DIR)) {
      const raw = readFileSync(file, "utf8");
      const content = JSON.parse(raw) as Record<string, unknown>;
      const { content: filled, errors } = fillSpans(content, sourceTexts);
      expect(errors, file).toEqual([]);
      expect(formatDataFile(filled as Record<string, unknown>), file).toBe(raw);
    }
  });

  it("every data file names the data-file schema, and that schema is current", () => {
    for (const file of listDataFiles(DATA_DIR)) {
      const content = JSON.parse(readFileSync(file, "utf8")) as Rec;
      const target = path.resolve(path.dirname(file), content.$schema);
      expect(target, file).toBe(path.join(DATA_DIR, "schema/data-file.schema.json"));
    }
    const committed = JSON.parse(readFileSync(path.join(DATA_DIR, "schema/data-file.schema.json"), "utf8"));
    expect(committed).toEqual(dataFileJsonSchema());
  });

  it("nothing in the repository reads ../shared", () => {
    const offenders = projectFiles(["src", "test", "data", "package.json", "tsup.config.ts", "vitest.config.ts", ".ci"])
      .filter((f) => !f.endsWith(".txt") && !f.endsWith("invariants.test.ts"))
      .filter((f) => /\.\.\/shared\b/.test(readFileSync(path.join(ROOT, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});

/**
 * The project's own files under the given paths, found on disk (a source archive has no .git): skips node_modules, dist,
 * src/generated and whatever .gitignore lists (names, `dir/`, `path/`, `*.ext`).
 */
function projectFiles(roots: string[]): string[] {
  const ignore = existsSync(path.join(ROOT, ".gitignore"))
    ? readFileSync(path.join(ROOT, ".gitignore"), "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#") && !l.startsWith("!"))
    : [];
  const patterns = ["node_modules/", "dist/", "src/generated/", ...ignore].map((l) => l.replace(/^\//, "").replace(/\/$/, ""));
  const ignored = (rel: string) =>
    patterns.some((p) => {
      if (p.startsWith("*.")) return rel.endsWith(p.slice(1));
      if (p.includes("/")) return rel === p || rel.startsWith(`${p}/`);
      return rel.split("/").includes(p);
    });
  const files: string[] = [];
  const walk = (rel: string) => {
    if (ignored(rel) || !existsSync(path.join(ROOT, rel))) return;
    if (!statSync(path.join(ROOT, rel)).isDirectory()) return void files.push(rel);
    for (const name of readdirSync(path.join(ROOT, rel)).sort()) walk(`${rel}/${name}`);
  };
  for (const r of roots) walk(r);
  return files;
}
