/**
 * Dates told by reference to an earlier one: «في اليوم التالي», «در همان روز» (a day counted from the
 * last day named), «خلال الشهر نفسه», «يوم 22 من الشهر نفسه», «در همان ماه» (that month, in the
 * article's calendar). The day or month counted from is the last one named before the anaphor in its
 * sentence, else the last one named before the sentence in its section.
 */
import type { EventDate } from "../../../src/contract/schema.ts";
import { asciiDigits, normalizeText } from "../../../src/text/normalize.ts";
import { MONTH_NAMES } from "../../lexicon/calendar.ts";
import { GREGORIAN, isoToDay, JALALI, monthSpan, spanDate } from "../dates/calendars.ts";
import type { DateMention, Sentence } from "../types.ts";
import { findDayAnaphor, findMonthAnaphor } from "./cues.ts";
import type { SentenceContext } from "./types.ts";

/** Whether a date names a day or a month: what «the same month» can count from. */
export function namesMonth(d: EventDate): boolean {
  return d.precision === "day" || d.precision === "month" || isMonthRange(d);
}

/** A day number right before a month anaphor, with «من» between them in Arabic. */
const DAY_OF = /(?:^|\s)([0-9\u0660-\u0669\u06F0-\u06F9]{1,2})\s+(?:من\s+)?$/u;

/** Whether a date is one month of a calendar (a Solar Hijri or Hijri month is a range of Gregorian days). */
function isMonthRange(d: EventDate): boolean {
  if (d.precision !== "range") return false;
  const days = (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000 + 1;
  return days >= 29 && days <= 31;
}

/**
 * The sentence's month anaphor («خلال الشهر نفسه», «در همان ماه»), as a date mention: the month of the
 * last day or month named before it (in the sentence, else `lastMonth`), in the article's calendar
 * (a Persian article counts Solar Hijri months).
 */
export function monthAnaphor(ctx: SentenceContext, lastMonth: EventDate | undefined): DateMention | undefined {
  const sentence = ctx.sentence;
  const input = (a: number, b: number) => sentence.text.slice(a - sentence.start, b - sentence.start);
  const found = findMonthAnaphor(sentence.text);
  if (!found) return undefined;
  const [m, shift] = found;
  const start = sentence.start + m.index;
  const before = ctx.dates.filter((d) => namesMonth(d.date) && d.end <= start);
  const base = before.length > 0 ? before[before.length - 1]!.date : lastMonth;
  if (!base) return undefined;
  const cal = ctx.lang === "fa" ? JALALI : GREGORIAN;
  // the month holding the base's middle day (a month or a month's range holds it whole)
  const mid = Math.floor((isoToDay(base.start) + isoToDay(base.end)) / 2);
  const ymd = cal.fromDay(mid);
  if (!ymd) return undefined;
  const index = ymd.y * 12 + (ymd.m - 1) + shift;
  const span = monthSpan(cal, Math.floor(index / 12), (index % 12) + 1);
  if (!span) return undefined;
  const end = start + m[0].length;
  // «يوم 22 من الشهر نفسه», «۲۲ همان ماه»: a day of that month
  const day = DAY_OF.exec(sentence.text.slice(Math.max(0, m.index - 12), m.index));
  if (day) {
    const n = Number(asciiDigits(day[1]!));
    const at = span[0] + n - 1;
    if (n >= 1 && at <= span[1]) {
      const from = start - day[0].length + day[0].indexOf(day[1]!);
      return { start: from, end, text: input(from, end), date: spanDate(at, at), relative: true };
    }
  }
  return { start, end, text: m[0], date: spanDate(span[0], span[1]), relative: true };
}

/** «… پس از آن» then a verb and «که»: the act it counts from is told after it («… پس از آن انجام شد که …»). */
const AFTER_THAT_KE = /^(?:\s+[^\s]+){0,2}\s+که(?![\p{L}])/u;

/** The sentence's day anaphor, as a date mention resolved against the last day named before it (in the sentence, else `lastDay`). */
export function dayAnaphor(ctx: SentenceContext, lastDay: EventDate | undefined): DateMention | undefined {
  const sentence = ctx.sentence;
  const found = findDayAnaphor(sentence.text);
  if (!found) return undefined;
  const [m, shift] = found;
  const start = sentence.start + m.index;
  const before = ctx.dates.filter((d) => d.date.precision === "day" && d.end <= start);
  // «دو روز پس از آن انجام شد که روز جمعه (۵ خرداد) …»: two days after what the «که» clause tells, on its day
  const after = AFTER_THAT_KE.test(sentence.text.slice(m.index + m[0].length, m.index + m[0].length + 24))
    ? ctx.dates.find((d) => d.date.precision === "day" && d.start >= start + m[0].length)
    : undefined;
  const base = after ? after.date : before.length > 0 ? before[before.length - 1]!.date : lastDay;
  if (!base) return undefined;
  const day = new Date(Date.parse(`${base.start}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
  return { start, end: start + m[0].length, text: m[0], date: { edtf: day, start: day, end: day, precision: "day" }, relative: true };
}

/** «من العام نفسه», «في العام ذاته», «من نفس العام», «في السنة نفسها», «همان سال»: right after a date, «of that year». */
const YEAR_ANAPHOR = /^\s*\)?\s*(?:(?:من|ف[يی])\s+)?(?:(?:ال)?(?:عام|سن[هة])\s+(?:نفس(?:ه|ها)|ذات(?:ه|ها))|نفس\s+(?:ال)?(?:عام|سن[هة]))(?![\p{L}])|^\s*\)?\s*(?:(?:در|از)\s+)?همان\s+سال(?![\p{L}\u200C])/u;

/**
 * A date whose year the text leaves to «the same year» («زار … أنقرة في 22 يونيو (حزيران) من العام
 * نفسه»): the same day or month in the year of the last date named with its own year before it (in
 * the sentence, else `lastYear`), in the article's calendar, instead of the year the publication date
 * suggested. Other dates are returned as they are.
 */
export function withYearAnaphors(sentence: Sentence, lang: "ar" | "fa", dates: readonly DateMention[], lastYear: EventDate | undefined): readonly DateMention[] {
  if (dates.length === 0) return dates;
  let out: DateMention[] | undefined;
  let base = lastYear;
  const cal = lang === "fa" ? JALALI : GREGORIAN;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    if (d.relative && base && (d.date.precision === "day" || namesMonth(d.date)) && YEAR_ANAPHOR.test(sentence.text.slice(d.end - sentence.start, d.end - sentence.start + 40))) {
      const year = cal.fromDay(Math.floor((isoToDay(base.start) + isoToDay(base.end)) / 2))?.y;
      const from = cal.fromDay(isoToDay(d.date.start));
      const to = cal.fromDay(isoToDay(d.date.end));
      if (year !== undefined && from && to) {
        const s = cal.toDay(year, from.m, from.d);
        const e = cal.toDay(year + to.y - from.y, to.m, to.d);
        if (s !== null && e !== null) {
          out ??= [...dates];
          const date = d.date.precision === "day" ? spanDate(s, s) : spanDate(s, e);
          out[i] = { ...d, date };
        }
      }
    }
    if (!d.relative) base = d.date;
  }
  return out ?? dates;
}

/** Month names, normalised, with their calendar («يناير» Gregorian, «آبان» Jalali). */
const MONTH_FORMS = MONTH_NAMES.filter((m) => m.calendar === "gregorian" || m.calendar === "jalali").map((m) => ({
  form: normalizeText(m.form),
  cal: m.calendar === "jalali" ? JALALI : GREGORIAN,
}));
/** How long after the day told before a day-month without a year may follow in that day's year. */
const NARRATIVE_DAYS = 62;

/**
 * A day and month told without a year right after a date told with one goes on that date's story, in its
 * year: «وفي 27 يناير 2023، اقتحم مسلح … السفارة …» then «وبعد يومين، في 29 يناير، أجلت أذربيجان …» is
 * 29 January 2023, not the 29 January before the publication date; «وشكّل نيسان 2023 محطة: … حتى 13 نيسان»
 * is April 2023. Applies when the day falls within `NARRATIVE_DAYS` after the start of the day or month
 * named with its own year right before it (in the sentence, else `storyYear`, the section's last date if it
 * had its own year); other dates are returned as they are.
 */
export function withNarrativeYear(dates: readonly DateMention[], storyYear: EventDate | undefined): readonly DateMention[] {
  if (dates.length === 0) return dates;
  let out: DateMention[] | undefined;
  let base = storyYear;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!;
    const cal = base && (base.precision === "day" || namesMonth(base)) ? yearlessDayMonth(d) : undefined;
    if (cal && base) {
      const from = isoToDay(base.start);
      const year = cal.fromDay(from)?.y;
      const told = cal.fromDay(isoToDay(d.date.start));
      const s = year !== undefined && told ? cal.toDay(year, told.m, told.d) : null;
      if (s !== null && s >= from && s - from <= NARRATIVE_DAYS && s !== isoToDay(d.date.start)) {
        out ??= [...dates];
        // (its year now comes from the text, not from the publication date: it anchors what follows)
        out[i] = { ...d, date: spanDate(s, s), relative: false };
      }
    }
    // (a day of the publication's own time ends the story told before; a count of days later does not: «وبعد
    // يومين، في 29 يناير»)
    const now = (out ?? dates)[i]!;
    if (!countedLater(now)) base = now.relative ? undefined : now.date;
  }
  return out ?? dates;
}

/** «بعد يومين», «بعد أسبوع», «دو روز بعد», «پس از سه روز»: a span counted from an act told, not a day of the publication's time. */
export function countedLater(d: DateMention): boolean {
  return d.relative && COUNTED_LATER.test(normalizeText(d.text));
}
const COUNTED_LATER = new RegExp(`^(?:${["بعد", "وبعد", "قبل", "پس از", "بعد از"].map((w) => normalizeText(w)).join("|")}) |(?:^| )(?:${["بعد", "پس", "قبل"].map((w) => normalizeText(w)).join("|")})$`, "u");

/** The calendar of a day and month named without a year («29 يناير», «۱۲ آبان»), or undefined for any other date. */
function yearlessDayMonth(d: DateMention): typeof GREGORIAN | undefined {
  if (!d.relative || d.date.precision !== "day") return undefined;
  const text = asciiDigits(d.text);
  if (!/\d/.test(text) || /\d{4}/.test(text)) return undefined;
  const norm = normalizeText(text);
  return MONTH_FORMS.find((m) => norm.includes(m.form))?.cal;
}
