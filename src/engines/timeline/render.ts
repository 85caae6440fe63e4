/** Canvas drawing of a computed frame: lanes, marks, badges, the time window, the axis rows, the overview. */
import type { UiLang } from "../../store/types.ts";
import type { CalendarId } from "./calendar.ts";
import { type Digits, formatCount, isolate, tickLabel } from "./format.ts";
import { type Frame, type LaneFrame, badgeBox, badgeLabelPx, badgeText, markBox, xOf } from "./frame.ts";
import { QUAD_COLORS, QUAD_OUTLINES } from "./marks.ts";
import { OUTLINES, type TimelineModel } from "./model.ts";
import { chooseTickInterval, ticksBetween } from "./ticks.ts";

export interface RenderState {
  readonly width: number;
  readonly height: number;
  readonly dpr: number;
  readonly lang: UiLang;
  readonly digits: Digits;
  /** Time runs right to left: the frame's logical x is mirrored onto the screen. */
  readonly rtl: boolean;
  readonly mainCalendar: CalendarId;
  /** Second axis row's calendar, or null when hidden. */
  readonly secondCalendar: CalendarId | null;
  readonly axisTop: number;
  /** 1 for events the selected actor takes part in; null when no actor is selected. */
  readonly involved: Uint8Array | null;
  readonly selected: number;
  readonly hovered: number;
  readonly focused: number;
  /** The store's time window, half-open ms. */
  readonly window: readonly [number, number] | null;
  /** Shift-drag in progress, px. */
  readonly dragPreview: readonly [number, number] | null;
  /** Publication days of the articles, ms, sorted. */
  readonly publications: Float64Array;
  readonly binPx: number;
  readonly showLaneLabels: boolean;
}

const FONT = "11px system-ui, -apple-system, 'Segoe UI', Vazirmatn, Tahoma, sans-serif";
const AXIS_ROW = 22;
const SECOND_ROW = 16;

/** Height of the axis band for the given rows. */
export function axisHeight(second: boolean): number {
  return AXIS_ROW + (second ? SECOND_ROW : 0);
}

/**
 * Logical drawing space: marks, spans, grid lines and badge shapes are drawn in the frame's
 * logical x under a mirroring transform when time runs right to left…
 */
function logicalSpace(ctx: CanvasRenderingContext2D, s: Pick<RenderState, "dpr" | "width" | "rtl">): void {
  if (s.rtl) ctx.setTransform(-s.dpr, 0, 0, s.dpr, s.width * s.dpr, 0);
  else ctx.setTransform(s.dpr, 0, 0, s.dpr, 0, 0);
}

/** …and text is drawn unmirrored, at the mirrored anchor `screenX`. */
function screenSpace(ctx: CanvasRenderingContext2D, s: Pick<RenderState, "dpr">): void {
  ctx.setTransform(s.dpr, 0, 0, s.dpr, 0, 0);
}

const screenX = (s: Pick<RenderState, "width" | "rtl">, x: number) => (s.rtl ? s.width - x : x);

/** Draws the main view. */
export function drawMain(ctx: CanvasRenderingContext2D, frame: Frame, model: TimelineModel, s: RenderState): void {
  screenSpace(ctx, s);
  ctx.clearRect(0, 0, s.width, s.height);
  logicalSpace(ctx, s);
  ctx.font = FONT;
  frame.lanes.forEach((lf, li) => {
    if (li % 2 === 1) {
      ctx.fillStyle = "rgba(0,0,0,0.025)";
      ctx.fillRect(0, lf.y - 3, s.width, lf.height + 6);
    }
  });
  drawGrid(ctx, frame, s);
  if (s.window) shadeSpan(ctx, xOf(frame, s.window[0]), xOf(frame, s.window[1]), s.axisTop, "rgba(240,200,60,0.16)", "#b58900");
  for (const lf of frame.lanes) drawLaneMarks(ctx, lf, model, s);
  for (const lf of frame.lanes) drawBadges(ctx, lf, s);
  logicalSpace(ctx, s);
  if (s.dragPreview) shadeSpan(ctx, s.dragPreview[0], s.dragPreview[1], s.axisTop, "rgba(0,114,178,0.14)", "#0072B2");
  screenSpace(ctx, s);
  if (s.showLaneLabels) for (const lf of frame.lanes) drawLaneLabel(ctx, lf, s);
  drawAxis(ctx, frame, s);
}

function shadeSpan(ctx: CanvasRenderingContext2D, a: number, b: number, h: number, fill: string, edge: string): void {
  const x0 = Math.min(a, b);
  const x1 = Math.max(a, b);
  ctx.globalAlpha = 1;
  ctx.fillStyle = fill;
  ctx.fillRect(x0, 0, x1 - x0, h);
  ctx.fillStyle = edge;
  ctx.fillRect(Math.round(x0), 0, 1, h);
  ctx.fillRect(Math.round(x1) - 1, 0, 1, h);
}

function drawLaneMarks(ctx: CanvasRenderingContext2D, lf: LaneFrame, model: TimelineModel, s: RenderState): void {
  const rows = lf.layout.row;
  let alpha = -1;
  for (let q = 0; q < lf.items.length; q++) {
    if (rows[q]! < 0) continue;
    const i = lf.items[q]!;
    const isSpan = model.span[i] === 1;
    const { y0, y1 } = markBox(lf, q, isSpan);
    const x0 = lf.x0[q]!;
    const w = lf.x1[q]! - x0;
    const h = y1 - y0;
    const color = QUAD_COLORS[model.quad[i] as 1 | 2 | 3 | 4];
    const a = s.involved && s.involved[i] !== 1 ? 0.15 : 1;
    if (a !== alpha) ctx.globalAlpha = alpha = a;
    switch (OUTLINES[model.outline[i]!]) {
      case "solid":
        if (model.approx[i] === 1 && w > 16) ctx.fillStyle = fadedEnds(ctx, x0, w, color);
        else ctx.fillStyle = color;
        ctx.fillRect(x0, y0, w, h);
        // A darker edge keeps the light fills (sky blue, orange) at 3:1 against the white ground.
        if (h >= 4 && w >= 4) {
          ctx.strokeStyle = QUAD_OUTLINES[model.quad[i] as 1 | 2 | 3 | 4];
          ctx.lineWidth = 1;
          ctx.strokeRect(x0 + 0.5, y0 + 0.5, w - 1, h - 1);
        }
        break;
      case "hollow":
        ctx.fillStyle = "#fff";
        ctx.fillRect(x0, y0, w, h);
        ctx.strokeStyle = color;
        ctx.lineWidth = 1.5;
        ctx.strokeRect(x0 + 0.75, y0 + 0.75, Math.max(0.5, w - 1.5), Math.max(0.5, h - 1.5));
        break;
      case "crossed":
        ctx.globalAlpha = a * 0.45;
        ctx.fillStyle = color;
        ctx.fillRect(x0, y0, w, h);
        ctx.globalAlpha = a;
        ctx.strokeStyle = "#222";
        ctx.lineWidth = 1;
        ctx.beginPath();
        ctx.moveTo(x0, y0);
        ctx.lineTo(x0 + Math.min(w, h * 1.5), y1);
        ctx.moveTo(x0, y1);
        ctx.lineTo(x0 + Math.min(w, h * 1.5), y0);
        ctx.stroke();
        break;
      case "dashed":
        ctx.globalAlpha = a * 0.35;
        ctx.fillStyle = color;
        ctx.fillRect(x0, y0, w, h);
        ctx.globalAlpha = a;
        ctx.strokeStyle = color;
        ctx.lineWidth = 1.25;
        ctx.setLineDash([3, 2]);
        ctx.strokeRect(x0 + 0.5, y0 + 0.5, Math.max(0.5, w - 1), Math.max(0.5, h - 1));
        ctx.setLineDash([]);
        break;
      default:
        throw new Error(`unknown outline ${String(model.outline[i])}`);
    }
    if (i === s.selected || i === s.hovered || i === s.focused) {
      ctx.globalAlpha = alpha = 1;
      ctx.strokeStyle = i === s.selected ? "#000" : "#444";
      ctx.lineWidth = i === s.selected ? 2 : 1.5;
      if (i === s.focused) ctx.setLineDash([2, 2]);
      ctx.strokeRect(x0 - 1.5, y0 - 1.5, w + 3, h + 3);
      ctx.setLineDash([]);
    }
  }
  ctx.globalAlpha = 1;
}

/** Approximate dates: the colour fades in and out over the interval's outer fifths. */
function fadedEnds(ctx: CanvasRenderingContext2D, x0: number, w: number, color: string): CanvasGradient {
  const g = ctx.createLinearGradient(x0, 0, x0 + w, 0);
  g.addColorStop(0, `${color}00`);
  g.addColorStop(0.2, color);
  g.addColorStop(0.8, color);
  g.addColorStop(1, `${color}00`);
  return g;
}

function drawBadges(ctx: CanvasRenderingContext2D, lf: LaneFrame, s: RenderState): void {
  ctx.textBaseline = "middle";
  ctx.textAlign = "center";
  ctx.direction = "ltr";
  const count = (n: number) => formatCount(n, s.lang, s.digits);
  for (const b of lf.layout.badges) {
    const text = badgeText(b, count);
    const box = badgeBox(lf, b, badgeLabelPx(text), s.binPx);
    const cluster = b.kind === "cluster";
    logicalSpace(ctx, s);
    ctx.fillStyle = cluster ? "rgba(60,60,70,0.85)" : "rgba(255,255,255,0.9)";
    ctx.beginPath();
    ctx.roundRect(box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0, 6);
    ctx.fill();
    if (!cluster) {
      ctx.strokeStyle = "#888";
      ctx.lineWidth = 1;
      ctx.stroke();
    }
    screenSpace(ctx, s);
    ctx.fillStyle = cluster ? "#fff" : "#333";
    ctx.fillText(isolate(text), screenX(s, (box.x0 + box.x1) / 2), (box.y0 + box.y1) / 2 + 0.5);
  }
}

function drawLaneLabel(ctx: CanvasRenderingContext2D, lf: LaneFrame, s: RenderState): void {
  const rtl = s.lang !== "en";
  ctx.direction = rtl ? "rtl" : "ltr";
  ctx.textAlign = "start";
  ctx.textBaseline = "top";
  const text = isolate(lf.lane.label);
  const w = Math.min(ctx.measureText(text).width, s.width / 3);
  const x = rtl ? s.width - 4 : 4;
  ctx.fillStyle = "rgba(255,255,255,0.85)";
  ctx.fillRect(rtl ? x - w - 3 : x - 3, lf.y - 2, w + 6, 14);
  ctx.fillStyle = "#222";
  ctx.fillText(text, x, lf.y, s.width / 3);
  ctx.direction = "ltr";
}

function drawGrid(ctx: CanvasRenderingContext2D, frame: Frame, s: RenderState): void {
  const iv = chooseTickInterval(frame.t1 - frame.t0, frame.width, minLabelPx(s.lang));
  ctx.fillStyle = "rgba(0,0,0,0.07)";
  for (const t of ticksBetween(frame.t0, frame.t1, iv, s.mainCalendar)) ctx.fillRect(Math.round(xOf(frame, t.ms)), 0, 1, s.axisTop);
}

/** Minimum spacing of axis labels: Persian and Arabic month names run wider. */
export function minLabelPx(lang: UiLang): number {
  return lang === "en" ? 64 : 76;
}

/** The tick labels of one axis row of a frame, in screen order from left to right (what `drawAxis` writes). */
export function axisLabels(frame: Frame, s: Pick<RenderState, "lang" | "digits" | "rtl">, calendar: CalendarId): string[] {
  const iv = chooseTickInterval(frame.t1 - frame.t0, frame.width, minLabelPx(s.lang));
  const labels = ticksBetween(frame.t0, frame.t1, iv, calendar).map((t) => tickLabel(t, s.lang, calendar, s.digits));
  return s.rtl ? labels.reverse() : labels;
}

function drawAxis(ctx: CanvasRenderingContext2D, frame: Frame, s: RenderState): void {
  screenSpace(ctx, s);
  const top = s.axisTop;
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, top, s.width, s.height - top);
  ctx.fillStyle = "#999";
  ctx.fillRect(0, top, s.width, 1);
  const iv = chooseTickInterval(frame.t1 - frame.t0, frame.width, minLabelPx(s.lang));
  ctx.textBaseline = "top";
  // A tick starts its month or year: the label sits on the later side of it.
  ctx.textAlign = s.rtl ? "right" : "left";
  ctx.direction = "ltr";
  ctx.font = FONT;
  const rows: [CalendarId, number, string][] = [[s.mainCalendar, top, "#222"]];
  if (s.secondCalendar) rows.push([s.secondCalendar, top + AXIS_ROW, "#595959"]);
  for (const [cal, y, color] of rows) {
    for (const t of ticksBetween(frame.t0 - (frame.t1 - frame.t0) * 0.1, frame.t1, iv, cal)) {
      const x = Math.round(screenX(s, xOf(frame, t.ms)));
      ctx.fillStyle = color;
      ctx.fillRect(x, y, 1, t.major ? 7 : 4);
      ctx.font = t.major ? `600 ${FONT}` : FONT;
      ctx.fillText(isolate(tickLabel(t, s.lang, cal, s.digits)), s.rtl ? x - 3 : x + 3, y + 6);
    }
  }
  ctx.font = FONT;
  // Publication days: small dark ticks hanging from the axis line.
  ctx.fillStyle = "#6a3d9a";
  const pubs = s.publications;
  let lo = 0;
  let hi = pubs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pubs[mid]! < frame.t0 - 86_400_000) lo = mid + 1;
    else hi = mid;
  }
  for (let p = lo; p < pubs.length && pubs[p]! <= frame.t1; p++) {
    const x = screenX(s, xOf(frame, pubs[p]! + 43_200_000));
    ctx.beginPath();
    ctx.moveTo(x, top - 6);
    ctx.lineTo(x - 3, top);
    ctx.lineTo(x + 3, top);
    ctx.fill();
  }
}

/** Draws the overview strip: stacked quad counts per column, square-root scaled (mirrored when time runs right to left). */
export function drawOverview(ctx: CanvasRenderingContext2D, hist: Uint32Array, max: number, width: number, height: number, dpr: number, rtl = false): void {
  logicalSpace(ctx, { dpr, width, rtl });
  ctx.clearRect(0, 0, width, height);
  ctx.fillStyle = "#f6f6f4";
  ctx.fillRect(0, 0, width, height);
  if (max === 0) return;
  const bins = hist.length / 4;
  const bw = width / bins;
  const scale = (height - 2) / Math.sqrt(max);
  for (let b = 0; b < bins; b++) {
    const total = hist[b * 4]! + hist[b * 4 + 1]! + hist[b * 4 + 2]! + hist[b * 4 + 3]!;
    if (!total) continue;
    const h = Math.max(1, Math.sqrt(total) * scale);
    let y = height;
    for (let q = 0; q < 4; q++) {
      const c = hist[b * 4 + q]!;
      if (!c) continue;
      const hq = (h * c) / total;
      ctx.fillStyle = QUAD_COLORS[(q + 1) as 1 | 2 | 3 | 4];
      ctx.fillRect(b * bw, y - hq, Math.max(1, bw - 0.2), hq);
      y -= hq;
    }
  }
}
