import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Actor, Relation } from "../../src/contract/schema.ts";
import { smallGraph } from "../../src/engines/graph/__fixtures__/smallGraph.ts";
import { nodeSize } from "../../src/engines/graph/style.ts";
import { computeLayout, seededPosition } from "./layout.ts";

const dist = (p: { x: number; y: number }, q: { x: number; y: number }) => Math.hypot(p.x - q.x, p.y - q.y);

function state(id: string): Actor {
  return { id, kind: "state", label: id, names: { en: [id], ar: [], fa: [] }, roles: [], discovered: false, mentionCount: 1, articleIds: [] };
}

function relation(a: string, b: string, events: number): Relation {
  return { sourceId: a, targetId: b, events, quad: [events, 0, 0, 0], meanGoldstein: 1, firstDate: "2025-01-01", lastDate: "2025-01-01", eventIds: [] };
}

describe("computeLayout", () => {
  it("keeps every two nodes apart by more than their drawn radii, so the relation between them shows (the seeds' graph)", () => {
    // ForceAtlas2 alone put Iran and Turkey, the two largest discs (80 units), 84 units apart
    const g = JSON.parse(readFileSync(new URL("../../public/data/graph.json", import.meta.url), "utf8")) as { actors: Actor[]; relations: Relation[] };
    const layout = computeLayout(g);
    const events = new Map<string, number>();
    for (const r of g.relations) for (const id of [r.sourceId, r.targetId]) events.set(id, (events.get(id) ?? 0) + r.events);
    const radius = (a: Actor) => nodeSize(events.get(a.id) ?? 0, a.kind as "state") / 2;
    const nodes = g.actors.filter((a) => layout[a.id]);
    expect(nodes.length).toBeGreaterThan(10);
    for (const a of nodes) {
      for (const b of nodes) {
        if (a.id < b.id) expect(dist(layout[a.id]!, layout[b.id]!), `${a.id}–${b.id}`).toBeGreaterThanOrEqual(radius(a) + radius(b) + 14 - 0.02);
      }
    }
  });

  it("gives byte-identical positions for the same input", () => {
    const a = JSON.stringify(computeLayout(smallGraph()));
    const b = JSON.stringify(computeLayout(smallGraph()));
    expect(a).toBe(b);
  });

  it("does not depend on the order of actors and relations in the input", () => {
    const g = smallGraph();
    const shuffled = { actors: [...g.actors].reverse(), relations: [...g.relations].reverse() };
    expect(JSON.stringify(computeLayout(shuffled))).toBe(JSON.stringify(computeLayout(g)));
  });

  it("positions every state, person, organisation and group, and no outlet or place", () => {
    expect(Object.keys(computeLayout(smallGraph()))).toEqual([
      "IRN",
      "OMN",
      "RUS",
      "SAU",
      "TUR",
      "abbas-araghchi",
      "hakan-fidan",
      "houthis",
      "sergey-lavrov",
      "united-nations",
    ]);
  });

  it("rounds to two decimals and scales to 60·√n + 100 units around the centre", () => {
    const layout = computeLayout(smallGraph());
    const coords = Object.values(layout).flatMap((p) => [p.x, p.y]);
    for (const v of coords) expect(Math.round(v * 100) / 100).toBe(v);
    // 10 nodes: the farthest coordinate from the centre sits at 60·√10 + 100 = 289.74 units.
    expect(Math.max(...coords.map(Math.abs))).toBe(289.74);
    const meanX = Object.values(layout).reduce((s, p) => s + p.x, 0) / 10;
    expect(Math.abs(meanX)).toBeLessThan(0.01);
  });

  it("changes when the graph changes", () => {
    const g = smallGraph();
    const without = { actors: g.actors, relations: g.relations.filter((r) => !(r.sourceId === "IRN" && r.targetId === "TUR")) };
    expect(JSON.stringify(computeLayout(without))).not.toBe(JSON.stringify(computeLayout(g)));
  });

  it("pulls a person next to their state through the affiliation edge", () => {
    const layout = computeLayout(smallGraph());
    // Lavrov has no relation at all: only the affiliation edge holds him near Russia.
    expect(dist(layout["sergey-lavrov"]!, layout.RUS!)).toBeLessThan(dist(layout["sergey-lavrov"]!, layout.SAU!));
    expect(dist(layout["abbas-araghchi"]!, layout.IRN!)).toBeLessThan(dist(layout["abbas-araghchi"]!, layout.SAU!));
  });

  it("is deterministic with Barnes–Hut on a graph of more than 300 nodes", () => {
    const actors = Array.from({ length: 320 }, (_, i) => state(`A${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`));
    // A chain through all actors, each pair sorted as the contract wants.
    const relations = actors.slice(1).map((a, i) => {
      const [x, y] = [actors[i]!.id, a.id].sort() as [string, string];
      return relation(x, y, 1 + (i % 3));
    });
    const once = computeLayout({ actors, relations }, { iterations: 60 });
    expect(Object.keys(once)).toHaveLength(320);
    expect(JSON.stringify(computeLayout({ actors, relations }, { iterations: 60 }))).toBe(JSON.stringify(once));
  });

  it("returns nothing for a graph without node actors", () => {
    expect(computeLayout({ actors: [], relations: [] })).toEqual({});
  });
});

describe("seededPosition", () => {
  it("derives the start position from the id alone", () => {
    expect(seededPosition("IRN", 10)).toEqual(seededPosition("IRN", 10));
    expect(seededPosition("IRN", 10)).not.toEqual(seededPosition("TUR", 10));
    const p = seededPosition("hakan-fidan", 10);
    expect(Math.abs(p.x)).toBeLessThanOrEqual(10);
    expect(Math.abs(p.y)).toBeLessThanOrEqual(10);
  });
});
