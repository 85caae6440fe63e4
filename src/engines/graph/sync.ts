/**
 * Brings a Cytoscape instance in line with a set of element definitions: removes what is gone
 * (edges outside the time window, actors without visible events), adds what is new, and
 * updates changed data (sizes, widths, colours, labels) — in one `cy.batch()`. Existing nodes
 * keep their current position (a re-layout is not undone by moving the time window).
 */
import type { Core, ElementDefinition } from "cytoscape";
import type { GraphElements } from "./elements.ts";

export interface SyncStats {
  readonly added: number;
  readonly removed: number;
  readonly updated: number;
}

/** Applies `next` to `cy`; returns how many elements were added, removed and updated. */
export function syncElements(cy: Core, next: GraphElements): SyncStats {
  const wanted = new Map<string, ElementDefinition>();
  for (const d of next.nodes) wanted.set(String(d.data.id), d);
  for (const d of next.edges) wanted.set(String(d.data.id), d);
  let added = 0;
  let removed = 0;
  let updated = 0;
  cy.batch(() => {
    const gone = cy.collection();
    cy.elements().forEach((ele) => {
      const want = wanted.get(ele.id());
      // An edge whose ends changed (cannot happen with pair ids, but be safe) is re-created.
      if (!want || (ele.isEdge() && (ele.data("source") !== want.data.source || ele.data("target") !== want.data.target))) {
        gone.merge(ele);
        return;
      }
      const patch = changedFields(ele.data() as Record<string, unknown>, want.data as Record<string, unknown>);
      if (patch) {
        ele.data(patch);
        updated++;
      }
    });
    removed = gone.length;
    cy.remove(gone);
    const fresh: ElementDefinition[] = [];
    for (const d of next.nodes) if (cy.getElementById(String(d.data.id)).empty()) fresh.push(d);
    for (const d of next.edges) if (cy.getElementById(String(d.data.id)).empty()) fresh.push(d);
    added = fresh.length;
    if (fresh.length) cy.add(fresh);
  });
  return { added, removed, updated };
}

/** The primitive fields of `want` that differ from `have`, or null when none do. */
function changedFields(have: Record<string, unknown>, want: Record<string, unknown>): Record<string, unknown> | null {
  let patch: Record<string, unknown> | null = null;
  for (const k of Object.keys(want)) {
    if (k === "id" || k === "source" || k === "target") continue;
    if (have[k] === want[k]) continue;
    patch ??= {};
    patch[k] = want[k];
  }
  return patch;
}
