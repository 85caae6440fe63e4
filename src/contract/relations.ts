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
  /** Only these pairs (ids in code-unit order) are counted: a rebuild recounts the pairs its changed events touch. */
  readonly only?: (a: string, b: string) => boolean;
}

/** True when `a` is `b`'s state or `b` is `a`'s, from a map of actor → country. */
export function affiliatedBy(countryOf: (id: string) => string | undefined): (a: string, b: string) => boolean {
  return (a, b) => countryOf(a) === b || countryOf(b) === a;
}

/** A pair's running totals (events are added in order: the same sums as adding them up afterwards). */
export interface PairTotals {
  readonly a: string;
  readonly b: string;
  /** One actor belongs to the other: not a relation (decided once per pair). */
  readonly skip: boolean;
  events: number;
  readonly quad: [number, number, number, number];
  goldstein: number;
  first: string;
  last: string;
}

/**
 * Aggregates events into unordered actor-pair relations (the same rule as the build's relations
 * stage). Runs in the build over every event and in the app whenever the time window or the
 * filters change, so it keeps running totals per pair under a numeric key instead of listing each
 * pair's events under a string key.
 */
export function relationsFromEvents(events: readonly RelationEvent[], options: RelationOptions = {}): Relation[] {
  const numbers = new Map<string, number>();
  const numberOf = (id: string) => {
    let n = numbers.get(id);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(id, n);
    }
    return n;
  };
  const byPair = new Map<number, PairTotals>();
  for (const e of events) {
    const ids = eventParticipants(e).sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const a = ids[i]!;
        const b = ids[j]!;
        if (options.only && !options.only(a, b)) continue;
        const k = numberOf(a) * 2 ** 21 + numberOf(b);
        let t = byPair.get(k);
        if (!t) {
          t = { a, b, skip: options.affiliated?.(a, b) ?? false, events: 0, quad: [0, 0, 0, 0], goldstein: 0, first: e.date.start, last: e.date.end };
          byPair.set(k, t);
        }
        if (!t.skip) addToPair(t, e);
      }
  }
  const relations: Relation[] = [];
  for (const t of byPair.values()) if (!t.skip) relations.push(relationOf(t));
  return sortRelations(relations);
}

/** A pair's totals with one more of its events. */
export function addToPair(t: PairTotals, e: RelationEvent): void {
  t.events++;
  t.quad[e.quad - 1]! += 1;
  t.goldstein += e.goldstein;
  if (e.date.start < t.first) t.first = e.date.start;
  if (e.date.end > t.last) t.last = e.date.end;
}

/** The relation a pair's totals make. */
export function relationOf(t: PairTotals): Relation {
  return {
    sourceId: t.a,
    targetId: t.b,
    events: t.events,
    quad: t.quad,
    meanGoldstein: Math.round((t.goldstein / t.events) * 100) / 100,
    firstDate: t.first,
    lastDate: t.last,
  };
}

/**
 * Relations in their published order: by source and target id joined (a stable sort: pairs whose
 * joined ids are equal stay in the order their first events came in).
 */
export function sortRelations(relations: Relation[]): Relation[] {
  return relations.sort((x, y) => (x.sourceId + x.targetId < y.sourceId + y.targetId ? -1 : 1));
}
