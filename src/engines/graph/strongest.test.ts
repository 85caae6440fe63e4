import cytoscape, { type Core, type EdgeDefinition, type NodeDefinition } from "cytoscape";
import { describe, expect, it } from "vitest";
import { EVENTS, smallGraph } from "./__fixtures__/smallGraph.ts";
import { buildGraphElements, relationEdgeId } from "./elements.ts";
import { createHighlighter } from "./highlight.ts";
import { createEdgeBudget, drawnEdges, planEdges, selectionEdgeIds } from "./strongest.ts";

/** A relation edge as `buildGraphElements` makes it (only the fields the budget reads matter). */
const rel = (a: string, b: string, events: number): EdgeDefinition => ({
  group: "edges",
  data: { id: relationEdgeId(a, b), kind: "relation", source: a < b ? a : b, target: a < b ? b : a, events },
});

/**
 * Six strong ties among A–F (two of them tied at 5 events), a hub H with six weak ties, and a
 * person P affiliated to state A: 12 relations, 1 affiliation edge.
 */
const NODES: NodeDefinition[] = ["A", "B", "C", "D", "E", "F", "H", "L1", "L2", "L3", "L4", "P"].map((id) => ({
  group: "nodes",
  data: { id },
}));
const EDGES: EdgeDefinition[] = [
  rel("H", "L1", 1),
  rel("A", "B", 9),
  rel("E", "F", 5),
  rel("A", "C", 8),
  rel("H", "L2", 1),
  rel("B", "C", 7),
  rel("D", "E", 5),
  rel("C", "D", 6),
  rel("A", "H", 2),
  rel("H", "L3", 1),
  rel("H", "L4", 1),
  rel("H", "P", 1),
  { group: "edges", data: { id: "aff:P", kind: "affiliation", source: "P", target: "A" } },
];
const STRONGEST_5 = ["rel:A|B", "rel:A|C", "rel:B|C", "rel:C|D", "rel:D|E"];
const ids = (edges: readonly EdgeDefinition[]) => edges.map((e) => String(e.data.id));
const none = { actorId: null, pair: null };

function mount(edges: readonly EdgeDefinition[]): Core {
  return cytoscape({ headless: true, elements: [...NODES, ...edges] });
}

describe("planEdges", () => {
  it("keeps only the K relations with most events (ties by edge id) in the base", () => {
    const plan = planEdges(EDGES, 5);
    // E|F has as many events as D|E (5) but sorts after it; the affiliation waits for a selection.
    expect(ids(plan.base)).toEqual(STRONGEST_5);
    expect(plan.relations).toBe(12);
    expect(plan.drawnRelations).toBe(5);
    expect(plan.limited).toBe(true);
    expect([...plan.restById.keys()].sort()).toEqual(["aff:P", "rel:A|H", "rel:E|F", "rel:H|L1", "rel:H|L2", "rel:H|L3", "rel:H|L4", "rel:H|P"]);
    expect(ids(plan.restByActor.get("H") ?? [])).toEqual(["rel:A|H", "rel:H|L1", "rel:H|L2", "rel:H|L3", "rel:H|L4", "rel:H|P"]);
    expect(ids(plan.restByActor.get("A") ?? [])).toEqual(["rel:A|H", "aff:P"]);
    expect(ids(plan.restByActor.get("P") ?? [])).toEqual(["rel:H|P", "aff:P"]);
  });

  it("draws every edge, in the given order, when the relations fit within the limit", () => {
    const plan = planEdges(EDGES, 12);
    expect(ids(plan.base)).toEqual(ids(EDGES));
    expect(plan.limited).toBe(false);
    expect(plan.drawnRelations).toBe(12);
    expect(selectionEdgeIds(plan, { actorId: "H", pair: "E|F" }).size).toBe(0);
  });

  it("leaves the seed graph whole at the default limit", () => {
    const { edges } = buildGraphElements(smallGraph(), EVENTS, "en");
    const plan = planEdges(edges);
    expect(plan.limited).toBe(false);
    expect(ids(plan.base)).toEqual(ids(edges));
  });
});

describe("selectionEdgeIds and drawnEdges", () => {
  const plan = planEdges(EDGES, 5);

  it("adds all of a selected hub's left-out relations: 5 strongest + 6", () => {
    expect([...selectionEdgeIds(plan, { actorId: "H", pair: null })].sort()).toEqual([
      "rel:A|H",
      "rel:H|L1",
      "rel:H|L2",
      "rel:H|L3",
      "rel:H|L4",
      "rel:H|P",
    ]);
    expect(drawnEdges(plan, { actorId: "H", pair: null })).toHaveLength(11);
  });

  it("adds a selected state's affiliation links and a selected person's link to its state", () => {
    expect([...selectionEdgeIds(plan, { actorId: "A", pair: null })].sort()).toEqual(["aff:P", "rel:A|H"]);
    expect([...selectionEdgeIds(plan, { actorId: "P", pair: null })].sort()).toEqual(["aff:P", "rel:H|P"]);
  });

  it("adds a selected pair's edge when it is not among the strongest, whatever the pair's order", () => {
    expect([...selectionEdgeIds(plan, { actorId: null, pair: "E|F" })]).toEqual(["rel:E|F"]);
    expect([...selectionEdgeIds(plan, { actorId: null, pair: "F|E" })]).toEqual(["rel:E|F"]);
    // Already drawn: nothing to add.
    expect(selectionEdgeIds(plan, { actorId: null, pair: "A|B" }).size).toBe(0);
    expect(drawnEdges(plan, none)).toHaveLength(5);
  });

  it("adds nothing for an actor whose relations are all among the strongest", () => {
    expect(selectionEdgeIds(plan, { actorId: "B", pair: null }).size).toBe(0);
  });
});

describe("createEdgeBudget on a headless Cytoscape", () => {
  it("keeps the highlighted neighbourhood complete while the selection moves, and the rest to the strongest", () => {
    const cy = mount([]);
    const budget = createEdgeBudget(5);
    cy.add(budget.plan(EDGES, none));
    expect(cy.edges().length).toBe(5);
    const hl = createHighlighter(cy);
    const highlightedEdges = () => cy.edges(".hl").map((e) => e.id()).sort();

    // Select the hub: its six weak relations come in, all highlighted.
    expect(budget.follow(cy, { actorId: "H", pair: null })).toEqual({ added: 6, removed: 0 });
    hl.apply({ actorId: "H", pair: null });
    expect(cy.edges().length).toBe(11);
    expect(highlightedEdges()).toEqual(["rel:A|H", "rel:H|L1", "rel:H|L2", "rel:H|L3", "rel:H|L4", "rel:H|P"]);

    // Move to E: H's extras leave, E|F comes in; E's two relations are highlighted.
    expect(budget.follow(cy, { actorId: "E", pair: null })).toEqual({ added: 1, removed: 6 });
    hl.apply({ actorId: "E", pair: null });
    expect(cy.edges().length).toBe(6);
    expect(highlightedEdges()).toEqual(["rel:D|E", "rel:E|F"]);
    expect(cy.edges(".dim").map((e) => e.id()).sort()).toEqual(["rel:A|B", "rel:A|C", "rel:B|C", "rel:C|D"]);

    // Same selection again: nothing to do. Cleared: back to the strongest five.
    expect(budget.follow(cy, { actorId: "E", pair: null })).toEqual({ added: 0, removed: 0 });
    expect(budget.follow(cy, none)).toEqual({ added: 0, removed: 1 });
    expect(cy.edges().map((e) => e.id()).sort()).toEqual(STRONGEST_5);
    expect(budget.counts()).toEqual({ relations: 12, drawnRelations: 5, limited: true });
  });

  it("plans a new element set with the current selection's edges already in", () => {
    const cy = mount([]);
    const budget = createEdgeBudget(5);
    const drawn = budget.plan(EDGES, { actorId: "A", pair: "H|L4" });
    expect(ids(drawn)).toEqual([...STRONGEST_5, "rel:A|H", "aff:P", "rel:H|L4"]);
    cy.add(drawn);
    // Dropping the pair but keeping the actor removes only the pair's edge.
    expect(budget.follow(cy, { actorId: "A", pair: null })).toEqual({ added: 0, removed: 1 });
    expect(cy.getElementById("rel:H|L4").empty()).toBe(true);
    expect(cy.getElementById("rel:A|H").nonempty()).toBe(true);
  });
});
