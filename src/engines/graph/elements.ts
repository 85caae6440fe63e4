/**
 * Element mapping: from the loaded graph and the events visible in the current time window
 * and filters to Cytoscape node and edge definitions. Pure: no Cytoscape instance needed.
 */
import type { EdgeDefinition, NodeDefinition } from "cytoscape";
import { actorName } from "../../i18n/actorName.ts";
import { eventParticipants, affiliatedBy, relationsFromEvents } from "../../contract/relations.ts";
import type { Actor, Graph, RabtEvent, Relation } from "../../contract/schema.ts";
import { edgeWidth, goldsteinColor, type NodeKind, nodeSize } from "./style.ts";

/** UI languages the labels follow. */
export type LabelLang = "en" | "ar" | "fa";

export type GraphSource = Pick<Graph, "actors" | "events" | "relations" | "layout">;

export interface ActorNodeData {
  readonly id: string;
  readonly kind: NodeKind;
  /** Name in the UI language (`names.ar[0]` / `names.fa[0]`, else the English label). */
  readonly label: string;
  /**
   * `label` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, as drawn on the canvas: a
   * Latin name or a number inside an Arabic or Persian label keeps its place.
   */
  readonly canvasLabel: string;
  readonly labelEn: string;
  readonly nameAr: string;
  readonly nameFa: string;
  /** Visible events the actor takes part in. */
  readonly events: number;
  readonly size: number;
}

export interface RelationEdgeData {
  readonly id: string;
  readonly kind: "relation";
  readonly source: string;
  readonly target: string;
  readonly events: number;
  readonly meanGoldstein: number;
  readonly width: number;
  readonly color: string;
}

export interface AffiliationEdgeData {
  readonly id: string;
  readonly kind: "affiliation";
  /** The person. */
  readonly source: string;
  /** The person's state. */
  readonly target: string;
}

export interface GraphElements {
  readonly nodes: NodeDefinition[];
  readonly edges: EdgeDefinition[];
}

const NODE_KINDS: ReadonlySet<string> = new Set<NodeKind>(["state", "person", "organisation", "group"]);

/** Cytoscape id of the relation edge of an unordered pair. */
export function relationEdgeId(a: string, b: string): string {
  return a < b ? `rel:${a}|${b}` : `rel:${b}|${a}`;
}

/** Cytoscape id of a person's affiliation edge. */
export function affiliationEdgeId(personId: string): string {
  return `aff:${personId}`;
}

/**
 * Nodes for the actors taking part in at least one visible event (plus the states of those
 * that are persons), sized by their visible event count; relation edges recomputed from the
 * visible events; dashed affiliation edges from persons to their states.
 */
export function buildGraphElements(graph: GraphSource, visibleEvents: readonly RabtEvent[], lang: LabelLang): GraphElements {
  const actors = new Map<string, Actor>();
  for (const a of graph.actors) if (NODE_KINDS.has(a.kind)) actors.set(a.id, a);

  const counts = new Map<string, number>();
  for (const e of visibleEvents)
    for (const id of eventParticipants(e)) if (actors.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);

  const nodeIds = new Set(counts.keys());
  for (const id of counts.keys()) {
    const a = actors.get(id)!;
    if (a.kind === "person" && a.country && actors.get(a.country)?.kind === "state") nodeIds.add(a.country);
  }

  const nodes: NodeDefinition[] = [];
  for (const id of [...nodeIds].sort()) {
    const a = actors.get(id)!;
    const events = counts.get(id) ?? 0;
    const data: ActorNodeData = {
      id,
      kind: a.kind as NodeKind,
      label: labelFor(a, lang),
      canvasLabel: `\u2068${labelFor(a, lang)}\u2069`,
      labelEn: a.label,
      nameAr: a.names.ar[0] ?? "",
      nameFa: a.names.fa[0] ?? "",
      events,
      size: nodeSize(events, a.kind as NodeKind),
    };
    nodes.push({ group: "nodes", data: { ...data }, position: { ...(graph.layout[id] ?? fallbackPosition(id)) } });
  }

  const edges: EdgeDefinition[] = [];
  for (const r of relationsFor(graph, visibleEvents)) {
    if (!nodeIds.has(r.sourceId) || !nodeIds.has(r.targetId)) continue;
    const data: RelationEdgeData = {
      id: relationEdgeId(r.sourceId, r.targetId),
      kind: "relation",
      source: r.sourceId,
      target: r.targetId,
      events: r.events,
      meanGoldstein: r.meanGoldstein,
      width: edgeWidth(r.events),
      color: goldsteinColor(r.meanGoldstein),
    };
    edges.push({ group: "edges", data: { ...data } });
  }
  for (const id of [...nodeIds].sort()) {
    const a = actors.get(id)!;
    if (a.kind !== "person" || !a.country || !nodeIds.has(a.country) || a.country === id) continue;
    const data: AffiliationEdgeData = { id: affiliationEdgeId(id), kind: "affiliation", source: id, target: a.country };
    edges.push({ group: "edges", data: { ...data } });
  }
  return { nodes, edges };
}

/** The actor's name in the UI language (the app's one rule, see `src/i18n/actorName.ts`). */
export function labelFor(actor: Pick<Actor, "label" | "names">, lang: LabelLang): string {
  return actorName(actor, lang);
}

/**
 * Relations among the visible events. When every event is visible (no window, no filter) the
 * build's own relations are the same aggregation, so they are reused instead of recomputed.
 */
function relationsFor(graph: GraphSource, visibleEvents: readonly RabtEvent[]): readonly Relation[] {
  if (visibleEvents === graph.events || (visibleEvents.length === graph.events.length && graph.relations.length > 0))
    return graph.relations;
  const countries = new Map(graph.actors.map((a) => [a.id, a.country]));
  return relationsFromEvents(visibleEvents, { affiliated: affiliatedBy((id) => countries.get(id)) });
}

/** Where an actor without a stored layout position goes: a spot derived from its id. */
export function fallbackPosition(id: string): { x: number; y: number } {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  const angle = ((h & 0xffff) / 0xffff) * 2 * Math.PI;
  const radius = 200 + ((h >>> 16) / 0xffff) * 200;
  return { x: Math.round(Math.cos(angle) * radius), y: Math.round(Math.sin(angle) * radius) };
}
