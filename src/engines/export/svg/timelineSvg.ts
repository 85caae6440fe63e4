/**
 * The timeline of the view as a standalone SVG: a time axis over the window (or, without one,
 * over the visible events), one mark per visible event — a dot for a day, a bar over the whole
 * month, year or range otherwise — coloured by quad class and outlined by modality like the
 * app's marks, stacked so marks never overlap; a header and a legend. Ticks and their labels
 * come from the timeline engine (Solar Hijri axis for Persian). Pure.
 */
import type { Modality, Quad, RabtEvent } from "../../../contract/schema.ts";
import type { UiLang } from "../../../store/types.ts";
import { mainCalendar, tickLabel } from "../../timeline/format.ts";
import { isApproximate, outlineFor, QUAD_COLORS, shapeFor } from "../../timeline/marks.ts";
import { chooseTickInterval, ticksBetween } from "../../timeline/ticks.ts";
import { DAY_MS, dateInterval, isoToMs } from "../../timeline/time.ts";
import { headerBlock, legendBlock, type LegendRow, MARGIN, svgDocument } from "./frame.ts";
import type { Picture } from "./graphSvg.ts";
import { round, svgText, xmlEscape } from "./xml.ts";

export interface TimelinePictureText {
  readonly title: string;
  readonly lines: readonly string[];
  readonly legendQuads: string;
  readonly quads: Readonly<Record<Quad, string>>;
  readonly legendStatus: string;
  readonly modalities: Readonly<Record<Modality, string>>;
  readonly legendDates: string;
  readonly day: string;
  readonly span: string;
  readonly empty: string;
}

export interface TimelinePictureOptions {
  readonly lang: UiLang;
  readonly rtl: boolean;
  readonly text: TimelinePictureText;
  /** The axis domain: the time window, or null to fit the events. */
  readonly window: { start: string; end: string } | null;
  readonly fontCss?: string;
  readonly width?: number;
}

/** One drawn mark: its event, pixel extent and stacking row. */
export interface PlacedMark {
  readonly event: RabtEvent;
  readonly x0: number;
  readonly x1: number;
  readonly row: number;
}

const ROW = 16;
const MAX_PLOT = 560;
const POINT_R = 5;
const GAP = 3;
const AXIS_H = 34;

/** The axis domain in ms: the window's whole days, else the events' extent with a 4% margin each side. */
export function timeDomain(events: readonly RabtEvent[], window: { start: string; end: string } | null): [number, number] | null {
  if (window) return [isoToMs(window.start), isoToMs(window.end) + DAY_MS];
  if (!events.length) return null;
  let a = Number.POSITIVE_INFINITY;
  let b = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    const [s, t] = dateInterval(e.date);
    a = Math.min(a, s);
    b = Math.max(b, t);
  }
  const margin = Math.max(DAY_MS, (b - a) * 0.04);
  return [a - margin, b + margin];
}

/** First-fit stacking: each mark goes to the lowest row whose last mark ends before it starts. */
export function placeMarks(events: readonly RabtEvent[], domain: [number, number], x0: number, width: number): PlacedMark[] {
  const x = (ms: number) => x0 + ((ms - domain[0]) / (domain[1] - domain[0])) * width;
  const items = events.map((event) => {
    const [s, e] = dateInterval(event.date);
    if (shapeFor(event.date.precision) === "point") {
      const c = x((s + e) / 2);
      return { event, x0: c - POINT_R, x1: c + POINT_R };
    }
    const a = Math.max(x0, x(s));
    const b = Math.min(x0 + width, x(e));
    return { event, x0: a, x1: Math.max(b, a + 3) };
  });
  items.sort((p, q) => p.x0 - q.x0 || (p.event.id < q.event.id ? -1 : 1));
  const rowEnds: number[] = [];
  return items.map((it) => {
    let row = rowEnds.findIndex((end) => end + GAP <= it.x0);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(it.x1);
    } else rowEnds[row] = it.x1;
    return { ...it, row };
  });
}

/** The SVG picture of the visible events on a time axis. */
export function timelineSvg(events: readonly RabtEvent[], o: TimelinePictureOptions): Picture {
  const width = o.width ?? 1400;
  const header = headerBlock(o.text.title, o.text.lines, width, o.rtl, MARGIN);
  const plotX = MARGIN + 8;
  const plotW = width - 2 * MARGIN - 16;
  const plotTop = MARGIN + header.height;
  const domain = timeDomain(events, o.window);
  const parts: string[] = [];
  let plotH = 120;
  if (!domain || !events.length) {
    parts.push(svgText(width / 2, plotTop + plotH / 2, o.text.empty, { size: 16, align: "center", dir: o.rtl ? "rtl" : "ltr", fill: "#666666" }));
  }
  if (domain) {
    const marks = events.length ? placeMarks(events, domain, plotX, plotW) : [];
    const rows = marks.reduce((m, p) => Math.max(m, p.row + 1), 0);
    const rowH = rows * ROW <= MAX_PLOT ? ROW : Math.max(2, MAX_PLOT / rows);
    if (events.length) plotH = Math.max(80, Math.min(MAX_PLOT, rows * rowH) + 16);
    const axisY = plotTop + plotH;
    const x = (ms: number) => plotX + ((ms - domain[0]) / (domain[1] - domain[0])) * plotW;
    const calendar = mainCalendar(o.lang);
    const ticks = ticksBetween(domain[0], domain[1], chooseTickInterval(domain[1] - domain[0], plotW, 90), calendar);
    for (const tick of ticks) {
      const tx = round(x(tick.ms));
      parts.push(
        `<line class="grid" x1="${tx}" y1="${round(plotTop)}" x2="${tx}" y2="${round(axisY + 5)}" stroke="${tick.major ? "#bbbbbb" : "#e4e4e4"}"/>`,
        svgText(tx, axisY + 20, tickLabel(tick, o.lang, calendar), { size: 12, align: "center", fill: "#333333", className: "tick" }),
      );
    }
    parts.push(`<line class="axis" x1="${plotX}" y1="${round(axisY)}" x2="${plotX + plotW}" y2="${round(axisY)}" stroke="#333333"/>`);
    parts.push(`<clipPath id="plot-clip"><rect x="${plotX}" y="${round(plotTop)}" width="${plotW}" height="${round(plotH)}"/></clipPath>`);
    const markSvg = marks.map((m) => drawMark(m, axisY - 8 - m.row * rowH - rowH / 2, Math.min(rowH - 2, 10)));
    parts.push(`<g class="marks" clip-path="url(#plot-clip)">${markSvg.join("\n")}</g>`);
  }
  const legendTop = plotTop + plotH + (domain ? AXIS_H : 0) + 8;
  const legend = legendBlock(timelineLegend(o.text), width, o.rtl, legendTop);
  const height = Math.ceil(legendTop + legend.height);
  const body = [header.svg, ...parts, legend.svg].join("\n");
  return { svg: svgDocument({ width, height, lang: o.lang, title: o.text.title, body, fontCss: o.fontCss }), width, height };
}

/** A mark's fill and stroke from the app's channels: quad colour, modality outline, faded when approximate. */
function markPaint(quad: Quad, modality: Modality): string {
  const c = QUAD_COLORS[quad];
  switch (outlineFor(modality)) {
    case "solid":
      return `fill="${c}" stroke="${c}"`;
    case "hollow":
      return `fill="#ffffff" stroke="${c}" stroke-width="2"`;
    case "dashed":
      return `fill="#ffffff" stroke="${c}" stroke-width="2" stroke-dasharray="3 2"`;
    case "crossed":
      return `fill="#ffffff" stroke="${c}" stroke-width="2"`;
    default:
      throw new Error(`unknown modality ${modality}`);
  }
}

function drawMark(m: PlacedMark, cy: number, h: number, legend = false): string {
  const e = m.event;
  const paint = markPaint(e.quad, e.modality);
  const faded = isApproximate(e.date.precision, e.date.edtf) ? ' opacity="0.6"' : "";
  const crossed = outlineFor(e.modality) === "crossed";
  const r = Math.min(POINT_R, h / 2 + 1);
  let shape: string;
  if (shapeFor(e.date.precision) === "point") {
    const cx = (m.x0 + m.x1) / 2;
    shape = `<circle cx="${round(cx)}" cy="${round(cy)}" r="${round(r)}" ${paint}/>`;
    if (crossed) shape += `<line x1="${round(cx - r)}" y1="${round(cy - r)}" x2="${round(cx + r)}" y2="${round(cy + r)}" stroke="${QUAD_COLORS[e.quad]}" stroke-width="2"/>`;
  } else {
    shape = `<rect x="${round(m.x0)}" y="${round(cy - h / 2)}" width="${round(m.x1 - m.x0)}" height="${round(h)}" rx="2" ${paint}/>`;
    if (crossed) shape += `<line x1="${round(m.x0)}" y1="${round(cy)}" x2="${round(m.x1)}" y2="${round(cy)}" stroke="${QUAD_COLORS[e.quad]}" stroke-width="2"/>`;
  }
  if (legend) return shape;
  const tip = `${e.id} · ${e.date.edtf} · CAMEO ${e.cameo} · ${e.modality}`;
  return `<g class="mark" data-id="${xmlEscape(e.id)}" data-quad="${e.quad}" data-precision="${e.date.precision}"${faded}>${shape}<title>${xmlEscape(tip)}</title></g>`;
}

function sampleEvent(quad: Quad, modality: Modality, precision: "day" | "month"): RabtEvent {
  return {
    id: "legend",
    date: { edtf: "2000-01-01", start: "2000-01-01", end: "2000-01-01", precision },
    cameo: "010",
    quad,
    goldstein: 0,
    modality,
    sourceIds: [],
    targetIds: [],
    otherIds: [],
    articleIds: [""],
    mentionCount: 1,
    chunk: "events-test",
    mentions: [{ articleId: "", sentence: "", start: 0, end: 0, trigger: { start: 0, end: 0 }, actorSpans: [] }],
  };
}

function timelineLegend(text: TimelinePictureText): LegendRow[] {
  const dot = (quad: Quad, modality: Modality) => (cx: number, cy: number) =>
    drawMark({ event: sampleEvent(quad, modality, "day"), x0: cx - POINT_R, x1: cx + POINT_R, row: 0 }, cy, 10, true);
  const bar = (cx: number, cy: number) => drawMark({ event: sampleEvent(2, "reported", "month"), x0: cx - 10, x1: cx + 10, row: 0 }, cy, 10, true);
  return [
    { title: text.legendQuads, items: ([1, 2, 3, 4] as const).map((q) => ({ swatch: dot(q, "reported"), label: `${q} · ${text.quads[q]}` })) },
    {
      title: text.legendStatus,
      items: (["reported", "planned", "hoped", "conditional", "denied"] as const).map((m) => ({ swatch: dot(1, m), label: text.modalities[m] })),
    },
    { title: text.legendDates, items: [{ swatch: dot(2, "reported"), label: text.day }, { swatch: bar, label: text.span }] },
  ];
}
