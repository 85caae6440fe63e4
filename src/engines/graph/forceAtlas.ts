/**
 * ForceAtlas2 over plain node/edge lists (graphology underneath). Shared by the build's layout
 * stage (`scripts/pipeline/layout.ts`) and the panel's live re-layout of large graphs, so both
 * use one set of forces. Deterministic: no randomness, the caller gives the starting positions.
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";

export interface ForceNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

export interface ForceEdge {
  readonly source: string;
  readonly target: string;
  /** Attraction weight (ForceAtlas2 `edgeWeightInfluence` 1). */
  readonly weight: number;
}

export interface ForceAtlasOptions {
  readonly iterations: number;
  /** Barnes–Hut approximation of repulsion: O(n log n) per iteration instead of O(n²). */
  readonly barnesHut: boolean;
}

/** Above this many nodes the repulsion uses Barnes–Hut. */
export const BARNES_HUT_THRESHOLD = 300;

/** Runs ForceAtlas2 for a fixed number of iterations; returns raw (unrounded) positions by node id. */
export function runForceAtlas2(
  nodes: readonly ForceNode[],
  edges: readonly ForceEdge[],
  options: Readonly<ForceAtlasOptions>,
): Record<string, { x: number; y: number }> {
  const g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const n of nodes) g.addNode(n.id, { x: n.x, y: n.y });
  for (const e of edges) {
    if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    // Two kinds of edge may join the same pair (relation + affiliation): keep the stronger pull.
    if (g.hasEdge(e.source, e.target)) {
      const w = g.getEdgeAttribute(e.source, e.target, "weight") as number;
      if (e.weight > w) g.setEdgeAttribute(e.source, e.target, "weight", e.weight);
      continue;
    }
    g.addEdge(e.source, e.target, { weight: e.weight });
  }
  if (g.order === 0) return {};
  const settings = {
    ...forceAtlas2.inferSettings(g.order),
    barnesHutOptimize: options.barnesHut,
  };
  return forceAtlas2(g, { iterations: options.iterations, settings, getEdgeWeight: "weight" });
}
