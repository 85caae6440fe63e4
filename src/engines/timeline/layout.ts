/**
 * One lane's frame layout in pixels: marks stack into rows (first free row, greedy in time order);
 * a bin of the screen holding more events than the lane can have rows becomes one count badge
 * (a cluster) that splits into marks as the zoom spreads them; marks that still find no row are
 * counted into a small "+N" badge. Pure: numbers in, numbers out.
 */

export interface LaneLayoutOptions {
  /** Height of the lane in px. */
  readonly height: number;
  /** Width of the screen bins clusters are made of. */
  readonly binPx: number;
  /** Horizontal gap two marks need to share a row. */
  readonly gapPx: number;
  readonly minRowPx: number;
  readonly maxRowPx: number;
  /** False at the deepest zoom: nothing can spread further, so everything stacks. */
  readonly allowClusters: boolean;
}

export type BadgeKind = "cluster" | "more";

export interface Badge {
  readonly kind: BadgeKind;
  /** Pixel extent of the members. */
  readonly x0: number;
  readonly x1: number;
  readonly count: number;
  /** A cluster's members are the input positions `[from, to)`. */
  readonly from: number;
  readonly to: number;
  /** A "+N" badge's members (not contiguous: its neighbours found rows); null for clusters. */
  readonly members: readonly number[] | null;
}

export interface LaneLayout {
  readonly rowPx: number;
  readonly rows: number;
  /** Row of each input item; −1 when it is inside a badge. */
  readonly row: Int16Array;
  readonly badges: readonly Badge[];
}

/** Input positions of a badge's members, ascending. */
export function badgeMembers(b: Badge): number[] {
  if (b.members) return [...b.members];
  const out: number[] = new Array(b.to - b.from);
  for (let k = b.from; k < b.to; k++) out[k - b.from] = k;
  return out;
}

/**
 * Lays out `n` items given by their drawn pixel extents `x0[i] … x1[i]`, sorted by `x0`.
 * Rows are as tall as fits the deepest stack, between `minRowPx` and `maxRowPx`.
 * `rowOut` (length ≥ n) is reused when given, to spare the allocation per frame.
 */
export function layoutLane(x0: ArrayLike<number>, x1: ArrayLike<number>, n: number, o: LaneLayoutOptions, rowOut?: Int16Array): LaneLayout {
  const row = rowOut && rowOut.length >= n ? rowOut.subarray(0, n) : new Int16Array(n);
  row.fill(-1);
  const badges: Badge[] = [];
  const capacity = Math.max(1, Math.floor(o.height / o.minRowPx));
  const binOf = (x: number) => Math.floor(Math.max(x, -o.binPx) / o.binPx);
  // 1. Bins (runs of equal bin, since x0 is sorted) with more items than rows become clusters.
  const stacked: number[] = [];
  for (let i = 0; i < n; ) {
    const b = binOf(x0[i]!);
    let j = i + 1;
    while (j < n && binOf(x0[j]!) === b) j++;
    if (o.allowClusters && j - i > capacity) {
      let hi = Number.NEGATIVE_INFINITY;
      for (let k = i; k < j; k++) if (x1[k]! > hi) hi = x1[k]!;
      badges.push({ kind: "cluster", x0: x0[i]!, x1: hi, count: j - i, from: i, to: j, members: null });
    } else for (let k = i; k < j; k++) stacked.push(k);
    i = j;
  }
  // 2. Greedy rows for the rest: the first row whose last mark ends a gap before this one.
  const rowEnd: number[] = [];
  for (const k of stacked) {
    let r = 0;
    while (r < rowEnd.length && rowEnd[r]! + o.gapPx > x0[k]!) r++;
    rowEnd[r] = x1[k]!;
    row[k] = r;
  }
  const depth = Math.max(1, rowEnd.length);
  const rowPx = Math.max(o.minRowPx, Math.min(o.maxRowPx, Math.floor(o.height / depth)));
  const rows = Math.max(1, Math.floor(o.height / rowPx));
  // 3. What does not fit goes into a "+N" badge per bin.
  let runBin = Number.NaN;
  let more: number[] = [];
  const flush = () => {
    if (!more.length) return;
    let hi = Number.NEGATIVE_INFINITY;
    for (const m of more) hi = Math.max(hi, x1[m]!);
    badges.push({ kind: "more", x0: x0[more[0]!]!, x1: hi, count: more.length, from: more[0]!, to: more[more.length - 1]! + 1, members: more });
    more = [];
  };
  for (const k of stacked) {
    if (row[k]! < rows) continue;
    row[k] = -1;
    const b = binOf(x0[k]!);
    if (b !== runBin) {
      flush();
      runBin = b;
    }
    more.push(k);
  }
  flush();
  badges.sort((a, b) => a.x0 - b.x0 || (a.kind < b.kind ? -1 : 1));
  return { rowPx, rows, row, badges };
}
