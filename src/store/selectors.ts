/**
 * Derived data, memoised on the graph version and the inputs: visible events (time window +
 * filters) and the relations recomputed from them. Never stored twice in the store.
 */
import type { Graph, RabtEvent, Relation } from "../contract/schema.ts";
import { affiliatedBy, eventParticipants, relationsFromEvents } from "../contract/relations.ts";

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

let actorMemo: { key: unknown[]; value: ActorRelations } | null = null;

export interface ActorRelations {
  /** The visible events the actor takes part in. */
  readonly events: RabtEvent[];
  /** The actor's relations among them (unsorted). */
  readonly relations: Relation[];
}

/**
 * The visible events of an actor and its relations among them, memoised on identity of the
 * inputs: the actor list and the actor panel both show them, and a busy actor of a large corpus
 * has a hundred thousand events to go through.
 */
export function selectActorRelations(graph: Graph | null, w: TimeWindow | null, f: Filters, actorId: string): ActorRelations {
  const key = [graph, w, f, actorId];
  if (actorMemo?.key.every((k, i) => k === key[i])) return actorMemo.value;
  const events = selectVisibleEvents(graph, w, f).filter((e) => involves(e, actorId));
  const countries = new Map((graph?.actors ?? []).map((a) => [a.id, a.country]));
  const relations = relationsFromEvents(events, { affiliated: affiliatedBy((id) => countries.get(id)) }).filter(
    (r) => r.sourceId === actorId || r.targetId === actorId,
  );
  actorMemo = { key, value: { events, relations } };
  return actorMemo.value;
}

/** True when the actor takes part in the event (as source, target or other). */
export function involves(e: RabtEvent, actorId: string): boolean {
  return e.sourceIds.includes(actorId) || e.targetIds.includes(actorId) || e.otherIds.includes(actorId);
}
