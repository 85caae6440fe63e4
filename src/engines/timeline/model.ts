/**
 * The events as flat typed arrays sorted by time — what the renderer, the lanes and the
 * keyboard walk read at 100k events without allocating per frame.
 */
import type { RabtEvent } from "../../contract/schema.ts";
import { isApproximate, type MarkOutline, outlineFor, shapeFor } from "./marks.ts";
import { dataExtent } from "./scale.ts";
import { dateInterval } from "./time.ts";

export const OUTLINES: readonly MarkOutline[] = ["solid", "hollow", "crossed", "dashed"];

export interface TimelineModel {
  /** Events sorted by start, then end, then input order. Index into this list everywhere below. */
  readonly events: readonly RabtEvent[];
  /** First ms of each event (inclusive). */
  readonly start: Float64Array;
  /** End ms of each event (exclusive: the last day is covered whole). */
  readonly end: Float64Array;
  readonly quad: Uint8Array;
  /** Index into `OUTLINES`. */
  readonly outline: Uint8Array;
  /** 1 when drawn as a span (month, year, range, approximate), 0 for a point (a day). */
  readonly span: Uint8Array;
  readonly approx: Uint8Array;
  /** Model index of an event id, −1 when absent. */
  readonly indexOf: (id: string) => number;
  /** Base-scale domain: the data with a margin; `null` without events. */
  readonly extent: [number, number] | null;
}

/** Builds the model from the events to show (any order). */
export function buildModel(input: readonly RabtEvent[]): TimelineModel {
  const n = input.length;
  const s0 = new Float64Array(n);
  const e0 = new Float64Array(n);
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const [s, e] = dateInterval(input[i]!.date);
    s0[i] = s;
    e0[i] = e;
    if (s < lo) lo = s;
    if (e > hi) hi = e;
  }
  // A plain array: V8 sorts those with a comparator far faster than typed arrays.
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Ties keep the input order (the sort is stable): the graph lists events in a deterministic order.
  order.sort((a, b) => s0[a]! - s0[b]! || e0[a]! - e0[b]!);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const quad = new Uint8Array(n);
  const outline = new Uint8Array(n);
  const span = new Uint8Array(n);
  const approx = new Uint8Array(n);
  const events: RabtEvent[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const j = order[i]!;
    const e = input[j]!;
    events[i] = e;
    start[i] = s0[j]!;
    end[i] = e0[j]!;
    quad[i] = e.quad;
    outline[i] = OUTLINES.indexOf(outlineFor(e.modality));
    span[i] = shapeFor(e.date.precision) === "span" ? 1 : 0;
    approx[i] = isApproximate(e.date.precision, e.date.edtf) ? 1 : 0;
  }
  let byId: Map<string, number> | null = null;
  const indexOf = (id: string): number => {
    // Built on first use: the first frame does not need it.
    if (!byId) {
      byId = new Map();
      for (let i = 0; i < n; i++) byId.set(events[i]!.id, i);
    }
    return byId.get(id) ?? -1;
  };
  return { events, start, end, quad, outline, span, approx, indexOf, extent: n ? dataExtent([[lo, hi]]) : null };
}

/** Index of the first event (of `members`, ascending by start) whose start is ≥ `t`. */
export function lowerBound(start: Float64Array, members: Int32Array, t: number): number {
  let lo = 0;
  let hi = members.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (start[members[mid]!]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The next (`dir` 1) or previous (`dir` −1) event in time from `current` (−1 = none yet: start from `t`). */
export function stepEvent(model: TimelineModel, current: number, dir: 1 | -1, t: number): number {
  const n = model.events.length;
  if (n === 0) return -1;
  if (current >= 0) return Math.min(n - 1, Math.max(0, current + dir));
  // No focused event yet: the first one at or after the view's start (or the last before its end).
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (model.start[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return dir === 1 ? Math.min(lo, n - 1) : Math.max(0, lo - 1);
}
