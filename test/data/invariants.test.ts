/** What must hold across the real data, one invariant per test. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { dataFileJsonSchema } from "../../src/authoring/build.js";
import { formatDataFile } from "../../src/authoring/format.js";
import { listDataFiles } from "../../src/authoring/load.js";
import { fillSpans } from "../../src/authoring/spans.js";
import { COLLECTIONS } from "../../src/schemas/index.js";
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

  it("the source text is the byte-for-byte copy named in the issue", () => {
    const bytes = readFileSync(path.join(DATA_DIR, "sources/2020-09-14-security-council-a4p.txt"));
    expect(createHash("sha256").update(bytes).digest("hex")).toBe("d34a280e8b1f4572ddac6d82bdb1730c7395aafcb078f619d6a19994fe91dcfa");
    expect((input.sources[0] as Rec).sha256).toBe("d34a280e8b1f4572ddac6d82bdb1730c7395aafcb078f619d6a19994fe91dcfa");
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

  it("paragraph spans are whole paragraphs, and no paragraph reports two statements", () => {
    const source = sourceTexts.get("press-release-2020-09-14")!;
    const seen = new Set<number>();
    for (const s of statements) {
      for (const p of s.paragraphs) {
        expect(p.start === 0 || source.slice(p.start - 2, p.start) === "\n\n", `${s.id} starts a paragraph`).toBe(true);
        expect(p.end === source.length || source.slice(p.end, p.end + 2) === "\n\n", `${s.id} ends a paragraph`).toBe(true);
        expect(seen.has(p.start), `${s.id} shares a paragraph`).toBe(false);
        seen.add(p.start);
      }
    }
  });

  it("the statements run in the order of the text, the briefing first", () => {
    const starts = statements.map((s) => s.paragraphs[0].start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(statements[0]!.role).toBe("briefer");
    expect(statements.map((s) => s.order)).toEqual(statements.map((_s, i) => i + 1));
  });

  it("all fifteen members of the 2020 Council appear, five permanent and ten elected", () => {
    const capacity = new Map<string, string>();
    for (const s of statements) {
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

  it("facts no source states are cited by document symbol", () => {
    for (const m of input.missions as Rec[]) {
      for (const c of [m.host?.citation, m.established?.citation, m.closedBy].filter(Boolean)) {
        expect(c.kind, m.id).toBe("document-symbol");
        expect(c.symbol, m.id).toMatch(/^S\/RES\/\d+ \(\d{4}\)$/);
      }
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
    const tracked = execFileSync("git", ["ls-files", "src", "test", "data", "package.json", "tsup.config.ts", "vitest.config.ts", ".ci"], { cwd: ROOT, encoding: "utf8" })
      .split("\n")
      .filter((f) => f && !f.endsWith(".txt"));
    const offenders = tracked.filter((f) => /\.\.\/shared\b/.test(readFileSync(path.join(ROOT, f), "utf8")) && !f.endsWith("invariants.test.ts"));
    expect(offenders).toEqual([]);
  });
});
