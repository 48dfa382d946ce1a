/**
 * The command-line tool: `peacekeeping-records <command> [options]`.
 * Every error is one line on stderr and a non-zero exit: 2 for a usage error, 1 for anything else.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, type Stats } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { dataset as bundled, filterMetrics, filterStatements, missionsActiveOn, missionStatusAt, periodKey, themeCoverage, UnknownIdError, type AnyIds, type Dataset } from "../index.js";
import { isCalendarDate } from "../dates.js";
import { councilTable } from "../helpers/council-table.js";
import { compareStrings } from "../helpers/order.js";
import { decodeUtf8, formatProblems, loadDataDir, problemCount, validateLoaded } from "../authoring/load.js";
import { draftMeeting } from "../authoring/draft/draft.js";
import { draftFolderFiles } from "./draft.js";
import { COLLECTIONS } from "../schemas/dataset.js";
import { diffDatasets, diffMarkdown } from "../export/diff.js";
import { datasetFromTarball, isVersion, ReleaseError, releaseDataset } from "../export/release.js";
import { writeCsvFiles, writeJsonFiles } from "../export/files.js";
import { datasetToTables } from "../export/tables.js";
import { renderCsv, renderText, type Rows } from "./render.js";
import { findRecords, renderRecord } from "./show.js";
import { summary } from "./summary.js";

/** Where the tool writes. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** A usage error: wrong command, flag or value. Exit code 2. */
class UsageError extends Error {}
/** A command that could not do its work, already explained in its message. Exit code 1. */
class CommandError extends Error {}

/** Plain words for the errno codes a write can meet. */
const ERRNO: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOSPC: "no space left on the device",
  EISDIR: "a folder is in the way of a file to write",
};
/** The same for a read: there, a folder is what was named, not what is in the way. */
const READ_ERRNO: Readonly<Record<string, string>> = { ...ERRNO, EISDIR: "it is a folder, not a file" };

/** The path itself, or its nearest existing ancestor, when that is not a folder; undefined when the way is clear. */
function fileInTheWay(dir: string): string | undefined {
  for (let p = dir; ; p = path.dirname(p)) {
    let stat: Stats | undefined;
    try {
      stat = statSync(p);
    } catch {
      // Missing, or an ancestor is a file (ENOTDIR): go on to the parent; the loop reaches that file.
    }
    if (stat !== undefined) return stat.isDirectory() ? undefined : p;
    if (path.dirname(p) === p) return undefined;
  }
}

const NAME = "peacekeeping-records";

/**
 * The built explorer page: dist/explorer beside dist/cli.js in the package, or the project's dist/explorer when this
 * module runs from src/cli (the tests); undefined when neither holds an index.html.
 */
export function shippedExplorer(candidates = [new URL("./explorer/", import.meta.url), new URL("../../dist/explorer/", import.meta.url)]): string | undefined {
  return candidates.map((u) => fileURLToPath(u)).find((dir) => existsSync(path.join(dir, "index.html")));
}
type Options = NonNullable<ParseArgsConfig["options"]>;
const FORMAT: Options = { format: { type: "string", short: "f" } };
const HELP: Options = { help: { type: "boolean", short: "h" } };

interface Command {
  summary: string;
  usage: string;
  /** A command line that works, for --help. */
  example: string;
  /** The ids each flag accepts, for --help: listed when they are few, else where to find them. */
  values?: (dataset: Dataset) => ReadonlyArray<readonly [flag: string, ids: readonly string[], listedBy: string]>;
  options: Options;
  positionals?: number;
  run(values: Record<string, unknown>, positionals: string[], io: Io, dataset: Dataset): number;
}

const year = (v: unknown, flag: string): number | undefined => {
  if (v === undefined) return undefined;
  if (!/^\d{4}$/.test(String(v))) throw new UsageError(`--${flag} must be a four-digit year, got '${String(v)}'`);
  return Number(v);
};

/** A day given to a flag, `YYYY-MM-DD`, that exists in the calendar; a usage error naming the flag otherwise. */
const day = (v: unknown, flag: string): string => {
  const value = String(v);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`--${flag} must be a date written YYYY-MM-DD, got '${value}'`);
  if (!isCalendarDate(value)) throw new UsageError(`--${flag} ${value} is not a day of the calendar`);
  return value;
};

/** An id given to a flag (letters and digits joined by single '-', '_' or '.'); a usage error naming the flag otherwise. */
const id = (v: unknown, flag: string, what: string): string => {
  if (v === undefined) throw new UsageError(`draft needs --${flag} ID (${what})`);
  const value = String(v);
  if (!/^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/.test(value)) throw new UsageError(`--${flag} must be an id (letters and digits joined by single '-', '_' or '.'), got '${value}'`);
  return value;
};

/** The stat of a path, or undefined where nothing is there. */
function statOf(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/** Prints rows as text (default), JSON (the records themselves) or CSV. */
function print(io: Io, format: unknown, rows: Rows, records: readonly unknown[], csv?: Rows): void {
  switch (format ?? "table") {
    case "table":
      io.out(renderText(rows));
      return;
    case "json":
      io.out(`${JSON.stringify(records, null, 2)}\n`);
      return;
    case "csv":
      io.out(renderCsv(csv ?? rows));
      return;
    default:
      throw new UsageError(`unknown format '${String(format)}' (use table, json or csv)`);
  }
}

/** The flat CSV table of a collection, for only the given records. */
function csvRows(collection: (typeof COLLECTIONS)[number], records: readonly unknown[]): Rows {
  const empty = Object.fromEntries(COLLECTIONS.map((c) => [c, c === collection ? records : []])) as unknown as Dataset;
  const table = datasetToTables(empty).find((t) => t.name === collection)!;
  return { header: table.columns, rows: table.rows };
}

const COMMANDS: Record<string, Command> = {
  summary: {
    summary: "print a short tour of the data",
    usage: "summary",
    example: "summary",
    options: {},
    run(_v, _p, io, dataset) {
      io.out(summary(dataset));
      return 0;
    },
  },
  statements: {
    summary: "list statements, filtered",
    usage:
      "statements [--meeting M] [--delegation D] [--theme T] [--mission X] [--text S] [--on-behalf-of] [--inferred] [--format table|json|csv]\n" +
      "  (a flag given twice matches either value; missions marked ? are inferred from a place; 'opens with' is the\n" +
      "  first words of the statement: 'show ID' prints all of it, with its sources)",
    example: "statements --meeting 2020-09-14-a4p --delegation NER --on-behalf-of",
    values: (dataset) => [
      ["--meeting", dataset.meetings.map((m) => m.id), "summary"],
      ["--delegation", dataset.delegations.map((d) => d.id), "delegations"],
      ["--theme", dataset.themes.map((t) => t.id), "themes"],
      ["--mission", dataset.missions.map((m) => m.id), "missions"],
    ],
    options: {
      meeting: { type: "string", multiple: true },
      delegation: { type: "string", multiple: true },
      theme: { type: "string", multiple: true },
      mission: { type: "string", multiple: true },
      text: { type: "string", multiple: true },
      "on-behalf-of": { type: "boolean" },
      inferred: { type: "boolean" },
      ...FORMAT,
    },
    run(v, _p, io, dataset) {
      // A flag not given is undefined, which the filter reads as absent.
      const query = Object.fromEntries((["meeting", "delegation", "theme", "mission", "text"] as const).map((k) => [k, v[k] as string[] | undefined]));
      const options = { onBehalfOf: Boolean(v["on-behalf-of"]), inferredMissions: Boolean(v.inferred) };
      const found = filterStatements<AnyIds>(dataset.statements, query, options);
      const rows: Rows = {
        header: ["#", "id", "delegation", "capacity", "on behalf of", "themes", "missions", "opens with"],
        rows: found.map((s) => [
          s.order,
          s.id,
          s.speaker.delegation,
          s.capacity,
          s.onBehalfOf.join(" "),
          s.themes.length,
          s.missions.map((m) => (m.mention === "inferred" ? `${m.mission}?` : m.mission)).join(" "),
          firstWords(s.paragraphs[0]?.quote ?? ""),
        ]),
      };
      print(io, v.format, rows, found, csvRows("statements", found));
      // Nothing by a delegation that another spoke for (South Africa for Niger): say so rather than leave an empty table.
      if (found.length === 0 && !options.onBehalfOf) {
        for (const d of (v.delegation as string[] | undefined) ?? []) {
          const spokenFor = filterStatements<AnyIds>(dataset.statements, { ...query, delegation: d }, { ...options, onBehalfOf: true });
          if (spokenFor.length === 0) continue;
          const by = [...new Set(spokenFor.map((s) => s.speaker.delegation))].join(", ");
          const n = spokenFor.length === 1 ? "1 statement" : `${spokenFor.length} statements`;
          io.err(`note: no statement by ${d} matches, but ${d} is spoken for in ${n} (by ${by}): add --on-behalf-of to list ${spokenFor.length === 1 ? "it" : "them"}\n`);
        }
      }
      return 0;
    },
  },
  metrics: {
    summary: "list metrics, filtered",
    usage: "metrics [--subject S] [--from YEAR] [--to YEAR] [--meeting M] [--format table|json|csv]",
    example: "metrics --meeting 2020-09-14-a4p --subject peacekeeper-fatalities-acts-of-violence --from 2017 --to 2019",
    values: (dataset) => [
      ["--subject", dataset.subjects.map((s) => s.id), "metrics --format csv"],
      ["--meeting", dataset.meetings.map((m) => m.id), "summary"],
    ],
    options: { subject: { type: "string", multiple: true }, meeting: { type: "string", multiple: true }, from: { type: "string" }, to: { type: "string" }, ...FORMAT },
    run(v, _p, io, dataset) {
      const from = year(v.from, "from");
      const to = year(v.to, "to");
      if ((from ?? -Infinity) > (to ?? Infinity)) throw new UsageError(`--from ${from} is after --to ${to}`);
      // A flag not given is undefined, which the filter reads as absent; a period with one bound is open at the other.
      const query: Record<string, unknown> = { subject: v.subject, meeting: v.meeting, period: from === undefined && to === undefined ? undefined : { from, to } };
      const found = filterMetrics<AnyIds>(dataset.metrics, query);
      const rows: Rows = {
        header: ["id", "subject", "value", "unit", "qualifier", "period", "text"],
        rows: found.map((m) => [m.id, m.subject, m.value, m.unit, m.qualifier, m.period ? periodLabel(m.period) : "", m.text.replace(/\u00a0/g, " ")]),
      };
      print(io, v.format, rows, found, csvRows("metrics", found));
      return 0;
    },
  },
  delegations: {
    summary: "list delegations",
    usage: "delegations [--format table|json|csv]",
    example: "delegations --format csv",
    options: { ...FORMAT },
    run(v, _p, io, dataset) {
      const rows: Rows = { header: ["id", "kind", "name", "m49"], rows: dataset.delegations.map((d) => [d.id, d.kind, d.name, d.m49]) };
      print(io, v.format, rows, dataset.delegations, csvRows("delegations", dataset.delegations));
      return 0;
    },
  },
  missions: {
    summary: "list missions, or the peacekeeping operations active on a day",
    usage:
      "missions [--active-on YYYY-MM-DD] [--format table|json|csv]\n" +
      "  (--active-on lists the operations certainly active that day, with their status that day: one whose start or end\n" +
      "  is known only to the month or year, and falls around that day, is left out; a day after the last year the data\n" +
      "  covers is refused)",
    example: "missions --active-on 2020-09-14",
    options: { "active-on": { type: "string" }, ...FORMAT },
    run(v, _p, io, dataset) {
      let found: readonly Dataset["missions"][number][] = dataset.missions;
      let on: string | undefined;
      if (v["active-on"] !== undefined) {
        on = day(v["active-on"], "active-on");
        // The library's bound for the bundled missions, read from the dataset's own terms: a day past it is a usage error.
        const last = councilTable(dataset.councilTerms).last;
        if (last !== undefined && on > last) throw new UsageError(`--active-on ${on} is after ${last}, the last day the data covers (the end of the last year whose Council terms it holds)`);
        const ids = new Set<string>(missionsActiveOn(on, dataset.missions));
        found = dataset.missions.filter((m) => ids.has(m.id));
      }
      // With --active-on, the status on that day (each listed operation is certainly active then), not as of the data.
      const status = (m: Dataset["missions"][number]) => (on === undefined ? m.status : missionStatusAt(m.id, on, dataset.missions));
      const rows: Rows = {
        header: ["id", "kind", "hosts", "start", "end", "status", "established", "name"],
        rows: found.map((m) => [
          m.id,
          m.kind ?? "",
          (m.hosts.length > 0 ? m.hosts : m.host === null ? [] : [m.host]).map((h) => h.iso3 ?? h.name).join(" "),
          m.start?.date ?? "",
          m.end?.date ?? "",
          status(m),
          m.established?.citation.symbol ?? "",
          m.name ?? "",
        ]),
      };
      print(io, v.format, rows, found, csvRows("missions", found));
      return 0;
    },
  },
  council: {
    summary: "list the Security Council's members on a day, or every term a state held a seat",
    usage: "council [--on YYYY-MM-DD] [--format table|json|csv]\n  (--on gives the members that day: permanent first, then elected, each in order of code)",
    example: "council --on 2020-09-14",
    options: { on: { type: "string" }, ...FORMAT },
    run(v, _p, io, dataset) {
      let found: readonly Dataset["councilTerms"][number][] = dataset.councilTerms;
      if (v.on !== undefined) {
        const date = day(v.on, "on");
        const why = councilTable(dataset.councilTerms).uncovered(date);
        if (why !== undefined) throw new UsageError(`--on ${date} ${why}`);
        const rank = (seat: string) => (seat === "permanent" ? 0 : 1);
        found = dataset.councilTerms
          .filter((t) => t.from <= date && (t.to === null || date <= t.to))
          .sort((a, b) => rank(a.seat) - rank(b.seat) || compareStrings(a.state, b.state));
      }
      const rows: Rows = {
        header: ["state", "seat", "name", "from", "to", "split"],
        rows: found.map((t) => [t.state, t.seat, t.name, t.from, t.to ?? "", t.split ? "yes" : ""]),
      };
      print(io, v.format, rows, found, csvRows("councilTerms", found));
      return 0;
    },
  },
  themes: {
    summary: "list themes, with how many statements address each",
    usage: "themes [--format table|json|csv]",
    example: "themes",
    options: { ...FORMAT },
    run(v, _p, io, dataset) {
      const counts = new Map(themeCoverage(dataset.statements).map((c) => [c.theme, c.count]));
      const rows: Rows = {
        header: ["id", "a4p", "statements", "label"],
        rows: dataset.themes.map((t) => [t.id, t.a4pCommitmentArea ? "yes" : "no", counts.get(t.id) ?? 0, t.label]),
      };
      print(io, v.format, rows, dataset.themes, csvRows("themes", dataset.themes));
      return 0;
    },
  },
  show: {
    summary: "print one record (a statement, metric, meeting, delegation, …) with its quotes and their source offsets",
    usage: "show ID [--format text|json]",
    example: "show 2020-09-14-a4p-02",
    options: { ...FORMAT },
    positionals: 1,
    run(v, positionals, io, dataset) {
      const id = positionals[0];
      if (id === undefined) throw new UsageError("show needs a record id: show ID (for example a statement id from 'statements')");
      const format = v.format ?? "text";
      if (format !== "text" && format !== "json") throw new UsageError(`unknown format '${String(format)}' (use text or json)`);
      const found = findRecords(dataset, id);
      if (format === "text") io.out(found.map((f) => renderRecord(f, dataset)).join("\n"));
      else io.out(`${JSON.stringify(found.length === 1 ? found[0]!.record : found.map((f) => f.record), null, 2)}\n`);
      return 0;
    },
  },
  export: {
    summary: "write dataset.json (and its JSON Schema) or one CSV per table into a folder",
    usage: "export --format json|csv --out DIR",
    example: "export --format csv --out pkr-csv",
    options: { ...FORMAT, out: { type: "string", short: "o" } },
    run(v, _p, io, dataset) {
      if (v.out === undefined) throw new UsageError("export needs --out DIR");
      if (String(v.out).trim() === "") throw new UsageError("--out is empty: give the folder to write into, --out DIR");
      const write = v.format === "json" ? writeJsonFiles : v.format === "csv" ? writeCsvFiles : undefined;
      if (write === undefined) throw new UsageError(v.format === undefined ? "export needs --format json or --format csv" : `unknown format '${String(v.format)}' (use json or csv)`);
      const dir = path.resolve(String(v.out));
      const blocking = fileInTheWay(dir);
      if (blocking === dir) throw new UsageError(`--out is a file, not a folder: ${dir}`);
      if (blocking !== undefined) throw new UsageError(`--out ${dir}: ${blocking} is a file, not a folder`);
      let files: string[];
      try {
        files = write(dataset, dir);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === undefined) throw error;
        throw new CommandError(`cannot write into ${dir}: ${ERRNO[code] ?? code}`);
      }
      io.out(`wrote ${files.length} files to ${dir}\n`);
      return 0;
    },
  },
  explore: {
    summary: "write the explorer, a page showing each meeting's source text with every record highlighted, into a folder",
    usage: "explore [--out DIR]   (default DIR: ./peacekeeping-explorer; a new or empty folder)",
    example: "explore --out pkr-explorer",
    options: { out: { type: "string", short: "o" } },
    run(v, _p, io) {
      if (v.out !== undefined && String(v.out).trim() === "") throw new UsageError("--out is empty: give the folder to write into, --out DIR");
      const dir = path.resolve(v.out === undefined ? "peacekeeping-explorer" : String(v.out));
      const blocking = fileInTheWay(dir);
      if (blocking === dir) throw new UsageError(`--out is a file, not a folder: ${dir}`);
      if (blocking !== undefined) throw new UsageError(`--out ${dir}: ${blocking} is a file, not a folder`);
      if (statOf(dir) !== undefined && readdirSync(dir).length > 0) throw new UsageError(`--out ${dir} is not empty: explore writes only into a new or empty folder`);
      const from = shippedExplorer();
      if (from === undefined) throw new CommandError("the explorer is not in this installation (dist/explorer is missing): reinstall the package, or run `npm run build` in its project");
      try {
        cpSync(from, dir, { recursive: true });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === undefined) throw error;
        throw new CommandError(`cannot write into ${dir}: ${ERRNO[code] ?? code}`);
      }
      io.out(`wrote the explorer into ${dir}; open this file in a browser:\n${path.join(dir, "index.html")}\n`);
      return 0;
    },
  },
  diff: {
    summary: "list the records added, removed and changed between two versions of the data",
    usage:
      "diff OLD [NEW] [--format markdown|json]\n" +
      "  (OLD and NEW are each a released version (0.1.0, fetched with npm pack from your registry), a package tarball\n" +
      "  (.tgz), a dataset.json file or a folder that holds one, such as an installed package's dist/; without NEW,\n" +
      "  the data this package ships)",
    // Runs where the package is installed: the shipped dataset.json against the bundled data (no change).
    example: "diff node_modules/peacekeeping-records/dist/dataset.json",
    options: FORMAT,
    positionals: 2,
    run(values, positionals, io, dataset) {
      const [old, changed] = positionals;
      if (old === undefined) throw new UsageError("diff needs the older data: diff OLD [NEW]");
      const format = values.format ?? "markdown";
      if (format !== "markdown" && format !== "json") throw new UsageError(`unknown format '${String(format)}' (use markdown or json)`);
      const before = readDataset(old);
      const after = changed === undefined ? { data: dataset, name: "the installed data" } : readDataset(changed);
      const diff = diffDatasets(before.data, after.data, [before.name, after.name]);
      io.out(format === "json" ? `${JSON.stringify(diff, null, 2)}\n` : diffMarkdown(diff));
      return 0;
    },
  },
  validate: {
    summary: "validate a data folder laid out like the package's data/",
    usage: "validate DIR",
    example: "validate path/to/your/data",
    options: {},
    positionals: 1,
    run(_v, positionals, io) {
      const dir = positionals[0];
      if (dir === undefined) throw new UsageError("validate needs a folder: validate DIR");
      const checked = validateLoaded(loadDataDir(path.resolve(dir)));
      if (checked.ok) {
        io.out(`${dir} is valid: ${COLLECTIONS.map((c) => `${checked.dataset[c].length} ${c}`).join(", ")}\n`);
        return 0;
      }
      for (const line of formatProblems(checked.problems)) io.err(`${line}\n`);
      io.err(`${problemCount(checked.problems)}\n`);
      return 1;
    },
  },
  draft: {
    summary: "draft a meeting's records from its text, for a person to review: a folder in the data/ layout and REVIEW.md",
    usage:
      "draft FILE --source ID --meeting ID [--date YYYY-MM-DD] --out DIR\n" +
      "  (FILE is the meetings-coverage text, UTF-8; DIR must be new or empty: it gets meeting.json, statements.json and\n" +
      "  metrics.json, spans written by quote for the spans filler, and REVIEW.md, what a person must still decide;\n" +
      "  without --date no capacity and no period that runs to the meeting is proposed)",
    example: "draft node_modules/peacekeeping-records/data/sources/2020-09-14-security-council-a4p.txt --source press-release-2020-09-14 --meeting 2020-09-14-a4p --date 2020-09-14 --out draft-a4p",
    options: { source: { type: "string" }, meeting: { type: "string" }, date: { type: "string" }, out: { type: "string", short: "o" } },
    positionals: 1,
    run(v, positionals, io, dataset) {
      const file = positionals[0];
      if (file === undefined) throw new UsageError("draft needs a text file: draft FILE --source ID --meeting ID [--date YYYY-MM-DD] --out DIR");
      const source = id(v.source, "source", "the id of the source the text is");
      const meeting = id(v.meeting, "meeting", "the id of the meeting to draft");
      const date = v.date === undefined ? undefined : day(v.date, "date");
      if (v.out === undefined) throw new UsageError("draft needs --out DIR");
      if (String(v.out).trim() === "") throw new UsageError("--out is empty: give the folder to write into, --out DIR");
      const input = path.resolve(file);
      const stat = statOf(input);
      if (stat === undefined) throw new UsageError(`FILE ${input} does not exist`);
      if (!stat.isFile()) throw new UsageError(`FILE ${input} is not a file`);
      const dir = path.resolve(String(v.out));
      const blocking = fileInTheWay(dir);
      if (blocking === dir) throw new UsageError(`--out is a file, not a folder: ${dir}`);
      if (blocking !== undefined) throw new UsageError(`--out ${dir}: ${blocking} is a file, not a folder`);
      if (statOf(dir) !== undefined && readdirSync(dir).length > 0) throw new UsageError(`--out ${dir} is not empty: draft writes only into a new or empty folder`);
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(input);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === undefined) throw error;
        throw new CommandError(`cannot read ${input}: ${READ_ERRNO[code] ?? code}`);
      }
      const decoded = decodeUtf8(bytes);
      if ("error" in decoded) throw new CommandError(`FILE ${input} ${decoded.error.startsWith("not") ? `is ${decoded.error}` : decoded.error}`);
      const reference = { delegations: dataset.delegations, missions: dataset.missions, councilTerms: dataset.councilTerms };
      const draft = draftMeeting(decoded.text, { source, meeting, ...(date === undefined ? {} : { date }), reference });
      const files = draftFolderFiles(decoded.text, draft, { source, meeting, ...(date === undefined ? {} : { date }), file: path.basename(input) });
      try {
        mkdirSync(dir, { recursive: true });
        for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === undefined) throw error;
        throw new CommandError(`cannot write into ${dir}: ${ERRNO[code] ?? code}`);
      }
      io.out(`drafted ${draft.statements.length} statements and ${draft.numbers.length} numbers, with ${draft.review.length} items to review, into ${dir}\n`);
      return 0;
    },
  },
};

/**
 * The data a diff argument names, parsed, with the name to give it in messages: a released version (fetched with
 * `npm pack`, when no file or folder has that name), a package tarball (`.tgz`), a dataset.json file or a folder that
 * holds one. A CommandError naming the version or file when it cannot be read.
 */
function readDataset(given: string): { data: unknown; name: string } {
  if (isVersion(given) && statOf(given) === undefined) {
    return { data: fromRelease(() => releaseDataset(NAME, given)), name: `${NAME}@${given}` };
  }
  let file = given;
  try {
    if (/\.(tgz|tar\.gz)$/.test(given)) return { data: fromRelease(() => datasetFromTarball(given)), name: given };
    if (statSync(given).isDirectory()) file = path.join(given, "dataset.json");
    return { data: JSON.parse(readFileSync(file, "utf8")), name: given };
  } catch (error) {
    if (error instanceof CommandError) throw error;
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === "ENOENT") throw new CommandError(`diff: no file ${file}`);
    if (error instanceof SyntaxError) throw new CommandError(`diff: ${file} is not valid JSON: ${message}`);
    throw new CommandError(`diff: cannot read ${file}: ${code ? (READ_ERRNO[code] ?? code) : message}`);
  }
}

/** A release read by `read`, its ReleaseError made the command's one-line error. */
function fromRelease(read: () => unknown): unknown {
  try {
    return read();
  } catch (error) {
    if (error instanceof ReleaseError) throw new CommandError(`diff: ${error.message}`);
    throw error;
  }
}

/** The first words of a text, with an ellipsis when there are more, no-break spaces made plain for the table. */
function firstWords(text: string, count = 8): string {
  // \s matches the no-break space too.
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(" ")} …` : words.join(" ");
}

/** At most this many ids are listed in a command's --help; more are left to the command that lists them. */
const FEW = 20;

/** A command's --help: usage, what it does, the values its flags take, an example. */
function commandHelp(command: Command, dataset: Dataset): string {
  const lines = [`usage: ${NAME} ${command.usage}`, "", command.summary];
  const values = command.values?.(dataset) ?? [];
  if (values.length > 0) {
    lines.push("", "values:");
    const width = Math.max(...values.map(([flag]) => flag.length));
    for (const [flag, ids, listedBy] of values) {
      const text = ids.length <= FEW ? ids.join(", ") : `${ids.length} ids; '${NAME} ${listedBy}' lists them`;
      lines.push(...wrap(text, 76 - width).map((line, i) => `  ${(i === 0 ? flag : "").padEnd(width)}  ${line}`));
    }
  }
  lines.push("", "example:", `  ${NAME} ${command.example}`, "");
  return lines.join("\n");
}

/** Breaks a comma-separated list into lines of at most `width` characters (a longer item keeps its own line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const part of text.split(" ")) {
    if (line !== "" && line.length + 1 + part.length > width) {
      lines.push(line);
      line = part;
    } else line = line === "" ? part : `${line} ${part}`;
  }
  return [...lines, line];
}

/** The period's key (as metricSeries labels it), with the end of a partial or open period, for the table. */
function periodLabel(p: NonNullable<Dataset["metrics"][number]["period"]>): string {
  const key = periodKey(p);
  if (p.kind === "as-of") return `as of ${key}`;
  if ((p.kind === "year" && p.partial) || p.kind === "since") return `${key} (to ${p.through})`;
  return key;
}

function toolHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    `usage: ${NAME} <command> [options]`,
    "",
    "UN Security Council debates on peacekeeping, every statement and number traced to its source.",
    "",
    "commands:",
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    `Run '${NAME} <command> --help' for a command's options; '${NAME} --version' for the version.`,
    "",
  ].join("\n");
}

/**
 * Runs the tool; returns the exit code. Never throws. It reads the bundled dataset; a test may give a (corrupted)
 * copy of it instead.
 */
export function main(argv: readonly string[], io: Io, dataset: Dataset = bundled): number {
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
      io.out(toolHelp());
      return first === undefined ? 2 : 0;
    }
    if (first === "--version" || first === "-v") {
      io.out(`${dataset.meta?.version ?? "unknown"}\n`);
      return 0;
    }
    // Own names only: `toString` or `constructor` is no command (COMMANDS inherits them from Object.prototype).
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!command) throw new UsageError(first.startsWith("-") ? `unknown option '${first}' (a command comes first; see --help)` : `unknown command '${first}' (see --help)`);
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options: { ...command.options, ...HELP }, allowPositionals: (command.positionals ?? 0) > 0, strict: true, tokens: true });
    } catch (error) {
      const message = (error as Error).message.split("\n")[0]!.replace(/\. To specify a positional argument.*$/s, "");
      throw new UsageError(`${first}: ${message.charAt(0).toLowerCase()}${message.slice(1)}`);
    }
    // parseArgs keeps the last of a repeated single-value flag silently; `--from 2017 --from 2019` is a mistake to name.
    const given = new Set<string>();
    for (const token of parsed.tokens) {
      if (token.kind !== "option" || command.options[token.name]?.type !== "string" || command.options[token.name]?.multiple) continue;
      if (given.has(token.name)) throw new UsageError(`${first}: --${token.name} takes one value and was given more than once`);
      given.add(token.name);
    }
    if (parsed.values.help) {
      io.out(commandHelp(command, dataset));
      return 0;
    }
    if (parsed.positionals.length > (command.positionals ?? 0)) throw new UsageError(`${first}: unexpected argument '${parsed.positionals[command.positionals ?? 0]}'`);
    return command.run(parsed.values, parsed.positionals, io, dataset);
  } catch (error) {
    const usage = error instanceof UsageError;
    const known = usage || error instanceof CommandError || error instanceof UnknownIdError || error instanceof TypeError || error instanceof RangeError;
    const message = error instanceof Error ? error.message : String(error);
    io.err(`${NAME}: ${known ? message : `unexpected error: ${message}`}\n`);
    return usage ? 2 : 1;
  }
}
