/**
 * The lead sentences of the index's events, which `graph.json` leaves out: each event chunk has a
 * leads chunk beside it (`LeadsChunkSchema`, `leadsChunkKey`) with `[event id, sentence]` in the
 * index's order. The app fills them in once it has opened; the tools as they read a built folder.
 */
import { leadsChunkKey } from "./chunks.ts";
import { type Graph, type LeadsChunk, SCHEMA_VERSION } from "./schema.ts";

/**
 * A leads chunk's JSON checked against `LeadsChunkSchema` — by hand, like the index's rows (see
 * graphFile.ts): a large corpus has half a million sentences, and zod cannot compile its checks
 * under the app's Content-Security-Policy. Gives the chunk, or the first problem and where it is.
 */
export function readLeadsChunk(json: unknown): { ok: true; chunk: LeadsChunk } | { ok: false; error: string } {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return { ok: false, error: "expected an object" };
  const { schemaVersion, key, sentences } = json as Record<string, unknown>;
  if (schemaVersion !== SCHEMA_VERSION) return { ok: false, error: `schemaVersion is ${JSON.stringify(schemaVersion)}, expected ${SCHEMA_VERSION}` };
  if (typeof key !== "string") return { ok: false, error: "key: expected a string" };
  if (!Array.isArray(sentences)) return { ok: false, error: "sentences: expected an array" };
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as unknown;
    if (!Array.isArray(s) || s.length !== 2 || typeof s[0] !== "string" || typeof s[1] !== "string") {
      return { ok: false, error: `sentences.${i}: expected [event id, sentence], two strings` };
    }
  }
  const keys = Object.keys(json);
  if (keys.length !== 3) return { ok: false, error: `unexpected keys: ${keys.filter((k) => !["schemaVersion", "key", "sentences"].includes(k)).join(", ")}` };
  return { ok: true, chunk: json as LeadsChunk };
}

export interface LeadFill {
  /** Sentences that found their event. */
  readonly filled: number;
  /** Sentences naming an event the index does not have in that chunk. */
  readonly unknown: number;
}

/**
 * Gives the index's lead mentions their sentences from leads chunks, in place (the app holds one
 * index and fills it as the chunks arrive). A chunk's events are contiguous in the index, in the
 * chunk's order: each sentence is matched by position and checked by id, falling back to a lookup
 * by id for an index that does not follow the chunk (an edited or grown graph).
 */
export function createLeadFiller(graph: Graph): (leads: LeadsChunk) => LeadFill {
  const first = new Map<string, number>();
  graph.events.forEach((e, i) => {
    const key = leadsChunkKey(e.chunk);
    if (!first.has(key)) first.set(key, i);
  });
  let byId: Map<string, number> | undefined;
  return (leads) => {
    const start = first.get(leads.key);
    let filled = 0;
    let unknown = 0;
    leads.sentences.forEach(([id, sentence], k) => {
      let i = start === undefined ? -1 : start + k;
      if (graph.events[i]?.id !== id) {
        byId ??= new Map(graph.events.map((e, j) => [e.id, j]));
        i = byId.get(id) ?? -1;
      }
      const e = graph.events[i];
      if (!e || leadsChunkKey(e.chunk) !== leads.key) {
        unknown++;
        return;
      }
      e.mentions[0]!.sentence = sentence;
      filled++;
    });
    return { filled, unknown };
  };
}
