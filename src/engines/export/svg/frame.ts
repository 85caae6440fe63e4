/**
 * What every exported picture shares: the SVG document (white background, Vazirmatn, optional
 * embedded fonts), a header saying what is shown (title, time window, filters, counts) and a
 * legend of swatches with labels. Text blocks follow the interface direction: in Arabic and
 * Persian they start at the right edge. Pure string building.
 */
import { round, svgText, wrapText, xmlEscape } from "./xml.ts";

export const FONT_FAMILY = "Vazirmatn, sans-serif";
export const MARGIN = 24;
const TITLE_SIZE = 20;
const LINE_SIZE = 13;
const LINE_GAP = 6;
const LEGEND_TITLE_SIZE = 12;
const LEGEND_SIZE = 12;
const ROW_HEIGHT = 20;
const SWATCH_W = 22;

export interface Block {
  readonly svg: string;
  readonly height: number;
}

export interface SvgDocumentOptions {
  readonly width: number;
  readonly height: number;
  readonly lang: string;
  readonly title: string;
  readonly body: string;
  /** `@font-face` rules to embed (data URLs), so the file and its PNG render with Vazirmatn anywhere. */
  readonly fontCss?: string;
  /** `<defs>` content (gradients, clip paths). */
  readonly defs?: string;
}

/** A standalone SVG document. */
export function svgDocument(o: SvgDocumentOptions): string {
  const css = `${o.fontCss ?? ""}\ntext { font-family: ${FONT_FAMILY}; }`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${o.width}" height="${o.height}" viewBox="0 0 ${o.width} ${o.height}" lang="${o.lang}" font-family="${FONT_FAMILY}">`,
    `<title>${xmlEscape(o.title)}</title>`,
    `<style>${css.replace(/<\/style/gi, "")}</style>`,
    o.defs ? `<defs>${o.defs}</defs>` : "",
    `<rect width="${o.width}" height="${o.height}" fill="#ffffff"/>`,
    o.body,
    "</svg>",
    "",
  ]
    .filter(Boolean)
    .join("\n");
}

/** Rough advance width of a text (SVG cannot measure before rendering): enough for layout budgets. */
export function estimateWidth(text: string, size: number): number {
  return text.length * size * 0.56;
}

/** Title in bold, then each line wrapped to the width, starting on the interface's side. */
export function headerBlock(title: string, lines: readonly string[], width: number, rtl: boolean, top: number): Block {
  const dir = rtl ? "rtl" : "ltr";
  const x = rtl ? width - MARGIN : MARGIN;
  const align = rtl ? "right" : "left";
  let y = top + TITLE_SIZE;
  const parts = [svgText(x, y, title, { size: TITLE_SIZE, weight: 700, align, dir, className: "title" })];
  const maxChars = Math.max(20, Math.floor((width - 2 * MARGIN) / (LINE_SIZE * 0.56)));
  for (const line of lines)
    for (const piece of wrapText(line, maxChars)) {
      y += LINE_SIZE + LINE_GAP;
      parts.push(svgText(x, y, piece, { size: LINE_SIZE, align, dir, fill: "#333333", className: "subtitle" }));
    }
  return { svg: `<g class="header">${parts.join("")}</g>`, height: y - top + LINE_GAP * 2 };
}

export interface LegendItem {
  /** Draws the swatch centred on (cx, cy) inside a 22×14 box. */
  readonly swatch: (cx: number, cy: number) => string;
  readonly label: string;
}

export interface LegendRow {
  readonly title: string;
  readonly items: readonly LegendItem[];
}

/** Legend rows: a bold title, then swatch + label items flowing across the width (mirrored in RTL). */
export function legendBlock(rows: readonly LegendRow[], width: number, rtl: boolean, top: number): Block {
  const dir = rtl ? "rtl" : "ltr";
  const start = rtl ? width - MARGIN : MARGIN;
  const sign = rtl ? -1 : 1;
  const limit = width - 2 * MARGIN;
  const parts: string[] = [];
  let y = top;
  for (const row of rows) {
    y += LEGEND_TITLE_SIZE + 4;
    parts.push(svgText(start, y, row.title, { size: LEGEND_TITLE_SIZE, weight: 700, align: rtl ? "right" : "left", dir }));
    y += 6;
    let used = 0;
    let cy = y + ROW_HEIGHT / 2;
    for (const item of row.items) {
      const w = SWATCH_W + 6 + estimateWidth(item.label, LEGEND_SIZE) + 18;
      if (used > 0 && used + w > limit) {
        used = 0;
        cy += ROW_HEIGHT;
      }
      const swatchCx = start + sign * (used + SWATCH_W / 2);
      const textX = start + sign * (used + SWATCH_W + 6);
      parts.push(
        `<g class="legend-item">${item.swatch(round(swatchCx), round(cy))}${svgText(textX, cy + LEGEND_SIZE * 0.35, item.label, {
          size: LEGEND_SIZE,
          align: rtl ? "right" : "left",
          dir,
        })}</g>`,
      );
      used += w;
    }
    y = cy + ROW_HEIGHT / 2 + 6;
  }
  return { svg: `<g class="legend">${parts.join("")}</g>`, height: y - top + MARGIN / 2 };
}
