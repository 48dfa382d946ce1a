/**
 * The data of a published release: `npm pack NAME@VERSION` fetches its tarball (through the user's own npm
 * configuration, registry and cache), and the tarball's `package/dist/dataset.json` is read out of the gzipped tar.
 * Behind the command-line tool's `diff VERSION` and the release script's data diff. Node only; CLI and build time only.
 * @module
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";

/** Where a package tarball holds its data. */
export const TARBALL_DATASET = "package/dist/dataset.json";

/**
 * A release that could not be read, its message one line naming the version or the tarball. `notPublished` is true
 * when the registry has no such version (npm's E404 or ETARGET), false when npm or the tarball failed otherwise.
 */
export class ReleaseError extends Error {
  constructor(
    message: string,
    readonly notPublished = false,
  ) {
    super(message);
    this.name = "ReleaseError";
  }
}

/** A semver version, as npm publishes one (`0.1.0`, `1.0.0-rc.1`); not a range or a tag. */
export function isVersion(text: string): boolean {
  return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/.test(text);
}

/** A NUL-terminated field of a tar header, as text. */
const field = (bytes: Uint8Array, from: number, length: number): string => {
  const raw = bytes.subarray(from, from + length);
  const end = raw.indexOf(0);
  return new TextDecoder().decode(end < 0 ? raw : raw.subarray(0, end));
};

/** An octal number field of a tar header; NaN when it is none. */
const octal = (bytes: Uint8Array, from: number, length: number): number => {
  const text = field(bytes, from, length).trim();
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : NaN;
};

/** The `path` a pax extended header sets for the next entry (records `LENGTH key=value\n`), if any. */
function paxPath(body: Uint8Array): string | undefined {
  const text = new TextDecoder().decode(body);
  return /(?:^|\n)\d+ path=([^\n]*)\n/.exec(text)?.[1];
}

/**
 * The content of the file `name` in an (uncompressed) tar archive, or undefined when the archive holds no such file.
 * Reads ustar names with their prefix and pax `path` records, as npm writes them; throws a TypeError when a header's
 * checksum is wrong or an entry runs past the end (not a tar archive, or a truncated one).
 */
export function tarEntry(tar: Uint8Array, name: string): Uint8Array | undefined {
  let nextPath: string | undefined;
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    // Two zero blocks end the archive; one is enough to stop.
    if (header.every((b) => b === 0)) return undefined;
    const sum = header.reduce((total, b, i) => total + (i >= 148 && i < 156 ? 32 : b), 0);
    const size = octal(header, 124, 12);
    if (octal(header, 148, 8) !== sum || Number.isNaN(size)) throw new TypeError("not a tar archive");
    const start = at + 512;
    if (start + size > tar.length) throw new TypeError("a truncated tar archive");
    const body = tar.subarray(start, start + size);
    at = start + Math.ceil(size / 512) * 512;
    const type = header[156];
    // 'x': a pax header for the next entry; 'g': global pax records, which name no file.
    if (type === 0x78) {
      nextPath = paxPath(body);
      continue;
    }
    if (type === 0x67) continue;
    const prefix = field(header, 345, 155);
    const entry = nextPath ?? (prefix === "" ? field(header, 0, 100) : `${prefix}/${field(header, 0, 100)}`);
    nextPath = undefined;
    // '0' or NUL: a regular file.
    if ((type === 0x30 || type === 0) && entry === name) return body;
  }
  return undefined;
}

/** The dataset a package tarball (`.tgz`) ships, parsed; a ReleaseError naming the file when it holds none. */
export function datasetFromTarball(file: string): unknown {
  let tar: Uint8Array;
  try {
    tar = gunzipSync(readFileSync(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code?.startsWith("Z_")) throw new ReleaseError(`${file} is not a gzipped tarball`);
    throw error;
  }
  let json: Uint8Array | undefined;
  try {
    json = tarEntry(tar, TARBALL_DATASET);
  } catch (error) {
    throw new ReleaseError(`${file} is ${(error as Error).message}`);
  }
  if (json === undefined) throw new ReleaseError(`${file} holds no ${TARBALL_DATASET}`);
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json));
  } catch (error) {
    throw new ReleaseError(`${file}: ${TARBALL_DATASET} is not valid JSON: ${(error as Error).message}`);
  }
}

/** What `npm pack --json` prints on failure: `{ error: { code, summary } }`. */
interface NpmFailure {
  error?: { code?: unknown; summary?: unknown };
}

/**
 * The dataset that `name@version` shipped, fetched with `npm pack` into a temporary folder (removed after), so the
 * user's registry, proxy and credentials apply; `env` is the environment npm runs in. Throws a ReleaseError naming
 * the version: `notPublished` when the registry has no such version, otherwise when npm failed or the tarball holds
 * no dataset.
 */
export function releaseDataset(name: string, version: string, env: NodeJS.ProcessEnv = process.env): unknown {
  const spec = `${name}@${version}`;
  const dir = mkdtempSync(path.join(tmpdir(), "pkr-release-"));
  try {
    const npm = spawnSync("npm", ["pack", spec, "--pack-destination", dir, "--json"], { encoding: "utf8", env, stdio: ["ignore", "pipe", "pipe"] });
    if (npm.error !== undefined) throw new ReleaseError(`cannot fetch ${spec}: npm could not run (${(npm.error as NodeJS.ErrnoException).code ?? npm.error.message})`);
    let printed: unknown;
    try {
      printed = JSON.parse(npm.stdout);
    } catch {
      // Not JSON: printed stays undefined.
    }
    if (npm.status !== 0) {
      const { code, summary } = (printed as NpmFailure | undefined)?.error ?? {};
      const why = [code, summary].filter((s) => typeof s === "string" && s !== "").join(" ").split("\n")[0];
      const said = why || npm.stderr.trim().split("\n")[0] || `exit code ${npm.status}`;
      if (code === "E404" || code === "ETARGET") throw new ReleaseError(`${spec} is not published (npm: ${said})`, true);
      throw new ReleaseError(`cannot fetch ${spec}: npm pack failed (${said})`);
    }
    const filename = Array.isArray(printed) ? (printed[0] as { filename?: unknown } | undefined)?.filename : undefined;
    if (typeof filename !== "string") throw new ReleaseError(`cannot fetch ${spec}: npm pack printed no tarball name`);
    try {
      return datasetFromTarball(path.join(dir, filename));
    } catch (error) {
      if (error instanceof ReleaseError) throw new ReleaseError(error.message.replace(path.join(dir, filename), `the tarball of ${spec}`));
      throw error;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
