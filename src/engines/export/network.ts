/**
 * The relations graph of the view as plain nodes and edges, the way the app draws it: nodes for
 * the states, persons, organisations and groups taking part in a visible event (plus the states
 * of those persons), at their `graph.layout` positions, sized and coloured by the app's style;
 * relation edges recomputed from the visible events; affiliation edges person → state. Places
 * and outlets are never nodes. Pure.
 */
import type { Actor, Graph, Quad } from "../../contract/schema.ts";
import { eventParticipants } from "../../contract/relations.ts";
import { edgeWidth, goldsteinColor, KIND_STYLE, type NodeKind, nodeSize } from "../graph/style.ts";
import type { UiLang } from "../../store/types.ts";
import type { ExportScope } from "./scope.ts";
import { fallbackPosition } from "../graph/elements.ts";

export interface NetworkNode {
  readonly id: string;
  readonly kind: NodeKind;
  /** Name in the interface language (else the English label). */
  readonly label: string;
  readonly labelEn: string;
  readonly nameAr: string;
  readonly nameFa: string;
  /** ISO3 of the actor's state ("" when none). */
  readonly country: string;
  /** Position in layout units, screen orientation (y grows downwards). */
  readonly x: number;
  readonly y: number;
  /** Visible events the actor takes part in. */
  readonly events: number;
  /** Diameter, the app's `nodeSize`. */
  readonly size: number;
  readonly color: string;
}

export interface NetworkEdge {
  readonly id: string;
  readonly kind: "relation" | "affiliation";
  readonly source: string;
  readonly target: string;
  /** Visible events of the pair (0 for affiliation edges). */
  readonly events: number;
  /** Event counts per quad class, index 0 = quad 1. */
  readonly quad: readonly [number, number, number, number];
  readonly meanGoldstein: number;
  readonly firstDate: string;
  readonly lastDate: string;
  readonly width: number;
  readonly color: string;
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  /** Relation edges first (by id), then affiliation edges. */
  readonly edges: readonly NetworkEdge[];
}

const NODE_KINDS: ReadonlySet<string> = new Set<NodeKind>(["state", "person", "organisation", "group"]);
/** Grey dashed like the app's affiliation edges. */
const AFFILIATION_COLOR = "#666666";

/** The graph of the view. */
export function buildNetwork(graph: Pick<Graph, "actors" | "layout">, scope: ExportScope, lang: UiLang): Network {
  const actors = new Map<string, Actor>();
  for (const a of graph.actors) if (NODE_KINDS.has(a.kind)) actors.set(a.id, a);

  const counts = new Map<string, number>();
  for (const e of scope.events)
    for (const id of eventParticipants(e)) if (actors.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  const nodeIds = new Set(counts.keys());
  for (const id of counts.keys()) {
    const a = actors.get(id)!;
    if (a.kind === "person" && a.country && actors.get(a.country)?.kind === "state") nodeIds.add(a.country);
  }

  const nodes: NetworkNode[] = [...nodeIds].sort().map((id) => {
    const a = actors.get(id)!;
    const kind = a.kind as NodeKind;
    const events = counts.get(id) ?? 0;
    const p = graph.layout[id] ?? fallbackPosition(id);
    return {
      id,
      kind,
      label: nameIn(a, lang),
      labelEn: a.label,
      nameAr: a.names.ar[0] ?? "",
      nameFa: a.names.fa[0] ?? "",
      country: a.country ?? "",
      x: p.x,
      y: p.y,
      events,
      size: nodeSize(events, kind),
      color: KIND_STYLE[kind].color,
    };
  });

  const edges: NetworkEdge[] = [];
  for (const r of scope.relations) {
    if (!nodeIds.has(r.sourceId) || !nodeIds.has(r.targetId)) continue;
    edges.push({
      id: `${r.sourceId}|${r.targetId}`,
      kind: "relation",
      source: r.sourceId,
      target: r.targetId,
      events: r.events,
      quad: r.quad,
      meanGoldstein: r.meanGoldstein,
      firstDate: r.firstDate,
      lastDate: r.lastDate,
      width: edgeWidth(r.events),
      color: goldsteinColor(r.meanGoldstein),
    });
  }
  for (const n of nodes) {
    if (n.kind !== "person" || !n.country || n.country === n.id || !nodeIds.has(n.country)) continue;
    edges.push({
      id: `aff:${n.id}`,
      kind: "affiliation",
      source: n.id,
      target: n.country,
      events: 0,
      quad: [0, 0, 0, 0],
      meanGoldstein: 0,
      firstDate: "",
      lastDate: "",
      width: 1,
      color: AFFILIATION_COLOR,
    });
  }
  return { nodes, edges };
}

/** An actor's name in the interface language, falling back to the English label. */
export function nameIn(actor: Pick<Actor, "label" | "names">, lang: UiLang): string {
  switch (lang) {
    case "ar":
      return actor.names.ar[0] ?? actor.label;
    case "fa":
      return actor.names.fa[0] ?? actor.label;
    case "en":
      return actor.label;
    default: {
      const never: never = lang;
      throw new Error(`unknown language ${String(never)}`);
    }
  }
}

/** Quad counts as named columns (`quad1` … `quad4`). */
export function quadColumns(quad: readonly number[]): Record<`quad${Quad}`, number> {
  return { quad1: quad[0] ?? 0, quad2: quad[1] ?? 0, quad3: quad[2] ?? 0, quad4: quad[3] ?? 0 };
}

