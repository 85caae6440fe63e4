/**
 * Day arithmetic (day numbers are days since 1970-01-01, UTC; no clock involved), the three
 * calendars the region's news uses (Gregorian, Solar Hijri via jalaali-js, Umm al-Qura Hijri via
 * @tabby_ai/hijri-converter) and the EventDate builders.
 */
import { gregorianToHijri, hijriToGregorian } from "@tabby_ai/hijri-converter";
import { isValidJalaaliDate, jalaaliMonthLength, toGregorian, toJalaali } from "jalaali-js";
import type { EventDate } from "../../../src/contract/schema.ts";
import type { CalendarSystem } from "../../lexicon/calendar.ts";

// ——— day arithmetic (day numbers are days since 1970-01-01, UTC; no clock involved) ———

const MS_PER_DAY = 86_400_000;
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
export const dayOf = (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
export function civil(n: number): Ymd {
  // integer arithmetic instead of a Date per call (H. Hinnant's civil_from_days), within ±100 000 years
  if (Number.isInteger(n) && Math.abs(n) < 36_500_000) {
    const z = n + 719_468;
    const era = Math.floor(z / 146_097);
    const doe = z - era * 146_097;
    const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
    const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    const mp = Math.floor((5 * doy + 2) / 153);
    const m = mp < 10 ? mp + 3 : mp - 9;
    return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
  }
  const t = new Date(n * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
export const pad = (v: number, w = 2): string => String(v).padStart(w, "0");
export const isoDay = (n: number): string => {
  const c = civil(n);
  return `${pad(c.y, 4)}-${pad(c.m)}-${pad(c.d)}`;
};
export const weekdayOf = (n: number): number => (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday

export interface Calendar {
  toDay(y: number, m: number, d: number): number | null;
  fromDay(n: number): Ymd | null;
  monthLength(y: number, m: number): number | null;
  /** Plausible years for a news text (a number outside is not read as a year of this calendar). */
  readonly years: readonly [number, number];
}

export const GREGORIAN: Calendar = {
  toDay: (y, m, d) => {
    if (m < 1 || m > 12 || d < 1) return null;
    const n = dayOf(y, m, d);
    return civil(n).d === d ? n : null;
  },
  fromDay: civil,
  monthLength: (y, m) => civil(dayOf(y, m + 1, 0)).d,
  years: [1800, 2100],
};

export const JALALI: Calendar = {
  toDay: (y, m, d) => {
    if (!isValidJalaaliDate(y, m, d)) return null;
    const g = toGregorian(y, m, d);
    return dayOf(g.gy, g.gm, g.gd);
  },
  fromDay: (n) => {
    const c = civil(n);
    const j = toJalaali(c.y, c.m, c.d);
    return { y: j.jy, m: j.jm, d: j.jd };
  },
  monthLength: (y, m) => (m >= 1 && m <= 12 ? jalaaliMonthLength(y, m) : null),
  years: [1250, 1500],
};

export const HIJRI: Calendar = {
  toDay: (y, m, d) => {
    try {
      const g = hijriToGregorian({ year: y, month: m, day: d });
      return dayOf(g.year, g.month, g.day);
    } catch {
      return null; // outside Umm al-Qura's table, or a 30th in a 29-day month
    }
  },
  fromDay: (n) => {
    const c = civil(n);
    try {
      const h = gregorianToHijri({ year: c.y, month: c.m, day: c.d });
      return { y: h.year, m: h.month, d: h.day };
    } catch {
      return null;
    }
  },
  monthLength: (y, m) => (HIJRI.toDay(y, m, 30) !== null ? 30 : HIJRI.toDay(y, m, 29) !== null ? 29 : null),
  years: [1343, 1500],
};

export function calendarOf(system: CalendarSystem): Calendar {
  switch (system) {
    case "gregorian":
      return GREGORIAN;
    case "jalali":
      return JALALI;
    case "hijri":
      return HIJRI;
    default: {
      const never: never = system;
      throw new Error(`unknown calendar ${String(never)}`);
    }
  }
}

export function monthSpan(cal: Calendar, y: number, m: number): [number, number] | null {
  const len = cal.monthLength(y, m);
  const s = len === null ? null : cal.toDay(y, m, 1);
  return len === null || s === null ? null : [s, s + len - 1];
}
export function yearSpan(cal: Calendar, y: number): [number, number] | null {
  const a = monthSpan(cal, y, 1);
  const b = monthSpan(cal, y, 12);
  return a && b ? [a[0], b[1]] : null;
}

// ——— EventDate builders ———

/** The EventDate of an inclusive day span: a day, an exact Gregorian month or year, or else an ISO range. */
export function spanDate(s: number, e: number): EventDate {
  const a = civil(s);
  const b = civil(e);
  if (s === e) return { edtf: isoDay(s), start: isoDay(s), end: isoDay(e), precision: "day" };
  const lastOfMonth = civil(e + 1).d === 1;
  if (a.d === 1 && lastOfMonth && a.y === b.y && a.m === b.m) {
    return { edtf: `${pad(a.y, 4)}-${pad(a.m)}`, start: isoDay(s), end: isoDay(e), precision: "month" };
  }
  if (a.d === 1 && a.m === 1 && b.m === 12 && b.d === 31 && a.y === b.y) {
    return { edtf: pad(a.y, 4), start: isoDay(s), end: isoDay(e), precision: "year" };
  }
  return { edtf: `${isoDay(s)}/${isoDay(e)}`, start: isoDay(s), end: isoDay(e), precision: "range" };
}

/** A range between two dates; keeps their own EDTF when both are plain (`2011/2015`, `2024-01-10/2024-01-12`). */
export function rangeOf(a: EventDate, b: EventDate): EventDate | null {
  if (a.start > b.end) return null;
  const plain = (d: EventDate): boolean => d.precision === "day" || d.precision === "month" || d.precision === "year";
  const edtf = plain(a) && plain(b) ? `${a.edtf}/${b.edtf}` : `${a.start}/${b.end}`;
  return { edtf, start: a.start, end: b.end, precision: "range" };
}

/** Marks a date approximate: `~` on each EDTF part, precision `approximate`. */
export function approximate(d: EventDate): EventDate {
  const edtf = d.edtf
    .split("/")
    .map((p) => (p.endsWith("~") ? p : `${p}~`))
    .join("/");
  return { edtf, start: d.start, end: d.end, precision: "approximate" };
}

/** The smallest date covering both (for an anchor known only to the month or year). */
export function envelope(a: EventDate, b: EventDate): EventDate {
  if (a.edtf === b.edtf) return a;
  const s = Math.min(isoToDay(a.start), isoToDay(b.start));
  const e = Math.max(isoToDay(a.end), isoToDay(b.end));
  const date = spanDate(s, e);
  return a.precision === "approximate" || b.precision === "approximate" ? approximate(date) : date;
}
export const isoToDay = (iso: string): number => dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
