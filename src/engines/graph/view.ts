/**
 * The relations graph view: owns a Cytoscape instance inside `container`, maps the store's
 * values (graph, visible events, selection, UI language) onto it, and reports clicks through
 * callbacks. Framework-free; `GraphPanel` owns its lifetime. Every `update` is a no-op for
 * the values that did not change, so store → engine → store loops settle.
 */
import cytoscape, { type Core, type CytoscapeOptions, type EdgeSingular, type EventObject, type LayoutOptions, type NodeDefinition } from "cytoscape";
import type { RabtEvent } from "../../contract/schema.ts";
import { computeBends } from "./bends.ts";
import { buildGraphElements, type GraphSource, type LabelLang } from "./elements.ts";
import { createHighlighter, type Highlighter } from "./highlight.ts";
import { ALL_LABELS_ZOOM, graphStylesheet } from "./style.ts";
import { createEdgeBudget, type EdgeBudget, MAX_DRAWN_RELATIONS, markHubs } from "./strongest.ts";
import { syncElements } from "./sync.ts";
import { createTooltip } from "./tooltip.ts";

export interface GraphStats {
  /** Actor nodes drawn. */
  readonly nodes: number;
  /**
   * Relation edges drawn whatever the selection (affiliation edges not counted): all of them,
   * or in a large graph only the strongest `MAX_DRAWN_RELATIONS` (a selection's own are added on top).
   */
  readonly edges: number;
  /** Relations in the current period, drawn or not. */
  readonly relations: number;
}

export interface GraphViewParams {
  readonly graph: GraphSource | null;
  /** Events passing the time window and the filters (`selectVisibleEvents`). */
  readonly visibleEvents: readonly RabtEvent[];
  readonly selectedActorId: string | null;
  /** Sorted pair `a|b`. */
  readonly selectedPair: string | null;
  readonly lang: LabelLang;
  readonly onSelectActor: (id: string) => void;
  readonly onSelectPair: (a: string, b: string) => void;
  /** Click on the background. */
  readonly onClearSelection: () => void;
  /** After every change of the drawn elements (for a large graph: once all its slices are in). */
  readonly onStats?: (stats: GraphStats) => void;
  /** After every frame Cytoscape draws (benchmarks, tests). */
  readonly onRender?: () => void;
  /**
   * `webgl`: Cytoscape's experimental WebGL renderer (3.31+); `auto` uses it for large graphs
   * when the browser has WebGL2 on a hardware GPU (software GL is slower than the canvas). Fixed at creation.
   */
  readonly renderer?: "canvas" | "webgl" | "auto";
  /** Relation edges drawn at most when nothing is selected (default `MAX_DRAWN_RELATIONS`). Fixed at creation. */
  readonly maxRelations?: number;
}

export interface GraphViewInstance {
  update(params: Partial<GraphViewParams>): void;
  /** Runs a live layout (animated unless the user prefers reduced motion); resolves when done. */
  relayout(): Promise<void>;
  /** Fits the whole graph in view. */
  fit(): void;
  /**
   * A node's centre in viewport (client) coordinates — what `page.mouse.click` takes — and its drawn
   * radius in pixels, or null when it is not drawn.
   */
  nodePosition(id: string): { x: number; y: number; radius: number } | null;
  /** The label a node is drawn with (in the UI language, without the bidi isolates), or null when not drawn. */
  nodeLabel(id: string): string | null;
  /**
   * A point, in viewport coordinates, at fraction `t` of the drawn part of the relation between two
   * actors (from one node's outline to the other's, where a click selects it), or null when it is not drawn.
   */
  edgePoint(a: string, b: string, t?: number): { x: number; y: number } | null;
  destroy(): void;
}

/** Above this many elements the view switches to its cheap drawing mode (haystack edges, fewer labels). */
export const LARGE_GRAPH_ELEMENTS = 1500;
/** Live re-layout uses Cytoscape `cose` up to this many nodes, ForceAtlas2 (Barnes–Hut) above. */
const COSE_MAX_NODES = 300;
const FIT_PADDING = 30;
/** Edges are bent this long after the last change of the elements (see `scheduleBends`). */
const BEND_DELAY_MS = 150;
const MIN_ZOOM = 0.02;
const MAX_ZOOM = 4;
export function createGraphView(container: HTMLElement, initial: GraphViewParams): GraphViewInstance {
  let params = initial;
  const first = params.graph ? buildGraphElements(params.graph, params.visibleEvents, params.lang) : { nodes: [], edges: [] };
  const large = first.nodes.length + first.edges.length > LARGE_GRAPH_ELEMENTS;
  if (large) markHubs(first.nodes);
  // Large graphs draw their strongest relations only (plus the selection's): see `strongest.ts`.
  // Everything goes in at creation, so the first frame is the picture the user will see.
  const budget: EdgeBudget = createEdgeBudget(params.maxRelations ?? MAX_DRAWN_RELATIONS);
  const firstEdges = budget.plan(first.edges, { actorId: params.selectedActorId, pair: params.selectedPair });
  const webgl = params.renderer === "webgl" || (params.renderer === "auto" && large && hasHardwareWebGL2(container));

  const options: CytoscapeOptions & Record<string, unknown> = {
    container,
    elements: [...first.nodes, ...firstEdges],
    style: graphStylesheet({ large }),
    // A large graph's first fit comes from the stored positions: Cytoscape's own fit computes
    // every node's style and label box before the first frame (labels are not counted here).
    ...(large ? { layout: { name: "preset", fit: false }, ...fitFromPositions(first.nodes, container, FIT_PADDING) } : { layout: { name: "preset", fit: true, padding: FIT_PADDING } }),
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    autounselectify: true,
    boxSelectionEnabled: false,
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    pixelRatio: large ? 1 : undefined,
    motionBlur: false,
    webgl,
  };
  const cy: Core = cytoscape(options);
  const highlighter: Highlighter = createHighlighter(cy);
  const tooltip = createTooltip(container);
  let destroyed = false;
  let running: cytoscape.Layouts | null = null;

  const emitStats = () => {
    const counts = budget.counts();
    params.onStats?.({ nodes: cy.nodes().length, edges: counts.drawnRelations, relations: counts.relations });
  };
  const selection = () => ({ actorId: params.selectedActorId, pair: params.selectedPair });

  /**
   * Bends the edges that would run straight through a node they do not join (`bends.ts`), from the
   * drawn positions and sizes: after every change of the elements and every move of a node. Large
   * graphs draw haystack edges, which cannot bend.
   */
  const bendEdges = () => {
    // (a live re-layout bends the edges when it stops)
    if (large || destroyed || running) return;
    const nodes = cy.nodes().map((n) => ({ id: n.id(), ...n.position(), size: n.data("size") as number }));
    const edges = cy.edges().map((e) => ({
      id: e.id(),
      source: e.data("source") as string,
      target: e.data("target") as string,
      width: e.data("kind") === "relation" ? (e.data("width") as number) : 1,
    }));
    const bends = computeBends(nodes, edges);
    cy.batch(() => {
      cy.edges().forEach((e) => {
        const bend = bends.get(e.id());
        if (bend) e.data({ bend: bend.distance, bendAt: bend.weight }).addClass("bent");
        else if (e.hasClass("bent")) e.removeClass("bent");
      });
    });
  };
  // After a change of the elements (a brush drags through many): once it settles. Positions do not
  // change then, so the bends drawn meanwhile stay right for the edges that stay.
  let bendTimer: ReturnType<typeof setTimeout> | undefined;
  const scheduleBends = () => {
    if (large) return;
    clearTimeout(bendTimer);
    bendTimer = setTimeout(bendEdges, BEND_DELAY_MS);
  };
  bendEdges();
  cy.on("dragfree", "node", bendEdges);
  highlighter.apply(selection(), true);
  emitStats();
  const View = container.ownerDocument.defaultView;

  // Panels resize (and may mount hidden, at zero size): keep the canvas matched, fit on first show.
  let shown = container.clientWidth > 0 && container.clientHeight > 0;
  const resizeObserver = View?.ResizeObserver
    ? new View.ResizeObserver(() => {
        if (destroyed) return;
        cy.resize();
        const visible = container.clientWidth > 0 && container.clientHeight > 0;
        if (visible && !shown) cy.fit(undefined, FIT_PADDING);
        shown = visible;
      })
    : null;
  resizeObserver?.observe(container);

  cy.on("tap", "node", (e: EventObject) => params.onSelectActor(e.target.id()));
  cy.on("tap", 'edge[kind = "relation"]', (e: EventObject) => params.onSelectPair(e.target.data("source"), e.target.data("target")));
  cy.on("tap", (e: EventObject) => {
    if (e.target === cy) params.onClearSelection();
  });
  cy.on("mouseover", "node", (e: EventObject) => {
    const d = e.target.data();
    const p = e.target.renderedPosition();
    tooltip.show({ label: d.labelEn, nameAr: d.nameAr, nameFa: d.nameFa }, p.x, p.y);
  });
  cy.on("mouseout", "node", () => tooltip.hide());
  cy.on("viewport", () => tooltip.hide());
  // Large graphs label every node only once the labels are readable (one restyle on crossing).
  let allLabels = false;
  const followZoom = () => {
    const want = cy.zoom() >= ALL_LABELS_ZOOM;
    if (want === allLabels) return;
    allLabels = want;
    cy.batch(() => (want ? cy.nodes().addClass("labels") : cy.nodes().removeClass("labels")));
  };
  if (large) {
    cy.on("zoom", followZoom);
    followZoom();
  }
  cy.on("render", () => params.onRender?.());

  /** Where rendered position (0, 0) is in the viewport: inside the container's border, as Cytoscape counts. */
  const canvasOrigin = () => {
    const box = container.getBoundingClientRect();
    return { left: box.left + container.clientLeft, top: box.top + container.clientTop };
  };

  const prefersReducedMotion = () => container.ownerDocument.defaultView?.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

  /** Pans the node into view when it is outside the visible area (selection made elsewhere). */
  const revealNode = (id: string) => {
    const node = cy.getElementById(id);
    if (node.empty()) return;
    const p = node.renderedPosition();
    const margin = 20;
    if (p.x >= margin && p.y >= margin && p.x <= cy.width() - margin && p.y <= cy.height() - margin) return;
    if (prefersReducedMotion()) cy.center(node);
    else cy.animate({ center: { eles: node } }, { duration: 300 });
  };

  return {
    update(patch) {
      if (destroyed) return;
      const prev = params;
      params = { ...params, ...patch };
      const graphChanged = params.graph !== prev.graph;
      const elementsChanged = graphChanged || params.visibleEvents !== prev.visibleEvents || params.lang !== prev.lang;
      const selectionChanged = params.selectedActorId !== prev.selectedActorId || params.selectedPair !== prev.selectedPair;
      if (!elementsChanged && !selectionChanged) return;
      if (elementsChanged) {
        const built = params.graph ? buildGraphElements(params.graph, params.visibleEvents, params.lang) : { nodes: [], edges: [] };
        const next = { nodes: large ? markHubs(built.nodes) : built.nodes, edges: budget.plan(built.edges, selection()) };
        if (graphChanged) {
          // A new document: start from its stored layout rather than the previous graph's positions.
          cy.batch(() => {
            cy.elements().remove();
            cy.add([...next.nodes, ...next.edges]);
          });
          cy.fit(undefined, FIT_PADDING);
        } else {
          syncElements(cy, next);
        }
        if (allLabels) cy.nodes().addClass("labels");
        if (graphChanged) bendEdges();
        else scheduleBends();
        highlighter.apply(selection(), true);
        emitStats();
      } else {
        budget.follow(cy, selection());
        highlighter.apply(selection());
      }
      if (params.selectedActorId && params.selectedActorId !== prev.selectedActorId) revealNode(params.selectedActorId);
    },

    async relayout() {
      if (destroyed || cy.nodes().empty()) return;
      running?.stop();
      const animate = !prefersReducedMotion();
      let layoutOptions: LayoutOptions;
      if (cy.nodes().length <= COSE_MAX_NODES) {
        layoutOptions = {
          name: "cose",
          animate: (animate ? "end" : false) as boolean,
          animationDuration: 600,
          randomize: false,
          fit: true,
          padding: FIT_PADDING,
          nodeDimensionsIncludeLabels: false,
          idealEdgeLength: () => 90,
          nodeRepulsion: () => 9000,
          numIter: 1000,
        };
      } else {
        const { runForceAtlas2 } = await import("./forceAtlas.ts");
        if (destroyed) return;
        const nodes = cy.nodes().map((n) => ({ id: n.id(), ...n.position() }));
        const edges = cy.edges().map((e) => ({
          source: e.data("source") as string,
          target: e.data("target") as string,
          weight: e.data("kind") === "relation" ? 1 + Math.log2(e.data("events") as number) : 2,
        }));
        const positions = runForceAtlas2(nodes, edges, { iterations: 150, barnesHut: true });
        layoutOptions = { name: "preset", positions, animate, animationDuration: 600, fit: true, padding: FIT_PADDING };
      }
      const layout = cy.layout(layoutOptions);
      running = layout;
      // straight while the nodes move: a bend is made for the positions it was computed from
      cy.edges(".bent").removeClass("bent");
      await new Promise<void>((done) => {
        layout.one("layoutstop", () => done());
        layout.run();
      });
      if (running !== layout) return;
      running = null;
      bendEdges();
    },

    fit() {
      if (destroyed) return;
      if (prefersReducedMotion()) cy.fit(undefined, FIT_PADDING);
      else cy.animate({ fit: { eles: cy.elements(), padding: FIT_PADDING } }, { duration: 300 });
    },

    nodePosition(id) {
      const node = cy.getElementById(id);
      if (destroyed || node.empty() || !node.isNode()) return null;
      const box = canvasOrigin();
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y, radius: node.renderedWidth() / 2 };
    },

    nodeLabel(id) {
      const node = cy.getElementById(id);
      return destroyed || node.empty() || !node.isNode() ? null : String(node.data("label"));
    },

    edgePoint(a, b, t = 0.5) {
      if (destroyed) return null;
      const edge = cy.edges('[kind = "relation"]').filter((e) => {
        const s = e.data("source") as string;
        const t = e.data("target") as string;
        return (s === a && t === b) || (s === b && t === a);
      });
      if (edge.empty()) return null;
      const box = canvasOrigin();
      const e = edge.first() as EdgeSingular;
      const s0 = e.renderedSourceEndpoint();
      const s1 = e.renderedTargetEndpoint();
      // a bent edge: the point of its quadratic curve (control point in model units, made rendered)
      const control = e.hasClass("bent") ? e.controlPoints()?.[0] : undefined;
      if (control) {
        const zoom = cy.zoom();
        const pan = cy.pan();
        const cx = control.x * zoom + pan.x;
        const cyy = control.y * zoom + pan.y;
        const u = 1 - t;
        return { x: box.left + u * u * s0.x + 2 * u * t * cx + t * t * s1.x, y: box.top + u * u * s0.y + 2 * u * t * cyy + t * t * s1.y };
      }
      return { x: box.left + s0.x + (s1.x - s0.x) * t, y: box.top + s0.y + (s1.y - s0.y) * t };
    },

    destroy() {
      if (destroyed) return;
      destroyed = true;
      clearTimeout(bendTimer);
      resizeObserver?.disconnect();
      running?.stop();
      tooltip.destroy();
      cy.destroy();
    },
  };
}

/**
 * The zoom and pan that fit nodes (positions and `size` diameters, labels not counted) in the
 * container, as `cy.fit` computes them; nothing when the container has no size yet.
 */
export function fitFromPositions(
  nodes: readonly NodeDefinition[],
  container: Pick<HTMLElement, "clientWidth" | "clientHeight">,
  padding: number,
): { zoom: number; pan: { x: number; y: number } } | Record<string, never> {
  const w = container.clientWidth;
  const h = container.clientHeight;
  if (!nodes.length || w <= 0 || h <= 0) return {};
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const n of nodes) {
    const r = (Number(n.data.size) || 0) / 2;
    const p = n.position ?? { x: 0, y: 0 };
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  }
  const zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, (w - 2 * padding) / Math.max(1, x2 - x1), (h - 2 * padding) / Math.max(1, y2 - y1)));
  return { zoom, pan: { x: (w - zoom * (x1 + x2)) / 2, y: (h - zoom * (y1 + y2)) / 2 } };
}

/**
 * True when the browser has WebGL2 on a real GPU. A software GL (SwiftShader, llvmpipe) makes
 * the WebGL renderer several times slower than the 2D canvas: measured in `scripts/bench/graph.ts`.
 */
function hasHardwareWebGL2(container: HTMLElement): boolean {
  try {
    const gl = container.ownerDocument.createElement("canvas").getContext("webgl2");
    if (!gl) return false;
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return !/swiftshader|llvmpipe|software|basic render/i.test(name);
  } catch {
    return false;
  }
}
