/** Label text in the UI language: axis ticks, event dates, actor names. Pure (Intl only). */
import type { Actor, EventDate } from "../../contract/schema.ts";
import type { UiLang } from "../../store/types.ts";
import { type CalendarId, calendarOf } from "./calendar.ts";
import type { Tick } from "./ticks.ts";
import { isoToMs } from "./time.ts";

/** The calendar the main axis counts in: Persian readers get the Solar Hijri calendar. */
export function mainCalendar(lang: UiLang): CalendarId {
  return lang === "fa" ? "persian" : "gregory";
}

/** The calendar of the optional second axis row: the one the main row does not use. */
export function secondCalendar(lang: UiLang): CalendarId {
  return mainCalendar(lang) === "persian" ? "gregory" : "persian";
}

/** BCP 47 locale for a UI language and a calendar, e.g. `fa-IR-u-ca-persian`. */
export function localeFor(lang: UiLang, calendar: CalendarId): string {
  const base = lang === "fa" ? "fa-IR" : lang === "ar" ? "ar" : "en-GB";
  return `${base}-u-ca-${calendar}`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function fmt(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options });
    formatters.set(key, f);
  }
  return f;
}

/** Axis label: a year, a month (with its year at year boundaries) or a day (with its month on the 1st). */
export function tickLabel(tick: Tick, lang: UiLang, calendar: CalendarId): string {
  const locale = localeFor(lang, calendar);
  switch (tick.unit) {
    case "year":
      return fmt(locale, { year: "numeric" }).format(tick.ms);
    case "month":
      return fmt(locale, tick.major ? { year: "numeric", month: "short" } : { month: "short" }).format(tick.ms);
    case "day":
      return fmt(locale, tick.major ? { day: "numeric", month: "short" } : { day: "numeric" }).format(tick.ms);
    default: {
      const never: never = tick.unit;
      throw new Error(`unknown tick unit ${String(never)}`);
    }
  }
}

/**
 * The resolved date of an event as precise as it is known: a day (in the UI's main calendar), a
 * whole month or year (in the calendar whose month or year it is — a Gregorian month stays
 * «October 2024» / «اکتبر ۲۰۲۴», a Persian one «مهر ۱۴۰۳»), otherwise a range. `~` marks approximate dates.
 */
export function formatEventDate(date: EventDate, lang: UiLang): string {
  const main = mainCalendar(lang);
  const s = isoToMs(date.start);
  const e = isoToMs(date.end);
  const approx = date.precision === "approximate" || date.edtf.includes("~") ? "~" : "";
  if (s === e) return approx + fmt(localeFor(lang, main), { day: "numeric", month: "short", year: "numeric" }).format(s);
  for (const cal of [main, main === "gregory" ? "persian" : "gregory"] as const) {
    const whole = wholeUnit(s, e, cal);
    if (whole === "year") return approx + fmt(localeFor(lang, cal), { year: "numeric" }).format(s);
    // Persian month names have no short forms, and ICU's fa pattern for "long" puts the year first.
    if (whole === "month") return approx + fmt(localeFor(lang, cal), { month: lang === "fa" ? "short" : "long", year: "numeric" }).format(s);
  }
  return approx + fmt(localeFor(lang, main), { day: "numeric", month: "short", year: "numeric" }).formatRange(s, e);
}

/** Whether the inclusive days `s … e` are exactly one month or one year of the calendar. */
function wholeUnit(s: number, e: number, calendar: CalendarId): "month" | "year" | null {
  const cal = calendarOf(calendar);
  const a = cal.fromMs(s);
  const b = cal.fromMs(e);
  if (a.d !== 1 || b.d !== cal.monthLength(b.y, b.m) || a.y !== b.y) return null;
  if (a.m === 1 && b.m === 12) return "year";
  return a.m === b.m ? "month" : null;
}

/** An actor's name in the UI language: the preferred Arabic/Persian form, else the English label. */
export function actorName(actor: Pick<Actor, "label" | "names">, lang: UiLang): string {
  switch (lang) {
    case "ar":
      return actor.names.ar[0] ?? actor.label;
    case "fa":
      return actor.names.fa[0] ?? actor.label;
    case "en":
      return actor.label;
    default: {
      const never: never = lang;
      throw new Error(`unknown UI language ${String(never)}`);
    }
  }
}

/** Wraps text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE so a name keeps its own direction on canvas. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** Compact count for a cluster badge: `987`, `1.2k`, `34k`. */
export function formatCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${(Math.round(n / 100) / 10).toString()}k`;
  return `${Math.round(n / 1000)}k`;
}
