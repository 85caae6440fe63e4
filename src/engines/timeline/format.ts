/** Label text in the UI language: axis ticks, event dates, actor names, counts. Pure (Intl only). */
import type { EventDate } from "../../contract/schema.ts";
import type { CalendarChoice, UiLang } from "../../store/types.ts";
import { CALENDAR_IDS, type CalendarId, calendarOf } from "./calendar.ts";
import type { Tick } from "./ticks.ts";
import { isoToMs } from "./time.ts";

/** Arabic-Indic / Persian digits (`native`) or Latin digits. */
export type Digits = "native" | "latn";

/** The calendar the main axis and dates count in: the reader's choice, else Solar Hijri for Persian, Gregorian otherwise. */
export function mainCalendar(lang: UiLang, choice: CalendarChoice = "auto"): CalendarId {
  if (choice !== "auto") return choice;
  return lang === "fa" ? "persian" : "gregory";
}

/**
 * The calendar of the optional second axis row: Gregorian beside a Hijri main row; beside a
 * Gregorian main row, Hijri (Umm al-Qura) for Arabic readers and Solar Hijri otherwise.
 */
export function secondCalendar(lang: UiLang, main: CalendarId = mainCalendar(lang)): CalendarId {
  if (main !== "gregory") return "gregory";
  return lang === "ar" ? "islamic-umalqura" : "persian";
}

/** BCP 47 locale for a UI language, a calendar and a digit choice, e.g. `fa-IR-u-ca-persian-nu-arabext`. */
export function localeFor(lang: UiLang, calendar: CalendarId, digits: Digits = "native"): string {
  switch (lang) {
    case "en":
      return `en-GB-u-ca-${calendar}`;
    case "ar":
      return `ar-u-ca-${calendar}-nu-${digits === "latn" ? "latn" : "arab"}`;
    case "fa":
      return `fa-IR-u-ca-${calendar}-nu-${digits === "latn" ? "latn" : "arabext"}`;
    default: {
      const never: never = lang;
      throw new Error(`unknown UI language ${String(never)}`);
    }
  }
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

/** Month with its year. ICU's Persian pattern for a long month puts the year first («۱۴۰۳ مهر»); the short one does not, and Persian month names have no short forms. */
function monthYearOptions(lang: UiLang): Intl.DateTimeFormatOptions {
  return { month: lang === "fa" ? "short" : "long", year: "numeric" };
}

const DAY: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", year: "numeric" };

/** Axis label: a year, a month (with its year at year boundaries) or a day (with its month on the 1st). */
export function tickLabel(tick: Tick, lang: UiLang, calendar: CalendarId, digits: Digits = "native"): string {
  const locale = localeFor(lang, calendar, digits);
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

/** Whole month or year of some calendar that an inclusive day interval is, if any. */
export interface NaturalUnit {
  readonly unit: "month" | "year";
  readonly calendar: CalendarId;
}

/** The calendar month or year `s … e` (inclusive days) is exactly: the preferred calendar first, then the others. */
export function naturalUnit(s: number, e: number, prefer: CalendarId): NaturalUnit | null {
  for (const calendar of [prefer, ...CALENDAR_IDS.filter((c) => c !== prefer)]) {
    const unit = wholeUnit(s, e, calendar);
    if (unit) return { unit, calendar };
  }
  return null;
}

/**
 * An event's date as precise as it is known, in the given calendar: a day; a month or a year of
 * that calendar by its name («مهر ۱۴۰۳», «October 2024»); a month or a year of another calendar
 * as the span it covers in this one, never as an invented day (Gregorian October 2024 in Solar
 * Hijri is «مهر–آبان ۱۴۰۳»); otherwise a range of days. `~` marks approximate dates.
 */
export function formatEventDate(date: EventDate, lang: UiLang, calendar: CalendarId = mainCalendar(lang), digits: Digits = "native"): string {
  const locale = localeFor(lang, calendar, digits);
  const s = isoToMs(date.start);
  const e = isoToMs(date.end);
  const approx = date.precision === "approximate" || date.edtf.includes("~") ? "~" : "";
  if (s === e) return approx + fmt(locale, DAY).format(s);
  const natural = naturalUnit(s, e, calendar);
  if (natural) {
    const cal = calendarOf(calendar);
    const a = cal.fromMs(s);
    const b = cal.fromMs(e);
    const year = fmt(locale, { year: "numeric" });
    if (natural.unit === "year") return approx + (a.y === b.y ? year.format(s) : `${year.format(s)}–${year.format(e)}`);
    const monthYear = fmt(locale, monthYearOptions(lang));
    if (a.y === b.y && a.m === b.m) return approx + monthYear.format(s);
    if (a.y === b.y) {
      const month = fmt(locale, { month: "long" });
      return `${approx}${month.format(s)}–${month.format(e)} ${year.format(s)}`;
    }
    return `${approx}${monthYear.format(s)} – ${monthYear.format(e)}`;
  }
  return approx + fmt(locale, DAY).formatRange(s, e);
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

/** An actor's name in the UI language (one rule for the whole app). */
export { actorName } from "../../i18n/actorName.ts";

/** Wraps text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE so a name keeps its own direction on canvas. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

const counters = new Map<string, Intl.NumberFormat>();

/** Compact count for a cluster badge in the UI language's digits: `987`, `1.2K`, `۳۵ هزار`. */
export function formatCount(n: number, lang: UiLang = "en", digits: Digits = "native"): string {
  const locale = localeFor(lang, "gregory", digits);
  const fraction = n < 10_000 ? 1 : 0;
  const key = `${locale}|${fraction}`;
  let f = counters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: fraction });
    counters.set(key, f);
  }
  return f.format(n);
}
