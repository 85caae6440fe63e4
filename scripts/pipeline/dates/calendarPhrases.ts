/** Recognisers of calendar dates: day-month-year phrases, years, weeks of a month, numeric dates and ranges. */
import type { CalendarSystem } from "../../lexicon/calendar.ts";
import { calendarOf, isoToDay, rangeOf, spanDate, yearSpan } from "./calendars.ts";
import { relativePeriod } from "./relativePhrases.ts";
import { resolveMonth } from "./resolve.ts";
import { type Candidate, candidate, is, isFuture, isWordChar, lead, match, monthPhrase, num, type Scan, yearAt } from "./scan.ts";

export function calendarDate(sc: Scan, i: number): Candidate[] {
  const found: Candidate[] = [];
  const first = sc.toks[i];
  if (!first) return found;
  // with a day: [ال] D [من] month…
  let j = i;
  if (first.text === "ال" && sc.toks[i + 1]?.kind === "num") j++;
  const day = num(sc, j, 1, 31, 2);
  if (day !== null) {
    let k = j + 1;
    if (sc.toks[k]?.text === sc.lex.from) k++;
    const p = monthPhrase(sc, k, false);
    if (p) {
      const future = p.year.kind === "none" && isFuture(sc, i, p.next);
      const c = candidate(sc, i, first.start, p.next, p.year.kind !== "absolute", (a) => resolveMonth(p, day, a, future));
      found.push({ ...c, blocksWhenInvalid: true });
    } else if (sc.toks[k - 1]?.text === sc.lex.from) found.push(...dayOfRelativeMonth(sc, i, first.start, k, day));
  }
  // with the day in words: «السادس من نيسان», «الحادي والعشرين من آذار», «بیست و دوم بهمن»
  const ordinal = day === null && !belongsToNoun(sc, i) ? match(sc, sc.lex.dayOrdinals, i) : null;
  if (ordinal) {
    let k = ordinal.next;
    if (sc.toks[k]?.text === sc.lex.from) k++;
    const p = monthPhrase(sc, k, false);
    if (p) {
      const future = p.year.kind === "none" && isFuture(sc, i, p.next);
      const c = candidate(sc, i, ordinal.start, p.next, p.year.kind !== "absolute", (a) => resolveMonth(p, ordinal.value, a, future));
      found.push({ ...c, blocksWhenInvalid: true });
    } else if (sc.toks[k - 1]?.text === sc.lex.from) found.push(...dayOfRelativeMonth(sc, i, ordinal.start, k, ordinal.value));
  }
  // without a day: [part] [شهر] month…
  const l = lead(sc, i);
  const p = monthPhrase(sc, l.next, l.next === i);
  if (p && (!p.ambiguous || p.supported || l.supported)) {
    const future = p.year.kind === "none" && isFuture(sc, i, p.next);
    const start = l.next === i ? p.start : (match(sc, sc.lex.parts, i) ?? match(sc, sc.lex.monthNouns, i))!.start;
    found.push(candidate(sc, i, start, p.next, p.year.kind !== "absolute", (a) => resolveMonth(p, undefined, a, future)));
  }
  return found;
}

/**
 * A day of a month named relatively: «التاسع من الشهر الجاري», «في 12 من الشهر الماضي». The month
 * phrase at token `k` (after «من») resolves first; the day must fall inside it.
 */
function dayOfRelativeMonth(sc: Scan, i: number, start: number, k: number, day: number): Candidate[] {
  return relativePeriod(sc, k).map((m) => ({
    // «الحادي والثلاثين من الشهر الماضي» in a month of thirty days is no date (not «الثلاثين من …»)
    blocksWhenInvalid: true,
    ...candidate(sc, i, start, m.nextTok, true, (a) => {
      const month = m.resolve(a);
      if (!month || (month.precision !== "month" && month.precision !== "range")) return null;
      const s = isoToDay(month.start);
      const e = isoToDay(month.end);
      // a month, not a week or a year («التاسع من الأسبوع الماضي» is no date)
      if (e - s < 27 || e - s > 30 || s + day - 1 > e) return null;
      return spanDate(s + day - 1, s + day - 1);
    }),
  }));
}

/**
 * Whether the word at `i` is the ordinal of the noun before it, not a day: the second word of a
 * month name («كانون الثاني», «ربيع الأول»), or after a period, part or ordinal noun («الأسبوع
 * الأول», «نیمه اول», «النصف الثاني»).
 */
function belongsToNoun(sc: Scan, i: number): boolean {
  if (i === 0) return false;
  const month = match(sc, sc.lex.months, i - 1, false);
  if (month && month.next > i) return true;
  return match(sc, sc.lex.periods, i - 1) !== null || match(sc, sc.lex.parts, i - 1) !== null || match(sc, sc.lex.ordinalNouns, i - 1) !== null;
}

export function yearDate(sc: Scan, i: number): Candidate[] {
  const part = match(sc, sc.lex.parts, i);
  const j = part ? part.next : i;
  const kw = match(sc, sc.lex.yearKeywords, j, !part);
  const y = kw ? yearAt(sc, kw.next, kw.value) : null;
  const start = part ? part.start : kw?.start;
  if (kw && y && start !== undefined) {
    const cal = calendarOf(y.calendar);
    return [
      candidate(sc, i, start, y.next, false, () => {
        const span = yearSpan(cal, y.year);
        return span && spanDate(span[0], span[1]);
      }),
    ];
  }
  // a bare number is a year only with an era marker: «2017م», «1445 هـ»
  const bare = sc.toks[i]?.kind === "num" && match(sc, sc.lex.eras, i + 1, false) ? yearAt(sc, i, undefined) : null;
  if (bare) {
    const cal = calendarOf(bare.calendar);
    return [
      candidate(sc, i, sc.toks[i]!.start, bare.next, false, () => {
        const span = yearSpan(cal, bare.year);
        return span && spanDate(span[0], span[1]);
      }),
    ];
  }
  return [];
}

export function weekOfMonth(sc: Scan, i: number): Candidate[] {
  const period = match(sc, sc.lex.periods, i);
  if (period?.value.unit !== "week") return [];
  const ord = match(sc, sc.lex.weekOrdinals, period.next, false);
  if (!ord) return [];
  let k = ord.next;
  if (sc.toks[k]?.text === sc.lex.from) k++;
  if (sc.toks[k]?.text === "ماه") k++;
  const p = monthPhrase(sc, k, false);
  if (!p) return [];
  const future = p.year.kind === "none" && isFuture(sc, i, p.next);
  return [
    candidate(sc, i, period.start, p.next, p.year.kind !== "absolute", (a) => {
      const m = resolveMonth(p, undefined, a, future);
      if (!m) return null;
      const s = isoToDay(m.start);
      const e = isoToDay(m.end);
      const w = ord.value;
      return w === 0 ? spanDate(e - 6, e) : spanDate(s + 7 * (w - 1), Math.min(e, s + 7 * w - 1));
    }),
  ];
}

export function numericDate(sc: Scan, i: number): Candidate[] {
  const a = sc.toks[i];
  const sep = sc.toks[i + 1]?.text;
  if (a?.kind !== "num" || (sep !== "/" && sep !== "-" && sep !== ".")) return [];
  if (sc.toks[i + 3]?.text !== sep || sc.toks[i + 2]?.kind !== "num" || sc.toks[i + 4]?.kind !== "num") return [];
  for (let k = i; k < i + 4; k++) if (sc.toks[k]!.end !== sc.toks[k + 1]!.start) return [];
  const b = Number(sc.toks[i + 2]!.text);
  const c = sc.toks[i + 4]!;
  let ymd: [CalendarSystem, number, number, number] | null = null;
  if (a.text.length === 4 && c.text.length <= 2) {
    const y = Number(a.text);
    const cal: CalendarSystem | null = y >= 1800 && y <= 2100 ? "gregorian" : y >= 1300 && y <= 1499 ? "jalali" : null;
    if (cal) ymd = [cal, y, b, Number(c.text)];
  } else if (c.text.length === 4 && a.text.length <= 2) {
    const y = Number(c.text);
    if (y >= 1800 && y <= 2100) ymd = ["gregorian", y, b, Number(a.text)]; // day/month/year, as the region writes it
  }
  if (!ymd) return [];
  const [cal, y, m, d] = ymd;
  const before = sc.text[a.start - 1];
  const proclitic = (before === "و" || before === "ف") && !isWordChar(sc.text[a.start - 2]); // «و۱۴۰۳/۰۹/۱۲»
  if (isWordChar(sc.text[c.end]) || (isWordChar(before) && !proclitic)) return [];
  const n = calendarOf(cal).toDay(y, m, d);
  return n === null ? [] : [candidate(sc, i, a.start, i + 5, false, () => spanDate(n, n))];
}

export function dayRange(sc: Scan, i: number): Candidate[] {
  const opener = match(sc, sc.lex.rangeOpeners, i);
  const j = opener ? opener.next : i;
  const d1 = num(sc, j, 1, 31, 2);
  if (d1 === null) return [];
  let k = j + 1;
  const monthA = monthPhrase(sc, k, false);
  if (monthA && monthA.year.kind === "none") k = monthA.next;
  const joiner = is(sc, sc.lex.rangeJoiners, k);
  if (!joiner) return [];
  const d2 = num(sc, joiner.next, 1, 31, 2);
  if (d2 === null) return [];
  const p = monthPhrase(sc, joiner.next + 1, false);
  if (!p) return [];
  if (!monthA && d1 >= d2) return [];
  const future = p.year.kind === "none" && isFuture(sc, i, p.next);
  const start = opener ? opener.start : sc.toks[j]!.start;
  const cal = calendarOf(p.calendar);
  const twin = monthA && monthA.year.kind === "none" ? monthA : null;
  return [
    candidate(sc, i, start, p.next, p.year.kind !== "absolute", (a) => {
      const end = resolveMonth(p, d2, a, future);
      if (!end) return null;
      const e = cal.fromDay(isoToDay(end.start));
      if (!e) return null;
      const m1 = twin && twin.calendar === p.calendar ? twin.month : e.m;
      const y1 = m1 > e.m ? e.y - 1 : e.y;
      const s = cal.toDay(y1, m1, d1);
      if (s === null) return null;
      return rangeOf(spanDate(s, s), end);
    }),
  ];
}

export function yearRange(sc: Scan, i: number): Candidate[] {
  const opener = match(sc, sc.lex.rangeOpeners, i);
  let j = opener ? opener.next : i;
  const kw = match(sc, sc.lex.yearKeywords, j, !opener);
  if (!opener && !kw) return [];
  if (kw) j = kw.next;
  const y1 = yearAt(sc, j, kw?.value);
  if (!y1) return [];
  const joiner = is(sc, sc.lex.rangeJoiners, y1.next);
  if (!joiner) return [];
  const kw2 = match(sc, sc.lex.yearKeywords, joiner.next, false);
  const y2 = yearAt(sc, kw2 ? kw2.next : joiner.next, y1.calendar);
  if (!y2 || y2.calendar !== y1.calendar || y2.year <= y1.year) return [];
  const cal = calendarOf(y1.calendar);
  const start = opener ? opener.start : kw!.start;
  return [
    candidate(sc, i, start, y2.next, false, () => {
      const a = yearSpan(cal, y1.year);
      const b = yearSpan(cal, y2.year);
      return a && b ? rangeOf(spanDate(a[0], a[1]), spanDate(b[0], b[1])) : null;
    }),
  ];
}
