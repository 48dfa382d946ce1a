/**
 * Reading a release's data out of its tarball: the tar reader on archives written here, one per shape npm writes
 * (a plain ustar name, a name split into prefix and name, a pax path, global pax records, folders), and what is no
 * archive; and what counts as a version.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { datasetFromTarball, isVersion, ReleaseError, tarEntry } from "../../src/export/release.js";

interface Entry {
  name: string;
  body?: string;
  /** The tar type flag: "0" a file (default), "5" a folder, "x" pax for the next entry, "g" global pax. */
  type?: string;
  prefix?: string;
}

/** A tar archive of the entries, each header with its checksum, padded to 512-byte blocks, closed by two zero blocks. */
function tar(entries: readonly Entry[]): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const e of entries) {
    const body = new TextEncoder().encode(e.body ?? "");
    const header = new Uint8Array(512);
    const put = (text: string, at: number) => header.set(new TextEncoder().encode(text), at);
    put(e.name, 0);
    put("0000644\0", 100);
    put(`${body.length.toString(8).padStart(11, "0")}\0`, 124);
    put(e.type ?? "0", 156);
    put("ustar\0" + "00", 257);
    if (e.prefix) put(e.prefix, 345);
    put("        ", 148);
    const sum = header.reduce((a, b) => a + b, 0);
    put(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
    blocks.push(header, body, new Uint8Array((512 - (body.length % 512)) % 512));
  }
  blocks.push(new Uint8Array(1024));
  return new Uint8Array(Buffer.concat(blocks));
}

/** A pax record: `LENGTH key=value\n`, LENGTH counting itself. */
function pax(key: string, value: string): string {
  const rest = ` ${key}=${value}\n`;
  let length = rest.length + 1;
  while (`${length}${rest}`.length !== length) length += 1;
  return `${length}${rest}`;
}

const text = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : new TextDecoder().decode(bytes));

describe("tarEntry", () => {
  it("finds a file by its ustar name, and a file whose name is split into prefix and name", () => {
    const archive = tar([
      { name: "package", type: "5" },
      { name: "package/README.md", body: "read me" },
      { name: "dataset.json", prefix: "package/dist", body: '{"a":1}' },
    ]);
    expect(text(tarEntry(archive, "package/README.md"))).toBe("read me");
    expect(text(tarEntry(archive, "package/dist/dataset.json"))).toBe('{"a":1}');
    expect(tarEntry(archive, "package/missing.json")).toBeUndefined();
  });

  it("skips a folder of the wanted name and reads a body longer than one block", () => {
    const long = "x".repeat(1300);
    const archive = tar([
      { name: "package/dist/dataset.json", type: "5" },
      { name: "package/big.txt", body: long },
      { name: "package/dist/dataset.json", body: "[]" },
    ]);
    expect(text(tarEntry(archive, "package/big.txt"))).toBe(long);
    expect(text(tarEntry(archive, "package/dist/dataset.json"))).toBe("[]");
  });

  it("takes the name a pax header gives the next entry, for that entry only, and passes global pax records by", () => {
    const archive = tar([
      { name: "pax-global", type: "g", body: pax("comment", "global") },
      { name: "PaxHeader/x", type: "x", body: pax("mtime", "1") + pax("path", "package/dist/dataset.json") },
      { name: "package/dist/truncated-name", body: "from pax" },
      { name: "package/dist/dataset.json", body: "plain" },
      { name: "PaxHeader/y", type: "x", body: pax("mtime", "1") },
      { name: "package/other.json", body: "other" },
    ]);
    expect(text(tarEntry(archive, "package/dist/dataset.json"))).toBe("from pax");
    expect(tarEntry(archive, "package/dist/truncated-name")).toBeUndefined();
    expect(text(tarEntry(archive, "package/other.json"))).toBe("other");
    expect(tarEntry(archive, "pax-global")).toBeUndefined();
  });

  it("refuses an archive with a wrong checksum or size field, and one cut short", () => {
    const archive = tar([{ name: "package/a.txt", body: "abc" }]);
    const wrongSum = archive.slice();
    wrongSum[0] = 0x71;
    expect(() => tarEntry(wrongSum, "package/a.txt")).toThrow(new TypeError("not a tar archive"));
    expect(() => tarEntry(new TextEncoder().encode("x".repeat(600)), "a")).toThrow("not a tar archive");
    expect(() => tarEntry(archive.slice(0, 512), "package/a.txt")).toThrow(new TypeError("a truncated tar archive"));
    expect(tarEntry(new Uint8Array(100), "a")).toBeUndefined();
  });
});

describe("datasetFromTarball", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const file = (bytes: Uint8Array): string => {
    const dir = mkdtempSync(path.join(tmpdir(), "pkr-tarball-"));
    dirs.push(dir);
    writeFileSync(path.join(dir, "p.tgz"), bytes);
    return path.join(dir, "p.tgz");
  };

  it("parses the package's dist/dataset.json", () => {
    expect(datasetFromTarball(file(gzipSync(tar([{ name: "package/dist/dataset.json", body: '{"themes":[]}' }]))))).toEqual({ themes: [] });
  });

  it("names the tarball and what is wrong with it, as a ReleaseError that is no 'not published'", () => {
    const cases: Array<[Uint8Array, string]> = [
      [gzipSync(tar([{ name: "package/dist/dataset.json", body: "{ nope" }])), "package/dist/dataset.json is not valid JSON: "],
      [gzipSync(new TextEncoder().encode("x".repeat(600))), " is not a tar archive"],
      [gzipSync(tar([])), " holds no package/dist/dataset.json"],
      [new TextEncoder().encode("plain text"), " is not a gzipped tarball"],
    ];
    for (const [bytes, message] of cases) {
      const p = file(bytes);
      let error: unknown;
      try {
        datasetFromTarball(p);
      } catch (e) {
        error = e;
      }
      expect(error, message).toBeInstanceOf(ReleaseError);
      expect((error as ReleaseError).message, message).toContain(`${p}${message.startsWith(" ") ? "" : ": "}${message}`);
      expect((error as ReleaseError).notPublished).toBe(false);
    }
  });

  it("rejects bytes that are not UTF-8 in dataset.json rather than read them as U+FFFD", () => {
    const bad = tar([{ name: "package/dist/dataset.json", body: '{"a":"xx"}' }]);
    const at = Buffer.from(bad.buffer, bad.byteOffset, bad.length).indexOf('"xx"') + 1;
    bad[at] = 0xff;
    // The checksum covers the header only: the body may change.
    expect(() => datasetFromTarball(file(gzipSync(bad)))).toThrow(/dataset\.json is not valid JSON: /);
  });

  it("passes on a file that cannot be read", () => {
    expect(() => datasetFromTarball(path.join(tmpdir(), "pkr-no-such-dir", "p.tgz"))).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });
});

describe("isVersion", () => {
  it("accepts semver versions with pre-release and build parts", () => {
    for (const v of ["0.1.0", "10.20.30", "1.0.0-rc.1", "1.0.0-alpha-2.x", "1.0.0+build.5", "1.0.0-rc.1+sha.abc"]) expect(isVersion(v), v).toBe(true);
  });
  it("refuses ranges, tags, paths and partial versions", () => {
    for (const v of ["latest", "^0.1.0", "0.1", "v0.1.0", "0.1.0.tgz", "./0.1.0", "0.1.0-", "0.1.0-a..b", "0.1.0+", " 0.1.0", "0.1.0 "]) expect(isVersion(v), v).toBe(false);
  });
});
