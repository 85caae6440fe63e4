/** Day arithmetic in UTC milliseconds: the timeline's one unit of time (no time zones, no clock). */
import type { EventDate } from "../../contract/schema.ts";

export const DAY_MS = 86_400_000;

const cache = new Map<string, number>();

/** `YYYY-MM-DD` (year may be negative) → UTC midnight in ms. Throws on anything else. */
export function isoToMs(iso: string): number {
  // Memoised: 100k events share a few thousand distinct days, and parsing is the model's hot path.
  let ms = cache.get(iso);
  if (ms === undefined) {
    ms = parseIso(iso);
    if (cache.size > 200_000) cache.clear();
    cache.set(iso, ms);
  }
  return ms;
}

function parseIso(iso: string): number {
  const m = /^(-?\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`timeline: not an ISO date: ${JSON.stringify(iso)}`);
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getTime();
}

/** UTC ms → `YYYY-MM-DD` of the day containing it. */
export function msToIso(ms: number): string {
  const d = new Date(Math.floor(ms / DAY_MS) * DAY_MS);
  const y = d.getUTCFullYear();
  const ys = y < 0 ? `-${String(-y).padStart(4, "0")}` : String(y).padStart(4, "0");
  return `${ys}-${String(d.getUTCMonth() + 1).padStart(2, "0")}-${String(d.getUTCDate()).padStart(2, "0")}`;
}

/** The half-open interval `[start, end)` in ms an event date covers: its last day is included whole. */
export function dateInterval(date: Pick<EventDate, "start" | "end">): [number, number] {
  const s = isoToMs(date.start);
  const e = isoToMs(date.end) + DAY_MS;
  return e > s ? [s, e] : [s, s + DAY_MS];
}

/** The window of whole days covering the ms interval `[a, b)` (a drag or a brush selection). */
export function windowFromMs(a: number, b: number): { start: string; end: string } {
  // b − 1: a selection ending exactly at midnight does not take in the next day.
  return { start: msToIso(a), end: msToIso(Math.max(a, b - 1)) };
}
