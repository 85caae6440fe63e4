/**
 * `graph.json` cut into parts for a static host that caps file sizes (`npm run site`, see
 * scripts/lib/splitFiles.ts): the file then holds only this manifest, and the index is its parts'
 * bytes, concatenated in order.
 */
import { z } from "zod";
import { SCHEMA_VERSION } from "./schema.ts";

export const GRAPH_FILE = "graph.json";

export const GraphPartsSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** The whole index's size, in bytes. */
    bytes: z.number().int().positive(),
    parts: z
      .array(
        z.object({
          /** A file beside `graph.json` (a plain name: no folder, no leading dot). */
          path: z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/, "a file name beside graph.json"),
          bytes: z.number().int().positive(),
        }),
      )
      .min(1),
  })
  .strict()
  .refine((m) => m.parts.reduce((n, p) => n + p.bytes, 0) === m.bytes, { message: "the parts' sizes do not add up to bytes" });
export type GraphParts = z.infer<typeof GraphPartsSchema>;

/** Whether a parsed `graph.json` is a manifest of parts rather than the index itself. */
export function isGraphParts(value: unknown): boolean {
  return typeof value === "object" && value !== null && "parts" in value && !("actors" in value);
}
