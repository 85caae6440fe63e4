/**
 * The lead sentences of the index's events, which `graph.json` leaves out: each event chunk has a
 * leads chunk beside it (`LeadsChunkSchema`, `leadsChunkKey`) with `[event id, sentence]` in the
 * index's order. The app fills them in once it has opened; the tools as they read a built folder.
 */
import { leadsChunkKey } from "./chunks.ts";
import type { Graph, LeadsChunk } from "./schema.ts";

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
