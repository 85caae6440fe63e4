import { describe, expect, it } from "vitest";
import { FullGraphSchema, GraphSchema } from "../../src/contract/schema.ts";
import { splitGraph } from "../pipeline/split.ts";
import { mulberry32 } from "../lib/prng.ts";
import { synthGraph } from "./synth-graph.ts";

describe("synthGraph", () => {
  it("validates against the full contract, and its index against GraphSchema, with the requested counts", () => {
    const g = synthGraph({ events: 600, actors: 300, seed: 7 });
    expect(FullGraphSchema.safeParse(g).success).toBe(true);
    expect(GraphSchema.safeParse(splitGraph(g).index).success).toBe(true);
    expect(g.events).toHaveLength(600);
    expect(g.actors).toHaveLength(300);
    expect(g.actors.filter((a) => a.kind === "state")).toHaveLength(150);
    expect(g.articles).toHaveLength(50);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const a = JSON.stringify(synthGraph({ events: 200, seed: 3 }));
    expect(JSON.stringify(synthGraph({ events: 200, seed: 3 }))).toBe(a);
    expect(JSON.stringify(synthGraph({ events: 200, seed: 4 }))).not.toBe(a);
  });

  it("puts every evidence sentence, trigger and actor name at its offsets in the article text", () => {
    const g = synthGraph({ events: 300, seed: 11 });
    const text = new Map(g.articles.map((a) => [a.id, a.text]));
    for (const e of g.events) {
      const m = e.mentions[0]!;
      const t = text.get(m.articleId)!;
      expect(t.slice(m.start, m.end)).toBe(m.sentence);
      expect(t.slice(m.dateSpan!.start, m.dateSpan!.end)).toBe(m.dateText);
      for (const s of m.actorSpans!) expect(s.end).toBeGreaterThan(s.start);
    }
  });

  it("names Iran in Arabic and Persian and mixes all precisions and quads", () => {
    const g = synthGraph({ events: 2000, seed: 1 });
    const iran = g.actors.find((a) => a.id === "IRN")!;
    expect(iran.names.ar[0]).toBe("إيران");
    expect(iran.names.fa[0]).toBe("ایران");
    expect(new Set(g.events.map((e) => e.date.precision))).toEqual(new Set(["day", "month", "year", "approximate", "range"]));
    expect(new Set(g.events.map((e) => e.quad))).toEqual(new Set([1, 2, 3, 4]));
    const years = g.events.map((e) => Number(e.date.start.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1995);
    expect(Math.max(...years)).toBeLessThanOrEqual(2025);
  });

  it("mulberry32 gives the same first draws for seed 1", () => {
    const r = mulberry32(1);
    expect([r(), r()].map((x) => x.toFixed(6))).toEqual(["0.627074", "0.002736"]);
  });
});
