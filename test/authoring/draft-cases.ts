/**
 * The texts the drafting is measured on, each with its answer key (the hand-made records of the same meeting, spans
 * filled): every meeting of data/, and every fixture of test/fixtures/meetings/ (found from the folder, so a new
 * fixture is measured as soon as it is there). Shared by the quality tests and the bench.
 *
 * Tests list the cases with `draftCaseNames()`, which runs no code of src/, and load a case inside the test run
 * (`draftCase`): Stryker switches a mutant on only while tests run, so a case or a draft computed when a test file
 * loads would be computed without it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fillSpans } from "../../src/authoring/spans.js";
import { loadDataDir } from "../../src/authoring/load.js";
import type { AnswerKey } from "../../src/authoring/draft/measure.js";
import type { DraftReference } from "../../src/authoring/index.js";
import { councilTerms, delegations, missions } from "../../src/index.js";
import { DATA_DIR, ROOT } from "../helpers.js";

export const FIXTURES_DIR = path.join(ROOT, "test/fixtures/meetings");

/** One text to draft, with what the drafting needs and the records to measure it against. */
export interface DraftCase {
  /** `data/<meeting>` or `fixture <name>`. */
  readonly name: string;
  readonly meeting: string;
  readonly source: string;
  readonly date: string;
  readonly text: string;
  readonly reference: Required<DraftReference>;
  readonly key: AnswerKey;
}

type Rec = Record<string, any>;
const readJson = (file: string): Rec => JSON.parse(readFileSync(file, "utf8")) as Rec;

/** The meetings of data/, each drafted with the bundled tables. */
function dataCases(): DraftCase[] {
  const { input, sourceTexts } = loadDataDir(DATA_DIR);
  return (input.meetings as Rec[]).map((m): DraftCase => ({
    name: `data/${m.id}`,
    meeting: m.id,
    source: m.sources[0],
    date: m.date,
    text: sourceTexts.get(m.sources[0])!,
    reference: { delegations, missions, councilTerms },
    key: {
      statements: (input.statements as Rec[]).filter((s) => s.meeting === m.id) as never,
      metrics: (input.metrics as Rec[]).filter((x) => x.meeting === m.id) as never,
    },
  }));
}

/** A fixture's own table (delegations, missions, council terms), appended to the bundled one. */
function withFixture<T>(bundled: readonly T[], dir: string, collection: string): T[] {
  const file = path.join(dir, `${collection.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.json`);
  return existsSync(file) ? [...bundled, ...(readJson(file)[collection] as T[])] : [...bundled];
}

/** The meetings of each fixture, drafted with the bundled tables and the fixture's additions. */
function fixtureCases(): DraftCase[] {
  return readdirSync(FIXTURES_DIR)
    .filter((f) => existsSync(path.join(FIXTURES_DIR, f, "sources.json")))
    .sort()
    .flatMap((fixture) => {
      const dir = path.join(FIXTURES_DIR, fixture);
      const texts = new Map<string, string>((readJson(path.join(dir, "sources.json")).sources as Rec[]).map((s) => [s.id, readFileSync(path.join(dir, "sources", s.path), "utf8")]));
      const reference = { delegations: withFixture(delegations, dir, "delegations"), missions: withFixture(missions, dir, "missions"), councilTerms: withFixture(councilTerms, dir, "councilTerms") };
      return readdirSync(path.join(dir, "meetings")).sort().map((id): DraftCase => {
        const meeting = readJson(path.join(dir, "meetings", id, "meeting.json")).meetings[0] as Rec;
        const fill = (file: string, collection: string) => {
          const { content, errors } = fillSpans(readJson(path.join(dir, "meetings", id, file)), texts);
          if (errors.length > 0) throw new Error(`${fixture}/${file}: ${errors[0]!.message}`);
          return (content as Rec)[collection];
        };
        return {
          name: `fixture ${fixture}`,
          meeting: id,
          source: meeting.sources[0],
          date: meeting.date,
          text: texts.get(meeting.sources[0])!,
          reference: reference as never,
          key: { statements: fill("statements.json", "statements"), metrics: fill("metrics.json", "metrics") },
        };
      });
    });
}

/** Every text the drafting is measured on. */
export const draftCases = (): DraftCase[] => [...dataCases(), ...fixtureCases()];

/** A case's name and meeting, as a test's title gives them. */
export type DraftCaseName = Pick<DraftCase, "name" | "meeting">;

/** The names of every case, read from the folders alone (no code of src/ runs), in the order of `draftCases()`. */
export function draftCaseNames(): DraftCaseName[] {
  const folders = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return [
    ...folders(path.join(DATA_DIR, "meetings")).map((id) => ({ name: `data/${id}`, meeting: id })),
    ...folders(FIXTURES_DIR)
      .filter((f) => existsSync(path.join(FIXTURES_DIR, f, "sources.json")))
      .flatMap((fixture) => folders(path.join(FIXTURES_DIR, fixture, "meetings")).map((id) => ({ name: `fixture ${fixture}`, meeting: id }))),
  ];
}

/** test/fixtures/draft/edge-cases.txt (no records: one house style per paragraph) and the small reference it is drafted with. */
export const EDGE = {
  file: path.join(ROOT, "test/fixtures/draft/edge-cases.txt"),
  date: "2031-02-03",
  delegations: [
    { id: "DNK", name: "Denmark", kind: "member-state" },
    { id: "GHA", name: "Ghana", kind: "member-state" },
    { id: "KEN", name: "Kenya", kind: "member-state" },
    { id: "EU", name: "European Union", kind: "regional-organization" },
  ],
  /** Invented elected terms for 2031, like the fixtures' (the real table holds none yet). */
  terms2031: ["DNK", "GHA"].map((state) => ({ seat: "elected", state, from: "2031-01-01", to: "2032-12-31" })),
} as const;

/** The reference the edge cases are drafted with: their delegations, the bundled missions, the bundled terms and 2031's. */
export const edgeReference = (): Required<DraftReference> => ({ delegations: [...EDGE.delegations], missions, councilTerms: [...councilTerms, ...EDGE.terms2031] });

/** One case by its meeting id, loaded now (call it inside a test or a hook, not when a test file loads). */
export function draftCase(meeting: string): DraftCase {
  const c = (existsSync(path.join(DATA_DIR, "meetings", meeting)) ? dataCases() : fixtureCases()).find((x) => x.meeting === meeting);
  if (c === undefined) throw new Error(`no draft case for meeting ${meeting}`);
  return c;
}
