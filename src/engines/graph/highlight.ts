/**
 * Selection highlight: the selected actor's closed neighbourhood (or the selected pair's edge
 * and its two ends) gets class `hl`, the selected element `sel`, everything else `dim`.
 * Class changes run in one `cy.batch()`; moving the selection from one actor to another only
 * touches the old and new neighbourhoods, so it costs the same on 200 or 20,000 edges.
 */
import type { CollectionReturnValue, Core } from "cytoscape";
import { relationEdgeId } from "./elements.ts";

export interface Selection {
  readonly actorId: string | null;
  /** Sorted actor pair `a|b`, as in the store. */
  readonly pair: string | null;
}

export interface Highlighter {
  /** Applies the selection; a no-op when it equals the last one, unless `force` (elements changed). */
  apply(selection: Selection, force?: boolean): void;
  /** The element ids currently highlighted (empty when nothing is selected). */
  highlightedIds(): string[];
}

/** Elements to highlight and the one(s) to mark selected; null when the selection is not drawn. */
export function highlightTargets(
  cy: Core,
  selection: Selection,
): { hl: CollectionReturnValue; sel: CollectionReturnValue } | null {
  if (selection.pair) {
    const [a, b] = selection.pair.split("|");
    if (a && b) {
      const edge = cy.getElementById(relationEdgeId(a, b));
      const ends = cy.getElementById(a).union(cy.getElementById(b));
      if (edge.nonempty() || ends.nonempty()) return { hl: edge.union(ends), sel: edge.nonempty() ? edge : ends };
    }
  }
  if (selection.actorId) {
    const node = cy.getElementById(selection.actorId);
    if (node.nonempty() && node.isNode()) return { hl: node.closedNeighborhood(), sel: node };
  }
  return null;
}

export function createHighlighter(cy: Core): Highlighter {
  let current: CollectionReturnValue | null = null;
  let lastKey: string | null = null;

  return {
    apply(selection, force = false) {
      const key = `${selection.actorId ?? ""}#${selection.pair ?? ""}`;
      if (key === lastKey && !force) return;
      lastKey = key;
      const next = highlightTargets(cy, selection);
      cy.batch(() => {
        if (!next) {
          if (current || force) cy.elements().removeClass("dim hl sel");
          current = null;
          return;
        }
        if (!current || force) cy.elements().removeClass("hl sel").addClass("dim");
        else current.removeClass("hl sel").addClass("dim");
        next.hl.removeClass("dim").addClass("hl");
        next.sel.addClass("sel");
        current = next.hl.union(next.sel);
      });
    },
    highlightedIds() {
      return current ? current.map((e) => e.id()).sort() : [];
    },
  };
}
