/** Tick choice for the axis: from decades down to single days, in either calendar. Pure. */
import { type Calendar, calendarOf, type CalendarId } from "./calendar.ts";
import { DAY_MS } from "./time.ts";

export type TickUnit = "year" | "month" | "day";

export interface TickInterval {
  readonly unit: TickUnit;
  readonly step: number;
}

export interface Tick {
  readonly ms: number;
  readonly unit: TickUnit;
  /** True when the tick also starts the next larger unit (a month tick on the first month of a year…). */
  readonly major: boolean;
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** Candidate intervals, coarsest first. */
export const TICK_INTERVALS: readonly TickInterval[] = [
  { unit: "year", step: 50 },
  { unit: "year", step: 20 },
  { unit: "year", step: 10 },
  { unit: "year", step: 5 },
  { unit: "year", step: 2 },
  { unit: "year", step: 1 },
  { unit: "month", step: 6 },
  { unit: "month", step: 3 },
  { unit: "month", step: 1 },
  { unit: "day", step: 7 },
  { unit: "day", step: 2 },
  { unit: "day", step: 1 },
];

const APPROX_DAYS: Readonly<Record<TickUnit, number>> = { year: 365.25, month: 30.44, day: 1 };

/** The finest interval whose ticks stay at least `minLabelPx` apart when `spanMs` fills `widthPx`. */
export function chooseTickInterval(spanMs: number, widthPx: number, minLabelPx: number): TickInterval {
  const pxPerDay = (widthPx / spanMs) * DAY_MS;
  let chosen = TICK_INTERVALS[0]!;
  for (const iv of TICK_INTERVALS) {
    if (APPROX_DAYS[iv.unit] * iv.step * pxPerDay >= minLabelPx) chosen = iv;
    else break;
  }
  return chosen;
}

/** Ticks of `interval` in `[t0, t1]`, counted in the given calendar. */
export function ticksBetween(t0: number, t1: number, interval: TickInterval, calendarId: CalendarId): Tick[] {
  const cal = calendarOf(calendarId);
  const out: Tick[] = [];
  const first = cal.fromMs(t0);
  const { unit, step } = interval;
  const guard = 5000;
  switch (unit) {
    case "year": {
      let y = Math.floor(first.y / step) * step;
      for (let i = 0; i < guard; i++, y += step) {
        const ms = cal.toMs(y, 1, 1);
        if (ms > t1) break;
        if (ms >= t0) out.push({ ms, unit, major: y % (step * 10) === 0, y, m: 1, d: 1 });
      }
      break;
    }
    case "month": {
      let y = first.y;
      let m = Math.floor((first.m - 1) / step) * step + 1;
      for (let i = 0; i < guard; i++) {
        const ms = cal.toMs(y, m, 1);
        if (ms > t1) break;
        if (ms >= t0) out.push({ ms, unit, major: m === 1, y, m, d: 1 });
        m += step;
        if (m > 12) {
          m -= 12;
          y += 1;
        }
      }
      break;
    }
    case "day": {
      let y = first.y;
      let m = first.m;
      for (let i = 0; i < guard; i++) {
        const ms = monthDayTicks(cal, y, m, step, t0, t1, out);
        if (ms > t1) break;
        m += 1;
        if (m > 12) {
          m = 1;
          y += 1;
        }
      }
      break;
    }
    default: {
      const never: never = unit;
      throw new Error(`unknown tick unit ${String(never)}`);
    }
  }
  return out;
}

/** Pushes the day ticks of one month (days 1, 1+step, …, never closer than half a step to the next 1st); returns the month's start. */
function monthDayTicks(cal: Calendar, y: number, m: number, step: number, t0: number, t1: number, out: Tick[]): number {
  const start = cal.toMs(y, m, 1);
  const len = cal.monthLength(y, m);
  for (let d = 1; d <= len; d += step) {
    if (d > 1 && len + 1 - d < step / 2) break;
    const ms = start + (d - 1) * DAY_MS;
    if (ms > t1) break;
    if (ms >= t0) out.push({ ms, unit: "day", major: d === 1, y, m, d });
  }
  return start;
}
