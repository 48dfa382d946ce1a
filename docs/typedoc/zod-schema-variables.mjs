// @ts-check
/**
 * TypeDoc plugin: show an exported Zod schema constant as its schema class (`ZodObject`, `ZodEnum`, …) without the
 * type arguments that spell out Zod's internal generics. Those arguments hold type literals (an enum's
 * `{ briefer: "briefer" }`, an object's shape of Zod types) that are Zod's machinery, not this package's API; left
 * in, TypeDoc documents each of their members, and `validation.notDocumented` fails on every one. The fields
 * themselves are documented on the record types (Statement, Metric, …), which carry each schema field's doc comment.
 */
import { Converter, DeclarationReflection, ReferenceType, ReflectionKind, makeRecursiveVisitor } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      const cleanup = makeRecursiveVisitor({
        reflection: (type) => context.project.removeReflection(type.declaration),
      });
      /** @param {import("typedoc").SomeType | undefined} type */
      const strip = (type) => {
        if (type instanceof ReferenceType && /^Zod[A-Z]/.test(type.name) && type.typeArguments) {
          type.typeArguments.forEach((t) => t.visit(cleanup));
          type.typeArguments = undefined;
        }
      };
      for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Variable)) {
        if (!(reflection instanceof DeclarationReflection)) continue;
        strip(reflection.type);
        // A const object of schemas (COLLECTION_SCHEMAS): strip each member's schema type too.
        if (reflection.type?.type === "reflection") {
          for (const child of reflection.type.declaration.children ?? []) strip(child.type);
        }
      }
    },
    2000,
  );
}
