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
  // The schema's own fields that the value has (never an inherited name such as `toString`), in the schema's order.
  const fields = new Map(shape ? Object.entries(shape).filter(([k]) => Object.hasOwn(rec, k)) : []);
  // Then the value's other keys, sorted: a Set keeps each key where it first comes.
  const keys = new Set([...fields.keys(), ...Object.keys(rec).sort()]);
  return Object.fromEntries([...keys].map((k) => [k, fields.has(k) ? canonical(rec[k], fields.get(k)!) : rec[k]]));
}

/** The canonical text of a data file's content: `$schema` first, then each collection's records in schema key order. */
export function formatDataFile(content: Record<string, unknown>): string {
  const entries = Object.entries(content).map(([key, value]): [string, unknown] => {
    const schema = Object.hasOwn(COLLECTION_SCHEMAS, key) ? COLLECTION_SCHEMAS[key as CollectionName] : undefined;
    return [key, schema && Array.isArray(value) ? value.map((r) => canonical(r, schema)) : value];
  });
  // $schema first: Object.fromEntries keeps a key where it first comes, and (unlike `out[key] =`) keeps `__proto__` as a key.
  const out = Object.fromEntries("$schema" in content ? [["$schema", content.$schema], ...entries] : entries);
  return `${JSON.stringify(out, null, 2)}\n`;
}
