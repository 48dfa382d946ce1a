// @ts-check
/**
 * TypeDoc plugin: the record interfaces (`Statement`, `Metric`, …) extend `RecordOf<"statement", I>`, a type that is
 * not part of the API: it only builds each record from its schema with the id fields typed by I. Left in, every record
 * page shows it as the record's parent and every field as "inherited from RecordOf"; the fields are the record's own.
 */
import { Converter, DeclarationReflection, ReferenceType, ReflectionKind } from "typedoc";

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(
    Converter.EVENT_RESOLVE_BEGIN,
    (context) => {
      for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Interface)) {
        if (!(reflection instanceof DeclarationReflection) || !reflection.extendedTypes) continue;
        const kept = reflection.extendedTypes.filter((t) => !(t instanceof ReferenceType && t.name === "RecordOf"));
        if (kept.length === reflection.extendedTypes.length) continue;
        reflection.extendedTypes = kept.length > 0 ? kept : undefined;
        for (const child of reflection.children ?? []) {
          if (child.inheritedFrom instanceof ReferenceType && child.inheritedFrom.name.startsWith("RecordOf")) child.inheritedFrom = undefined;
        }
      }
    },
    2000,
  );
}
