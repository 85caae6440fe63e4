/**
 * Dates and event types as the panels show them: in the interface language and the reader's
 * calendar (Persian: Solar Hijri with the Gregorian beside it), at the precision the text
 * supports — a month stays a month in every calendar.
 */
import type { EventDate } from "../contract/schema.ts";
import { formatEventDate, mainCalendar } from "../engines/timeline/format.ts";
import { useT } from "../i18n/t.ts";
import { useAppStore } from "../store/index.ts";

/** Formats event dates in the current language, calendar and digits. */
export function useEventDateFormat(): { main: (d: EventDate) => string; gregorian: (d: EventDate) => string | null } {
  const lang = useAppStore((s) => s.uiLang);
  const digits = useAppStore((s) => s.digits);
  const choice = useAppStore((s) => s.calendar);
  const calendar = mainCalendar(lang, choice);
  return {
    main: (d) => formatEventDate(d, lang, calendar, digits),
    gregorian: (d) => (calendar === "gregory" ? null : formatEventDate(d, lang, "gregory", digits)),
  };
}

/** The CAMEO root category of an event code, in the interface language. */
export function useCameoName(): (code: string) => string {
  const t = useT();
  return (code) => {
    const root = code.slice(0, 2);
    return /^(0[1-9]|1\d|20)$/.test(root) ? t(`cameo.${root}` as Parameters<typeof t>[0]) : `CAMEO ${code}`;
  };
}
