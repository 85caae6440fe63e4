/** The fixed base scale's domain and the zoom limits: pure numbers, no DOM. */
import { DAY_MS } from "./time.ts";

/** Narrowest view: a handful of days across the whole width. */
export const MIN_VISIBLE_DAYS = 3;
/** Widest empty margin added on each side of the data, as a share of its span. */
export const EXTENT_MARGIN = 0.04;

/**
 * Domain of the base scale: the data's `[min start, max end)` with a margin on both sides
 * (at least 15 days, so a single-day data set still opens on a readable month).
 */
export function dataExtent(intervals: Iterable<readonly [number, number]>): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const [s, e] of intervals) {
    if (s < lo) lo = s;
    if (e > hi) hi = e;
  }
  if (!(hi > lo)) return null;
  const margin = Math.max(15 * DAY_MS, (hi - lo) * EXTENT_MARGIN);
  return [lo - margin, hi + margin];
}

/** Zoom scale extent `[1, kMax]`: 1 shows the whole extent, kMax shows `MIN_VISIBLE_DAYS`. */
export function zoomScaleExtent(extent: readonly [number, number]): [number, number] {
  const span = extent[1] - extent[0];
  return [1, Math.max(1, span / (MIN_VISIBLE_DAYS * DAY_MS))];
}


/**
 * Which way time runs across the screen. Everything the engine computes per frame (marks,
 * stacking, clusters, the hit index) is in *logical* x, where time always grows to the right;
 * only the zoom transform, pointer input and drawing know the screen direction.
 */
export type TimeDirection = "ltr" | "rtl";

/**
 * Visible domain `[t0, t1]` under a zoom transform `(k, x)` of a base scale mapping `extent`
 * onto `[0, width]` — or onto `[width, 0]` when time runs right to left (later dates on the left).
 */
export function visibleDomain(extent: readonly [number, number], width: number, k: number, x: number, dir: TimeDirection = "ltr"): [number, number] {
  const msPerPx = (extent[1] - extent[0]) / width;
  const u0 = -x / k; // base coordinate at the screen's left edge
  const u1 = (width - x) / k; // … and at its right edge
  if (dir === "ltr") return [extent[0] + u0 * msPerPx, extent[0] + u1 * msPerPx];
  return [extent[0] + (width - u1) * msPerPx, extent[0] + (width - u0) * msPerPx];
}

/** The zoom transform `(k, x)` that shows `[t0, t1]` across the width (the inverse of `visibleDomain`). */
export function transformFor(extent: readonly [number, number], width: number, t0: number, t1: number, dir: TimeDirection, minSpanMs: number): { k: number; x: number } {
  const span = extent[1] - extent[0];
  const k = span / Math.max(minSpanMs, t1 - t0);
  const msPerPx = span / width;
  const u0 = dir === "ltr" ? (t0 - extent[0]) / msPerPx : width - (t1 - extent[0]) / msPerPx;
  return { k, x: -k * u0 };
}

/** Screen x of time `t` when `domain` fills `[0, width]`. */
export function screenXOf(t: number, domain: readonly [number, number], width: number, dir: TimeDirection): number {
  const lx = ((t - domain[0]) / (domain[1] - domain[0])) * width;
  return dir === "rtl" ? width - lx : lx;
}

/** Time at screen x when `domain` fills `[0, width]`. */
export function timeAtScreenX(px: number, domain: readonly [number, number], width: number, dir: TimeDirection): number {
  return domain[0] + (logicalX(px, width, dir) / width) * (domain[1] - domain[0]);
}

/** Logical x (time grows rightwards) of a screen x; its own inverse. */
export function logicalX(px: number, width: number, dir: TimeDirection): number {
  return dir === "rtl" ? width - px : px;
}

/** Screen interval `[left, right]` of a logical interval. */
export function screenSpan(x0: number, x1: number, width: number, dir: TimeDirection): [number, number] {
  return dir === "rtl" ? [width - x1, width - x0] : [x0, x1];
}

/** The d3-zoom `translateBy` amount (base px) that pans `fraction` of the width towards later dates. */
export function panDx(fraction: number, width: number, k: number, dir: TimeDirection): number {
  const dx = (-fraction * width) / k;
  return dir === "rtl" ? -dx : dx;
}
