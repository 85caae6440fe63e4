/** Relation aggregation shared by the build (relations stage) and the app (time-window view). */
import type { RabtEvent, Relation } from "./schema.ts";

/** What relations are computed from: an event without its evidence. */
export type RelationEvent = Pick<RabtEvent, "id" | "date" | "quad" | "goldstein" | "sourceIds" | "targetIds" | "otherIds">;

/** Distinct actor ids taking part in an event (source, target and others). */
export function eventParticipants(e: Pick<RabtEvent, "sourceIds" | "targetIds" | "otherIds">): string[] {
  // in order of first appearance, as a Set of the three lists would give, without building one:
  // this runs for every event whenever the app recounts (hundreds of thousands in a large corpus)
  const out: string[] = [];
  for (const id of e.sourceIds) if (!out.includes(id)) out.push(id);
  for (const id of e.targetIds) if (!out.includes(id)) out.push(id);
  for (const id of e.otherIds) if (!out.includes(id)) out.push(id);
  return out;
}

export interface RelationOptions {
  /** True when one actor belongs to the other (a minister and their own state): not a relation. */
  readonly affiliated?: (a: string, b: string) => boolean;
}

/** True when `a` is `b`'s state or `b` is `a`'s, from a map of actor → country. */
export function affiliatedBy(countryOf: (id: string) => string | undefined): (a: string, b: string) => boolean {
  return (a, b) => countryOf(a) === b || countryOf(b) === a;
}

/** Aggregates events into unordered actor-pair relations (the same rule as the build's relations stage). */
export function relationsFromEvents(events: readonly RelationEvent[], options: RelationOptions = {}): Relation[] {
  const byPair = new Map<string, { a: string; b: string; events: RelationEvent[] }>();
  for (const e of events) {
    const ids = eventParticipants(e).sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i]!;
        const b = ids[j]!;
        if (options.affiliated?.(a, b)) continue;
        const k = `${a}|${b}`;
        const r = byPair.get(k) ?? { a, b, events: [] };
        if (!byPair.has(k)) byPair.set(k, r);
        r.events.push(e);
      }
  }
  return [...byPair.values()]
    .map(({ a, b, events: evs }) => {
      const quad: [number, number, number, number] = [0, 0, 0, 0];
      let g = 0;
      let first = evs[0]!.date.start;
      let last = evs[0]!.date.end;
      for (const e of evs) {
        quad[e.quad - 1]! += 1;
        g += e.goldstein;
        if (e.date.start < first) first = e.date.start;
        if (e.date.end > last) last = e.date.end;
      }
      return {
        sourceId: a,
        targetId: b,
        events: evs.length,
        quad,
        meanGoldstein: Math.round((g / evs.length) * 100) / 100,
        firstDate: first,
        lastDate: last,
        eventIds: evs.map((e) => e.id).sort(),
      };
    })
    .sort((x, y) => (x.sourceId + x.targetId < y.sourceId + y.targetId ? -1 : 1));
}
