/**
 * dist/parquet/ read by DuckDB (its Node package), as a user whose corpus outgrows one process would: the columns
 * come typed, and a join across two tables gives what dataset.json says.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const dir = path.join(ROOT, "dist/parquet");
const json = JSON.parse(readFileSync(path.join(ROOT, "dist/dataset.json"), "utf8")) as {
  statements: Array<{ id: string; order: number; speaker: { delegation: string }; themes: Array<{ theme: string }> }>;
  metrics: Array<{ id: string; statement: string | null; value: number }>;
};
const file = (table: string) => `read_parquet('${path.join(dir, `${table}.parquet`).replace(/'/g, "''")}')`;

let instance: DuckDBInstance;
let db: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  db = await instance.connect();
});
afterAll(() => {
  db.closeSync();
  instance.closeSync();
});
/** From dataset.json: how many statements address each theme, by speaker, keyed `theme delegation`. */
function statementsByThemeAndSpeaker(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of json.statements) for (const t of s.themes) counts.set(`${t.theme} ${s.speaker.delegation}`, (counts.get(`${t.theme} ${s.speaker.delegation}`) ?? 0) + 1);
  return counts;
}
const rows = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJS();

describe("DuckDB on the Parquet files", () => {
  it("reads the columns typed: integers, doubles, booleans, dates, timestamps and text", async () => {
    const types = async (table: string) => new Map((await rows(`DESCRIBE SELECT * FROM ${file(table)}`)).map((r) => [r.column_name, r.column_type]));
    const statements = await types("statements");
    expect(statements.get("order")).toBe("INTEGER");
    expect(statements.get("speaker.delegation")).toBe("VARCHAR");
    expect((await types("meetings")).get("date")).toBe("DATE");
    expect((await types("meta")).get("built")).toBe("TIMESTAMP");
    expect((await types("themes")).get("a4pCommitmentArea")).toBe("BOOLEAN");
    expect((await types("metrics")).get("value")).toBe("DOUBLE");
  });

  it("joins a link table to its records: the statements of each theme, by speaker, as dataset.json has them", async () => {
    const joined = await rows(`
      SELECT t.theme AS theme, s."speaker.delegation" AS delegation, count(*) AS n
      FROM ${file("statements")} AS s JOIN ${file("statements.themes")} AS t ON t.statement = s.id
      GROUP BY ALL ORDER BY theme, delegation`);
    const expected = statementsByThemeAndSpeaker();
    expect(new Map(joined.map((r) => [`${String(r.theme)} ${String(r.delegation)}`, Number(r.n)]))).toEqual(expected);
    expect(joined.length).toBeGreaterThan(10);
  });

  it("runs the README's query: the statements of each theme by speaker, on the shipped files", async () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const query = /```sql\n([\s\S]*?)```/.exec(readme)![1]!.replaceAll("node_modules/peacekeeping-records/dist/parquet/", `${dir}/`);
    const result = await rows(query);
    const expected = statementsByThemeAndSpeaker();
    expect(new Map(result.map((r) => [`${String(r.theme)} ${String(r.delegation)}`, Number(r.statements)]))).toEqual(expected);
    const counts = result.map((r) => Number(r.statements));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("joins metrics to the statements that state them, keeping the metrics no statement states", async () => {
    const joined = await rows(`
      SELECT m.id AS id, m.value AS value, s."order" AS "order"
      FROM ${file("metrics")} AS m LEFT JOIN ${file("statements")} AS s ON s.id = m.statement ORDER BY m.id`);
    const order = new Map(json.statements.map((s) => [s.id, s.order]));
    expect(joined).toHaveLength(json.metrics.length);
    for (const r of joined) {
      const metric = json.metrics.find((m) => m.id === r.id)!;
      expect(r.value, metric.id).toBe(metric.value);
      expect(r.order === null, metric.id).toBe(metric.statement === null);
      if (metric.statement !== null) expect(r.order, metric.id).toBe(order.get(metric.statement));
    }
  });
});
