/**
 * The files `peacekeeping-records draft` writes for a drafted meeting: `meeting.json`, `statements.json` and
 * `metrics.json` in the layout of `data/meetings/<id>/`, their spans written by quote for the spans filler, and
 * `REVIEW.md`, what a person must still decide. Pure: it returns the files' text; the command writes them.
 * @module
 */
import { formatDataFile } from "../authoring/format.js";
import { occurrences } from "../authoring/spans.js";
import type { DraftNumber, DraftStatement, MeetingDraft, ReviewItem, Span } from "../authoring/index.js";
import { fold } from "../typography.js";

/** What the files are drafted for. */
export interface DraftFolderOptions {
  /** The source id every span cites. */
  readonly source: string;
  /** The meeting's id. */
  readonly meeting: string;
  /** The meeting's date, when given. */
  readonly date?: string;
  /** The name of the text file, for REVIEW.md. */
  readonly file: string;
}

/** A span as an author writes it: its quote and source, and its start only where the quote occurs more than once. */
type QuotedSpan = { source: string; start?: number; quote: string };

const SCHEMA = "../../schema/data-file.schema.json";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The words that write a date in the text ("13 November 2031" or "November 13, 2031"), or undefined. */
function dateWords(text: string, date: string): { start: number; end: number } | undefined {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  for (const words of [`${d} ${MONTHS[m - 1]} ${y}`, `${MONTHS[m - 1]} ${d}, ${y}`]) {
    const at = occurrences(fold(text), words)[0];
    if (at !== undefined) return { start: at, end: at + words.length };
  }
  return undefined;
}

/** The text of a quote on one line, for REVIEW.md. */
const oneLine = (quote: string) => quote.replace(/\s+/gu, " ");

/** REVIEW.md: every review item with its quote and kind, then what the draft leaves to a person. */
function reviewText(draft: MeetingDraft, options: DraftFolderOptions, dateFound: boolean): string {
  const { meeting } = options;
  const lines: string[] = [
    `# Review of the draft of ${meeting}`,
    "",
    `Drafted by \`peacekeeping-records draft\` from \`${options.file}\` (source \`${options.source}\`${options.date ? `, date ${options.date}` : ", no date given"}):`,
    `${draft.statements.length} statements, ${draft.numbers.length} numbers, ${draft.delegations.length} delegations found by name.`,
    "Every value in the three files stands in the words of its span; what the text does not settle is below, and nothing",
    "of it is in a record yet. Decide each item, edit the files, then run the spans filler, validate and the tests.",
    "",
    `## What the drafting could not decide (${draft.review.length})`,
    "",
  ];
  if (draft.review.length === 0) lines.push("Nothing: every speaker, group and mission named was found in the tables.", "");
  draft.review.forEach((r: ReviewItem, i) => {
    const where = r.statement === null ? "the text's own voice" : `statement \`${r.statement}\``;
    const suggestions = r.suggestions.length > 0 ? ` Suggestions: ${r.suggestions.map((s) => `\`${s}\``).join(", ")}.` : "";
    lines.push(`${i + 1}. \`${r.kind}\` in ${where}, at ${r.span.start}–${r.span.end}: “${oneLine(r.span.quote)}”`, `   ${r.message}.${suggestions}`);
  });
  if (draft.review.length > 0) lines.push("");

  const todo = (title: string, items: string[]) => {
    lines.push(`### ${title}`, "", ...items.map((t) => `- ${t}`), "");
  };
  const ids = (list: readonly { id: string }[]) => list.map((x) => `\`${x.id}\``).join(", ");
  const unknown = draft.statements.filter((s) => s.speaker.delegation === null);
  const noSeat = draft.statements.filter((s) => s.role === null || s.capacity === null);
  const briefers = draft.statements.filter((s) => s.role === "briefer");
  const presiding = draft.statements.filter((s) => s.role === "president");
  const noUnit = draft.numbers.filter((n) => n.unit === null);
  lines.push("## What a person must still decide", "");
  todo("meeting.json", [
    "`body`, `format`, `topic` and `kind`, each with an `evidence` span that states it; the draft reads none of them.",
    dateFound ? "`date`: its evidence is the date as the text writes it; check it is the meeting's date." : "`date`: no words of the text write it; add its evidence span, or a citation.",
    "`meetingNumber`, `recordSymbol`, `agendaItem`, `initiative`: where the text states them (with a span), else cited by document symbol or left null.",
    presiding.length > 0
      ? `\`president\`: ${ids(presiding)} has the role \`president\`; set who presided with the words that say so.`
      : "`president`: who presided, with the words that say so, or null.",
    briefers.length > 0 ? `\`briefers\`: drafted from ${ids(briefers)}; a briefer's \`title\` may not be null.` : "`briefers`: none drafted.",
    "`outcomes`: what the meeting adopted, if anything.",
  ]);
  todo("statements.json", [
    `\`themes\` of every statement (all ${draft.statements.length} are empty), each with its evidence span.`,
    "`documents` cited (all empty), and `missions` inferred from a place (see the `possible-mission` items above): the draft makes explicit mentions only.",
    ...(unknown.length > 0 ? [`\`speaker.delegation\` left null in ${ids(unknown)}: add the delegation to the shared table, or set it by hand.`] : []),
    ...(noSeat.length > 0 ? [`\`role\` or \`capacity\` left null in ${ids(noSeat)}: set them (a state's capacity is its seat on the meeting's date).`] : []),
    "Check each statement's `paragraphs`: a paragraph belongs to the speaker it follows until the next speaker is introduced.",
  ]);
  todo("metrics.json", [
    `\`subject\` of every number (all ${draft.numbers.length} are null), then its \`id\` (\`${meeting}-\` and a short name of what is measured).`,
    ...(noUnit.length > 0 ? [`\`unit\` left null for ${noUnit.map((n: DraftNumber) => `“${oneLine(n.text)}”`).join(", ")}: set it, or drop the record.`] : []),
    "Drop the numbers that measure nothing; check each `period` and `scope` (written empty: not specific to a mission, delegation or place).",
    "`evidence` is the whole sentence: shorten it to the words that state the number if you like (they must contain `text` and `qualifierText`).",
  ]);
  lines.push(
    "## Then",
    "",
    "Add the source's record to `data/sources/sources.json`, then run `npm run data:spans` (it writes each span's offsets;",
    "a quote that occurs more than once already carries its `start`), `npm run data:format`, `npm run validate` and `npm test`.",
    "",
  );
  return lines.join("\n");
}

/**
 * The files of a drafted meeting, by name: the three data files (canonical form, `$schema` first, spans by quote)
 * and REVIEW.md.
 */
export function draftFolderFiles(text: string, draft: MeetingDraft, options: DraftFolderOptions): Record<string, string> {
  const folded = fold(text);
  const quoted = (s: Span): QuotedSpan => {
    const once = occurrences(folded, fold(s.quote)).length === 1;
    return once ? { source: s.source, quote: s.quote } : { source: s.source, start: s.start, quote: s.quote };
  };
  const found = options.date === undefined ? undefined : dateWords(text, options.date);
  const statement = (s: DraftStatement) => ({
    id: s.id,
    meeting: s.meeting,
    order: s.order,
    speaker: { delegation: s.speaker.delegation, name: s.speaker.name, title: s.speaker.title, evidence: quoted(s.speaker.evidence) },
    role: s.role,
    capacity: s.capacity,
    participation: s.participation && { mode: s.participation.mode, evidence: quoted(s.participation.evidence) },
    onBehalfOf: s.onBehalfOf,
    onBehalfOfEvidence: s.onBehalfOfEvidence && quoted(s.onBehalfOfEvidence),
    paragraphs: s.paragraphs.map(quoted),
    themes: [],
    missions: s.missions.map((m) => ({ mission: m.mission, mention: m.mention, inferredFrom: m.inferredFrom, evidence: quoted(m.evidence) })),
    documents: [],
  });
  const meeting = {
    id: options.meeting,
    date: options.date ?? null,
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
    sources: [options.source],
    briefers: draft.statements
      .filter((s) => s.role === "briefer" && s.speaker.delegation !== null)
      .map((s) => ({ name: s.speaker.name, title: s.speaker.title, delegation: s.speaker.delegation, evidence: quoted(s.speaker.evidence) })),
    outcomes: [],
    evidence: found === undefined ? [] : [{ field: "date", span: quoted({ source: options.source, start: found.start, end: found.end, quote: text.slice(found.start, found.end) }) }],
    citations: [],
  };
  const metrics = draft.numbers.map((n, i) => ({
    id: `${options.meeting}-number-${String(i + 1).padStart(2, "0")}`,
    meeting: options.meeting,
    statement: n.statement,
    subject: null,
    unit: n.unit,
    value: n.value,
    qualifier: n.qualifier,
    qualifierText: n.qualifierText,
    text: n.text,
    evidence: quoted(n.evidence),
    period: n.period,
    target: n.target && { value: n.target.value, qualifier: n.target.qualifier, qualifierText: n.target.qualifierText, text: n.target.text, evidence: quoted(n.evidence) },
    scope: { missions: [], delegation: null, location: null, level: null },
  }));
  return {
    "meeting.json": formatDataFile({ $schema: SCHEMA, meetings: [meeting] }),
    "statements.json": formatDataFile({ $schema: SCHEMA, statements: draft.statements.map(statement) }),
    "metrics.json": formatDataFile({ $schema: SCHEMA, metrics }),
    "REVIEW.md": reviewText(draft, options, found !== undefined),
  };
}
