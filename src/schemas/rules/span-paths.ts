/**
 * Where the Spans of each collection's records are, read from the schemas once: the checks then walk only the fields
 * the schema knows (no recursion over unknown keys, whatever the input's depth).
 * @module
 */
import * as z from "zod";
import { COLLECTION_SCHEMAS, COLLECTIONS, type CollectionName } from "../collections.js";

const SPAN_KEYS = ["end", "quote", "source", "start"].join();

/** The dotted paths (`*` for array elements) at which a schema holds Spans. */
function pathsIn(schema: z.ZodType, prefix: string[], out: Set<string>): void {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return pathsIn(schema.unwrap() as z.ZodType, prefix, out);
  if (schema instanceof z.ZodArray) return pathsIn(schema.element as z.ZodType, [...prefix, "*"], out);
  if (schema instanceof z.ZodDiscriminatedUnion || schema instanceof z.ZodUnion) {
    for (const option of schema.options as z.ZodType[]) pathsIn(option, prefix, out);
    return;
  }
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    if (Object.keys(shape).sort().join() === SPAN_KEYS) {
      out.add(prefix.join("."));
      return;
    }
    for (const [key, field] of Object.entries(shape)) pathsIn(field, [...prefix, key], out);
  }
}

/** The span paths of each collection, each split into its parts. */
export const SPAN_PATHS: Readonly<Record<CollectionName, ReadonlyArray<readonly string[]>>> = Object.fromEntries(
  COLLECTIONS.map((name) => {
    const out = new Set<string>();
    pathsIn(COLLECTION_SCHEMAS[name] as unknown as z.ZodType, [], out);
    return [name, [...out].map((p) => p.split("."))];
  }),
) as Record<CollectionName, string[][]>;
