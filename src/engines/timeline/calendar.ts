/**
 * Calendars the axis can count in: Gregorian (UTC) and Solar Hijri (via jalaali-js). Both map a
 * UTC day to (year, month, day) and back, so tick generation is written once.
 */
import { jalaaliMonthLength, toGregorian, toJalaali } from "jalaali-js";
import { DAY_MS } from "./time.ts";

export type CalendarId = "gregory" | "persian";

export interface YMD {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export interface Calendar {
  readonly id: CalendarId;
  fromMs(ms: number): YMD;
  toMs(y: number, m: number, d: number): number;
  monthLength(y: number, m: number): number;
}

const gregory: Calendar = {
  id: "gregory",
  fromMs(ms) {
    const t = new Date(ms);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  },
  toMs(y, m, d) {
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, d);
    return t.getTime();
  },
  monthLength(y, m) {
    return new Date(Date.UTC(y, m, 0)).getUTCDate();
  },
};

const persian: Calendar = {
  id: "persian",
  fromMs(ms) {
    const g = gregory.fromMs(Math.floor(ms / DAY_MS) * DAY_MS);
    const j = toJalaali(g.y, g.m, g.d);
    return { y: j.jy, m: j.jm, d: j.jd };
  },
  toMs(y, m, d) {
    // Normalise month overflow (month 13 → Farvardin of the next year) before converting.
    const yy = y + Math.floor((m - 1) / 12);
    const mm = ((((m - 1) % 12) + 12) % 12) + 1;
    const g = toGregorian(yy, mm, d);
    return gregory.toMs(g.gy, g.gm, g.gd);
  },
  monthLength(y, m) {
    return jalaaliMonthLength(y, m);
  },
};

/** The calendar by id (exhaustive). */
export function calendarOf(id: CalendarId): Calendar {
  switch (id) {
    case "gregory":
      return gregory;
    case "persian":
      return persian;
    default: {
      const never: never = id;
      throw new Error(`unknown calendar ${String(never)}`);
    }
  }
}
