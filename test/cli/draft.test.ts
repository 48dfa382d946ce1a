/**
 * `peacekeeping-records draft`, run in this process through `main(argv, io)`: the folder it writes for a meeting's
 * text (the shipped meeting's, and a fixture's with its tables), and the arguments it refuses. Expectations come from
 * `draftMeeting` on the same text, from the text itself, and from the spans filler.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { draftMeeting, type MeetingDraft } from "../../src/authoring/index.js";
import { fillSpans } from "../../src/authoring/spans.js";
import { dataset, type Dataset } from "../../src/index.js";
import { DATA_DIR, realData } from "../helpers.js";
import { draftCase, type DraftCase } from "../authoring/draft-cases.js";

type Rec = Record<string, any>;

/** Runs the command with these arguments (on the bundled dataset, or another); returns its exit code and output. */
function run(argv: string[], data: Dataset = dataset): { code: number; out: string; err: string } {
  let out = "";
  let err = "";
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t) }, data);
  return { code, out, err };
}

const usage = (message: string) => ({ code: 2, out: "", err: `peacekeeping-records: ${message}\n` });

const MEETING = "2020-09-14-a4p";
const { input, sourceTexts } = realData();
const meetingRecord = (input.meetings as Rec[]).find((m) => m.id === MEETING)!;
const SOURCE = meetingRecord.sources[0] as string;
const TEXT = sourceTexts.get(SOURCE)!;
const FILE = path.join(DATA_DIR, "sources", (input.sources as Rec[]).find((s) => s.id === SOURCE)!.path as string);

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(path.join(tmpdir(), "pkr-draft-"));
  dirs.push(d);
  return d;
};
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Rec;

/** Every Span-shaped object in a value. */
function spansIn(value: unknown, out: Rec[] = []): Rec[] {
  if (typeof value !== "object" || value === null) return out;
  const r = value as Rec;
  if (typeof r.quote === "string" && typeof r.source === "string") out.push(r);
  else for (const v of Object.values(r)) spansIn(v, out);
  return out;
}

describe("draft on the shipped meeting's text", () => {
  const args = (out: string) => ["draft", FILE, "--source", SOURCE, "--meeting", MEETING, "--date", meetingRecord.date as string, "--out", out];
  // Drafted afresh before each test, while it runs: Stryker switches a mutant on only then.
  let draft: MeetingDraft;
  beforeEach(() => {
    draft = draftMeeting(TEXT, { source: SOURCE, meeting: MEETING, date: meetingRecord.date as string });
  });

  it("writes the three data files and REVIEW.md into a new folder, and says what it drafted", () => {
    const out = path.join(tmp(), "meetings", MEETING);
    expect(run(args(out))).toEqual({
      code: 0,
      out: `drafted ${draft.statements.length} statements and ${draft.numbers.length} numbers, with ${draft.review.length} items to review, into ${out}\n`,
      err: "",
    });
    expect(readdirSync(out).sort()).toEqual(["REVIEW.md", "meeting.json", "metrics.json", "statements.json"]);
  });

  it("writes each data file in the data/ layout, $schema first, with the draft's records", () => {
    const out = tmp();
    run(args(out));
    for (const [file, collection] of [["meeting.json", "meetings"], ["statements.json", "statements"], ["metrics.json", "metrics"]] as const) {
      const content = readJson(path.join(out, file));
      expect(Object.keys(content)).toEqual(["$schema", collection]);
      expect(content.$schema).toBe("../../schema/data-file.schema.json");
    }
    const statements = readJson(path.join(out, "statements.json")).statements as Rec[];
    expect(statements.map((s) => [s.id, s.order, s.speaker.delegation, s.role, s.capacity, s.onBehalfOf])).toEqual(
      draft.statements.map((s) => [s.id, s.order, s.speaker.delegation, s.role, s.capacity, s.onBehalfOf]),
    );
    expect(statements.every((s) => s.themes.length === 0 && s.documents.length === 0)).toBe(true);
    const metrics = readJson(path.join(out, "metrics.json")).metrics as Rec[];
    expect(metrics.map((m) => [m.value, m.qualifier, m.unit, m.statement, m.subject])).toEqual(draft.numbers.map((n) => [n.value, n.qualifier, n.unit, n.statement, null]));
    const [meeting] = readJson(path.join(out, "meeting.json")).meetings as Rec[];
    expect(meeting).toMatchObject({ id: MEETING, date: meetingRecord.date, sources: [SOURCE], body: null, topic: null, president: null });
    expect(meeting!.briefers.map((b: Rec) => b.delegation)).toEqual(draft.statements.filter((s) => s.role === "briefer").map((s) => s.speaker.delegation));
    // The date's evidence is the words that write it, as the hand-made record has them.
    expect(meeting!.evidence).toEqual([{ field: "date", span: { source: SOURCE, quote: meetingRecord.evidence.find((e: Rec) => e.field === "date").span.quote } }]);
  });

  it("writes every span by quote, each quote standing in the text, with a start only where the quote occurs more than once", () => {
    const out = tmp();
    run(args(out));
    for (const file of ["meeting.json", "statements.json", "metrics.json"]) {
      const content = readJson(path.join(out, file));
      const spans = spansIn(content);
      expect(spans.length).toBeGreaterThan(0);
      for (const s of spans) {
        expect(s.source).toBe(SOURCE);
        expect(TEXT).toContain(s.quote);
        expect(Object.keys(s)).toEqual(s.start === undefined ? ["source", "quote"] : ["source", "start", "quote"]);
        if (s.start !== undefined) expect(TEXT.slice(s.start, s.start + s.quote.length)).toBe(s.quote);
      }
      // The spans filler fills every one of them, each at the draft's own offsets.
      const filled = fillSpans(content, sourceTexts);
      expect(filled.errors).toEqual([]);
      for (const s of spansIn(filled.content)) expect(TEXT.slice(s.start, s.end)).toBe(s.quote);
    }
    // In this text the missions' acronyms recur: their mentions carry the start the filler keeps.
    expect(spansIn(readJson(path.join(out, "statements.json"))).some((s) => s.start !== undefined)).toBe(true);
    const statements = fillSpans(readJson(path.join(out, "statements.json")), sourceTexts).content as Rec;
    expect(statements.statements.map((s: Rec) => s.paragraphs.map((p: Rec) => [p.start, p.end]))).toEqual(draft.statements.map((s) => s.paragraphs.map((p) => [p.start, p.end])));
  });

  it("lists every review item in REVIEW.md with its kind, statement and quote, and what a person must still decide", () => {
    const out = tmp();
    run(args(out));
    const review = readFileSync(path.join(out, "REVIEW.md"), "utf8");
    expect(review).toContain(`## What the drafting could not decide (${draft.review.length})`);
    draft.review.forEach((r, i) => {
      expect(review).toContain(`${i + 1}. \`${r.kind}\` in statement \`${r.statement}\`, at ${r.span.start}–${r.span.end}: “${r.span.quote}”\n   ${r.message}.`);
    });
    expect(review).toContain(`\`themes\` of every statement (all ${draft.statements.length} are empty)`);
    expect(review).toContain(`\`subject\` of every number (all ${draft.numbers.length} are null)`);
    const noUnit = draft.numbers.filter((n) => n.unit === null).map((n) => `“${n.text}”`);
    expect(noUnit.length).toBeGreaterThan(0);
    expect(review).toContain(`\`unit\` left null for ${noUnit.join(", ")}`);
    expect(review).toContain("npm run data:spans");
  });

  it("writes into an empty folder that exists, and proposes no capacity and no date without --date", () => {
    const out = tmp();
    expect(run(["draft", FILE, "--source", SOURCE, "--meeting", MEETING, "--out", out]).code).toBe(0);
    const [meeting] = readJson(path.join(out, "meeting.json")).meetings as Rec[];
    expect([meeting!.date, meeting!.evidence]).toEqual([null, []]);
    const statements = readJson(path.join(out, "statements.json")).statements as Rec[];
    const states = statements.filter((s) => dataset.delegations.find((d) => d.id === s.speaker.delegation)?.kind === "member-state");
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((s) => s.capacity === null)).toBe(true);
    expect(readFileSync(path.join(out, "REVIEW.md"), "utf8")).toContain("no meeting date was given");
  });
});

describe("the excerpts of docs/adding-a-meeting.md", () => {
  const guide = readFileSync(path.join(DATA_DIR, "..", "docs", "adding-a-meeting.md"), "utf8");

  it("are what draft writes for the shipped meeting's text: a statement whole, and lines of REVIEW.md", () => {
    const out = tmp();
    expect(run(["draft", FILE, "--source", SOURCE, "--meeting", MEETING, "--date", meetingRecord.date as string, "--out", out]).code).toBe(0);
    const shown = [...guide.matchAll(/```json\n([^`]*)```/g)].map((m) => JSON.parse(m[1]!) as Rec).filter((r) => r.meeting === MEETING);
    expect(shown.length).toBe(1);
    const statements = readJson(path.join(out, "statements.json")).statements as Rec[];
    expect(shown[0]).toEqual(statements.find((s) => s.id === shown[0]!.id));
    const review = readFileSync(path.join(out, "REVIEW.md"), "utf8").split("\n");
    const excerpt = /```markdown\n([^`]*(?:`[^`]+`[^`]*)*)```/.exec(guide)![1]!.split("\n").filter((l) => l !== "" && l !== "…");
    expect(excerpt.length).toBeGreaterThan(5);
    for (const line of excerpt) expect(review).toContain(line);
  });
});

describe("draft with the tables of a fixture", () => {
  let c: DraftCase;
  beforeAll(() => {
    c = draftCase("2031-11-13-community-engagement");
  });

  it("drafts with the dataset it is given, and puts speakers only listed in REVIEW.md, not in a statement", () => {
    const dir = tmp();
    const file = path.join(dir, "text.txt");
    writeFileSync(file, c.text);
    const out = path.join(dir, "out");
    const data = { ...dataset, delegations: c.reference.delegations, missions: c.reference.missions, councilTerms: c.reference.councilTerms } as unknown as Dataset;
    expect(run(["draft", file, "--source", c.source, "--meeting", c.meeting, "--date", c.date, "--out", out], data).code).toBe(0);
    const statements = readJson(path.join(out, "statements.json")).statements as Rec[];
    expect(statements.map((s) => s.speaker.delegation)).toEqual(c.key.statements.map((k) => k.speaker.delegation));
    const review = readFileSync(path.join(out, "REVIEW.md"), "utf8");
    expect(review).toMatch(/^\d+\. `listed-speakers` in the text's own voice, at \d+–\d+: “Also speaking were the representatives of Peru and Thailand\.”$/m);
    expect(review).toMatch(/^\d+\. `possible-mission` in statement `2031-11-13-community-engagement-04`, at \d+–\d+: “Abyei”$/m);
  });
});

describe("draft refuses", () => {
  const args = (...rest: string[]) => ["draft", FILE, "--source", SOURCE, "--meeting", MEETING, ...rest];

  it.each([
    [["draft"], "draft needs a text file: draft FILE --source ID --meeting ID [--date YYYY-MM-DD] --out DIR"],
    [["draft", FILE, "--meeting", MEETING, "--out", "x"], "draft needs --source ID (the id of the source the text is)"],
    [["draft", FILE, "--source", SOURCE, "--out", "x"], "draft needs --meeting ID (the id of the meeting to draft)"],
    [["draft", FILE, "--source", "a b", "--meeting", MEETING, "--out", "x"], "--source must be an id (letters and digits joined by single '-', '_' or '.'), got 'a b'"],
    [["draft", FILE, "--source", SOURCE, "--meeting", "2020--09", "--out", "x"], "--meeting must be an id (letters and digits joined by single '-', '_' or '.'), got '2020--09'"],
    [[...args("--date", "14 September 2020", "--out", "x")], "--date must be a date written YYYY-MM-DD, got '14 September 2020'"],
    [[...args("--date", "2020-09-31", "--out", "x")], "--date 2020-09-31 is not a day of the calendar"],
    [[...args()], "draft needs --out DIR"],
    [[...args("--out", " ")], "--out is empty: give the folder to write into, --out DIR"],
    [["draft", FILE, "x", "--source", SOURCE], "draft: unexpected argument 'x'"],
    [[...args("--out", "a", "-o", "b")], "draft: --out takes one value and was given more than once"],
    [[...args("--colour")], "draft: unknown option '--colour'"],
  ])("%j with one usage error naming the argument (exit 2)", (argv, message) => {
    expect(run(argv)).toEqual(usage(message));
  });

  it("a FILE that does not exist, or that is a folder", () => {
    const dir = tmp();
    const missing = path.join(dir, "no-such-text.txt");
    expect(run(["draft", missing, "--source", SOURCE, "--meeting", MEETING, "--out", path.join(dir, "out")])).toEqual(usage(`FILE ${missing} does not exist`));
    expect(run(["draft", dir, "--source", SOURCE, "--meeting", MEETING, "--out", path.join(dir, "out")])).toEqual(usage(`FILE ${dir} is not a file`));
    expect(readdirSync(dir)).toEqual([]);
  });

  it("an --out folder that is not empty, or that is a file, and writes nothing", () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "notes.txt"), "mine");
    expect(run(args("--out", dir))).toEqual(usage(`--out ${dir} is not empty: draft writes only into a new or empty folder`));
    expect(run(args("--out", path.join(dir, "notes.txt")))).toEqual(usage(`--out is a file, not a folder: ${path.join(dir, "notes.txt")}`));
    expect(run(args("--out", path.join(dir, "notes.txt", "a")))).toEqual(usage(`--out ${path.join(dir, "notes.txt", "a")}: ${path.join(dir, "notes.txt")} is a file, not a folder`));
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
  });

  it("a FILE that is not UTF-8, naming the byte (exit 1), and writes nothing", () => {
    const dir = tmp();
    const file = path.join(dir, "latin1.txt");
    writeFileSync(file, Buffer.from([0x4e, 0x69, 0x67, 0x65, 0x72, 0xe9, 0x0a]));
    const out = path.join(dir, "out");
    expect(run(["draft", file, "--source", SOURCE, "--meeting", MEETING, "--out", out])).toEqual({
      code: 1,
      out: "",
      err: `peacekeeping-records: FILE ${file} is not valid UTF-8: byte 0xE9 at byte offset 5\n`,
    });
    expect(readdirSync(dir)).toEqual(["latin1.txt"]);
  });

  it("nothing for --help but its usage and an example", () => {
    const help = run(["draft", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^usage: peacekeeping-records draft FILE --source ID --meeting ID \[--date YYYY-MM-DD\] --out DIR\n/);
    expect(help.out).toContain(`\nexample:\n  peacekeeping-records draft data/sources/${path.basename(FILE)} --source ${SOURCE} --meeting ${MEETING} --date ${meetingRecord.date} --out draft-a4p\n`);
  });
});
