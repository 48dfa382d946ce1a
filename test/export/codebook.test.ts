/** The codebook (docs/codebook.md, checked current with the other generated docs): every table and column, typed and described. */
import { describe, expect, it } from "vitest";
import { codebook } from "../../src/export/codebook.js";
import { fieldOf } from "../../src/export/datapackage.js";
import { tableLayouts } from "../../src/export/tables.js";
import { ROLES } from "../../src/schemas/statement.js";

const text = codebook();
/** The section of one table: from its heading to the next. */
const section = (table: string) => text.split(/^## /m).find((s) => s.startsWith(`${table}\n`))!;

describe("the codebook", () => {
  it("has a section for every table, in the data package's order, each listed at the top with a link", () => {
    const layouts = tableLayouts();
    expect([...text.matchAll(/^## (\S+)$/gm)].map((m) => m[1])).toEqual(["Tables", ...layouts.map((l) => l.name)]);
    expect(text).toContain("- [`statements.themes`](#statementsthemes): The themes the statement addresses, each with the sentence that shows it.");
  });

  it("has a row for every column of a table, in its order, with its type, whether it is required, its description and allowed values", () => {
    for (const l of tableLayouts()) {
      const rows = section(l.name).split("\n").filter((line) => line.startsWith("| `"));
      expect(rows.map((r) => r.split(" | ")[0]!.slice(3, -1)), l.name).toEqual(l.columns.map((c) => c.name));
      l.columns.forEach((c, i) => expect(rows[i]!.split(" | ")[1], `${l.name}.${c.name}`).toBe(fieldOf(c).type));
    }
    const statements = section("statements");
    expect(statements).toContain(`| \`role\` | string | yes | The speaker's role at the meeting. | ${ROLES.map((r) => `\`${r}\``).join(", ")} |`);
    expect(statements).toContain("| `order` | integer | yes | Position in the speaking order, from 1 without gaps. | ≥ 1 |");
    expect(statements).toContain("| `speaker.name` | string |  | Who spoke. The person's name where the source gives it; null otherwise. |  |");
    expect(section("sources")).toContain("| `url` | string |  | Where the document was published online, or null where not recorded. | a URL |");
    expect(section("metrics")).toMatch(/\| `period\.month` \| integer \|  \| .* \| ≥ 1; ≤ 12 \|/);
  });

  it("names each table's primary key and where its references point", () => {
    expect(section("statements.themes")).toContain("- Primary key: `statement`, `position`.\n- References: `statement` → `statements.id`; `theme` → `themes.id`; `evidence.source` → `sources.id`.");
    expect(section("missions")).toContain("`predecessor` → `missions.id`");
    expect(section("themes")).not.toContain("References:");
  });

  it("escapes a pipe in a description so that the row keeps its cells", () => {
    const pipes = text.split("\n").filter((line) => line.startsWith("| `") && line.replace(/\\\|/g, "").split("|").length !== 7);
    expect(pipes).toEqual([]);
  });
});
