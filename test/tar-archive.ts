/**
 * Tar archives and fake `npm` commands for the tests of reading a release (src/export/release.ts): archives are built
 * here byte by byte, so each shape of header the reader must handle (or refuse) can be written on purpose. All the
 * archives, tarballs and npm outputs made with these are synthetic test data.
 */
import { chmodSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface TarEntry {
  name: string;
  body?: string;
  /** The type flag byte: "0" a file (default), "5" a folder, "x" pax for the next entry, "g" global pax; 0 for NUL. */
  type?: string | 0;
  prefix?: string;
  /** The 12 bytes of the size field as written, instead of the body's length in octal ended by a NUL. */
  sizeField?: string;
}

/** One 512-byte ustar header for the entry, with its checksum. */
export function tarHeader(e: TarEntry): Uint8Array {
  const header = new Uint8Array(512);
  const put = (text: string, at: number) => header.set(new TextEncoder().encode(text), at);
  const size = new TextEncoder().encode(e.body ?? "").length;
  put(e.name, 0);
  put("0000644\0", 100);
  put(e.sizeField ?? `${size.toString(8).padStart(11, "0")}\0`, 124);
  if (e.type === 0) header[156] = 0;
  else put(e.type ?? "0", 156);
  put("ustar\0" + "00", 257);
  if (e.prefix) put(e.prefix, 345);
  put("        ", 148);
  const sum = header.reduce((a, b) => a + b, 0);
  put(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
  return header;
}

/**
 * A tar archive of the entries, each body padded to a 512-byte block; closed by two zero blocks unless `end` is
 * false, in which case the last body is not padded either (the archive stops where its last byte is).
 */
export function tarArchive(entries: readonly TarEntry[], end = true): Uint8Array {
  const blocks: Uint8Array[] = [];
  entries.forEach((e, i) => {
    const body = new TextEncoder().encode(e.body ?? "");
    blocks.push(tarHeader(e), body);
    if (end || i < entries.length - 1) blocks.push(new Uint8Array((512 - (body.length % 512)) % 512));
  });
  if (end) blocks.push(new Uint8Array(1024));
  return new Uint8Array(Buffer.concat(blocks));
}

/** A pax record: `LENGTH key=value\n`, LENGTH counting itself. */
export function paxRecord(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  let length = rest.length + 1;
  while (`${length}${rest}`.length !== length) length += 1;
  return `${length}${rest}`;
}

/** What the fake npm is told to do: print `out` and `err`, exit with `status`, and copy `tarball` (if any) where npm pack writes. */
export interface FakeNpmRun {
  out?: string;
  err?: string;
  status?: number;
  /** A file to copy into the `--pack-destination` folder, under the name `as`. */
  tarball?: string;
  as?: string;
  /** Remove the `--pack-destination` folder before exiting. */
  removeDest?: boolean;
}

/**
 * Writes an executable `npm` into `bin` (a synthetic stand-in for npm, a shell script) that records its arguments
 * and whether its standard input is a device (/dev/null) into `log`, one per line, then does what `FAKE_NPM_*` in its
 * environment say. Returns the environment for a run: the current one with `bin` first on PATH.
 */
export function fakeNpm(bin: string, log: string): (run: FakeNpmRun) => NodeJS.ProcessEnv {
  const script = [
    "#!/bin/sh",
    "# A synthetic npm for tests.",
    ': > "$FAKE_NPM_LOG"',
    'for a in "$@"; do printf "%s\\n" "$a" >> "$FAKE_NPM_LOG"; done',
    'if [ -c /dev/stdin ]; then echo "stdin: device" >> "$FAKE_NPM_LOG"; else echo "stdin: other" >> "$FAKE_NPM_LOG"; fi',
    'dest=""; prev=""',
    'for a in "$@"; do if [ "$prev" = "--pack-destination" ]; then dest="$a"; fi; prev="$a"; done',
    'if [ -n "$FAKE_NPM_TARBALL" ]; then cp "$FAKE_NPM_TARBALL" "$dest/$FAKE_NPM_AS"; fi',
    'if [ -n "$FAKE_NPM_RMDEST" ]; then rm -rf "$dest"; fi',
    'printf "%s" "$FAKE_NPM_OUT"',
    'printf "%s" "$FAKE_NPM_ERR" >&2',
    'exit "${FAKE_NPM_STATUS:-0}"',
    "",
  ].join("\n");
  const file = path.join(bin, "npm");
  writeFileSync(file, script);
  chmodSync(file, 0o755);
  return (run) => ({
    ...process.env,
    PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`,
    FAKE_NPM_LOG: log,
    FAKE_NPM_OUT: run.out ?? "",
    FAKE_NPM_ERR: run.err ?? "",
    FAKE_NPM_STATUS: String(run.status ?? 0),
    FAKE_NPM_TARBALL: run.tarball ?? "",
    FAKE_NPM_AS: run.as ?? "",
    FAKE_NPM_RMDEST: run.removeDest ? "1" : "",
  });
}
