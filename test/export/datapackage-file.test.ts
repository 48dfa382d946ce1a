/**
 * writeDataPackage, in process: it creates its folder, writes `datapackage.json` there as dataPackage() gives it
 * (indented, with a final line break), and points the resources at `csv/` unless told another folder. The package
 * info is synthetic test text; the dataset is the real one.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { dataPackage, type PackageInfo, type TableResource } from "../../src/export/datapackage.js";
import { writeDataPackage } from "../../src/export/files.js";
import { dataset } from "../../src/index.js";

/** Synthetic test package info. */
const info: PackageInfo = { name: "synthetic-package", version: "0.0.1", description: "Synthetic test package.", keywords: ["test"], license: "MIT" };

describe("writeDataPackage", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it("writes datapackage.json into a folder it creates, as dataPackage() gives it, indented and ending in a line break", () => {
    dir = mkdtempSync(path.join(tmpdir(), "pkr-datapackage-"));
    const out = path.join(dir, "nested", "export");
    const file = writeDataPackage(dataset, info, out);
    expect(file).toBe(path.join(out, "datapackage.json"));
    expect(readFileSync(file, "utf8")).toBe(`${JSON.stringify(dataPackage(dataset, info), null, 2)}\n`);
  });

  it("points the resources at csv/<table>.csv by default, and at another folder when given one", () => {
    dir = mkdtempSync(path.join(tmpdir(), "pkr-datapackage-"));
    const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as { resources: TableResource[] };
    const byDefault = read(writeDataPackage(dataset, info, path.join(dir, "a")));
    expect(byDefault.resources.length).toBeGreaterThan(0);
    for (const r of byDefault.resources) expect(r.path).toBe(`csv/${r.name}.csv`);
    const elsewhere = read(writeDataPackage(dataset, info, path.join(dir, "b"), "tables"));
    for (const r of elsewhere.resources) expect(r.path).toBe(`tables/${r.name}.csv`);
  });
});
