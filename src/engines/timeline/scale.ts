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

/** Visible domain `[t0, t1]` under a zoom transform `(k, x)` of a base scale mapping `extent` onto `[0, width]`. */
export function visibleDomain(extent: readonly [number, number], width: number, k: number, x: number): [number, number] {
  const msPerPx = (extent[1] - extent[0]) / width;
  return [extent[0] + (-x / k) * msPerPx, extent[0] + ((width - x) / k) * msPerPx];
}
