/**
 * Seasons of a year: «خريف العام الماضي», «صيف عام 2024», «الصيف الماضي», «هذا الصيف», «پاییز ۱۴۰۲», «بهار امسال»,
 * «تابستان گذشته», «زمستان سال آینده».
 *
 * A season of a Solar Hijri year is its quarter (spring is Farvardin to Khordad), exactly. A season of a
 * Gregorian year is approximate, by whole months (spring March to May … winter December to February, the
 * winter of a year being the one its January falls in). A Hijri year is lunar: its seasons are not its own, and
 * the date stays the year.
 */
import type { EventDate } from "../../../src/contract/schema.ts";
import type { CalendarSystem, Season } from "../../lexicon/calendar.ts";
import { approximate, type Calendar, calendarOf, GREGORIAN, JALALI, monthSpan, spanDate, yearSpan } from "./calendars.ts";
import { type Candidate, candidate, match, type Scan, yearAt } from "./scan.ts";

const ORDER: readonly Season[] = ["spring", "summer", "autumn", "winter"];

/** A season after its year, or after «this» / before a direction, from token i. */
export function seasonDate(sc: Scan, i: number): Candidate[] {
  const dem = match(sc, sc.lex.thisWords, i);
  const at = dem ? dem.next : i;
  const hit = match(sc, sc.lex.seasons, at, !dem);
  if (!hit) return [];
  const { season, lang } = hit.value;
  const start = dem ? dem.start : hit.start;
  const j = hit.next;
  // «هذا الصيف»: this year's
  if (dem) return [candidate(sc, i, start, j, true, (a) => shifted(season, lang, 0, a))];
  // «صيف عام 2024», «پاییز سال ۱۴۰۲», «خريف 2022», «بهار ۱۴۰۰»
  const kw = match(sc, sc.lex.yearKeywords, j, false);
  const y = yearAt(sc, kw ? kw.next : j, kw ? kw.value : lang);
  if (y) return [candidate(sc, i, start, y.next, false, () => seasonOf(y.calendar, y.year, season))];
  // «بهار امسال», «زمستان پارسال»
  const yw = match(sc, sc.lex.yearWords, j, false);
  if (yw) return [candidate(sc, i, start, yw.next, true, (a) => shiftedYear(season, "jalali", yw.value, a))];
  // «خريف العام الماضي», «تابستان سال گذشته»
  const period = match(sc, sc.lex.periods, j, false);
  const dir = period?.value.unit === "year" ? match(sc, sc.lex.directions, period.next, false) : null;
  if (period && dir) {
    const system = period.value.system === "persian" ? "jalali" : "gregorian";
    return [candidate(sc, i, start, dir.next, true, (a) => shiftedYear(season, system, dir.value, a))];
  }
  // «الصيف الماضي», «پاییز گذشته», «الشتاء المقبل»: the last one before the day, or the next after it
  const own = match(sc, sc.lex.directions, j, false);
  if (own) return [candidate(sc, i, start, own.next, true, (a) => shifted(season, lang, own.value, a))];
  return [];
}

/** The season of the year `shift` years from the anchor's, in `system`. */
function shiftedYear(season: Season, system: "gregorian" | "jalali", shift: number, anchor: number): EventDate | null {
  const here = calendarOf(system).fromDay(anchor);
  return here ? seasonOf(system, here.y + shift, season) : null;
}

/** The season before the anchor day (shift −1), around it (0: this year's) or after it (+1), counted in the language's calendar. */
function shifted(season: Season, lang: "ar" | "fa", shift: number, anchor: number): EventDate | null {
  const system = lang === "fa" ? "jalali" : "gregorian";
  const here = calendarOf(system).fromDay(anchor);
  if (!here) return null;
  if (shift === 0) return seasonOf(system, here.y, season);
  // of the seasons of the years around, the nearest one wholly before (or after) the day
  const spans = [here.y - 1, here.y, here.y + 1].map((y) => seasonSpan(calendarOf(system), y, season)).filter((s) => s !== null);
  const pick = shift < 0 ? spans.filter(([, e]) => e < anchor).pop() : spans.find(([s]) => s > anchor);
  return pick ? dated(system, pick) : null;
}

/** A season of a year in a calendar (a Hijri year: the year itself). */
function seasonOf(system: CalendarSystem, year: number, season: Season): EventDate | null {
  const cal = calendarOf(system);
  if (system === "hijri") {
    const span = yearSpan(cal, year);
    return span && spanDate(span[0], span[1]);
  }
  const span = seasonSpan(cal, year, season);
  return span && dated(system, span);
}

function dated(system: CalendarSystem, [s, e]: readonly [number, number]): EventDate {
  return system === "jalali" ? spanDate(s, e) : approximate(spanDate(s, e));
}

/** First and last day of a season: a Solar Hijri year's quarter, or a Gregorian year's three months. */
function seasonSpan(cal: Calendar, year: number, season: Season): [number, number] | null {
  const k = ORDER.indexOf(season);
  if (cal === JALALI) {
    const a = monthSpan(cal, year, 3 * k + 1);
    const b = monthSpan(cal, year, 3 * k + 3);
    return a && b ? [a[0], b[1]] : null;
  }
  if (cal !== GREGORIAN) return null;
  // (the winter of a year is the one its January falls in: December of the year before to February)
  const [fy, fm] = season === "winter" ? [year - 1, 12] : [year, 3 * k + 3];
  const first = monthSpan(cal, fy, fm);
  const last = season === "winter" ? monthSpan(cal, year, 2) : monthSpan(cal, year, 3 * k + 5);
  return first && last ? [first[0], last[1]] : null;
}
