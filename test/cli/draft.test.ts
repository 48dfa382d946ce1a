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
import { draftMeeting, type DraftReference, type MeetingDraft } from "../../src/authoring/index.js";
import { fillSpans } from "../../src/authoring/spans.js";
import { dataset, type Dataset } from "../../src/index.js";
import { DATA_DIR, realData } from "../helpers.js";
import { draftCase, draftCaseNames, EDGE, edgeReference, type DraftCase } from "../authoring/draft-cases.js";

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
    expect(help.out).toContain(`\nexample:\n  peacekeeping-records draft node_modules/peacekeeping-records/data/sources/${path.basename(FILE)} --source ${SOURCE} --meeting ${MEETING} --date ${meetingRecord.date} --out draft-a4p\n`);
  });
});

/** The words that write a date in a text, as a reader finds them: "3 February 2031", else "February 3, 2031". */
function dateInText(text: string, date: string): { start: number; end: number } | undefined {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const month = new Date(Date.UTC(y, m - 1, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" });
  for (const words of [new RegExp(`(?<!\\d)${d}\\s${month}\\s${y}`, "u"), new RegExp(`${month}\\s${d},\\s${y}`, "u")]) {
    const found = words.exec(text);
    if (found) return { start: found.index, end: found.index + found[0].length };
  }
  return undefined;
}

/** What a drafted meeting's folder holds, as the command's help and the guide describe it, for the draft of a text. */
function expectedFolder(text: string, draft: MeetingDraft, o: { source: string; meeting: string; date?: string; file: string }) {
  const span = (r: { start: number; end: number }) => ({ source: o.source, start: r.start, end: r.end, quote: text.slice(r.start, r.end) });
  const found = o.date === undefined ? undefined : dateInText(text, o.date);
  const meeting = {
    id: o.meeting,
    date: o.date ?? null,
    body: null,
    format: null,
    agendaItem: null,
    topic: null,
    initiative: null,
    kind: null,
    president: null,
    meetingNumber: null,
    recordSymbol: null,
    parts: [],
    sources: [o.source],
    briefers: draft.statements.filter((s) => s.role === "briefer").map((s) => ({ name: s.speaker.name, title: s.speaker.title, delegation: s.speaker.delegation, evidence: s.speaker.evidence })),
    outcomes: [],
    evidence: found === undefined ? [] : [{ field: "date", span: span(found) }],
    citations: [],
  };
  const statements = draft.statements.map((s) => ({ ...s, themes: [], documents: [] }));
  const metrics = draft.numbers.map((n, i) => ({
    id: `${o.meeting}-number-${i < 9 ? "0" : ""}${i + 1}`,
    meeting: o.meeting,
    statement: n.statement,
    subject: null,
    unit: n.unit,
    value: n.value,
    qualifier: n.qualifier,
    qualifierText: n.qualifierText,
    text: n.text,
    evidence: n.evidence,
    period: n.period,
    target: n.target === null ? null : { value: n.target.value, qualifier: n.target.qualifier, qualifierText: n.target.qualifierText, text: n.target.text, evidence: n.evidence },
    scope: { missions: [], delegation: null, location: null, level: null },
  }));

  const ids = (list: readonly { id: string }[]) => list.map((s) => `\`${s.id}\``).join(", ");
  const bullets = (title: string, items: (string | false)[]) => [`### ${title}`, "", ...items.filter((t) => t !== false).map((t) => `- ${t}`), ""];
  const presiding = draft.statements.filter((s) => s.role === "president");
  const briefers = draft.statements.filter((s) => s.role === "briefer");
  const unknown = draft.statements.filter((s) => s.speaker.delegation === null);
  const noSeat = draft.statements.filter((s) => s.role === null || s.capacity === null);
  const noUnit = draft.numbers.filter((n) => n.unit === null);
  const review = [
    `# Review of the draft of ${o.meeting}`,
    "",
    `Drafted by \`peacekeeping-records draft\` from \`${o.file}\` (source \`${o.source}\`, ${o.date === undefined ? "no date given" : `date ${o.date}`}):`,
    `${draft.statements.length} statements, ${draft.numbers.length} numbers, ${draft.delegations.length} delegations found by name.`,
    "Every value in the three files stands in the words of its span; what the text does not settle is below, and nothing",
    "of it is in a record yet. Decide each item, edit the files, then run the spans filler, validate and the tests.",
    "",
    `## What the drafting could not decide (${draft.review.length})`,
    "",
    ...(draft.review.length === 0 ? ["Nothing: every speaker, group and mission named was found in the tables."] : []),
    ...draft.review.flatMap((r, i) => [
      `${i + 1}. \`${r.kind}\` in ${r.statement === null ? "the text's own voice" : `statement \`${r.statement}\``}, at ${r.span.start}–${r.span.end}: “${r.span.quote.split(/\s+/u).join(" ")}”`,
      `   ${r.message}.${r.suggestions.length === 0 ? "" : ` Suggestions: ${r.suggestions.map((x) => `\`${x}\``).join(", ")}.`}`,
    ]),
    "",
    "## What a person must still decide",
    "",
    ...bullets("meeting.json", [
      "`body`, `format`, `topic` and `kind`, each with an `evidence` span that states it; the draft reads none of them.",
      found === undefined ? "`date`: no words of the text write it; add its evidence span, or a citation." : "`date`: its evidence is the date as the text writes it; check it is the meeting's date.",
      "`meetingNumber`, `recordSymbol`, `agendaItem`, `initiative`: where the text states them (with a span), else cited by document symbol or left null.",
      presiding.length === 0
        ? "`president`: who presided, with the words that say so, or null."
        : `\`president\`: ${ids(presiding)} has the role \`president\`; set who presided with the words that say so.`,
      briefers.length === 0 ? "`briefers`: none drafted." : `\`briefers\`: drafted from ${ids(briefers)}; a briefer's \`title\` may not be null.`,
      "`outcomes`: what the meeting adopted, if anything.",
    ]),
    ...bullets("statements.json", [
      `\`themes\` of every statement (all ${draft.statements.length} are empty), each with its evidence span.`,
      "`documents` cited (all empty), and `missions` inferred from a place (see the `possible-mission` items above): the draft makes explicit mentions only.",
      unknown.length > 0 && `\`speaker.delegation\` left null in ${ids(unknown)}: add the delegation to the shared table, or set it by hand.`,
      noSeat.length > 0 && `\`role\` or \`capacity\` left null in ${ids(noSeat)}: set them (a state's capacity is its seat on the meeting's date).`,
      "Check each statement's `paragraphs`: a paragraph belongs to the speaker it follows until the next speaker is introduced.",
    ]),
    ...bullets("metrics.json", [
      `\`subject\` of every number (all ${draft.numbers.length} are null), then its \`id\` (\`${o.meeting}-\` and a short name of what is measured).`,
      noUnit.length > 0 && `\`unit\` left null for ${noUnit.map((n) => `“${n.text.split(/\s+/u).join(" ")}”`).join(", ")}: set it, or drop the record.`,
      "Drop the numbers that measure nothing; check each `period` and `scope` (written empty: not specific to a mission, delegation or place).",
      "`evidence` is the whole sentence: shorten it to the words that state the number if you like (they must contain `text` and `qualifierText`).",
    ]),
    "## Then",
    "",
    "Add the source's record to `data/sources/sources.json`, then run `npm run data:spans` (it writes each span's offsets;",
    "a quote that occurs more than once already carries its `start`), `npm run data:format`, `npm run validate` and `npm test`.",
    "",
  ].join("\n");
  return { meeting, statements, metrics, review };
}

/** Runs draft on a text with these tables, and checks every file it writes against the draft of the same text. */
function checkFolder(text: string, o: { source: string; meeting: string; date?: string }, reference: Required<DraftReference>) {
  const dir = tmp();
  const file = path.join(dir, "coverage.txt");
  writeFileSync(file, text);
  const out = path.join(dir, "out");
  const data = { ...dataset, ...reference } as unknown as Dataset;
  const argv = ["draft", file, "--source", o.source, "--meeting", o.meeting, ...(o.date === undefined ? [] : ["--date", o.date]), "--out", out];
  expect(run(argv, data).code).toBe(0);
  const draft = draftMeeting(text, { ...o, reference });
  const expected = expectedFolder(text, draft, { ...o, file: "coverage.txt" });
  const filled = (name: string) => {
    const { content, errors } = fillSpans(readJson(path.join(out, name)), new Map([[o.source, text]]));
    expect(errors).toEqual([]);
    return content as Rec;
  };
  expect(filled("meeting.json").meetings).toEqual([expected.meeting]);
  expect(filled("statements.json").statements).toEqual(expected.statements);
  expect(filled("metrics.json").metrics).toEqual(expected.metrics);
  expect(readFileSync(path.join(out, "REVIEW.md"), "utf8")).toBe(expected.review);
  return draft;
}

describe("draft writes, field by field, what draftMeeting drafts", () => {
  const bundled = { delegations: dataset.delegations, missions: dataset.missions, councilTerms: dataset.councilTerms } as unknown as Required<DraftReference>;

  it("for the shipped meeting, its numbers compared with a target included", () => {
    const draft = checkFolder(TEXT, { source: SOURCE, meeting: MEETING, date: meetingRecord.date as string }, bundled);
    expect(draft.numbers.some((n) => n.target !== null)).toBe(true);
    expect(draft.numbers.length).toBeGreaterThan(9);
  });

  it("for the shipped meeting without a date: no capacity, so every state's statement is listed to set by hand", () => {
    const draft = checkFolder(TEXT, { source: SOURCE, meeting: MEETING }, bundled);
    expect(draft.statements.some((s) => s.capacity === null)).toBe(true);
  });

  it.each(draftCaseNames().filter((c) => c.name.startsWith("fixture")))("for $name, with its tables", ({ meeting }) => {
    const c = draftCase(meeting);
    checkFolder(c.text, { source: c.source, meeting: c.meeting, date: c.date }, c.reference);
  });

  it("for the edge cases: unknown speakers, no seat, a number without a unit, a president", () => {
    const draft = checkFolder(readFileSync(EDGE.file, "utf8"), { source: "edge-cases", meeting: "2031-02-03-edges", date: EDGE.date }, edgeReference());
    expect(draft.statements.some((s) => s.speaker.delegation === null)).toBe(true);
    expect(draft.statements.some((s) => s.role === "president")).toBe(true);
  });

  it("for the edge cases without a date: the presiding speaker keeps the role but has no capacity", () => {
    const draft = checkFolder(readFileSync(EDGE.file, "utf8"), { source: "edge-cases", meeting: "2031-02-03-edges" }, edgeReference());
    expect(draft.statements.some((s) => s.role !== null && s.capacity === null)).toBe(true);
  });

  it("for a text that writes its date month first, and quotes that run over a line break", () => {
    const text = [
      "SYNTHETIC TEST TEXT — not a UN document; written for peacekeeping-records' tests. All names, numbers, dates and symbols in it are invented.",
      "",
      "The Security Council met on February 3, 2031.",
      "",
      "The representative of Kenya said that 30 engineers would deploy.",
      "",
      "Also speaking were the representatives of Ghana\n   and Denmark.",
      "",
    ].join("\n");
    const draft = checkFolder(text, { source: "synthetic", meeting: "2031-02-03-short", date: EDGE.date }, edgeReference());
    expect(draft.review.map((r) => r.span.quote)).toEqual(["Also speaking were the representatives of Ghana\n   and Denmark."]);
    // The date's evidence in meeting.json (checked above) is these words.
    const date = dateInText(text, EDGE.date)!;
    expect(text.slice(date.start, date.end)).toBe("February 3, 2031");
  });
});
