/**
 * Edge budget for large graphs: a 2,000-actor hairball does not need 20,000 drawn lines, and
 * Cytoscape redraws every drawn element on every frame. Above `MAX_DRAWN_RELATIONS` relations,
 * only the strongest ones (by event count) are drawn, plus — always — every edge of the
 * selected actor (its relations and its affiliation links) and the selected pair's relation,
 * so a selection's neighbourhood is complete. Affiliation edges (person → state) are then drawn
 * only with a selection: a thousand dashed lines would cost as much as the relations they sit
 * among. The panel says so in its legend ("showing the K strongest of N relations").
 *
 * `planEdges` and `selectionEdgeIds` are pure; `createEdgeBudget` keeps a Cytoscape instance's
 * selection edges in line with the selection.
 */
import type { Core, EdgeDefinition, NodeDefinition } from "cytoscape";
import { relationEdgeId } from "./elements.ts";
import type { Selection } from "./highlight.ts";

/**
 * Relation edges drawn at most (the strongest by event count) when nothing is selected: about
 * one per actor of a 2,000-actor graph, which still shows every hub's main ties and keeps the
 * element count (nodes + edges) near 4,000, what a 2-core machine without a GPU draws in a
 * frame budget (measured in `scripts/bench/graph.ts`).
 */
export const MAX_DRAWN_RELATIONS = 2000;

export interface EdgePlan {
  /** Edges drawn whatever the selection: every edge when not limited, else the strongest relations only. */
  readonly base: readonly EdgeDefinition[];
  /** Edges left out of `base` (weaker relations, affiliations), by actor id: each edge listed under both ends. */
  readonly restByActor: ReadonlyMap<string, readonly EdgeDefinition[]>;
  /** Edges left out of `base`, by edge id. */
  readonly restById: ReadonlyMap<string, EdgeDefinition>;
  /** Relations in the current period (all relation edges, drawn or not). */
  readonly relations: number;
  /** Relation edges in `base`. */
  readonly drawnRelations: number;
  /** True when some relations are left out. */
  readonly limited: boolean;
}

const isRelation = (e: EdgeDefinition) => e.data.kind === "relation";
const eventsOf = (e: EdgeDefinition | NodeDefinition) => Number(e.data.events) || 0;

/**
 * Splits the edges into the always-drawn base and the rest. Within `limit` relations the base
 * is every edge; beyond it, the `limit` relations with most events (ties by edge id, so the
 * choice is stable), and the rest holds the other relations and every affiliation edge.
 */
export function planEdges(edges: readonly EdgeDefinition[], limit: number = MAX_DRAWN_RELATIONS): EdgePlan {
  const relations = edges.filter(isRelation);
  const restByActor = new Map<string, EdgeDefinition[]>();
  const restById = new Map<string, EdgeDefinition>();
  if (relations.length <= limit)
    return { base: [...edges], restByActor, restById, relations: relations.length, drawnRelations: relations.length, limited: false };
  const ranked = [...relations].sort((a, b) => eventsOf(b) - eventsOf(a) || (String(a.data.id) < String(b.data.id) ? -1 : 1));
  const kept = ranked.slice(0, limit);
  for (const e of [...ranked.slice(limit), ...edges.filter((x) => !isRelation(x))]) {
    restById.set(String(e.data.id), e);
    for (const end of [String(e.data.source), String(e.data.target)]) {
      const list = restByActor.get(end);
      if (list) list.push(e);
      else restByActor.set(end, [e]);
    }
  }
  return { base: kept, restByActor, restById, relations: relations.length, drawnRelations: kept.length, limited: true };
}

/** Ids of the left-out edges a selection needs: every edge of the selected actor, the selected pair's relation. */
export function selectionEdgeIds(plan: EdgePlan, selection: Selection): Set<string> {
  const ids = new Set<string>();
  if (!plan.limited) return ids;
  if (selection.actorId) for (const e of plan.restByActor.get(selection.actorId) ?? []) ids.add(String(e.data.id));
  if (selection.pair) {
    const [a, b] = selection.pair.split("|");
    if (a && b) {
      const id = relationEdgeId(a, b);
      if (plan.restById.has(id)) ids.add(id);
    }
  }
  return ids;
}

/** The edges to draw for a plan and a selection: the base, then the selection's own. */
export function drawnEdges(plan: EdgePlan, selection: Selection): EdgeDefinition[] {
  const extra = selectionEdgeIds(plan, selection);
  return [...plan.base, ...[...extra].map((id) => plan.restById.get(id)!)];
}

export interface EdgeBudget {
  /** New elements: plans them and returns the edges to draw with `selection` (the caller puts them into Cytoscape). */
  plan(edges: readonly EdgeDefinition[], selection: Selection): EdgeDefinition[];
  /** Selection changed: removes the previous selection's extra edges from `cy` and adds the new one's. */
  follow(cy: Core, selection: Selection): { added: number; removed: number };
  /** The current plan's counts. */
  counts(): { relations: number; drawnRelations: number; limited: boolean };
}

/** Keeps the selection's left-out edges drawn in a Cytoscape instance while the selection moves. */
export function createEdgeBudget(limit: number = MAX_DRAWN_RELATIONS): EdgeBudget {
  let plan: EdgePlan = planEdges([], limit);
  let extra = new Set<string>();
  return {
    plan(edges, selection) {
      plan = planEdges(edges, limit);
      extra = selectionEdgeIds(plan, selection);
      return [...plan.base, ...[...extra].map((id) => plan.restById.get(id)!)];
    },
    follow(cy, selection) {
      const next = selectionEdgeIds(plan, selection);
      const gone = [...extra].filter((id) => !next.has(id));
      const fresh = [...next].filter((id) => !extra.has(id));
      extra = next;
      if (!gone.length && !fresh.length) return { added: 0, removed: 0 };
      cy.batch(() => {
        for (const id of gone) cy.getElementById(id).remove();
        const defs = fresh.map((id) => plan.restById.get(id)!).filter((d) => cy.getElementById(String(d.data.id)).empty());
        if (defs.length) cy.add(defs);
      });
      return { added: fresh.length, removed: gone.length };
    },
    counts() {
      return { relations: plan.relations, drawnRelations: plan.drawnRelations, limited: plan.limited };
    },
  };
}

/**
 * Actors labelled at every zoom in a large graph: the ones with most events, what an analyst
 * reads first. More labels cost restyle time (each is measured) and overlap at low zoom.
 */
export const HUB_LABELS = 60;

/** Marks (`data.hub`) the `count` nodes with most events (ties by id); returns the same array. */
export function markHubs(nodes: NodeDefinition[], count: number = HUB_LABELS): NodeDefinition[] {
  const ranked = [...nodes].sort((a, b) => eventsOf(b) - eventsOf(a) || (String(a.data.id) < String(b.data.id) ? -1 : 1));
  const hubs = new Set(ranked.slice(0, count));
  for (const n of nodes) n.data.hub = hubs.has(n);
  return nodes;
}
