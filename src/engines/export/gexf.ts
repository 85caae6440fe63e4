/**
 * GEXF 1.3 for Gephi, written by graphology-gexf. Positions, size and colour go to the `viz`
 * namespace, everything else to typed attributes. Gephi's y axis points up while the app's
 * layout (Cytoscape) points down, so y is negated: Gephi shows the picture the app shows.
 */
import write from "graphology-gexf/common/writer.js";
import type Graph from "graphology";
import type { EdgeAttributes, NodeAttributes } from "./networkGraph.ts";

/** `#rrggbb` → `rgb(r,g,b)`: the writer turns that into `r`/`g`/`b` attributes, which every Gephi reads. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

/** The graph as a GEXF document. */
export function writeGexf(graph: Graph<NodeAttributes, EdgeAttributes>): string {
  return write(graph, {
    version: "1.3",
    formatNode: (_key, a) => {
      const { label, x, y, size, color, ...attributes } = a as NodeAttributes;
      return { label, viz: { x, y: y === 0 ? 0 : -y, size, color: rgb(color) }, attributes };
    },
    formatEdge: (_key, a) => {
      const { weight, color, width, ...attributes } = a as EdgeAttributes;
      return { weight, viz: { color: rgb(color), thickness: width }, attributes };
    },
  });
}
