/** The build's data step: ISO 3166 checks, the generated module and the meta block. */
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildMeta, checkIsoCodes, generatedModule, readIfExists, writeIfChanged } from "../../src/authoring/build.js";
import { validateLoaded, loadDataDir } from "../../src/authoring/load.js";
import { DATA_DIR, realData, ROOT } from "../helpers.js";

type Rec = Record<string, any>;
const dirs: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("checkIsoCodes", () => {
  it("finds nothing wrong with the data", () => {
    expect(checkIsoCodes(realData().input)).toEqual([]);
  });

  const delegation = (d: Rec) => checkIsoCodes({ delegations: [d] });
  const notIso = (id: string) => [{ file: null, collection: "delegations", id, path: ["id"], message: `'${id}' is not an ISO 3166-1 alpha-3 code` }];

  it("checks the id of a member or observer state, and no other kind of delegation", () => {
    for (const kind of ["member-state", "observer-state"]) {
      for (const id of ["XXX", "vnm", "Vnm", "VNMX", "XVNM", "VN", "704", "constructor", "__proto__"]) expect(delegation({ id, kind, m49: null })).toEqual(notIso(id));
      expect(delegation({ id: "VNM", kind, m49: 704 })).toEqual([]);
    }
    for (const kind of ["regional-organization", "un-entity", undefined]) expect(delegation({ id: "XXX", kind })).toEqual([]);
    expect(delegation({ id: 7, kind: "member-state" })).toEqual([]);
    expect(checkIsoCodes({ delegations: [null] })).toEqual([]);
  });

  it("checks an M49 code against the state's ISO numeric code, when there is one", () => {
    expect(delegation({ id: "VNM", kind: "member-state", m49: 705 })).toEqual([
      { file: null, collection: "delegations", id: "VNM", path: ["m49"], message: "M49 code 705 differs from ISO 3166-1 numeric 704 for VNM" },
    ]);
    expect(delegation({ id: "VNM", kind: "member-state", m49: "704" })).toEqual([]);
    expect(delegation({ id: "BEL", kind: "member-state", m49: 56 })).toEqual([]);
  });

  it("checks a mission's host code, where it has a host", () => {
    const mission = (m: Rec) => checkIsoCodes({ missions: [m] });
    const problem = (id: string | null, code: string) => [{ file: null, collection: "missions", id, path: ["host", "iso3"], message: `'${code}' is not an ISO 3166-1 alpha-3 code` }];
    for (const code of ["XXX", "mli", "MLIX", "XMLI", "ML", "466", "toString"]) expect(mission({ id: "M", host: { iso3: code } })).toEqual(problem("M", code));
    expect(mission({ id: 3, host: { iso3: "XXX" } })).toEqual(problem(null, "XXX"));
    expect(mission({ id: "M", host: { iso3: "MLI" } })).toEqual([]);
    expect(mission({ id: "M", host: null })).toEqual([]);
    expect(mission({ id: "M", host: { iso3: null } })).toEqual([]);
    expect(checkIsoCodes({ missions: [null] })).toEqual([]);
    expect(checkIsoCodes({})).toEqual([]);
  });

  const former = "a listed ISO 3166-3 former code (CSK, DDR, SCG, SUN, YMD, YUG)";

  it("checks each of a mission's hosts, which may be a state that no longer exists", () => {
    const hosts = (...codes: Array<string | null>) => checkIsoCodes({ missions: [{ id: "M", hosts: codes.map((iso3) => ({ iso3 })) }] });
    expect(hosts("MLI", null, "YUG", "SUN")).toEqual([]);
    expect(hosts("MLI", "ZAR", "XKX")).toEqual([
      { file: null, collection: "missions", id: "M", path: ["hosts", 1, "iso3"], message: `'ZAR' is neither an ISO 3166-1 alpha-3 code nor ${former}` },
      { file: null, collection: "missions", id: "M", path: ["hosts", 2, "iso3"], message: `'XKX' is neither an ISO 3166-1 alpha-3 code nor ${former}` },
    ]);
    expect(checkIsoCodes({ missions: [{ id: "M", hosts: "MLI" }, { id: "N", hosts: [null, { iso3: 4 }] }] })).toEqual([]);
  });

  it("checks a Council term's state, which may be a state that no longer exists", () => {
    const term = (state: unknown, id: unknown = "T") => checkIsoCodes({ councilTerms: [{ id, state }] });
    for (const state of ["USA", "SUN", "YMD", "DDR", "CSK", "YUG"]) expect(term(state)).toEqual([]);
    expect(term("ZAR")).toEqual([{ file: null, collection: "councilTerms", id: "T", path: ["state"], message: `'ZAR' is neither an ISO 3166-1 alpha-3 code nor ${former}` }]);
    expect(term("usa", 5)).toEqual([{ file: null, collection: "councilTerms", id: null, path: ["state"], message: `'usa' is neither an ISO 3166-1 alpha-3 code nor ${former}` }]);
    expect(term(null)).toEqual([]);
    expect(checkIsoCodes({ councilTerms: [null] })).toEqual([]);
  });
});

describe("generatedModule", () => {
  const checked = validateLoaded(loadDataDir(DATA_DIR));
  if (!checked.ok) throw new Error("data/ must be valid");
  const dataset = checked.dataset;

  it("exports each id list as a const array, in data order, once each, with its doc comment", () => {
    const text = generatedModule(dataset);
    expect(text.startsWith("// Generated by `npm run data:build` from data/, after validation. Do not edit.\n\n/**\n")).toBe(true);
    const lists: Array<[string, string, readonly { id: string }[]]> = [
      ["Every delegation id in the data.", "DELEGATION_IDS", dataset.delegations],
      ["Every mission id in the data.", "MISSION_IDS", dataset.missions],
      ["Every theme id in the data.", "THEME_IDS", dataset.themes],
      ["Every metric subject id in the data.", "METRIC_SUBJECTS", dataset.subjects],
      ["Every meeting id in the data.", "MEETING_IDS", dataset.meetings],
      ["Every document id in the data.", "DOCUMENT_IDS", dataset.documents],
      ["Every council term id in the data.", "COUNCIL_TERM_IDS", dataset.councilTerms],
    ];
    for (const [doc, name, records] of lists) {
      expect(records.length).toBeGreaterThan(0);
      expect(text).toContain(`/**\n * ${doc}\n * @category Records\n */\nexport const ${name} = ${JSON.stringify(records.map((r) => r.id))} as const;\n`);
    }
    expect(text).toContain(
      `\n/**\n * The date of every meeting in the data, by id (the helpers order points stated at different meetings by it).\n * @internal\n */\nexport const MEETING_DATES: Readonly<Record<string, string>> = ${JSON.stringify(Object.fromEntries(dataset.meetings.map((m) => [m.id, m.date])))};\n`,
    );
    expect(text.endsWith("};\n")).toBe(true);
  });

  it("lists an id that occurs twice once", () => {
    const twice = { ...dataset, themes: [dataset.themes[0]!, dataset.themes[1]!, dataset.themes[0]!] };
    expect(generatedModule(twice)).toContain(`export const THEME_IDS = ${JSON.stringify([dataset.themes[0]!.id, dataset.themes[1]!.id])} as const;`);
  });

  it("stamps the package's name and version, the build time (SOURCE_DATE_EPOCH when set) and each source", () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { name: string; version: string };
    vi.stubEnv("SOURCE_DATE_EPOCH", "1600000000");
    expect(buildMeta(ROOT, dataset)).toEqual({
      name: pkg.name,
      version: pkg.version,
      built: "2020-09-13T12:26:40.000Z",
      sources: dataset.sources.map((s) => ({ id: s.id, path: s.path, sha256: s.sha256 })),
    });
    vi.stubEnv("SOURCE_DATE_EPOCH", "");
    const before = Date.now();
    const built = Date.parse(buildMeta(ROOT, dataset).built);
    expect(built).toBeGreaterThanOrEqual(before - 1000);
    expect(built).toBeLessThanOrEqual(Date.now() + 1000);
  });
});

describe("readIfExists and writeIfChanged", () => {
  it("read a file or nothing, and write only what changes, making the folders it needs", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pkr-build-"));
    dirs.push(dir);
    const file = path.join(dir, "a", "b", "f.txt");
    expect(readIfExists(file)).toBeUndefined();
    writeIfChanged(file, "one\u00a0");
    expect(readIfExists(file)).toBe("one\u00a0");
    const old = new Date("2001-01-01T00:00:00Z");
    utimesSync(file, old, old);
    writeIfChanged(file, "one\u00a0");
    expect(statSync(file).mtimeMs).toBe(old.getTime());
    writeIfChanged(file, "two");
    expect(readFileSync(file, "utf8")).toBe("two");
  });
});
