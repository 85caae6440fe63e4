import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { fixtureGraph, NO_FILTERS } from "./fixture.test-util.ts";
import { writeGexf } from "./gexf.ts";
import { writeGraphml } from "./graphml.ts";
import { buildNetwork } from "./network.ts";
import { networkGraph } from "./networkGraph.ts";
import { exportScope } from "./scope.ts";

const graph = fixtureGraph();
const Y2024 = { start: "2024-01-01", end: "2024-12-31" };
const network2024 = () => buildNetwork(graph, exportScope(graph, Y2024, NO_FILTERS), "en");

describe("buildNetwork", () => {
  it("draws the actors of all events but places and outlets, with relation and affiliation edges", () => {
    const n = buildNetwork(graph, exportScope(graph, null, NO_FILTERS), "en");
    expect(n.nodes.map((x) => x.id)).toEqual(["IRN", "QAT", "RUS", "SAU", "TUR", "abbas-araghchi", "gulf-cooperation-council", "hakan-fidan", "houthis"]);
    expect(n.edges.filter((e) => e.kind === "relation")).toHaveLength(8);
    expect(n.edges.filter((e) => e.kind === "affiliation").map((e) => e.id)).toEqual(["aff:abbas-araghchi", "aff:hakan-fidan"]);
  });

  it("sizes and colours like the app, places nodes at the layout and labels them in the interface language", () => {
    const n = buildNetwork(graph, exportScope(graph, Y2024, NO_FILTERS), "fa");
    const turkey = n.nodes.find((x) => x.id === "TUR")!;
    expect(turkey).toMatchObject({ label: "ترکیه", labelEn: "Turkey", kind: "state", events: 2, x: 100, y: 0, color: "#009E73" });
    expect(turkey.size).toBe(27.3);
    // No Persian name: the English label stands in.
    expect(n.nodes.find((x) => x.id === "hakan-fidan")!.label).toBe("Hakan Fidan");
    const edge = n.edges.find((e) => e.id === "SAU|houthis")!;
    expect(edge).toMatchObject({ events: 1, quad: [0, 0, 0, 1], meanGoldstein: -10, color: "#d55e00", width: 1.5 });
  });
});

describe("GEXF", () => {
  it("parses back with graphology-gexf: same nodes, edges, weights, attributes, y flipped for Gephi", () => {
    const xml = writeGexf(networkGraph(network2024(), { description: "Time window: 2024" }));
    expect(xml).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    const g = parseGexf(Graph, xml);
    expect(g.order).toBe(7);
    expect(g.size).toBe(4);
    expect(g.type).toBe("undirected");
    expect(g.getAttribute("description")).toBe("Time window: 2024");
    expect(g.getNodeAttributes("TUR")).toMatchObject({ label: "Turkey", kind: "state", events: 2, x: 100, y: 0, size: 27.3, name_ar: "تركيا" });
    expect(g.getNodeAttribute("SAU", "y")).toBe(-50);
    expect(g.getNodeAttributes("abbas-araghchi")).toMatchObject({ kind: "person", country: "IRN", name_fa: "عباس عراقچی" });
    const e = g.getEdgeAttributes(g.edge("SAU", "houthis")!);
    expect(e).toMatchObject({ weight: 1, quad4: 1, quad1: 0, mean_goldstein: -10, first_date: "2024-10-21", last_date: "2024-10-21", thickness: 1.5 });
    expect(e.color).toBe("rgb(213,94,0)");
  });
});

describe("GraphML", () => {
  it("declares typed keys and parses back with graphology-graphml", () => {
    const xml = writeGraphml(networkGraph(network2024(), { description: "Window <2024> & co" }));
    expect(xml).toContain('<key id="e_weight" for="edge" attr.name="weight" attr.type="int"/>');
    expect(xml).toContain('<key id="e_mean_goldstein" for="edge" attr.name="mean_goldstein" attr.type="int"/>');
    expect(xml).toContain('<key id="n_size" for="node" attr.name="size" attr.type="double"/>');
    expect(xml).toContain('<graph id="G" edgedefault="undirected">');
    const g = parseGraphml(Graph, xml);
    expect(g.order).toBe(7);
    expect(g.size).toBe(4);
    expect(g.getAttribute("description")).toBe("Window <2024> & co");
    expect(g.getNodeAttributes("IRN")).toMatchObject({ label: "Iran", kind: "state", events: 1, x: 0, y: -50, name_ar: "إيران" });
    expect(g.getEdgeAttributes(g.edge("RUS", "TUR")!)).toMatchObject({ weight: 1, quad1: 1, mean_goldstein: 1, first_date: "2024-01-01", last_date: "2024-01-31" });
  });

  it("writes one node and one edge element per node and relation", () => {
    const xml = writeGraphml(networkGraph(buildNetwork(graph, exportScope(graph, null, NO_FILTERS), "ar"), { description: "" }));
    expect(xml.match(/<node id=/g)).toHaveLength(9);
    expect(xml.match(/<edge id=/g)).toHaveLength(8);
    expect(xml).toContain('<data key="n_label">مجلس التعاون الخليجي</data>');
  });
});
