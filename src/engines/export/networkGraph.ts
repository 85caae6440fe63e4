/**
 * The view's network as a graphology graph (undirected, relation edges only): the one model
 * both network files are written from. Attribute names are the CSV's (snake_case), so a
 * column means the same in every export.
 */
import Graph from "graphology";
import type { Network } from "./network.ts";
import { quadColumns } from "./network.ts";

export interface NetworkMeta {
  /** Free text: what was exported (window, filters). */
  readonly description: string;
}

export type NodeAttributes = {
  label: string;
  kind: string;
  country: string;
  label_en: string;
  name_ar: string;
  name_fa: string;
  events: number;
  x: number;
  y: number;
  size: number;
  color: string;
};

export type EdgeAttributes = {
  weight: number;
  quad1: number;
  quad2: number;
  quad3: number;
  quad4: number;
  mean_goldstein: number;
  first_date: string;
  last_date: string;
  color: string;
  width: number;
};

/** A graphology graph of the network's nodes and relation edges (affiliations are not relations). */
export function networkGraph(network: Network, meta: NetworkMeta): Graph<NodeAttributes, EdgeAttributes> {
  const g = new Graph<NodeAttributes, EdgeAttributes>({ type: "undirected", multi: false, allowSelfLoops: false });
  g.setAttribute("creator", "Rabt");
  g.setAttribute("description", meta.description);
  for (const n of network.nodes)
    g.addNode(n.id, {
      label: n.label,
      kind: n.kind,
      country: n.country,
      label_en: n.labelEn,
      name_ar: n.nameAr,
      name_fa: n.nameFa,
      events: n.events,
      x: n.x,
      y: n.y,
      size: n.size,
      color: n.color,
    });
  for (const e of network.edges) {
    if (e.kind !== "relation") continue;
    g.addEdgeWithKey(e.id, e.source, e.target, {
      weight: e.events,
      ...quadColumns(e.quad),
      mean_goldstein: e.meanGoldstein,
      first_date: e.firstDate,
      last_date: e.lastDate,
      color: e.color,
      width: e.width,
    });
  }
  return g;
}
