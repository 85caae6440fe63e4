import { describe, expect, it } from "vitest";
import { BEND_CLEARANCE, type BendEdge, type BendNode, computeBends } from "./bends.ts";

/** The drawn curve of an edge (outline to outline, as Cytoscape draws `unbundled-bezier`), sampled. */
function curve(nodes: readonly BendNode[], edge: BendEdge, bend: { distance: number; weight: number } | undefined, steps = 200) {
  const s = nodes.find((n) => n.id === edge.source)!;
  const t = nodes.find((n) => n.id === edge.target)!;
  const d = Math.hypot(t.x - s.x, t.y - s.y);
  const ux = (t.x - s.x) / d;
  const uy = (t.y - s.y) / d;
  const a = { x: s.x + ux * (s.size / 2), y: s.y + uy * (s.size / 2) };
  const b = { x: t.x - ux * (t.size / 2), y: t.y - uy * (t.size / 2) };
  const w = bend?.weight ?? 0.5;
  const c = { x: a.x + (b.x - a.x) * w - uy * (bend?.distance ?? 0), y: a.y + (b.y - a.y) * w + ux * (bend?.distance ?? 0) };
  // a bent edge leaves each node's outline towards the control point, as Cytoscape draws it
  if (bend) {
    for (const [end, n] of [[a, s], [b, t]] as const) {
      const k = Math.hypot(c.x - n.x, c.y - n.y);
      end.x = n.x + ((c.x - n.x) / k) * (n.size / 2);
      end.y = n.y + ((c.y - n.y) / k) * (n.size / 2);
    }
  }
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i <= steps; i++) {
    const k = i / steps;
    const v = 1 - k;
    points.push({ x: v * v * a.x + 2 * v * k * c.x + k * k * b.x, y: v * v * a.y + 2 * v * k * c.y + k * k * b.y });
  }
  return points;
}

/** The closest the drawn edge (its side, not its centre line) comes to a node's outline. */
function clearance(nodes: readonly BendNode[], edge: BendEdge, bend: { distance: number; weight: number } | undefined, node: BendNode): number {
  return Math.min(...curve(nodes, edge, bend).map((p) => Math.hypot(p.x - node.x, p.y - node.y))) - node.size / 2 - edge.width / 2;
}

const node = (id: string, x: number, y: number, size = 30): BendNode => ({ id, x, y, size });
const edge = (source: string, target: string, width = 3): BendEdge => ({ id: `${source}|${target}`, source, target, width });

describe("computeBends", () => {
  it("bends an edge that runs through a node it does not join round that node, and leaves the others straight", () => {
    const nodes = [node("A", 0, 0), node("B", 100, 4), node("C", 200, 0)];
    const edges = [edge("A", "C"), edge("A", "B"), edge("B", "C")];
    const bends = computeBends(nodes, edges);
    expect([...bends.keys()]).toEqual(["A|C"]);
    expect(clearance(nodes, edges[0]!, undefined, nodes[1]!)).toBeLessThan(0);
    expect(clearance(nodes, edges[0]!, bends.get("A|C"), nodes[1]!)).toBeGreaterThanOrEqual(BEND_CLEARANCE - 0.5);
  });

  it("goes round on the side where the node's centre is not: a node above the line sends the edge below", () => {
    // y grows downwards on screen; the left-hand normal of A → C is (0, 1): a positive distance bends towards +y
    const above = computeBends([node("A", 0, 0), node("B", 100, -5), node("C", 200, 0)], [edge("A", "C")]).get("A|C")!;
    const below = computeBends([node("A", 0, 0), node("B", 100, 5), node("C", 200, 0)], [edge("A", "C")]).get("A|C")!;
    expect(above.distance).toBeGreaterThan(0);
    expect(below.distance).toBeLessThan(0);
    expect(above.distance).toBe(-below.distance);
  });

  it("the same bend whichever way the edge is stored: source and target swapped mirror the distance", () => {
    const nodes = [node("A", 0, 0), node("B", 90, 6), node("C", 200, 0)];
    const ac = computeBends(nodes, [edge("A", "C")]).get("A|C")!;
    const ca = computeBends(nodes, [edge("C", "A")]).get("C|A")!;
    expect(ca.distance).toBeCloseTo(-ac.distance, 0);
    expect(clearance(nodes, edge("C", "A"), ca, nodes[1]!)).toBeGreaterThanOrEqual(BEND_CLEARANCE - 0.5);
  });

  it("clears every node it crosses on the side it goes round", () => {
    const nodes = [node("A", 0, 0), node("B", 70, 8), node("D", 140, -2, 40), node("C", 240, 0)];
    const e = edge("A", "C", 6);
    const bend = computeBends(nodes, [e]).get("A|C");
    expect(bend).toBeDefined();
    expect(clearance(nodes, e, bend, nodes[1]!)).toBeGreaterThan(0);
    expect(clearance(nodes, e, bend, nodes[2]!)).toBeGreaterThan(0);
  });

  it("leaves alone a node beside the line, beyond its ends, or one of its own nodes", () => {
    const nodes = [node("A", 0, 0), node("B", 100, 60), node("C", 200, 0), node("D", 260, 0), node("E", -60, 2)];
    expect(computeBends(nodes, [edge("A", "C")]).size).toBe(0);
  });

  it("a wider edge keeps further away: its side, not its centre line, clears the node", () => {
    const nodes = [node("A", 0, 0), node("B", 100, 24), node("C", 200, 0)];
    expect(computeBends(nodes, [edge("A", "C", 2)]).size).toBe(0);
    const wide = edge("A", "C", 12);
    const bend = computeBends(nodes, [wide]).get("A|C");
    expect(bend).toBeDefined();
    expect(clearance(nodes, wide, bend, nodes[1]!)).toBeGreaterThanOrEqual(BEND_CLEARANCE - 0.5);
  });

  it("never bends further than the edge is long, and skips nodes drawn over each other", () => {
    const nodes = [node("A", 0, 0, 30), node("B", 40, 0, 10), node("C", 80, 0, 30), node("D", 10, 0, 30)];
    const bends = computeBends(nodes, [edge("A", "C"), edge("A", "D")]);
    expect(Math.abs(bends.get("A|C")!.distance)).toBeLessThanOrEqual(0.9 * (80 - 30) + 0.05);
    expect(bends.has("A|D")).toBe(false);
  });

  it("in the seeds' layout, Palestine–Turkey no longer runs along Iran–Turkey", () => {
    // positions and drawn sizes of the seeds' graph (public/data/graph.json, all events visible)
    const nodes = [node("PSE", 47.65, -125.13, 60.6), node("IRN", -8.35, -62.18, 80), node("TUR", -82.38, -4.26, 80)];
    const pt = edge("PSE", "TUR", 5.5);
    const bend = computeBends(nodes, [pt, edge("IRN", "TUR", 12)]);
    expect([...bend.keys()]).toEqual(["PSE|TUR"]);
    expect(clearance(nodes, pt, bend.get("PSE|TUR"), nodes[1]!)).toBeGreaterThanOrEqual(BEND_CLEARANCE - 0.5);
  });
});
