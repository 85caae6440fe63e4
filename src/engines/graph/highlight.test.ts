import cytoscape, { type Core } from "cytoscape";
import { beforeEach, describe, expect, it } from "vitest";
import { EVENTS, smallGraph } from "./__fixtures__/smallGraph.ts";
import { buildGraphElements } from "./elements.ts";
import { createHighlighter, type Highlighter } from "./highlight.ts";

let cy: Core;
let hl: Highlighter;

const withClass = (c: string) =>
  cy
    .elements(`.${c}`)
    .map((e) => e.id())
    .sort();

beforeEach(() => {
  const { nodes, edges } = buildGraphElements(smallGraph(), EVENTS, "en");
  cy = cytoscape({ headless: true, elements: [...nodes, ...edges] });
  hl = createHighlighter(cy);
});

describe("createHighlighter", () => {
  it("highlights the selected actor's neighbourhood, its affiliated persons included, and dims the rest", () => {
    hl.apply({ actorId: "IRN", pair: null });
    expect(withClass("hl")).toEqual([
      "IRN",
      "OMN",
      "TUR",
      "abbas-araghchi",
      "aff:abbas-araghchi",
      "rel:IRN|OMN",
      "rel:IRN|TUR",
      "rel:IRN|united-nations",
      "united-nations",
    ]);
    expect(withClass("sel")).toEqual(["IRN"]);
    expect(withClass("dim")).toEqual([
      "SAU",
      "aff:hakan-fidan",
      "hakan-fidan",
      "houthis",
      "rel:OMN|united-nations",
      "rel:SAU|houthis",
      "rel:abbas-araghchi|hakan-fidan",
    ]);
  });

  it("moves the highlight to another actor without leaving stale classes", () => {
    hl.apply({ actorId: "IRN", pair: null });
    hl.apply({ actorId: "SAU", pair: null });
    expect(withClass("hl")).toEqual(["SAU", "houthis", "rel:SAU|houthis"]);
    expect(withClass("sel")).toEqual(["SAU"]);
    expect(withClass("dim")).toHaveLength(cy.elements().length - 3);
    expect(hl.highlightedIds()).toEqual(["SAU", "houthis", "rel:SAU|houthis"]);
  });

  it("highlights a selected pair's edge and its two ends", () => {
    hl.apply({ actorId: "IRN", pair: "IRN|TUR" });
    expect(withClass("hl")).toEqual(["IRN", "TUR", "rel:IRN|TUR"]);
    expect(withClass("sel")).toEqual(["rel:IRN|TUR"]);
    expect(withClass("dim")).toHaveLength(cy.elements().length - 3);
  });

  it("clears every class when the selection is cleared or names an actor not drawn", () => {
    hl.apply({ actorId: "IRN", pair: null });
    hl.apply({ actorId: null, pair: null });
    expect(cy.elements(".dim, .hl, .sel").length).toBe(0);
    hl.apply({ actorId: "IRN", pair: null });
    hl.apply({ actorId: "RUS", pair: null });
    expect(cy.elements(".dim, .hl, .sel").length).toBe(0);
  });

  it("does nothing when the selection is unchanged, and re-applies when forced", () => {
    hl.apply({ actorId: "IRN", pair: null });
    cy.getElementById("SAU").removeClass("dim");
    hl.apply({ actorId: "IRN", pair: null });
    expect(cy.getElementById("SAU").hasClass("dim")).toBe(false);
    hl.apply({ actorId: "IRN", pair: null }, true);
    expect(cy.getElementById("SAU").hasClass("dim")).toBe(true);
  });
});
