/** The overview strip's data: event counts per screen column across the whole extent, by quad. Pure. */

/**
 * Counts events per bin over `extent` (by their start), split by quad: entry `bin * 4 + (quad − 1)`.
 * Events outside the extent are clamped into the first or last bin.
 */
export function quadHistogram(
  start: Float64Array,
  quad: Uint8Array,
  extent: readonly [number, number],
  bins: number,
): Uint32Array {
  const out = new Uint32Array(bins * 4);
  const w = (extent[1] - extent[0]) / bins;
  for (let i = 0; i < start.length; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor((start[i]! - extent[0]) / w)));
    out[b * 4 + (quad[i]! - 1)]! += 1;
  }
  return out;
}

/** The largest column total of a quad histogram. */
export function histogramMax(h: Uint32Array): number {
  let max = 0;
  for (let b = 0; b < h.length; b += 4) max = Math.max(max, h[b]! + h[b + 1]! + h[b + 2]! + h[b + 3]!);
  return max;
}
