/**
 * Every field of every schema carries a one-line doc comment (for the inferred types and typedoc) and the same text
 * in `.describe()` (for the JSON Schema). They are written twice, so this test keeps them from drifting apart.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const dir = path.join(ROOT, "src/schemas");
const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "index.ts");

/** Property assignments inside z.object / z.strictObject calls, with their doc comment and describe() text. */
function fields(file: string): Array<{ name: string; doc: string | null; description: string | null; line: number }> {
  const source = ts.createSourceFile(file, readFileSync(path.join(dir, file), "utf8"), ts.ScriptTarget.Latest, true);
  const out: Array<{ name: string; doc: string | null; description: string | null; line: number }> = [];
  const describeText = (node: ts.Node): string | null => {
    let found: string | null = null;
    const visit = (n: ts.Node) => {
      if (found !== null) return;
      // The outermost .describe("…") of the property's value (the last in the chain).
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "describe") {
        const arg = n.arguments[0];
        if (arg && ts.isStringLiteralLike(arg)) found = arg.text;
        return;
      }
      if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) visit(n.expression.expression);
    };
    visit(node);
    return found;
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ["object", "strictObject"].includes(node.expression.name.text) &&
      node.arguments[0] &&
      ts.isObjectLiteralExpression(node.arguments[0])
    ) {
      for (const prop of node.arguments[0].properties) {
        if (!ts.isPropertyAssignment(prop)) continue;
        const docs = ts.getJSDocCommentsAndTags(prop).filter(ts.isJSDoc);
        const doc = docs.length ? ts.getTextOfJSDocComment(docs[docs.length - 1]!.comment) ?? null : null;
        const name = prop.name.getText(source);
        const value = prop.initializer;
        // A field whose value is a named schema (IdSchema, UnitSchema …) takes that schema's description.
        const description = ts.isIdentifier(value) ? `<${value.text}>` : describeText(value);
        out.push({ name, doc, description, line: source.getLineAndCharacterOfPosition(prop.getStart()).line + 1 });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Doc text normalised for comparison: code spans and typographic dashes read as in the description. */
const normalise = (s: string) => s.replace(/`/g, "").replace(/[–—]/g, "-").replace(/…/g, "...").replace(/\s+/g, " ").trim();

describe.each(files)("%s", (file) => {
  const list = fields(file);
  it("documents every field with a one-line doc comment", () => {
    const missing = list.filter((f) => !f.doc || f.doc.includes("\n")).map((f) => `${f.name} (line ${f.line})`);
    expect(missing).toEqual([]);
  });
  it("describes every field for the JSON Schema with the same words", () => {
    const differing = list
      .filter((f) => !(f.description?.startsWith("<")))
      .filter((f) => f.description === null || normalise(f.doc ?? "") !== normalise(f.description))
      .map((f) => `${f.name} (line ${f.line}): doc "${f.doc}" vs describe "${f.description}"`);
    expect(differing).toEqual([]);
  });
});
