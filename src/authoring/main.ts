/**
 * The authoring commands behind the npm scripts, run in process by `main(argv, io)`; `cli.ts` runs them for npm.
 * See cli.ts for the commands.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildData, checkDataDir, dataFileJsonSchema, formatProblems, problemCount, readIfExists, writeIfChanged } from "./build.js";
import { formatDataFile } from "./format.js";
import { decodeUtf8, listDataFiles, loadDataDir } from "./load.js";
import { GENERATE_COMMAND, generatedDocs } from "./generated-docs.js";
import { fillSpans } from "./spans.js";
import { COLLECTIONS } from "../schemas/dataset.js";

/**
 * A data file's text, decoded strictly, and its content; throws one line naming the file when it is not UTF-8 or
 * not JSON (the commands that rewrite files must never write back a U+FFFD that stood for a bad byte).
 */
function readDataFile(file: string): { raw: string; content: Record<string, unknown> } {
  const decoded = decodeUtf8(readFileSync(file));
  const name = path.relative(process.cwd(), file);
  if ("error" in decoded) throw new Error(`${name}: ${decoded.error}`);
  try {
    return { raw: decoded.text, content: JSON.parse(decoded.text) as Record<string, unknown> };
  } catch (error) {
    throw new Error(`${name}: not valid JSON: ${(error as Error).message}`);
  }
}

/** Runs a step on one file; an error it throws (content that is no object, say) names the file. */
function onFile<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new Error(`${path.relative(process.cwd(), file)}: ${(error as Error).message}`);
  }
}

const USAGE = "usage: cli.ts <build|validate|spans|format|docs> [--dir DATA_DIR] [--check]";

/** Where the commands write. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/**
 * Runs an authoring command; returns the exit code. Never throws: an error is one line on `io.err` and exit 1.
 * `root` is the project folder (the working folder when run by the npm scripts): `data/` and the docs are found there.
 */
export function main(argv: readonly string[], io: Io, root: string = process.cwd()): number {
  try {
    return run(argv, io, root);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

function run(argv: readonly string[], io: Io, root: string): number {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { dir: { type: "string" }, check: { type: "boolean", default: false } },
  });
  const [command] = positionals;
  const dir = path.resolve(values.dir ?? path.join(root, "data"));
  switch (command) {
    case "build": {
      const dataset = buildData(root);
      io.out(`data/ is valid: ${dataset.statements.length} statements, ${dataset.metrics.length} metrics; generated src/generated/dataset.ts\n`);
      return 0;
    }
    case "validate": {
      const checked = checkDataDir(dir);
      if (checked.ok) {
        io.out(`${path.relative(root, dir) || "."} is valid: ${COLLECTIONS.map((c) => `${checked.dataset[c].length} ${c}`).join(", ")}\n`);
        return 0;
      }
      for (const line of formatProblems(checked.problems)) io.err(`${line}\n`);
      io.err(`${problemCount(checked.problems)}\n`);
      return 1;
    }
    case "spans": {
      const { sourceTexts } = loadDataDir(dir);
      let failures = 0;
      for (const file of listDataFiles(dir)) {
        const { raw, content } = readDataFile(file);
        const { content: filled, errors } = onFile(file, () => fillSpans(content, sourceTexts));
        for (const e of errors) io.err(`${path.relative(root, file)}: ${e.path.join(".")}: ${e.message}\n`);
        failures += errors.length;
        const text = onFile(file, () => formatDataFile(filled as Record<string, unknown>));
        if (text !== raw) writeFileSync(file, text);
      }
      return failures > 0 ? 1 : 0;
    }
    case "format": {
      let unformatted = 0;
      const schemaFile = path.join(dir, "schema", "data-file.schema.json");
      const schemaText = `${JSON.stringify(dataFileJsonSchema(), null, 2)}\n`;
      if (readIfExists(schemaFile) !== schemaText) {
        unformatted += 1;
        if (values.check) io.err(`${path.relative(root, schemaFile)}: not current (run npm run data:format)\n`);
        else writeIfChanged(schemaFile, schemaText);
      }
      for (const file of listDataFiles(dir)) {
        const { raw, content } = readDataFile(file);
        const text = onFile(file, () => formatDataFile(content));
        if (text === raw) continue;
        unformatted += 1;
        if (values.check) io.err(`${path.relative(root, file)}: not in canonical form (run npm run data:format)\n`);
        else writeFileSync(file, text);
      }
      return values.check && unformatted > 0 ? 1 : 0;
    }
    case "docs": {
      const loaded = loadDataDir(dir);
      if (loaded.problems.length) {
        for (const p of loaded.problems) io.err(`${p.file}: ${p.message}\n`);
        return 1;
      }
      let stale = 0;
      for (const { file, text } of generatedDocs(root, loaded.input)) {
        if (readIfExists(path.join(root, file)) === text) continue;
        stale += 1;
        if (values.check) {
          io.err(`${file}: not current (run ${GENERATE_COMMAND})\n`);
        } else {
          writeFileSync(path.join(root, file), text);
          io.out(`${file}: updated from data/\n`);
        }
      }
      return values.check && stale > 0 ? 1 : 0;
    }
    default:
      io.err(`${command ? `unknown command '${command}'. ${USAGE}` : USAGE}\n`);
      return 2;
  }
}

