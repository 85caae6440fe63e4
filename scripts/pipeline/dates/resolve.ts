/** Resolution against the anchor day: the year of a month, the day of a weekday, shifted periods and distances. */
import type { EventDate } from "../../../src/contract/schema.ts";
import type { CalendarSystem, Shift, Unit } from "../../lexicon/calendar.ts";
import { approximate, type Calendar, calendarOf, civil, GREGORIAN, isoDay, JALALI, monthSpan, spanDate, weekdayOf, yearSpan } from "./calendars.ts";

export type Mode = "past" | "notAfter" | "current" | "notBefore" | "next";

/** The year (in `cal`) that places month `m` (and day `d`) relative to the anchor as `mode` says. */
export function pickYear(cal: Calendar, m: number, d: number | undefined, anchor: number, mode: Mode): number | null {
  const here = cal.fromDay(anchor);
  if (!here) return null;
  if (mode === "current") return here.y;
  const options: { y: number; s: number; e: number }[] = [];
  for (let y = here.y - 4; y <= here.y + 4; y++) {
    if (d !== undefined) {
      const n = cal.toDay(y, m, d);
      if (n !== null) options.push({ y, s: n, e: n });
    } else {
      const span = monthSpan(cal, y, m);
      if (span) options.push({ y, s: span[0], e: span[1] });
    }
  }
  const before = (o: { s: number; e: number }): boolean => (mode === "past" ? o.e < anchor : o.s <= anchor);
  const after = (o: { s: number; e: number }): boolean => (mode === "next" ? o.s > anchor : o.e >= anchor);
  if (mode === "past" || mode === "notAfter") {
    const list = options.filter(before);
    return list.length ? list[list.length - 1]!.y : null;
  }
  return options.find(after)?.y ?? null;
}

export function weekdayDay(anchor: number, weekday: number, mode: Mode): number {
  const back = (weekdayOf(anchor) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(anchor) + 7) % 7;
  switch (mode) {
    case "past":
      return anchor - (back || 7);
    case "notAfter":
    case "current":
      return anchor - back;
    case "notBefore":
      return anchor + ahead;
    case "next":
      return anchor + (ahead || 7);
    default: {
      const never: never = mode;
      throw new Error(`unknown mode ${String(never)}`);
    }
  }
}

/** First day of the week holding `n`: ISO weeks start on Monday (1), Iranian weeks on Saturday (6). */
export const weekStart = (n: number, startsOn: number): number => n - ((weekdayOf(n) - startsOn + 7) % 7);
export const weekStartsOn = (system: "arabic" | "persian"): number => (system === "arabic" ? 1 : 6);

/** A whole period (week, month, year) shifted from the anchor's own. */
export function shiftedPeriod(
  unit: "week" | "month" | "year",
  system: "arabic" | "persian",
  shift: number,
  anchor: number,
): EventDate | null {
  if (unit === "week") {
    const s = weekStart(anchor, weekStartsOn(system)) + 7 * shift;
    return spanDate(s, s + 6);
  }
  const cal = system === "arabic" ? GREGORIAN : JALALI;
  const here = cal.fromDay(anchor);
  if (!here) return null;
  if (unit === "year") {
    const span = yearSpan(cal, here.y + shift);
    return span && spanDate(span[0], span[1]);
  }
  const index = here.y * 12 + (here.m - 1) + shift;
  const span = monthSpan(cal, Math.floor(index / 12), (index % 12) + 1);
  return span && spanDate(span[0], span[1]);
}

/** «N units» away from the anchor: a day exactly; coarser units approximate at their own grain. */
export function distanceDate(unit: Unit, count: number, anchor: number): EventDate | null {
  switch (unit) {
    case "day":
      return spanDate(anchor + count, anchor + count);
    case "week": {
      const c = anchor + 7 * count;
      return { edtf: `${isoDay(c)}~`, start: isoDay(c - 3), end: isoDay(c + 3), precision: "approximate" };
    }
    case "month": {
      const a = civil(anchor);
      const index = a.y * 12 + (a.m - 1) + count;
      const span = monthSpan(GREGORIAN, Math.floor(index / 12), (index % 12) + 1);
      return span && approximate(spanDate(span[0], span[1]));
    }
    case "year": {
      const span = yearSpan(GREGORIAN, civil(anchor).y + count);
      return span && approximate(spanDate(span[0], span[1]));
    }
    default: {
      const never: never = unit;
      throw new Error(`unknown unit ${String(never)}`);
    }
  }
}

export const modeOfShift = (shift: Shift): Mode => (shift < 0 ? "past" : shift > 0 ? "next" : "current");
/** What a month phrase says about its year. */
export type YearSpec =
  | { readonly kind: "absolute"; readonly year: number }
  | { readonly kind: "shift"; readonly shift: Shift }
  | { readonly kind: "direction"; readonly shift: Shift }
  | { readonly kind: "none" };

export interface MonthPhrase {
  readonly start: number;
  readonly next: number;
  readonly calendar: CalendarSystem;
  readonly month: number;
  readonly year: YearSpec;
  /** A guard-lifting neighbour: «شهر/ماه», a part word, a double name, a year or a relative word. */
  readonly supported: boolean;
  readonly ambiguous: boolean;
}

/** Resolves a month phrase (with an optional day) to a date. */
export function resolveMonth(p: MonthPhrase, day: number | undefined, anchor: number, future: boolean): EventDate | null {
  const cal = calendarOf(p.calendar);
  let y: number | null;
  switch (p.year.kind) {
    case "absolute":
      y = p.year.year;
      break;
    case "shift": {
      const here = cal.fromDay(anchor);
      y = here ? here.y + p.year.shift : null;
      break;
    }
    case "direction":
      y = pickYear(cal, p.month, day, anchor, modeOfShift(p.year.shift));
      break;
    case "none":
      y = pickYear(cal, p.month, day, anchor, future ? "notBefore" : "notAfter");
      break;
    default: {
      const never: never = p.year;
      throw new Error(`unknown year spec ${String(never)}`);
    }
  }
  if (y === null) return null;
  if (day !== undefined) {
    const n = cal.toDay(y, p.month, day);
    return n === null ? null : spanDate(n, n);
  }
  const span = monthSpan(cal, y, p.month);
  return span && spanDate(span[0], span[1]);
}
