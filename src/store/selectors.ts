/**
 * Derived data, memoised on the graph version and the inputs: visible events (time window +
 * filters) and the relations recomputed from them. Never stored twice in the store.
 */
import type { Graph, RabtEvent } from "../contract/schema.ts";
import { eventParticipants } from "../contract/relations.ts";

export { eventParticipants, relationsFromEvents } from "../contract/relations.ts";
import type { Filters, TimeWindow } from "./types.ts";

/** True when the event's interval overlaps the window (both inclusive ISO dates). */
export function inWindow(e: RabtEvent, w: TimeWindow | null): boolean {
  return !w || (e.date.end >= w.start && e.date.start <= w.end);
}

export function passesFilters(e: RabtEvent, f: Filters, kindOf: (id: string) => string | undefined): boolean {
  if (f.quads.length && !f.quads.includes(e.quad)) return false;
  if (f.modalities.length && !f.modalities.includes(e.modality)) return false;
  if (f.articleIds.length && !e.articleIds.some((id) => f.articleIds.includes(id))) return false;
  if (f.kinds.length && !eventParticipants(e).some((id) => f.kinds.includes(kindOf(id) as never))) return false;
  return true;
}

let memo: { key: unknown[]; value: RabtEvent[] } | null = null;

/** Events passing the time window and the filters (memoised on identity of the inputs). */
export function selectVisibleEvents(graph: Graph | null, w: TimeWindow | null, f: Filters): RabtEvent[] {
  if (!graph) return [];
  const key = [graph, w, f];
  if (memo?.key.every((k, i) => k === key[i])) return memo.value;
  const kinds = new Map(graph.actors.map((a) => [a.id, a.kind]));
  const value = graph.events.filter((e) => inWindow(e, w) && passesFilters(e, f, (id) => kinds.get(id)));
  memo = { key, value };
  return value;
}


/** True when the actor takes part in the event (as source, target or other). */
export function involves(e: RabtEvent, actorId: string): boolean {
  return e.sourceIds.includes(actorId) || e.targetIds.includes(actorId) || e.otherIds.includes(actorId);
}
