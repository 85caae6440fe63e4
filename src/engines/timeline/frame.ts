/**
 * One frame of the main view, computed from the model, the lanes and the visible domain: which
 * events are on screen (culled by binary search), where each mark goes, which bins became badges.
 * No DOM: the renderer draws a frame, the hit index is built from it.
 */
import type { Lane } from "./lanes.ts";
import { type LaneLayout, layoutLane } from "./layout.ts";
import { lowerBound, type TimelineModel } from "./model.ts";
import type { HitRect } from "./hitTest.ts";

export interface FrameOptions {
  /** Visible domain in ms. */
  readonly t0: number;
  readonly t1: number;
  readonly width: number;
  /** Top of the first lane and the total height of the lanes, in px. */
  readonly top: number;
  readonly height: number;
  /** Narrowest drawn mark in px (a day at low zoom). */
  readonly minMarkPx: number;
  readonly binPx: number;
  readonly gapPx: number;
  readonly minRowPx: number;
  readonly maxRowPx: number;
  readonly allowClusters: boolean;
}

export interface LaneFrame {
  readonly lane: Lane;
  readonly y: number;
  readonly height: number;
  /** Model indexes of the visible events of the lane, by start. */
  readonly items: Int32Array;
  readonly x0: Float64Array;
  readonly x1: Float64Array;
  readonly layout: LaneLayout;
}

export interface Frame {
  readonly t0: number;
  readonly t1: number;
  readonly width: number;
  /** px per ms. */
  readonly k: number;
  readonly lanes: readonly LaneFrame[];
  /** Number of marks drawn (not in a badge). */
  readonly marks: number;
  readonly badges: number;
}

/** Screen x of time `t` in a frame. */
export function xOf(frame: Pick<Frame, "t0" | "k">, t: number): number {
  return (t - frame.t0) * frame.k;
}

/** Scratch arrays reused from frame to frame (one set per lane), so panning 100k events allocates nothing big. */
export interface FrameBuffers {
  get(lane: number, n: number): { items: Int32Array; x0: Float64Array; x1: Float64Array; row: Int16Array };
}

/** Creates a buffer pool; arrays grow to the largest lane seen. */
export function createFrameBuffers(): FrameBuffers {
  const pools: { items: Int32Array; x0: Float64Array; x1: Float64Array; row: Int16Array }[] = [];
  return {
    get(lane, n) {
      let p = pools[lane];
      if (!p || p.items.length < n) {
        const size = Math.max(n, Math.ceil((p?.items.length ?? 0) * 1.5), 64);
        p = { items: new Int32Array(size), x0: new Float64Array(size), x1: new Float64Array(size), row: new Int16Array(size) };
        pools[lane] = p;
      }
      return p;
    },
  };
}

/**
 * Computes the frame: culling, pixel extents, per-lane stacking and clustering. With `buffers`
 * the frame's arrays are views into them, valid until the next frame is computed.
 */
export function computeFrame(model: TimelineModel, lanes: readonly Lane[], o: FrameOptions, buffers?: FrameBuffers): Frame {
  const k = o.width / (o.t1 - o.t0);
  const laneH = lanes.length ? o.height / lanes.length : o.height;
  let marks = 0;
  let badges = 0;
  const out: LaneFrame[] = lanes.map((lane, li) => {
    const m = lane.members;
    const lo = lowerBound(model.start, m, o.t0 - lane.maxDuration);
    const hi = lowerBound(model.start, m, o.t1);
    const buf = buffers?.get(li, hi - lo);
    const items = buf ? buf.items : new Int32Array(hi - lo);
    const x0 = buf ? buf.x0 : new Float64Array(hi - lo);
    const x1 = buf ? buf.x1 : new Float64Array(hi - lo);
    let n = 0;
    for (let p = lo; p < hi; p++) {
      const i = m[p]!;
      if (model.end[i]! <= o.t0) continue;
      const a = (model.start[i]! - o.t0) * k;
      const b = (model.end[i]! - o.t0) * k;
      items[n] = i;
      x0[n] = a;
      x1[n] = Math.max(b, a + o.minMarkPx);
      n++;
    }
    const pad = 3;
    const layout = layoutLane(x0, x1, n, {
      height: Math.max(o.minRowPx, laneH - 2 * pad),
      binPx: o.binPx,
      gapPx: o.gapPx,
      minRowPx: o.minRowPx,
      maxRowPx: o.maxRowPx,
      allowClusters: o.allowClusters,
    }, buf?.row);
    for (let q = 0; q < n; q++) if (layout.row[q]! >= 0) marks++;
    badges += layout.badges.length;
    return { lane, y: o.top + li * laneH + pad, height: laneH - 2 * pad, items: items.subarray(0, n), x0: x0.subarray(0, n), x1: x1.subarray(0, n), layout };
  });
  return { t0: o.t0, t1: o.t1, width: o.width, k, lanes: out, marks, badges };
}

/** Vertical extent of a mark in its row: points fill the row, spans are thinner bars centred in it. */
export function markBox(lf: LaneFrame, q: number, isSpan: boolean): { y0: number; y1: number } {
  const r = lf.layout.row[q]!;
  const top = lf.y + r * lf.layout.rowPx;
  const h = Math.max(2, lf.layout.rowPx - 1);
  if (!isSpan) return { y0: top, y1: top + h };
  const sh = Math.max(2, Math.round(h * 0.6));
  const y0 = top + Math.floor((h - sh) / 2);
  return { y0, y1: y0 + sh };
}

/** Box of a badge: a cluster is a pill at the start of its bin, mid-lane; a "+N" sits on the lane's bottom edge. */
export function badgeBox(lf: LaneFrame, b: { kind: "cluster" | "more"; x0: number }, labelPx: number, binPx: number): HitRectBox {
  if (b.kind === "cluster") {
    const h = Math.min(16, Math.max(10, lf.height - 2));
    const y0 = lf.y + (lf.height - h) / 2;
    return { x0: b.x0, y0, x1: b.x0 + Math.max(labelPx + 8, binPx - 4), y1: y0 + h };
  }
  const h = Math.min(12, Math.max(8, lf.height / 3));
  return { x0: b.x0, y0: lf.y + lf.height - h, x1: b.x0 + labelPx + 6, y1: lf.y + lf.height };
}

export type HitRectBox = Pick<HitRect, "x0" | "y0" | "x1" | "y1">;

/** Approximate width of a badge label in px (11px system font digits). */
export function badgeLabelPx(text: string): number {
  return Math.ceil(text.length * 6.5);
}

/** The hit rectangles of a frame: every drawn mark, then every badge (ref = `lane * 1e6 + badge`). */
export function frameHitRects(frame: Frame, model: TimelineModel, binPx: number, countLabel: (n: number) => string): HitRect[] {
  const rects: HitRect[] = [];
  frame.lanes.forEach((lf, li) => {
    for (let q = 0; q < lf.items.length; q++) {
      if (lf.layout.row[q]! < 0) continue;
      const i = lf.items[q]!;
      const { y0, y1 } = markBox(lf, q, model.span[i] === 1);
      rects.push({ x0: lf.x0[q]!, y0, x1: lf.x1[q]!, y1, kind: "mark", ref: i });
    }
    lf.layout.badges.forEach((b, bi) => {
      const box = badgeBox(lf, b, badgeLabelPx(badgeText(b, countLabel)), binPx);
      rects.push({ ...box, kind: "badge", ref: li * 1e6 + bi });
    });
  });
  return rects;
}

/** Text of a badge: the count for a cluster, `+N` for what did not fit. */
export function badgeText(b: { kind: "cluster" | "more"; count: number }, countLabel: (n: number) => string): string {
  return b.kind === "cluster" ? countLabel(b.count) : `+${countLabel(b.count)}`;
}
