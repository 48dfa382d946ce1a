/**
 * The authoring commands behind the npm scripts:
 *   data:build   validate data/ and write the generated module and the data-file JSON Schema
 *   validate     validate data/ (or --dir DIR) and print every problem
 *   data:spans   fill every Span's offsets from its quote, in place
 *   data:format  rewrite every data file in canonical form (--check: only report files that are not)
 *   docs:generate  write the parts of the README and guides that describe the whole dataset, from data/
 *                  (--check: only report the files that are not current)
 * Exits non-zero with one line per problem; never prints a stack trace.
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

/** Runs a step on one file; an error it throws (a stack overflow on absurd nesting, say) names the file. */
function onFile<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    const message = (error as Error).message;
    const name = path.relative(process.cwd(), file);
    throw new Error(message.startsWith(`${name}: `) ? message : `${name}: ${message}`);
  }
}

const USAGE = "usage: cli.ts <build|validate|spans|format|docs> [--dir DATA_DIR] [--check]";

function main(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { dir: { type: "string" }, check: { type: "boolean", default: false } },
  });
  const [command] = positionals;
  const root = process.cwd();
  const dir = path.resolve(values.dir ?? path.join(root, "data"));
  switch (command) {
    case "build": {
      const dataset = buildData(root);
      console.log(`data/ is valid: ${dataset.statements.length} statements, ${dataset.metrics.length} metrics; generated src/generated/dataset.ts`);
      return 0;
    }
    case "validate": {
      const checked = checkDataDir(dir);
      if (checked.ok) {
        console.log(`${path.relative(root, dir) || "."} is valid: ${COLLECTIONS.map((c) => `${checked.dataset[c].length} ${c}`).join(", ")}`);
        return 0;
      }
      for (const line of formatProblems(checked.problems)) console.error(line);
      console.error(problemCount(checked.problems));
      return 1;
    }
    case "spans": {
      const { sourceTexts } = loadDataDir(dir);
      let failures = 0;
      for (const file of listDataFiles(dir)) {
        const { raw, content } = readDataFile(file);
        const { content: filled, errors } = onFile(file, () => fillSpans(content, sourceTexts));
        for (const e of errors) console.error(`${path.relative(root, file)}: ${e.path.join(".")}: ${e.message}`);
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
        if (values.check) console.error(`${path.relative(root, schemaFile)}: not current (run npm run data:format)`);
        else writeIfChanged(schemaFile, schemaText);
      }
      for (const file of listDataFiles(dir)) {
        const { raw, content } = readDataFile(file);
        const text = onFile(file, () => formatDataFile(content));
        if (text === raw) continue;
        unformatted += 1;
        if (values.check) console.error(`${path.relative(root, file)}: not in canonical form (run npm run data:format)`);
        else writeFileSync(file, text);
      }
      return values.check && unformatted > 0 ? 1 : 0;
    }
    case "docs": {
      const loaded = loadDataDir(dir);
      if (loaded.problems.length) {
        for (const p of loaded.problems) console.error(`${p.file}: ${p.message}`);
        return 1;
      }
      let stale = 0;
      for (const { file, text } of generatedDocs(root, loaded.input)) {
        if (readFileSync(path.join(root, file), "utf8") === text) continue;
        stale += 1;
        if (values.check) {
          console.error(`${file}: not current (run ${GENERATE_COMMAND})`);
        } else {
          writeFileSync(path.join(root, file), text);
          console.log(`${file}: updated from data/`);
        }
      }
      return values.check && stale > 0 ? 1 : 0;
    }
    default:
      console.error(command ? `unknown command '${command}'. ${USAGE}` : USAGE);
      return 2;
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
