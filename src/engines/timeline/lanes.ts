/** Lane assignment: one lane, one per actor (selected + most active + other), or one per CAMEO root family. Pure. */
import type { Actor, RabtEvent } from "../../contract/schema.ts";
import type { LaneMode, UiLang } from "../../store/types.ts";
import { cameoRoot, cameoRootLabel } from "./cameoRoots.ts";
import { actorName } from "./format.ts";
import type { TimelineModel } from "./model.ts";

export type LaneKind = "all" | "actor" | "type" | "other";

export interface Lane {
  readonly key: string;
  readonly kind: LaneKind;
  /** Text in the UI language (not yet bidi-isolated). */
  readonly label: string;
  /** Model indexes of the lane's events, ascending (= by start). An event may sit in several actor lanes. */
  readonly members: Int32Array;
  /** Longest event of the lane in ms: how far before the view a visible event may start. */
  readonly maxDuration: number;
}

export interface LaneOptions {
  readonly actors: ReadonlyMap<string, Pick<Actor, "label" | "names">>;
  readonly selectedActorId: string | null;
  readonly lang: UiLang;
  /** Most lanes the actor mode may show, the "other" lane included. */
  readonly maxLanes: number;
  /** Label of the lane that gathers events none of the shown actors take part in. */
  readonly otherLabel: string;
  /** Label of the single lane. */
  readonly allLabel: string;
  /** CAMEO root family names in the UI language, keyed by root (`"04"`). */
  readonly cameoFamilies: Readonly<Record<string, string>>;
}

/** Splits the model's events into lanes for the given mode. */
export function assignLanes(model: TimelineModel, mode: LaneMode, o: LaneOptions): Lane[] {
  const n = model.events.length;
  switch (mode) {
    case "none":
      return [makeLane("all", "all", o.allLabel, identity(n), model)];
    case "type": {
      const byRoot = new Map<string, number[]>();
      for (let i = 0; i < n; i++) {
        const root = cameoRoot(model.events[i]!.cameo);
        const list = byRoot.get(root);
        if (list) list.push(i);
        else byRoot.set(root, [i]);
      }
      return [...byRoot.keys()]
        .sort()
        .map((root) => makeLane(`type:${root}`, "type", cameoRootLabel(root, o.cameoFamilies), Int32Array.from(byRoot.get(root)!), model));
    }
    case "actor":
      return actorLanes(model, o);
    default: {
      const never: never = mode;
      throw new Error(`unknown lane mode ${String(never)}`);
    }
  }
}

/** The actor ids given lanes: the selected actor first, then by event count (desc), then id. */
export function rankActors(model: TimelineModel, selectedActorId: string | null, slots: number): string[] {
  const counts = new Map<string, number>();
  for (const e of model.events) forEachParticipant(e, (id) => counts.set(id, (counts.get(id) ?? 0) + 1));
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  const out = selectedActorId ? [selectedActorId, ...ranked.filter((id) => id !== selectedActorId)] : ranked;
  return out.slice(0, Math.max(0, slots));
}

function actorLanes(model: TimelineModel, o: LaneOptions): Lane[] {
  const n = model.events.length;
  const ids = rankActors(model, o.selectedActorId, Math.max(1, o.maxLanes - 1));
  const slot = new Map(ids.map((id, i) => [id, i]));
  const lists: number[][] = ids.map(() => []);
  const other: number[] = [];
  for (let i = 0; i < n; i++) {
    let placed = false;
    forEachParticipant(model.events[i]!, (id) => {
      const s = slot.get(id);
      if (s !== undefined) {
        lists[s]!.push(i);
        placed = true;
      }
    });
    if (!placed) other.push(i);
  }
  const lanes = ids.map((id, i) => {
    const actor = o.actors.get(id);
    return makeLane(`actor:${id}`, "actor", actor ? actorName(actor, o.lang) : id, Int32Array.from(lists[i]!), model);
  });
  if (other.length) lanes.push(makeLane("other", "other", o.otherLabel, Int32Array.from(other), model));
  return lanes;
}

/** Calls `fn` once per distinct participant (source, target, other) — `eventParticipants` without the allocations. */
function forEachParticipant(e: Pick<RabtEvent, "sourceIds" | "targetIds" | "otherIds">, fn: (id: string) => void): void {
  const { sourceIds: s, targetIds: t, otherIds: o } = e;
  for (let i = 0; i < s.length; i++) if (s.indexOf(s[i]!) === i) fn(s[i]!);
  for (let i = 0; i < t.length; i++) if (t.indexOf(t[i]!) === i && !s.includes(t[i]!)) fn(t[i]!);
  for (let i = 0; i < o.length; i++) if (o.indexOf(o[i]!) === i && !s.includes(o[i]!) && !t.includes(o[i]!)) fn(o[i]!);
}

function identity(n: number): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}

function makeLane(key: string, kind: LaneKind, label: string, members: Int32Array, model: TimelineModel): Lane {
  let maxDuration = 0;
  for (let p = 0; p < members.length; p++) {
    const i = members[p]!;
    const d = model.end[i]! - model.start[i]!;
    if (d > maxDuration) maxDuration = d;
  }
  return { key, kind, label, members, maxDuration };
}
