/**
 * Hit-testing the drawn frame: rectangles sorted by their left edge with a running maximum of
 * right edges (a sorted-interval index), so a pointer query is a binary search plus a short walk
 * back instead of a scan of every mark. Pure.
 */

export type HitKind = "mark" | "badge";

export interface HitRect {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  readonly kind: HitKind;
  /** Model index of the event (marks) or position in the frame's badge list (badges). */
  readonly ref: number;
}

export interface HitIndex {
  /** The rectangle under `(x, y)` within `slop` px: marks before badges, then the nearest, then the last drawn. */
  hit(x: number, y: number, slop?: number): HitRect | null;
  readonly size: number;
}

/** Builds the index over the rectangles of one frame (in drawing order). */
export function createHitIndex(rects: readonly HitRect[]): HitIndex {
  const order = rects.map((_, i) => i).sort((a, b) => rects[a]!.x0 - rects[b]!.x0 || a - b);
  const sorted = order.map((i) => rects[i]!);
  const maxX1 = new Float64Array(sorted.length);
  let m = Number.NEGATIVE_INFINITY;
  sorted.forEach((r, i) => {
    m = Math.max(m, r.x1);
    maxX1[i] = m;
  });
  return {
    size: sorted.length,
    hit(x, y, slop = 0) {
      // Last rectangle starting at or before x + slop.
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid]!.x0 <= x + slop) lo = mid + 1;
        else hi = mid;
      }
      let best: HitRect | null = null;
      let bestScore = Number.POSITIVE_INFINITY;
      let bestOrder = -1;
      for (let i = lo - 1; i >= 0 && maxX1[i]! >= x - slop; i--) {
        const r = sorted[i]!;
        if (r.x1 < x - slop || y < r.y0 - slop || y > r.y1 + slop) continue;
        const dx = x < r.x0 ? r.x0 - x : x > r.x1 ? x - r.x1 : 0;
        const dy = y < r.y0 ? r.y0 - y : y > r.y1 ? y - r.y1 : 0;
        const score = (r.kind === "badge" ? 1000 : 0) + dx + dy;
        if (score < bestScore || (score === bestScore && order[i]! > bestOrder)) {
          best = r;
          bestScore = score;
          bestOrder = order[i]!;
        }
      }
      return best;
    },
  };
}
