/**
 * Visual encoding of the relations graph: node shape and colour by actor kind, node size by
 * event count, edge width by event count, edge colour by mean Goldstein on a diverging,
 * colour-blind-safe scale (Okabe–Ito vermillion ← grey → blue). The legend reads the same
 * constants, so what it explains is what is drawn.
 */
import type { StylesheetJson } from "cytoscape";

/** Actor kinds drawn as nodes. */
export type NodeKind = "state" | "person" | "organisation" | "group";

export interface KindStyle {
  readonly shape: "ellipse" | "diamond" | "round-rectangle" | "hexagon";
  /** Okabe–Ito colours: distinguishable with every common colour-vision deficiency. */
  readonly color: string;
  /** Persons are drawn smaller than states with the same event count. */
  readonly scale: number;
}

export const KIND_STYLE: Readonly<Record<NodeKind, KindStyle>> = {
  state: { shape: "ellipse", color: "#009E73", scale: 1 },
  person: { shape: "diamond", color: "#CC79A7", scale: 0.8 },
  organisation: { shape: "round-rectangle", color: "#F0E442", scale: 0.9 },
  group: { shape: "hexagon", color: "#E69F00", scale: 0.9 },
};

export const NODE_KIND_ORDER: readonly NodeKind[] = ["state", "person", "organisation", "group"];

/**
 * Goldstein colour stops: conflict, neutral, cooperation. The grey is dark enough for 3:1
 * against the white ground (WCAG non-text contrast); Okabe–Ito's lighter grey was 2.7:1.
 */
export const GOLDSTEIN_COLORS = { conflict: "#D55E00", neutral: "#858585", cooperation: "#0072B2" } as const;
/** Mean Goldstein at which the colour saturates (beyond ±5 a relation is plainly hostile or friendly). */
export const GOLDSTEIN_SATURATION = 5;

/** Colour of a relation edge for a mean Goldstein score (clamped to ±GOLDSTEIN_SATURATION), `#rrggbb`. */
export function goldsteinColor(meanGoldstein: number): string {
  const t = Math.max(-1, Math.min(1, meanGoldstein / GOLDSTEIN_SATURATION));
  const to = t < 0 ? GOLDSTEIN_COLORS.conflict : GOLDSTEIN_COLORS.cooperation;
  return mixHex(GOLDSTEIN_COLORS.neutral, to, Math.abs(t));
}

/** Node diameter in model units for an event count (area grows with the count). */
export function nodeSize(eventCount: number, kind: NodeKind): number {
  return Math.round(Math.min(80, 16 + 8 * Math.sqrt(eventCount)) * KIND_STYLE[kind].scale * 10) / 10;
}

/** Relation edge width in model units for an event count (logarithmic: a few pairs have most events). */
export function edgeWidth(eventCount: number): number {
  return Math.round(Math.min(12, 1.5 + 2 * Math.log2(Math.max(1, eventCount))) * 10) / 10;
}

function mixHex(from: string, to: string, t: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  return `#${a.map((v, i) => Math.round(v + (b[i]! - v) * t).toString(16).padStart(2, "0")).join("")}`;
}

function parseHex(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Font size of a hub's label in a large graph (model units; other labels are 12). */
export const HUB_FONT_SIZE = 24;
/** Zoom from which a large graph labels every node: 12-unit labels reach the 10 px `min-zoomed-font-size`. */
export const ALL_LABELS_ZOOM = 10 / 12;

export interface GraphStyleOptions {
  /** Large graphs: haystack edges, labels only when zoomed in enough. */
  readonly large: boolean;
}

/** The Cytoscape stylesheet. Node data: `label`, `kind`, `size`; relation edge data: `width`, `color`. */
export function graphStylesheet(options: Readonly<GraphStyleOptions>): StylesheetJson {
  const kindRules = NODE_KIND_ORDER.map((kind) => ({
    selector: `node[kind = "${kind}"]`,
    style: { shape: KIND_STYLE[kind].shape, "background-color": KIND_STYLE[kind].color },
  }));
  return [
    {
      selector: "node",
      style: {
        width: "data(size)",
        height: "data(size)",
        // Large graphs: measuring 2,000 labels costs half of every full restyle even when none is
        // drawn, so only hubs and (zoomed in) every node get one: see below.
        label: options.large ? "" : "data(canvasLabel)",
        "font-size": 12,
        "font-family": "Vazirmatn, system-ui, sans-serif",
        color: "#1a1a1a",
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-outline-color": "#ffffff",
        "text-outline-width": options.large ? 0 : 2,
        // Labels vanish below this on-screen size: unreadable text costs frame time and clutters.
        "min-zoomed-font-size": options.large ? 10 : 7,
        "border-width": 1,
        "border-color": "#333333",
      },
    },
    ...kindRules,
    ...(options.large
      ? [
          // Not `.hl`: below ALL_LABELS_ZOOM a 12-unit label is never drawn, only measured.
          { selector: "node.labels", style: { label: "data(canvasLabel)" } },
          // Hubs: larger type, so their names appear at the first zoom step (font × zoom ≥ 10 px).
          { selector: "node[?hub]", style: { label: "data(canvasLabel)", "font-size": HUB_FONT_SIZE } },
        ]
      : []),
    {
      selector: 'edge[kind = "relation"]',
      style: {
        width: "data(width)",
        "line-color": "data(color)",
        "curve-style": options.large ? "haystack" : "straight",
        "haystack-radius": 0,
        opacity: 0.75,
      },
    },
    {
      selector: 'edge[kind = "affiliation"]',
      style: {
        width: 1,
        "line-color": "#666666",
        "line-style": "dashed",
        "line-dash-pattern": [4, 3],
        "curve-style": options.large ? "haystack" : "straight",
        "haystack-radius": 0,
        opacity: 0.7,
      },
    },
    // An edge that would run through a node it does not join goes round it (`bends.ts`; small graphs only).
    {
      selector: "edge.bent",
      style: { "curve-style": "unbundled-bezier", "control-point-distances": "data(bend)", "control-point-weights": "data(bendAt)" },
    },
    // Large graphs: dimmed edges are hidden rather than faded — 20,000 faint strokes cost a
    // full redraw on every selection and read as grey haze anyway. Highlighted elements keep
    // their z-order there: a z-index change re-sorts every element before the next frame.
    { selector: "node.dim", style: { opacity: 0.15, "text-opacity": 0 } },
    { selector: "edge.dim", style: options.large ? { visibility: "hidden" } : { opacity: 0.06 } },
    { selector: "node.hl", style: options.large ? { opacity: 1 } : { opacity: 1, "z-index": 10 } },
    { selector: "edge.hl", style: options.large ? { opacity: 0.95 } : { opacity: 0.95, "z-index": 9 } },
    {
      selector: "node.sel",
      style: { "border-width": 4, "border-color": "#000000", "font-weight": "bold", ...(options.large ? {} : { "z-index": 11 }) },
    },
    {
      selector: "edge.sel",
      style: { "underlay-color": "#000000", "underlay-padding": 3, "underlay-opacity": 0.35, ...(options.large ? {} : { "z-index": 11 }) },
    },
  ] as StylesheetJson;
}
