/**
 * The canonical formatting of data files: keys in the order the schemas declare them, two-space JSON,
 * a final newline. `npm run data:format` rewrites every file this way; a test checks they already are.
 */
import * as z from "zod";
import { COLLECTION_SCHEMAS, type CollectionName } from "../schemas/dataset.js";

/** Unwraps the wrappers that do not change an object's keys (a default too: `president`, `parts`, `participation`). */
function unwrap(schema: z.ZodType): z.ZodType {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodNullable || s instanceof z.ZodOptional || s instanceof z.ZodReadonly || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else if (s instanceof z.ZodPipe) s = s.in as z.ZodType;
    else return s;
  }
}

/** Orders an object's keys (deeply) as its schema declares them; keys the schema does not know go last, sorted. */
export function canonical(value: unknown, schema: z.ZodType): unknown {
  const s = unwrap(schema);
  if (Array.isArray(value)) {
    return s instanceof z.ZodArray ? value.map((v) => canonical(v, s.element as z.ZodType)) : value;
  }
  if (value === null || typeof value !== "object") return value;
  const rec = value as Record<string, unknown>;
  let shape: Record<string, z.ZodType> | undefined;
  if (s instanceof z.ZodObject) shape = s.shape as Record<string, z.ZodType>;
  else if (s instanceof z.ZodDiscriminatedUnion) {
    const disc = (s as unknown as { _zod: { def: { discriminator: string } } })._zod.def.discriminator;
    const option = (s.options as z.ZodType[]).find((o) => {
      const lit = (o as z.ZodObject).shape[disc];
      return lit instanceof z.ZodLiteral && lit.values.has(rec[disc] as never);
    });
    shape = option ? ((option as z.ZodObject).shape as Record<string, z.ZodType>) : undefined;
  }
  const known = shape ? Object.keys(shape).filter((k) => k in rec) : [];
  const rest = Object.keys(rec).filter((k) => !known.includes(k)).sort();
  return Object.fromEntries([...known, ...rest].map((k) => [k, shape?.[k] ? canonical(rec[k], shape[k]!) : rec[k]]));
}

/** The canonical text of a data file's content: `$schema` first, then each collection's records in schema key order. */
export function formatDataFile(content: Record<string, unknown>): string {
  const out: Record<string, unknown> = {};
  if ("$schema" in content) out.$schema = content.$schema;
  for (const [key, value] of Object.entries(content)) {
    if (key === "$schema") continue;
    const schema = COLLECTION_SCHEMAS[key as CollectionName];
    out[key] = schema && Array.isArray(value) ? value.map((r) => canonical(r, schema)) : value;
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}
