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
import { main } from "./main.js";

process.exitCode = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
