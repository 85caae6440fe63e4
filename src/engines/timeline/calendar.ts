/**
 * Calendars the axis can count in: Gregorian (UTC), Solar Hijri (jalaali-js: exact arithmetic,
 * no Intl needed) and Hijri Umm al-Qura (Intl's `islamic-umalqura` tables, read back with
 * `formatToParts`). Each maps a UTC day to (year, month, day) and back, so tick generation and
 * date naming are written once.
 */
import { jalaaliMonthLength, toGregorian, toJalaali } from "jalaali-js";
import { DAY_MS } from "./time.ts";

export type CalendarId = "gregory" | "persian" | "islamic-umalqura";

/** Every calendar, in the order the toolbar lists them. */
export const CALENDAR_IDS: readonly CalendarId[] = ["gregory", "persian", "islamic-umalqura"];

export interface YMD {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export interface Calendar {
  readonly id: CalendarId;
  fromMs(ms: number): YMD;
  /** UTC midnight of a day; a month past 12 (or below 1) rolls into the next (previous) year. */
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

/** Year and month with the month brought into 1…12. */
function rollMonth(y: number, m: number): [number, number] {
  return [y + Math.floor((m - 1) / 12), ((((m - 1) % 12) + 12) % 12) + 1];
}

const persian: Calendar = {
  id: "persian",
  fromMs(ms) {
    const g = gregory.fromMs(Math.floor(ms / DAY_MS) * DAY_MS);
    const j = toJalaali(g.y, g.m, g.d);
    return { y: j.jy, m: j.jm, d: j.jd };
  },
  toMs(y, m, d) {
    const [yy, mm] = rollMonth(y, m);
    const g = toGregorian(yy, mm, 1);
    return gregory.toMs(g.gy, g.gm, g.gd) + (d - 1) * DAY_MS;
  },
  monthLength(y, m) {
    const [yy, mm] = rollMonth(y, m);
    return jalaaliMonthLength(yy, mm);
  },
};

/** A lunar calendar read from Intl: day → (y, m, d) by formatToParts; (y, m, 1) → day by a short search. */
function intlLunar(id: "islamic-umalqura"): Calendar {
  const parts = new Intl.DateTimeFormat(`en-u-ca-${id}-nu-latn`, { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
  const dayCache = new Map<number, YMD>();
  const monthStart = new Map<string, number>();
  // 1 Muharram 1 AH ≈ 16 July 622 (Julian): the arithmetic estimate the search starts from.
  const EPOCH = Date.UTC(622, 6, 19);
  const MEAN_MONTH = 29.530588853;
  const fromMs = (ms: number): YMD => {
    const day = Math.floor(ms / DAY_MS) * DAY_MS;
    let v = dayCache.get(day);
    if (!v) {
      let y = 0;
      let m = 0;
      let d = 0;
      for (const p of parts.formatToParts(day)) {
        if (p.type === "year" || (p.type as string) === "relatedYear") y = Number.parseInt(p.value, 10);
        else if (p.type === "month") m = Number.parseInt(p.value, 10);
        else if (p.type === "day") d = Number.parseInt(p.value, 10);
      }
      v = { y, m, d };
      if (dayCache.size > 50_000) dayCache.clear();
      dayCache.set(day, v);
    }
    return v;
  };
  const firstOfMonth = (y: number, m: number): number => {
    const key = `${y}-${m}`;
    const hit = monthStart.get(key);
    if (hit !== undefined) return hit;
    let ms = EPOCH + Math.round(((y - 1) * 12 + (m - 1)) * MEAN_MONTH) * DAY_MS;
    // Walk to the 1st of the wanted month: at most a few steps from the estimate.
    for (let i = 0; i < 120; i++) {
      const c = fromMs(ms);
      const diff = (c.y - y) * 12 + (c.m - m);
      if (diff === 0 && c.d === 1) break;
      if (diff === 0) ms -= (c.d - 1) * DAY_MS;
      else ms -= Math.round(diff * MEAN_MONTH) * DAY_MS;
    }
    monthStart.set(key, ms);
    return ms;
  };
  return {
    id,
    fromMs,
    toMs(y, m, d) {
      const [yy, mm] = rollMonth(y, m);
      return firstOfMonth(yy, mm) + (d - 1) * DAY_MS;
    },
    monthLength(y, m) {
      const [yy, mm] = rollMonth(y, m);
      const [ny, nm] = rollMonth(yy, mm + 1);
      return Math.round((firstOfMonth(ny, nm) - firstOfMonth(yy, mm)) / DAY_MS);
    },
  };
}

const umalqura = intlLunar("islamic-umalqura");

/** The calendar by id (exhaustive). */
export function calendarOf(id: CalendarId): Calendar {
  switch (id) {
    case "gregory":
      return gregory;
    case "persian":
      return persian;
    case "islamic-umalqura":
      return umalqura;
    default: {
      const never: never = id;
      throw new Error(`unknown calendar ${String(never)}`);
    }
  }
}
