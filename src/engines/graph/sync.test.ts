import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { EVENTS, smallGraph } from "./__fixtures__/smallGraph.ts";
import { buildGraphElements } from "./elements.ts";
import { syncElements } from "./sync.ts";

const relationIds = (cy: cytoscape.Core) =>
  cy
    .edges('[kind = "relation"]')
    .map((e) => e.id())
    .sort();

describe("syncElements", () => {
  it("removes edges and actors outside the time window and updates sizes and colours", () => {
    const all = buildGraphElements(smallGraph(), EVENTS, "en");
    const cy = cytoscape({ headless: true, elements: [...all.nodes, ...all.edges] });
    expect(relationIds(cy)).toHaveLength(6);

    const in2025 = buildGraphElements(
      smallGraph(),
      EVENTS.filter((e) => e.date.start >= "2025-01-01"),
      "en",
    );
    // Gone: Araghchi, Fidan, their relation and both affiliation edges. Updated: IRN, TUR, IRN–TUR.
    expect(syncElements(cy, in2025)).toEqual({ added: 0, removed: 5, updated: 3 });
    expect(relationIds(cy)).toEqual(["rel:IRN|OMN", "rel:IRN|TUR", "rel:IRN|united-nations", "rel:OMN|united-nations", "rel:SAU|houthis"]);
    expect(cy.getElementById("IRN").data("size")).toBe(29.9);
    expect(cy.getElementById("rel:IRN|TUR").data()).toMatchObject({ events: 1, width: 1.5, color: "#a57550" });
    expect(cy.nodes().length).toBe(6);
  });

  it("adds back what returns to the window, at its stored position", () => {
    const all = buildGraphElements(smallGraph(), EVENTS, "en");
    const narrow = buildGraphElements(smallGraph(), EVENTS.slice(3, 4), "en");
    const cy = cytoscape({ headless: true, elements: [...narrow.nodes, ...narrow.edges] });
    expect(cy.elements().map((e) => e.id())).toEqual(["SAU", "houthis", "rel:SAU|houthis"]);
    expect(syncElements(cy, all)).toEqual({ added: 13, removed: 0, updated: 0 });
    expect(cy.getElementById("TUR").position()).toEqual({ x: 100, y: 50 });
    expect(relationIds(cy)).toHaveLength(6);
  });

  it("changes only labels when the UI language changes", () => {
    const en = buildGraphElements(smallGraph(), EVENTS, "en");
    const cy = cytoscape({ headless: true, elements: [...en.nodes, ...en.edges] });
    expect(syncElements(cy, buildGraphElements(smallGraph(), EVENTS, "ar"))).toEqual({ added: 0, removed: 0, updated: 8 });
    expect(cy.getElementById("TUR").data("label")).toBe("تركيا");
  });

  it("is a no-op for the same elements", () => {
    const en = buildGraphElements(smallGraph(), EVENTS, "en");
    const cy = cytoscape({ headless: true, elements: [...en.nodes, ...en.edges] });
    expect(syncElements(cy, en)).toEqual({ added: 0, removed: 0, updated: 0 });
  });
});
