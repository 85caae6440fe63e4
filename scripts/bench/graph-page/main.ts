/**
 * Benchmark page for the graph engine (no app shell): loads `graph.json`, mounts
 * `createGraphView` directly and exposes `window.__bench` for `scripts/bench/graph.ts`.
 * Times are `performance.now()` values, i.e. milliseconds since navigation start.
 */
import type { Graph } from "../../../src/contract/schema.ts";
import { createGraphView, type GraphStats, type GraphViewInstance } from "../../../src/engines/graph/view.ts";

export interface BenchReady {
  readonly renderer: string;
  readonly webglActive: boolean;
  readonly dataLoadedMs: number;
  readonly elementsAddedMs: number;
  /** First Cytoscape `render` event (canvas renderer) or the first frame after creation (WebGL, which emits none). */
  readonly firstPaintMs: number;
  /** The frame after the engine reported its drawn elements (equal to the first paint now that nothing arrives in slices). */
  readonly fullPaintMs: number;
  readonly stats: GraphStats;
}

export interface BenchApi {
  readonly ready: Promise<BenchReady>;
  /** Selects an actor; resolves with [classes applied, frame drawn] durations in ms. */
  select(id: string | null): Promise<[number, number]>;
  /** Narrows the visible events to a date window; resolves with [duration ms, edges drawn after, relations after]. */
  window(start: string, end: string): Promise<[number, number, number]>;
  nodeIds(): string[];
}

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

const nextFrame = () => new Promise<number>((done) => requestAnimationFrame(() => done(performance.now())));

const renderer = (new URLSearchParams(location.search).get("renderer") ?? "auto") as "canvas" | "webgl" | "auto";
let stats: GraphStats = { nodes: 0, edges: 0, relations: 0 };
let renders = 0;
let view: GraphViewInstance | null = null;
let graph: Graph | null = null;

const ready = (async (): Promise<BenchReady> => {
  const res = await fetch("graph.json");
  graph = (await res.json()) as Graph;
  const dataLoadedMs = performance.now();
  performance.mark("data-loaded");
  const container = document.getElementById("graph")!;
  let firstRender: number | null = null;
  let loaded: () => void = () => {};
  const allIn = new Promise<void>((done) => {
    loaded = done;
  });
  view = createGraphView(container, {
    graph,
    visibleEvents: graph.events,
    selectedActorId: null,
    selectedPair: null,
    lang: "en",
    renderer,
    onSelectActor: () => {},
    onSelectPair: () => {},
    onClearSelection: () => {},
    onStats: (s) => {
      stats = s;
      loaded();
    },
    onRender: () => {
      renders++;
      if (firstRender === null) {
        firstRender = performance.now();
        performance.mark("first-paint");
      }
    },
  });
  const elementsAddedMs = performance.now();
  performance.mark("elements-added");
  const frame = await nextFrame();
  const firstPaintMs = firstRender ?? frame;
  await allIn;
  const fullPaintMs = await nextFrame();
  performance.mark("full-paint");
  const webglActive = !!container.querySelector("canvas[data-id$='-webgl']");
  return { renderer, webglActive, dataLoadedMs, elementsAddedMs, firstPaintMs, fullPaintMs, stats };
})();

window.__bench = {
  ready,
  async select(id) {
    const t0 = performance.now();
    const rendersBefore = renders;
    view!.update({ selectedActorId: id });
    const t1 = performance.now();
    let t2 = await nextFrame();
    // Canvas renderer: be sure the frame drawn was the one after the change.
    while (renderer !== "webgl" && renders === rendersBefore && t2 - t0 < 1000) t2 = await nextFrame();
    return [t1 - t0, t2 - t0];
  },
  async window(start, end) {
    const t0 = performance.now();
    const visible = graph!.events.filter((e) => e.date.end >= start && e.date.start <= end);
    // The panel's path: visible events → relations recomputed inside the engine.
    view!.update({ visibleEvents: visible });
    const t1 = await nextFrame();
    return [t1 - t0, stats.edges, stats.relations];
  },
  nodeIds() {
    return graph ? graph.actors.map((a) => a.id) : [];
  },
};
