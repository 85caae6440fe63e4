/**
 * Layout stage: graph positions for every actor that can be a node (states, persons,
 * organisations, groups — never outlets or places), computed once at build time with
 * ForceAtlas2 so the app opens on a stable picture. Deterministic: starting positions come
 * from a hash of the actor id, the iteration count is fixed, and the output is centred,
 * scaled to a size that depends only on the node count, and rounded to 2 decimals.
 */
import type { Actor, ActorKind, Graph, Relation } from "../../src/contract/schema.ts";
import { BARNES_HUT_THRESHOLD, type ForceEdge, type ForceNode, runForceAtlas2 } from "../../src/engines/graph/forceAtlas.ts";
import { type NodeKind, nodeSize } from "../../src/engines/graph/style.ts";

export interface LayoutOptions {
  /** ForceAtlas2 iterations. Default 500 up to 300 nodes, 300 above (Barnes–Hut). */
  readonly iterations?: number;
}

/** Actor kinds drawn as graph nodes (outlets report events, places host them: neither acts). */
export const NODE_KINDS: ReadonlySet<ActorKind> = new Set<ActorKind>(["state", "person", "organisation", "group"]);

/** Pull of a person towards their state, relative to a one-event relation (weight 1). */
const AFFILIATION_WEIGHT = 2;

/** Positions by actor id for the node actors of `graph`, identical for identical input. */
export function computeLayout(
  graph: Pick<Graph, "actors" | "relations">,
  options: LayoutOptions = {},
): Record<string, { x: number; y: number }> {
  const actors = graph.actors.filter((a) => NODE_KINDS.has(a.kind)).sort((a, b) => cmp(a.id, b.id));
  const n = actors.length;
  if (n === 0) return {};
  const ids = new Set(actors.map((a) => a.id));
  const spread = 10 * Math.sqrt(n);
  const nodes: ForceNode[] = actors.map((a) => ({ id: a.id, ...seededPosition(a.id, spread) }));
  const edges = layoutEdges(actors, graph.relations, ids);
  const barnesHut = n > BARNES_HUT_THRESHOLD;
  const iterations = options.iterations ?? (barnesHut ? 300 : 500);
  const raw = runForceAtlas2(nodes, edges, { iterations, barnesHut });
  const positions = normalise(
    actors.map((a) => a.id),
    raw,
  );
  return separate(actors, graph.relations, positions);
}

/** Model units kept free between two nodes' outlines, so that the relation between them shows. */
const NODE_GAP = 14;

/** Above this many nodes the pairwise separation is skipped (a large graph is read zoomed in). */
const SEPARATE_MAX_NODES = 1500;

/**
 * Pushes apart nodes drawn over each other. ForceAtlas2 knows nothing of node sizes, and the
 * busiest actors — the largest nodes — are pulled closest: Iran and Turkey came out 84 units apart
 * with 80-unit discs, hiding the relation between them. Each node's size is the largest the app
 * draws it (`nodeSize` of its events in all relations); pairs closer than their radii plus
 * `NODE_GAP` move apart along their axis, in a fixed order, until none overlaps (at most 60 rounds).
 */
function separate(
  actors: readonly Actor[],
  relations: readonly Relation[],
  positions: Record<string, { x: number; y: number }>,
): Record<string, { x: number; y: number }> {
  if (actors.length < 2 || actors.length > SEPARATE_MAX_NODES) return positions;
  const events = new Map<string, number>();
  for (const r of relations) {
    events.set(r.sourceId, (events.get(r.sourceId) ?? 0) + r.events);
    events.set(r.targetId, (events.get(r.targetId) ?? 0) + r.events);
  }
  const ids = actors.map((a) => a.id);
  const radius = actors.map((a) => nodeSize(events.get(a.id) ?? 0, a.kind as NodeKind) / 2);
  const xs = ids.map((id) => positions[id]!.x);
  const ys = ids.map((id) => positions[id]!.y);
  for (let round = 0; round < 60; round++) {
    let moved = false;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const min = radius[i]! + radius[j]! + NODE_GAP;
        let dx = xs[j]! - xs[i]!;
        let dy = ys[j]! - ys[i]!;
        const d2 = dx * dx + dy * dy;
        if (d2 >= min * min) continue;
        let d = Math.sqrt(d2);
        if (d === 0) {
          // the same point: apart along a direction fixed by the pair's order
          const angle = ((i * 7 + j * 13) % 360) * (Math.PI / 180);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          d = 1;
        }
        const push = (min - d) / 2;
        xs[i]! -= (dx / d) * push;
        ys[i]! -= (dy / d) * push;
        xs[j]! += (dx / d) * push;
        ys[j]! += (dy / d) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  const out: Record<string, { x: number; y: number }> = {};
  ids.forEach((id, k) => {
    out[id] = { x: round2(xs[k]!), y: round2(ys[k]!) };
  });
  return out;
}

/**
 * Everything a layout depends on, as one string: identical keys give identical layouts, so a
 * rebuild whose actors and relation counts did not change keeps the previous one.
 */
export function layoutKey(graph: { readonly actors: readonly Actor[]; readonly relations: readonly Relation[] }, options: LayoutOptions = {}): string {
  const actors = graph.actors.filter((a) => NODE_KINDS.has(a.kind)).sort((a, b) => cmp(a.id, b.id));
  const edges = layoutEdges(actors, graph.relations, new Set(actors.map((a) => a.id)));
  return JSON.stringify([options.iterations ?? null, actors.map((a) => a.id), edges.map((e) => [e.source, e.target, e.weight])]);
}

/** Relation edges between node actors plus person → state affiliation edges, in a fixed order. */
export function layoutEdges(
  actors: readonly Actor[],
  relations: readonly Relation[],
  ids: ReadonlySet<string>,
): ForceEdge[] {
  const edges: ForceEdge[] = [];
  for (const r of [...relations].sort((a, b) => cmp(a.sourceId, b.sourceId) || cmp(a.targetId, b.targetId))) {
    if (ids.has(r.sourceId) && ids.has(r.targetId)) edges.push({ source: r.sourceId, target: r.targetId, weight: 1 + Math.log2(r.events) });
  }
  for (const a of actors) {
    if (a.kind === "person" && a.country && ids.has(a.country)) edges.push({ source: a.id, target: a.country, weight: AFFILIATION_WEIGHT });
  }
  return edges;
}

/** A starting position in [-spread, spread]² from a 32-bit FNV-1a hash of the id (no Math.random). */
export function seededPosition(id: string, spread: number): { x: number; y: number } {
  const h1 = fnv1a(id);
  const h2 = fnv1a(`${id}\u0000y`);
  return { x: (h1 / 0xffffffff) * 2 * spread - spread, y: (h2 / 0xffffffff) * 2 * spread - spread };
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Centres the layout on its mean and scales it so its largest half-extent is `60·√n + 100`
 * model units: node sizes (16–80 units) then look alike whatever the graph's size.
 */
function normalise(ids: readonly string[], raw: Record<string, { x: number; y: number }>): Record<string, { x: number; y: number }> {
  let mx = 0;
  let my = 0;
  for (const id of ids) {
    mx += raw[id]!.x;
    my += raw[id]!.y;
  }
  mx /= ids.length;
  my /= ids.length;
  let extent = 0;
  for (const id of ids) extent = Math.max(extent, Math.abs(raw[id]!.x - mx), Math.abs(raw[id]!.y - my));
  const k = extent > 0 ? (60 * Math.sqrt(ids.length) + 100) / extent : 0;
  const out: Record<string, { x: number; y: number }> = {};
  for (const id of ids) out[id] = { x: round2((raw[id]!.x - mx) * k), y: round2((raw[id]!.y - my) * k) };
  return out;
}

function round2(v: number): number {
  const r = Math.round(v * 100) / 100;
  return r === 0 ? 0 : r; // no -0: JSON and equality checks see one zero
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
