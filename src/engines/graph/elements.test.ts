import { describe, expect, it } from "vitest";
import { ACTORS, EVENTS, event, smallGraph } from "./__fixtures__/smallGraph.ts";
import { buildGraphElements, labelFor } from "./elements.ts";

const byId = <T extends { data: { id?: string } }>(xs: T[]) => new Map(xs.map((x) => [x.data.id!, x.data]));

describe("buildGraphElements", () => {
  it("makes nodes only of states, persons, organisations and groups that take part in a visible event", () => {
    const { nodes } = buildGraphElements(smallGraph(), EVENTS, "en");
    // RUS and Lavrov have no event; IRNA (outlet) and Tehran (place) are never nodes.
    expect(nodes.map((n) => n.data.id)).toEqual([
      "IRN",
      "OMN",
      "SAU",
      "TUR",
      "abbas-araghchi",
      "hakan-fidan",
      "houthis",
      "united-nations",
    ]);
  });

  it("sizes nodes by their visible event count, persons smaller than states", () => {
    const nodes = byId(buildGraphElements(smallGraph(), EVENTS, "en").nodes);
    expect(nodes.get("IRN")).toMatchObject({ kind: "state", events: 4, size: 32 });
    expect(nodes.get("TUR")).toMatchObject({ events: 2, size: 27.3 });
    expect(nodes.get("SAU")).toMatchObject({ events: 1, size: 24 });
    expect(nodes.get("abbas-araghchi")).toMatchObject({ kind: "person", events: 1, size: 19.2 });
    expect(nodes.get("houthis")).toMatchObject({ kind: "group", events: 1, size: 21.6 });
    expect(nodes.get("united-nations")).toMatchObject({ kind: "organisation", events: 1, size: 21.6 });
  });

  it("places nodes at their stored layout position", () => {
    const { nodes } = buildGraphElements(smallGraph(), EVENTS, "en");
    expect(nodes.find((n) => n.data.id === "TUR")!.position).toEqual({ x: 100, y: 50 });
  });

  it("links persons to their state with affiliation edges, and brings in a person's state without events", () => {
    // Only Lavrov's event is visible: Russia appears through him, with zero events of its own.
    const lavrov = event("x1", "2025-02-02", ["sergey-lavrov"], ["abbas-araghchi"], 1, 1);
    const { nodes, edges } = buildGraphElements(smallGraph(), [lavrov], "en");
    expect(nodes.map((n) => [n.data.id, n.data.events, n.data.size])).toEqual([
      ["IRN", 0, 16],
      ["RUS", 0, 16],
      ["abbas-araghchi", 1, 19.2],
      ["sergey-lavrov", 1, 19.2],
    ]);
    expect(edges.map((e) => e.data)).toEqual([
      expect.objectContaining({ id: "rel:abbas-araghchi|sergey-lavrov", kind: "relation", events: 1 }),
      { id: "aff:abbas-araghchi", kind: "affiliation", source: "abbas-araghchi", target: "IRN" },
      { id: "aff:sergey-lavrov", kind: "affiliation", source: "sergey-lavrov", target: "RUS" },
    ]);
  });

  it("makes one relation edge per actor pair, wide by event count and coloured by mean Goldstein", () => {
    const edges = byId(buildGraphElements(smallGraph(), EVENTS, "en").edges);
    expect([...edges.keys()].sort()).toEqual([
      "aff:abbas-araghchi",
      "aff:hakan-fidan",
      "rel:IRN|OMN",
      "rel:IRN|TUR",
      "rel:IRN|united-nations",
      "rel:OMN|united-nations",
      "rel:SAU|houthis",
      "rel:abbas-araghchi|hakan-fidan",
    ]);
    // e2 (+1) and e3 (−2): two events, mean −0.5, a faint vermillion tint.
    expect(edges.get("rel:IRN|TUR")).toEqual({
      id: "rel:IRN|TUR",
      kind: "relation",
      source: "IRN",
      target: "TUR",
      events: 2,
      meanGoldstein: -0.5,
      width: 3.5,
      color: "#8d8178",
    });
    expect(edges.get("rel:SAU|houthis")).toMatchObject({ meanGoldstein: -10, width: 1.5, color: "#d55e00" });
    expect(edges.get("rel:IRN|OMN")).toMatchObject({ meanGoldstein: 6, color: "#0072b2" });
    expect(edges.get("rel:abbas-araghchi|hakan-fidan")).toMatchObject({ meanGoldstein: 3, color: "#357aa0" });
  });

  it("recomputes relations and sizes from the events of a time window", () => {
    const window2025 = EVENTS.filter((e) => e.date.start >= "2025-01-01");
    const { nodes, edges } = buildGraphElements(smallGraph(), window2025, "en");
    expect(nodes.map((n) => n.data.id)).toEqual(["IRN", "OMN", "SAU", "TUR", "houthis", "united-nations"]);
    expect(byId(nodes).get("IRN")).toMatchObject({ events: 3, size: 29.9 });
    expect(edges.map((e) => e.data.id).sort()).toEqual([
      "rel:IRN|OMN",
      "rel:IRN|TUR",
      "rel:IRN|united-nations",
      "rel:OMN|united-nations",
      "rel:SAU|houthis",
    ]);
    // Only e3 (Turkey criticises Iran, −2) is left between them.
    expect(byId(edges).get("rel:IRN|TUR")).toMatchObject({ events: 1, meanGoldstein: -2, width: 1.5, color: "#a57550" });
  });

  it("draws nothing when no event is visible", () => {
    expect(buildGraphElements(smallGraph(), [], "en")).toEqual({ nodes: [], edges: [] });
  });

  it("labels nodes in the UI language, falling back to the other article script, then to English", () => {
    const ar = byId(buildGraphElements(smallGraph(), EVENTS, "ar").nodes);
    const fa = byId(buildGraphElements(smallGraph(), EVENTS, "fa").nodes);
    expect(ar.get("IRN")).toMatchObject({ label: "إيران", labelEn: "Iran", nameAr: "إيران", nameFa: "ایران" });
    // drawn isolated, so a Latin fallback or a number cannot reorder the RTL label around it
    expect(ar.get("IRN")).toMatchObject({ canvasLabel: "\u2068إيران\u2069" });
    expect(fa.get("hakan-fidan")).toMatchObject({ canvasLabel: "\u2068هاكان فيدان\u2069" });
    expect(fa.get("SAU")).toMatchObject({ label: "عربستان سعودی" });
    // Fidan has no Persian name in the fixture: a Persian reader gets the Arabic spelling
    expect(fa.get("hakan-fidan")).toMatchObject({ label: "هاكان فيدان", nameFa: "" });
    expect(labelFor(ACTORS.find((a) => a.id === "united-nations")!, "fa")).toBe("سازمان ملل");
  });
});
