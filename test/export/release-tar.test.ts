/**
 * The tar reader at the edges of the format: fields that fill their whole width (no NUL), size fields that are not
 * plain octal, an entry that ends exactly where the archive does, a fragment shorter than a header, a pax path as the
 * first record, a global pax header between a file's pax header and the file, and the old NUL type flag for a file.
 * The archives are synthetic test data, built in test/tar-archive.ts.
 */
import { describe, expect, it } from "vitest";
import { tarEntry } from "../../src/export/release.js";
import { paxRecord, tarArchive } from "../tar-archive.js";

const text = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : new TextDecoder().decode(bytes));

describe("tarEntry on header fields", () => {
  it("reads a name that fills all 100 bytes of its field, with no NUL after it", () => {
    const name = `package/${"n".repeat(92)}`;
    expect(name).toHaveLength(100);
    const archive = tarArchive([{ name, body: "full width" }]);
    expect(text(tarEntry(archive, name))).toBe("full width");
    expect(tarEntry(archive, name.slice(0, 99))).toBeUndefined();
  });

  it("reads a size field that fills its 12 bytes, and one ended by a space or by NUL and space", () => {
    for (const sizeField of ["000000000005", "00000000005 ", "0000000005\0 ", "5\0"]) {
      const archive = tarArchive([{ name: "package/a.txt", body: "abcde", sizeField }]);
      expect(text(tarEntry(archive, "package/a.txt")), JSON.stringify(sizeField)).toBe("abcde");
    }
  });

  it("refuses a size field with anything but octal digits between its ends", () => {
    for (const sizeField of ["5 3\0", "53x\0", "0000000058\0", "-5\0", "\0"]) {
      const archive = tarArchive([{ name: "package/a.txt", body: "abcde", sizeField }]);
      expect(() => tarEntry(archive, "package/a.txt"), JSON.stringify(sizeField)).toThrow(new TypeError("not a tar archive"));
    }
  });
});

describe("tarEntry at the end of an archive", () => {
  it("reads an entry whose body ends exactly where the archive ends, and refuses one a byte short", () => {
    const archive = tarArchive([{ name: "package/dist/dataset.json", body: "[1,2,3]" }], false);
    expect(archive).toHaveLength(512 + 7);
    expect(text(tarEntry(archive, "package/dist/dataset.json"))).toBe("[1,2,3]");
    expect(() => tarEntry(archive.subarray(0, 512 + 6), "package/dist/dataset.json")).toThrow(new TypeError("a truncated tar archive"));
  });

  it("does not read a fragment shorter than a header after the last entry as one", () => {
    const entries = tarArchive([{ name: "package/a.txt", body: "a".repeat(512) }], false);
    const archive = new Uint8Array([...entries, ...new TextEncoder().encode("synthetic trailing bytes")]);
    expect(tarEntry(archive, "package/dist/dataset.json")).toBeUndefined();
    expect(text(tarEntry(archive, "package/a.txt"))).toBe("a".repeat(512));
  });
});

describe("tarEntry on entry types", () => {
  it("takes a pax path given as the header's first record", () => {
    const archive = tarArchive([
      { name: "PaxHeader/x", type: "x", body: paxRecord("path", "package/dist/dataset.json") + paxRecord("mtime", "1") },
      { name: "package/dist/short-name", body: "from pax" },
    ]);
    expect(text(tarEntry(archive, "package/dist/dataset.json"))).toBe("from pax");
  });

  it("keeps a pax path for the next file across a global pax header between them", () => {
    const archive = tarArchive([
      { name: "PaxHeader/x", type: "x", body: paxRecord("path", "package/dist/dataset.json") },
      { name: "pax-global", type: "g", body: paxRecord("comment", "global") },
      { name: "package/dist/short-name", body: "from pax" },
    ]);
    expect(text(tarEntry(archive, "package/dist/dataset.json"))).toBe("from pax");
    expect(tarEntry(archive, "package/dist/short-name")).toBeUndefined();
  });

  it("reads a file whose type flag is NUL, as old tars write files, but no link or folder of that name", () => {
    expect(text(tarEntry(tarArchive([{ name: "package/a.txt", body: "old", type: 0 }]), "package/a.txt"))).toBe("old");
    for (const type of ["1", "2", "5"]) {
      expect(tarEntry(tarArchive([{ name: "package/a.txt", type }]), "package/a.txt"), type).toBeUndefined();
    }
  });
});
