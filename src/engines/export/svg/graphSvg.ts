/**
 * The relations graph as a standalone SVG: nodes at their layout positions fitted to the
 * picture, shaped, coloured and sized like the app (`engines/graph/style.ts`), relation edges
 * coloured by mean Goldstein and as wide as the app draws them, affiliation edges dashed, labels
 * in the interface language with their own direction; a header says what is shown and a legend
 * explains the encoding. Pure.
 */
import {
  edgeWidth,
  GOLDSTEIN_COLORS,
  GOLDSTEIN_SATURATION,
  KIND_STYLE,
  NODE_KIND_ORDER,
  type NodeKind,
} from "../../graph/style.ts";
import type { Network, NetworkNode } from "../network.ts";
import { type Block, headerBlock, legendBlock, type LegendRow, MARGIN, svgDocument } from "./frame.ts";
import { round, svgText, xmlEscape } from "./xml.ts";

export interface GraphPictureText {
  readonly title: string;
  /** Header lines under the title: window, filters, counts. */
  readonly lines: readonly string[];
  readonly legendActors: string;
  readonly kinds: Readonly<Record<NodeKind, string>>;
  readonly legendRelations: string;
  readonly conflict: string;
  readonly neutral: string;
  readonly cooperation: string;
  /** Label of the width samples, with `{count}` for the number of events. */
  readonly eventsCount: (count: number) => string;
  readonly affiliation: string;
  readonly empty: string;
}

export interface GraphPictureOptions {
  readonly lang: string;
  readonly rtl: boolean;
  readonly text: GraphPictureText;
  readonly fontCss?: string;
  /** Picture width in CSS pixels (the PNG doubles it). */
  readonly width?: number;
  /** Height of the drawing area between header and legend. */
  readonly plotHeight?: number;
}

export interface Picture {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const LABEL_SIZE = 12;
/** Room around the fitted layout for the largest node and the labels under the nodes. */
const PAD = 56;

/** The SVG picture of a network. */
export function graphSvg(network: Network, o: GraphPictureOptions): Picture {
  const width = o.width ?? 1400;
  const plotHeight = o.plotHeight ?? 820;
  const header = headerBlock(o.text.title, o.text.lines, width, o.rtl, MARGIN);
  const plotTop = MARGIN + header.height;
  const plot = drawNetwork(network, { x: MARGIN, y: plotTop, w: width - 2 * MARGIN, h: plotHeight }, o.text.empty, o.rtl);
  const legend = legendBlock(graphLegend(o.text), width, o.rtl, plotTop + plotHeight + 8);
  const height = Math.ceil(plotTop + plotHeight + 8 + legend.height);
  const defs =
    '<linearGradient id="goldstein" x1="0" x2="1" y1="0" y2="0">' +
    `<stop offset="0" stop-color="${GOLDSTEIN_COLORS.conflict}"/><stop offset="0.5" stop-color="${GOLDSTEIN_COLORS.neutral}"/>` +
    `<stop offset="1" stop-color="${GOLDSTEIN_COLORS.cooperation}"/></linearGradient>`;
  const body = [
    header.svg,
    `<rect class="plot-frame" x="${MARGIN}" y="${round(plotTop)}" width="${width - 2 * MARGIN}" height="${plotHeight}" fill="none" stroke="#dddddd"/>`,
    plot.svg,
    legend.svg,
  ].join("\n");
  return { svg: svgDocument({ width, height, lang: o.lang, title: o.text.title, body, defs, fontCss: o.fontCss }), width, height };
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

function drawNetwork(network: Network, box: Box, empty: string, rtl: boolean): Block {
  if (!network.nodes.length)
    return { svg: svgText(box.x + box.w / 2, box.y + box.h / 2, empty, { size: 16, align: "center", dir: rtl ? "rtl" : "ltr", fill: "#666666" }), height: box.h };
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const n of network.nodes) {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
  }
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const k = Math.min((box.w - 2 * PAD) / spanX, (box.h - 2 * PAD) / spanY);
  const ox = box.x + box.w / 2 - ((minX + maxX) / 2) * k;
  const oy = box.y + box.h / 2 - ((minY + maxY) / 2) * k;
  const at = new Map<string, { x: number; y: number; n: NetworkNode }>();
  for (const n of network.nodes) at.set(n.id, { x: ox + n.x * k, y: oy + n.y * k, n });

  const parts: string[] = [];
  // Affiliations under relations, thin relations under thick ones: the strongest ties stay visible.
  const edges = [...network.edges].sort((a, b) => (a.kind === b.kind ? a.events - b.events || (a.id < b.id ? -1 : 1) : a.kind === "affiliation" ? -1 : 1));
  for (const e of edges) {
    const s = at.get(e.source)!;
    const t = at.get(e.target)!;
    const line = `x1="${round(s.x)}" y1="${round(s.y)}" x2="${round(t.x)}" y2="${round(t.y)}"`;
    if (e.kind === "affiliation")
      parts.push(`<line class="edge affiliation" data-id="${xmlEscape(e.id)}" ${line} stroke="${e.color}" stroke-width="1" stroke-dasharray="4 3" stroke-opacity="0.7"/>`);
    else
      parts.push(
        `<line class="edge relation" data-id="${xmlEscape(e.id)}" ${line} stroke="${e.color}" stroke-width="${e.width}" stroke-opacity="0.75" stroke-linecap="round">` +
          `<title>${xmlEscape(`${s.n.label} – ${t.n.label}: ${e.events} · ${e.meanGoldstein} · ${e.firstDate} – ${e.lastDate}`)}</title></line>`,
      );
  }
  for (const { x, y, n } of at.values())
    parts.push(`<g class="node" data-id="${xmlEscape(n.id)}" data-kind="${n.kind}">${nodeShape(n.kind, x, y, n.size / 2, n.color)}<title>${xmlEscape(n.label)}</title></g>`);
  for (const { x, y, n } of at.values())
    parts.push(svgText(x, y + n.size / 2 + LABEL_SIZE + 2, n.label, { size: LABEL_SIZE, align: "center", fill: "#1a1a1a", halo: true, className: "label" }));
  return { svg: `<g class="network">${parts.join("\n")}</g>`, height: box.h };
}

/** A node's shape (the app's Cytoscape shapes) centred on (x, y) with radius r. */
export function nodeShape(kind: NodeKind, x: number, y: number, r: number, fill: string): string {
  const paint = `fill="${fill}" stroke="#333333" stroke-width="1"`;
  const pts = (list: readonly (readonly [number, number])[]) => list.map(([px, py]) => `${round(px)},${round(py)}`).join(" ");
  switch (KIND_STYLE[kind].shape) {
    case "ellipse":
      return `<circle cx="${round(x)}" cy="${round(y)}" r="${round(r)}" ${paint}/>`;
    case "diamond":
      return `<polygon points="${pts([[x, y - r], [x + r, y], [x, y + r], [x - r, y]])}" ${paint}/>`;
    case "round-rectangle":
      return `<rect x="${round(x - r)}" y="${round(y - r)}" width="${round(2 * r)}" height="${round(2 * r)}" rx="${round(r * 0.3)}" ${paint}/>`;
    case "hexagon":
      return `<polygon points="${pts([0, 1, 2, 3, 4, 5].map((i) => [x + r * Math.cos((Math.PI / 3) * i), y + r * Math.sin((Math.PI / 3) * i)] as const))}" ${paint}/>`;
    default: {
      const never: never = KIND_STYLE[kind].shape;
      throw new Error(`unknown shape ${String(never)}`);
    }
  }
}

function graphLegend(text: GraphPictureText): LegendRow[] {
  const line = (cx: number, cy: number, color: string, w: number, dash = "") =>
    `<line x1="${round(cx - 10)}" y1="${cy}" x2="${round(cx + 10)}" y2="${cy}" stroke="${color}" stroke-width="${w}"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`;
  return [
    {
      title: text.legendActors,
      items: NODE_KIND_ORDER.map((kind) => ({ swatch: (cx, cy) => nodeShape(kind, cx, cy, 7, KIND_STYLE[kind].color), label: text.kinds[kind] })),
    },
    {
      title: text.legendRelations,
      items: [
        { swatch: (cx, cy) => line(cx, cy, GOLDSTEIN_COLORS.conflict, 4), label: `${text.conflict} (≤ −${GOLDSTEIN_SATURATION})` },
        { swatch: (cx, cy) => line(cx, cy, GOLDSTEIN_COLORS.neutral, 4), label: `${text.neutral} (0)` },
        { swatch: (cx, cy) => line(cx, cy, GOLDSTEIN_COLORS.cooperation, 4), label: `${text.cooperation} (≥ +${GOLDSTEIN_SATURATION})` },
        {
          swatch: (cx, cy) => `<rect x="${round(cx - 11)}" y="${round(cy - 3)}" width="22" height="6" fill="url(#goldstein)"/>`,
          label: `−${GOLDSTEIN_SATURATION} … +${GOLDSTEIN_SATURATION}`,
        },
        ...[1, 5, 20].map((count) => ({ swatch: (cx: number, cy: number) => line(cx, cy, "#555555", edgeWidth(count)), label: text.eventsCount(count) })),
        { swatch: (cx, cy) => line(cx, cy, "#666666", 1, "4 3"), label: text.affiliation },
      ],
    },
  ];
}
