/** Dates for the interface: at the precision the text supports, in the interface language. */
import type { EventDate } from "../contract/schema.ts";
import { type Digits, localeOf } from "../i18n/t.ts";
import type { UiLang } from "../store/types.ts";


const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Formats an event date without inventing precision: a month stays a month, a year a year. */
export function formatEventDate(d: EventDate, lang: UiLang, digits: Digits = "native"): string {
  const locale = localeOf(lang, digits);
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  switch (d.precision) {
    case "day":
      return day.format(utc(d.start));
    case "month":
      return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(utc(d.start));
    case "year":
      return new Intl.DateTimeFormat(locale, { year: "numeric", timeZone: "UTC" }).format(utc(d.start));
    case "approximate":
      return `~ ${day.format(utc(d.start))} – ${day.format(utc(d.end))}`;
    case "range":
      return `${day.format(utc(d.start))} – ${day.format(utc(d.end))}`;
    default: {
      const never: never = d.precision;
      return never;
    }
  }
}
