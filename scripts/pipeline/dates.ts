/**
 * Dates stage: finds Arabic and Persian temporal expressions in a text and resolves them to EDTF against the
 * article's publication date (the anchor). Pure: no clock — «today» is the anchor and nothing else.
 *
 * Decisions (each has a test in dates.test.ts):
 * - A bare weekday («الاثنين», «السبت», «ليل الثلاثاء») is the most recent such day on or before the anchor: news
 *   reports what happened. In a future sentence — «سوف», «من المقرر», «قرار است» or a «س»+imperfect verb shortly
 *   before it («سيصل ليل الثلاثاء»), or a Persian future auxiliary «خواهد» after it in the same clause — it is the
 *   next such day on or after the anchor. The same rule picks the year of a month or day-month given without one.
 * - A day word next to a weekday defers to the weekday («أمس الجمعة»): the most recent such weekday strictly before
 *   the anchor for a past day word, on or before it for «اليوم», strictly after it for «غداً».
 * - «X الماضي» is the most recent X strictly before the anchor («27 أيلول الماضي»: the day; «تموز الماضي»: the
 *   month), «X الجاري» is X in the anchor's year, «X المقبل» the next X strictly after.
 * - Early/mid/late («مطلع/منتصف/أواخر») keep the whole month or year: the reference scores «نهاية تموز الماضي» as
 *   `2024-07`, so the part is not narrowed to ten days.
 * - Arabic weeks are ISO weeks (Monday–Sunday) and Arabic months/years Gregorian; Persian «هفته/ماه/سال» with
 *   «گذشته/جاری/آینده», «امسال», «پارسال» count Saturday–Friday weeks and Solar Hijri months/years, as Iranian
 *   outlets do. All resolve to a `range` (or `month`/`year` when the span is exactly one Gregorian month/year).
 * - «N days ago» is a day; «N weeks/months/years ago» is approximate at the unit's grain («2024-07~»). «منذ N
 *   عاماً» after «المستمرة» and the like is a duration and yields nothing. Vague windows («في الأيام المقبلة»,
 *   «به زودی») are approximate ranges: `2024-12-03~/2025-01-01~`.
 * - «اليوم» is today except right after «حتى/إلى/منذ» (a duration's end), before an adjective («اليوم التالي»)
 *   and in outlet names («روسيا اليوم»). «العالم اليوم» is kept: it still means «nowadays, as of the anchor».
 * - Ambiguous month names («آب» water, «تیر» arrow, «مه» fog, «مارس» practised, «رمضان» a name) count only with a
 *   day number, a year, «شهر/ماه», a part word or a relative word next to them. Numbers are years only after a year
 *   keyword, inside a date, or with an era marker: «200 صاروخ», «11 عاماً», «۲ کشور» are not dates.
 * - An anchor given only as `YYYY` or `YYYY-MM` resolves relative words at both ends of its span and keeps the
 *   envelope (so the date stays imprecise instead of guessed); an unparseable anchor drops relative mentions.
 */
import { hijriToGregorian, gregorianToHijri } from "@tabby_ai/hijri-converter";
import { isValidJalaaliDate, jalaaliMonthLength, toGregorian, toJalaali } from "jalaali-js";
import type { EventDate } from "../../src/contract/schema.ts";
import { normalizeText, normalizeWithMap, toOriginalSpan } from "../../src/text/normalize.ts";
import * as lexicon from "../lexicon/calendar.ts";
import type { CalendarSystem, MonthNameEntry, Shift, Unit } from "../lexicon/calendar.ts";
import type { DateMention } from "./types.ts";

/** Creates the date resolver: `(text, anchor)` → date mentions, sorted by start, non-overlapping (longest wins). */
// biome-ignore lint/complexity/noBannedTypes: the stage takes no options yet; the signature is part of the pipeline's API
export function createDateResolver(options: Readonly<{}> = {}): (text: string, anchor: string) => DateMention[] {
  void options;
  const lex = compileLexicon();
  return (text, anchor) => resolveDates(lex, text, anchor);
}

// ——— day arithmetic (day numbers are days since 1970-01-01, UTC; no clock involved) ———

const MS_PER_DAY = 86_400_000;
interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}
const dayOf = (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
function civil(n: number): Ymd {
  const t = new Date(n * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const pad = (v: number, w = 2): string => String(v).padStart(w, "0");
const isoDay = (n: number): string => {
  const c = civil(n);
  return `${pad(c.y, 4)}-${pad(c.m)}-${pad(c.d)}`;
};
const weekdayOf = (n: number): number => (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday

interface Calendar {
  toDay(y: number, m: number, d: number): number | null;
  fromDay(n: number): Ymd | null;
  monthLength(y: number, m: number): number | null;
  /** Plausible years for a news text (a number outside is not read as a year of this calendar). */
  readonly years: readonly [number, number];
}

const GREGORIAN: Calendar = {
  toDay: (y, m, d) => {
    if (m < 1 || m > 12 || d < 1) return null;
    const n = dayOf(y, m, d);
    return civil(n).d === d ? n : null;
  },
  fromDay: civil,
  monthLength: (y, m) => civil(dayOf(y, m + 1, 0)).d,
  years: [1800, 2100],
};

const JALALI: Calendar = {
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

const HIJRI: Calendar = {
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

function calendarOf(system: CalendarSystem): Calendar {
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

function monthSpan(cal: Calendar, y: number, m: number): [number, number] | null {
  const len = cal.monthLength(y, m);
  const s = len === null ? null : cal.toDay(y, m, 1);
  return len === null || s === null ? null : [s, s + len - 1];
}
function yearSpan(cal: Calendar, y: number): [number, number] | null {
  const a = monthSpan(cal, y, 1);
  const b = monthSpan(cal, y, 12);
  return a && b ? [a[0], b[1]] : null;
}

// ——— EventDate builders ———

/** The EventDate of an inclusive day span: a day, an exact Gregorian month or year, or else an ISO range. */
function spanDate(s: number, e: number): EventDate {
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
function rangeOf(a: EventDate, b: EventDate): EventDate | null {
  if (a.start > b.end) return null;
  const plain = (d: EventDate): boolean => d.precision === "day" || d.precision === "month" || d.precision === "year";
  const edtf = plain(a) && plain(b) ? `${a.edtf}/${b.edtf}` : `${a.start}/${b.end}`;
  return { edtf, start: a.start, end: b.end, precision: "range" };
}

/** Marks a date approximate: `~` on each EDTF part, precision `approximate`. */
function approximate(d: EventDate): EventDate {
  const edtf = d.edtf
    .split("/")
    .map((p) => (p.endsWith("~") ? p : `${p}~`))
    .join("/");
  return { edtf, start: d.start, end: d.end, precision: "approximate" };
}

/** The smallest date covering both (for an anchor known only to the month or year). */
function envelope(a: EventDate, b: EventDate): EventDate {
  if (a.edtf === b.edtf) return a;
  const s = Math.min(isoToDay(a.start), isoToDay(b.start));
  const e = Math.max(isoToDay(a.end), isoToDay(b.end));
  const date = spanDate(s, e);
  return a.precision === "approximate" || b.precision === "approximate" ? approximate(date) : date;
}
const isoToDay = (iso: string): number => dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

// ——— lexicon, compiled once per resolver ———

interface Phrase<T> {
  readonly tokens: readonly string[];
  readonly value: T;
}
/** Phrases by first token, longest first. */
type PhraseTable<T> = ReadonlyMap<string, readonly Phrase<T>[]>;

function table<T>(entries: readonly (readonly [string, T])[]): PhraseTable<T> {
  const map = new Map<string, Phrase<T>[]>();
  for (const [form, value] of entries) {
    const tokens = tokenize(normalizeText(form)).map((t) => t.text);
    const first = tokens[0];
    if (first === undefined) continue;
    const list = map.get(first) ?? [];
    if (!list.some((p) => p.tokens.join(" ") === tokens.join(" "))) list.push({ tokens, value });
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((x, y) => y.tokens.length - x.tokens.length);
  return map;
}
const set = (forms: readonly string[]): PhraseTable<true> => table(forms.map((f) => [f, true] as const));

function compileLexicon() {
  const months: (readonly [string, MonthNameEntry])[] = [];
  for (const e of lexicon.MONTH_NAMES) {
    months.push([e.form, e]);
    // Persian writes «آذرماه»/«آذر ماه»: the joined form is one token
    if (e.calendar === "jalali") months.push([`${e.form}ماه`, e]);
  }
  return {
    months: table(months),
    weekdays: table(lexicon.WEEKDAYS.map((e) => [e.form, e.weekday] as const)),
    dayWords: table(lexicon.DAY_WORDS.map((e) => [e.form, e] as const)),
    timeOfDay: set(lexicon.TIME_OF_DAY),
    dayNouns: set(lexicon.DAY_NOUNS),
    directions: table(lexicon.DIRECTIONS.map((e) => [e.form, e.shift] as const)),
    thisWords: set(lexicon.THIS_WORDS),
    periods: table(lexicon.PERIOD_WORDS.map((e) => [e.form, e] as const)),
    yearWords: table(lexicon.YEAR_WORDS.map((e) => [e.form, e.shift] as const)),
    parts: table(lexicon.PART_WORDS.map((e) => [e.form, e.part] as const)),
    monthNouns: set(lexicon.MONTH_NOUNS),
    yearKeywords: table(lexicon.YEAR_KEYWORDS.map((e) => [e.form, e.lang] as const)),
    eras: table(lexicon.ERA_MARKERS.map((e) => [e.form, e.calendar] as const)),
    units: table(lexicon.UNIT_WORDS.map((e) => [e.form, e] as const)),
    numbers: table(lexicon.NUMBER_WORDS.map((e) => [e.form, e.value] as const)),
    agoBefore: table(lexicon.AGO_WORDS.filter((e) => e.before).map((e) => [e.form, e.sign] as const)),
    agoAfter: table(lexicon.AGO_WORDS.filter((e) => !e.before).map((e) => [e.form, e.sign] as const)),
    durationMarkers: set(lexicon.DURATION_MARKERS),
    windows: table(lexicon.WINDOWS.map((e) => [e.form, e] as const)),
    weekOrdinals: table(lexicon.WEEK_ORDINALS.map((e) => [e.form, e.week] as const)),
    rangeOpeners: set(lexicon.RANGE_OPENERS),
    rangeJoiners: set(lexicon.RANGE_JOINERS),
    todayBlockersBefore: set(lexicon.TODAY_BLOCKERS_BEFORE),
    todayBlockersAfter: set(lexicon.TODAY_BLOCKERS_AFTER),
    outletNames: set(lexicon.OUTLET_NAMES),
    outletNouns: set(lexicon.OUTLET_NOUNS),
    generalNouns: set(lexicon.GENERAL_NOUNS),
    twoMarkers: set(lexicon.TWO_MARKERS),
    general: normalizeText("العام"),
    futureBefore: set(lexicon.FUTURE_MARKERS_BEFORE),
    futureAfter: set(lexicon.FUTURE_MARKERS_AFTER),
    sinNouns: lexicon.SIN_NOUN_PREFIXES.map((p) => normalizeText(p)),
    today: normalizeText("اليوم"),
    from: normalizeText("من"),
    corresponding: normalizeText("الموافق"),
    tomorrowRadio: normalizeText("فردا"),
  };
}
type Lexicon = ReturnType<typeof compileLexicon>;

// ——— tokens ———

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "word" | "num" | "punct";
}

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(/(\p{L}+)|(\d+)|([^\s\p{L}\d])/gu)) {
    const kind = m[1] ? "word" : m[2] ? "num" : "punct";
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind });
  }
  return out;
}

/** A match of a lexicon phrase: its value, the token after it, and the char offset it starts at (after a proclitic). */
interface Hit<T> {
  readonly value: T;
  readonly next: number;
  readonly start: number;
}

// ——— candidates ———

/** A recognised span (normalised char offsets) and how to resolve it against an anchor day. */
interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly relative: boolean;
  /** For absolute dates the anchor is ignored. */
  readonly resolve: (anchor: number) => EventDate | null;
  /** Structure for combining into ranges: a day, a month or a year of one calendar. */
  readonly firstTok: number;
  readonly nextTok: number;
  /** A day-month form that failed to resolve (31 February) still hides the month inside it. */
  readonly blocksWhenInvalid?: boolean;
}

type Mode = "past" | "notAfter" | "current" | "notBefore" | "next";

function resolveDates(lex: Lexicon, text: string, anchorText: string): DateMention[] {
  const norm = normalizeWithMap(text);
  const toks = tokenize(norm.text);
  const scanner = createScanner(lex, toks, norm.text);
  const candidates: Candidate[] = [];
  for (let i = 0; i < toks.length; i++) candidates.push(...scanner.at(i));
  candidates.push(...scanner.combine(candidates));

  const anchor = parseAnchor(anchorText);
  const resolved: { c: Candidate; date: EventDate | null }[] = [];
  for (const c of candidates) {
    let date: EventDate | null;
    if (!c.relative) date = c.resolve(0);
    else if (anchor === null) date = null;
    else if (anchor[0] === anchor[1]) date = c.resolve(anchor[0]);
    else {
      const a = c.resolve(anchor[0]);
      const b = c.resolve(anchor[1]);
      date = a && b ? envelope(a, b) : null;
    }
    if (date || c.blocksWhenInvalid) resolved.push({ c, date });
  }
  // longest wins; then the earlier; then the first found (recognisers run most specific first)
  const order = resolved.map((r, k) => ({ ...r, k }));
  order.sort((x, y) => y.c.end - y.c.start - (x.c.end - x.c.start) || x.c.start - y.c.start || x.k - y.k);
  const kept: typeof order = [];
  for (const r of order) {
    if (kept.some((k) => r.c.start < k.c.end && k.c.start < r.c.end)) continue;
    kept.push(r);
  }
  kept.sort((x, y) => x.c.start - y.c.start);
  return kept.flatMap(({ c, date }) => {
    if (!date) return [];
    const span = toOriginalSpan(norm, c.start, c.end);
    let end = span.end;
    // keep the marks normalisation dropped after the last letter: «غداً», «عاماً», not «غدا»
    while (end < text.length && TRAILING_MARK.test(text[end]!)) end++;
    return [{ start: span.start, end, text: text.slice(span.start, end), date, relative: c.relative }];
  });
}

/** Harakat, superscript alef and tatweel: dropped by normalisation, part of the word they follow. */
const TRAILING_MARK = /[\u064B-\u065F\u0670\u0640]/;

/** Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY` into its first and last day; null when unusable. */
function parseAnchor(anchor: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(anchor.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3] !== undefined) {
    const n = GREGORIAN.toDay(y, Number(m[2]), Number(m[3]));
    return n === null ? null : [n, n];
  }
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? monthSpan(GREGORIAN, y, month) : null;
  }
  return yearSpan(GREGORIAN, y);
}

// ——— resolution helpers ———

/** The year (in `cal`) that places month `m` (and day `d`) relative to the anchor as `mode` says. */
function pickYear(cal: Calendar, m: number, d: number | undefined, anchor: number, mode: Mode): number | null {
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

function weekdayDay(anchor: number, weekday: number, mode: Mode): number {
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
const weekStart = (n: number, startsOn: number): number => n - ((weekdayOf(n) - startsOn + 7) % 7);
const weekStartsOn = (system: "arabic" | "persian"): number => (system === "arabic" ? 1 : 6);

/** A whole period (week, month, year) shifted from the anchor's own. */
function shiftedPeriod(
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
function distanceDate(unit: Unit, count: number, anchor: number): EventDate | null {
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

const modeOfShift = (shift: Shift): Mode => (shift < 0 ? "past" : shift > 0 ? "next" : "current");

// ——— the scanner: recognisers over tokens ———

/** What a month phrase says about its year. */
type YearSpec =
  | { readonly kind: "absolute"; readonly year: number }
  | { readonly kind: "shift"; readonly shift: Shift }
  | { readonly kind: "direction"; readonly shift: Shift }
  | { readonly kind: "none" };

interface MonthPhrase {
  readonly start: number;
  readonly next: number;
  readonly calendar: CalendarSystem;
  readonly month: number;
  readonly year: YearSpec;
  /** A guard-lifting neighbour: «شهر/ماه», a part word, a double name, a year or a relative word. */
  readonly supported: boolean;
  readonly ambiguous: boolean;
}

function createScanner(lex: Lexicon, toks: readonly Token[], text: string) {
  const tok = (i: number): Token | undefined => toks[i];
  const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

  /** Matches a phrase at token i; the first token may carry a proclitic «و/ف» (and «ب/ل» before «ال»). */
  function match<T>(t: PhraseTable<T>, i: number, proclitic = true): Hit<T> | null {
    const first = tok(i);
    if (!first) return null;
    const heads: { head: string; start: number }[] = [{ head: first.text, start: first.start }];
    if (proclitic && first.kind === "word") {
      const w = first.text;
      const add = (k: number): void => {
        if (w.length > k + 1) heads.push({ head: w.slice(k), start: first.start + k });
      };
      if (w[0] === "و" || w[0] === "ف") {
        add(1);
        if ((w[1] === "ب" || w[1] === "ل") && w.startsWith("ال", 2)) add(2);
      }
      if ((w[0] === "ب" || w[0] === "ل") && w.startsWith("ال", 1)) add(1);
    }
    for (const { head, start } of heads) {
      for (const p of t.get(head) ?? []) {
        let ok = true;
        for (let k = 1; k < p.tokens.length; k++) {
          if (tok(i + k)?.text !== p.tokens[k]) {
            ok = false;
            break;
          }
        }
        if (ok) return { value: p.value, next: i + p.tokens.length, start };
      }
    }
    return null;
  }
  const is = (t: PhraseTable<true>, i: number): Hit<true> | null => match(t, i, false);

  /** Tokens i..j-1 are adjacent (no sentence break between them). */
  const endOf = (next: number): number => tok(next - 1)!.end;

  function num(i: number, min: number, max: number, maxLen: number): number | null {
    const t = tok(i);
    if (t?.kind !== "num" || t.text.length > maxLen) return null;
    const v = Number(t.text);
    return v >= min && v <= max ? v : null;
  }

  /** A year number with an optional era marker; the calendar comes from the marker, the hint, or the number. */
  function yearAt(
    i: number,
    hint: CalendarSystem | "ar" | "fa" | undefined,
  ): { year: number; calendar: CalendarSystem; next: number } | null {
    const t = tok(i);
    if (t?.kind !== "num" || t.text.length !== 4) return null;
    const y = Number(t.text);
    const era = match(lex.eras, i + 1, false);
    let calendar: CalendarSystem;
    if (era) calendar = era.value;
    else if (hint === "gregorian" || hint === "jalali" || hint === "hijri") calendar = hint;
    else if (y >= GREGORIAN.years[0] && y <= GREGORIAN.years[1]) calendar = "gregorian";
    else if (hint === "fa") calendar = "jalali";
    else if (hint === "ar") calendar = "hijri";
    else return null;
    const [lo, hi] = calendarOf(calendar).years;
    if (y < lo || y > hi) return null;
    return { year: y, calendar, next: era ? era.next : i + 1 };
  }

  /** Past a part word («مطلع», «اواخر») and/or a month noun («شهر», «ماه»). */
  function lead(i: number): { next: number; supported: boolean } {
    let j = i;
    let supported = false;
    const part = match(lex.parts, j);
    if (part) {
      j = part.next;
      supported = true;
    }
    const noun = j === i ? match(lex.monthNouns, j) : is(lex.monthNouns, j);
    if (noun) {
      j = noun.next;
      supported = true;
    }
    return { next: j, supported };
  }

  /** A month name with its double («يناير/كانون الثاني», «تشرين الأول (أكتوبر)») and what follows it. */
  function monthPhrase(i: number, leadStart: boolean): MonthPhrase | null {
    const name = match(lex.months, i, leadStart);
    if (!name) return null;
    const entry = name.value;
    let j = name.next;
    let supported = false;
    if (entry.calendar === "jalali" && tok(j)?.text === "ماه") {
      j++; // «مهر ماه» — the noun after the name lifts the guard too
      supported = true;
    }
    const open = tok(j)?.text;
    if (open === "/" || open === "(") {
      const twin = match(lex.months, j + 1, false);
      if (twin && twin.value.month === entry.month && twin.value.calendar === entry.calendar) {
        j = twin.next;
        if (open === "(" && tok(j)?.text === ")") j++;
        supported = true;
      }
    }
    // year: «يناير 2024», «آذر ۱۴۰۳», «آذر سال ۱۴۰۳», «يناير من العام 2024»
    let k = j;
    if (tok(k)?.text === lex.from) k++;
    const kw = match(lex.yearKeywords, k, false);
    const y = yearAt(kw ? kw.next : k, entry.calendar);
    let year: YearSpec = { kind: "none" };
    if (y && y.calendar === entry.calendar) {
      year = { kind: "absolute", year: y.year };
      j = y.next;
    } else {
      const period = match(lex.periods, k, false);
      const dir = period && period.value.unit === "year" ? match(lex.directions, period.next, false) : null;
      const yw = match(lex.yearWords, j, false);
      if (period && dir) {
        year = { kind: "shift", shift: dir.value };
        j = dir.next;
      } else if (yw) {
        year = { kind: "shift", shift: yw.value };
        j = yw.next;
      } else {
        const d = match(lex.directions, j, false);
        if (d) {
          year = { kind: "direction", shift: d.value };
          j = d.next;
        }
      }
    }
    if (year.kind !== "none") supported = true;
    return {
      start: name.start,
      next: j,
      calendar: entry.calendar,
      month: entry.month,
      year,
      supported,
      ambiguous: entry.ambiguous === true,
    };
  }

  /** Resolves a month phrase (with an optional day) to a date. */
  function resolveMonth(p: MonthPhrase, day: number | undefined, anchor: number, future: boolean): EventDate | null {
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

  // ——— context: future tense and durations ———

  const BREAK = /[.!?;:\n]/;
  function sentenceBounds(i: number): [number, number] {
    let a = i;
    while (a > 0 && !BREAK.test(tok(a - 1)!.text) && !hasBreakBetween(a - 1, a)) a--;
    let b = i;
    while (b < toks.length - 1 && !BREAK.test(tok(b + 1)!.text) && !hasBreakBetween(b, b + 1)) b++;
    return [a, b];
  }
  const hasBreakBetween = (x: number, y: number): boolean => text.slice(tok(x)!.end, tok(y)!.start).includes("\n");

  /** Cheap future check around a date spanning tokens [i, next). */
  function isFuture(i: number, next: number): boolean {
    const [a, b] = sentenceBounds(i);
    for (let k = Math.max(a, i - 8); k < i; k++) {
      if (is(lex.futureBefore, k)) return true;
      const w = tok(k)!;
      // «سيصل», «ستعقد», «سنعمل»: سـ + imperfect prefix, not a noun like «سياسة» or «سنوات»
      if (w.kind === "word" && w.text.length >= 4 && /^س[یتن]/u.test(w.text)) {
        if (!lex.sinNouns.some((p) => w.text.startsWith(p))) return true;
      }
    }
    for (let k = next; k <= Math.min(b, next + 10); k++) {
      const w = tok(k)!;
      if (w.kind === "punct" || w.text === "که") break;
      if (is(lex.futureAfter, k)) return true;
    }
    return false;
  }

  function isDuration(i: number): boolean {
    const [a] = sentenceBounds(i);
    for (let k = Math.max(a, i - 5); k < i; k++) if (match(lex.durationMarkers, k)) return true;
    return false;
  }

  // ——— recognisers ———

  const out = (
    firstTok: number,
    start: number,
    nextTok: number,
    relative: boolean,
    resolve: (a: number) => EventDate | null,
  ): Candidate => ({ start, end: endOf(nextTok), relative, resolve, firstTok, nextTok });

  /** «27 أيلول/ سبتمبر الماضي», «مطلع شهر تشرين الأول/ أكتوبر الجاري», «۱۲ آذر ۱۴۰۳», «رمضان 1445 هـ». */
  function calendarDate(i: number): Candidate[] {
    const found: Candidate[] = [];
    const first = tok(i);
    if (!first) return found;
    // with a day: [ال] D [من] month…
    let j = i;
    if (first.text === "ال" && tok(i + 1)?.kind === "num") j++;
    const day = num(j, 1, 31, 2);
    if (day !== null) {
      let k = j + 1;
      if (tok(k)?.text === lex.from) k++;
      const p = monthPhrase(k, false);
      if (p) {
        const future = p.year.kind === "none" && isFuture(i, p.next);
        const c = out(i, first.start, p.next, p.year.kind !== "absolute", (a) => resolveMonth(p, day, a, future));
        found.push({ ...c, blocksWhenInvalid: true });
      }
    }
    // without a day: [part] [شهر] month…
    const l = lead(i);
    const p = monthPhrase(l.next, l.next === i);
    if (p && (!p.ambiguous || p.supported || l.supported)) {
      const future = p.year.kind === "none" && isFuture(i, p.next);
      const start = l.next === i ? p.start : (match(lex.parts, i) ?? match(lex.monthNouns, i))!.start;
      found.push(out(i, start, p.next, p.year.kind !== "absolute", (a) => resolveMonth(p, undefined, a, future)));
    }
    return found;
  }

  /** «عام 2017», «سال ۱۴۰۳», «أواخر عام 2023», «2017م», «منذ عام 2011» (the year, not the duration). */
  function yearDate(i: number): Candidate[] {
    const part = match(lex.parts, i);
    const j = part ? part.next : i;
    const kw = match(lex.yearKeywords, j, !part);
    const y = kw ? yearAt(kw.next, kw.value) : null;
    const start = part ? part.start : kw?.start;
    if (kw && y && start !== undefined) {
      const cal = calendarOf(y.calendar);
      return [
        out(i, start, y.next, false, () => {
          const span = yearSpan(cal, y.year);
          return span && spanDate(span[0], span[1]);
        }),
      ];
    }
    // a bare number is a year only with an era marker: «2017م», «1445 هـ»
    const bare = tok(i)?.kind === "num" && match(lex.eras, i + 1, false) ? yearAt(i, undefined) : null;
    if (bare) {
      const cal = calendarOf(bare.calendar);
      return [
        out(i, tok(i)!.start, bare.next, false, () => {
          const span = yearSpan(cal, bare.year);
          return span && spanDate(span[0], span[1]);
        }),
      ];
    }
    return [];
  }

  /** «الشهر الماضي», «هذا العام», «سال آینده», «امسال», «اواخر ماه گذشته». */
  function relativePeriod(i: number): Candidate[] {
    const part = match(lex.parts, i);
    const j = part ? part.next : i;
    const start = (h: { start: number }): number => (part ? part.start : h.start);
    const yw = match(lex.yearWords, j, !part);
    if (yw) return [out(i, start(yw), yw.next, true, (a) => shiftedPeriod("year", "persian", yw.value, a))];
    const period = match(lex.periods, j, !part);
    if (period) {
      const dir = match(lex.directions, period.next, false);
      // «الأسبوع الأخير من …» is a week of a month; «منذ سنة» etc. are distances (other recognisers)
      // «الأمين العام السابق» is a former secretary-general
      const adjective = tok(j)?.text === lex.general && j > 0 && match(lex.generalNouns, j - 1)?.next === j;
      if (dir && !adjective) {
        const { unit, system } = period.value;
        return [out(i, start(period), dir.next, true, (a) => shiftedPeriod(unit, system, dir.value, a))];
      }
    }
    const dem = match(lex.thisWords, j, !part);
    const p2 = dem ? match(lex.periods, dem.next, false) : null;
    if (dem && p2) {
      const { unit, system } = p2.value;
      return [out(i, start(dem), p2.next, true, (a) => shiftedPeriod(unit, system, 0, a))];
    }
    return [];
  }

  /** «الأسبوع الأخير من يناير/كانون الثاني الجاري», «هفته اول آذر ۱۴۰۳». */
  function weekOfMonth(i: number): Candidate[] {
    const period = match(lex.periods, i);
    if (period?.value.unit !== "week") return [];
    const ord = match(lex.weekOrdinals, period.next, false);
    if (!ord) return [];
    let k = ord.next;
    if (tok(k)?.text === lex.from) k++;
    if (tok(k)?.text === "ماه") k++;
    const p = monthPhrase(k, false);
    if (!p) return [];
    const future = p.year.kind === "none" && isFuture(i, p.next);
    return [
      out(i, period.start, p.next, p.year.kind !== "absolute", (a) => {
        const m = resolveMonth(p, undefined, a, future);
        if (!m) return null;
        const s = isoToDay(m.start);
        const e = isoToDay(m.end);
        const w = ord.value;
        return w === 0 ? spanDate(e - 6, e) : spanDate(s + 7 * (w - 1), Math.min(e, s + 7 * w - 1));
      }),
    ];
  }

  /** Whether «اليوم»/«امروز»/«فردا» at token i is a date (not «حتى اليوم», «اليوم التالي», «روسيا اليوم»). */
  function dayWordAllowed(i: number, hit: Hit<lexicon.DayWordEntry>): boolean {
    if (i > 0 && is(lex.todayBlockersBefore, i - 1)) return false;
    if (is(lex.todayBlockersAfter, hit.next)) return false;
    for (const back of [1, 2]) if (i - back >= 0 && is(lex.outletNames, i - back)?.next === hit.next) return false;
    if (i >= 2 && is(lex.outletNouns, i - 2) && tok(i - 1)?.kind === "word") return false;
    return true;
  }

  /** «اليوم», «صباح اليوم», «مساء أمس», «مقارن ظهر امروز», «امروز صبح», «يوم أمس». */
  function dayWord(i: number): Candidate[] {
    let j = i;
    let prefixed = false;
    for (let n = 0; n < 3 && !match(lex.dayWords, j, j === i); n++) {
      const h = match(lex.timeOfDay, j, j === i) ?? match(lex.dayNouns, j, j === i);
      if (!h) break;
      j = h.next;
      prefixed = true;
    }
    const hit = match(lex.dayWords, j, j === i);
    if (!hit || (hit.value.needsPrefix && !prefixed) || !dayWordAllowed(j, hit)) return [];
    const weekday = match(lex.weekdays, hit.next, false);
    if (weekday) return []; // «أمس الجمعة» is a weekday phrase
    let next = hit.next;
    const post = match(lex.timeOfDay, next, false);
    if (post) next = post.next; // «امروز صبح»
    const start = j === i ? hit.start : (match(lex.timeOfDay, i) ?? match(lex.dayNouns, i))!.start;
    const offset = hit.value.offset;
    return [out(i, start, next, true, (a) => spanDate(a + offset, a + offset))];
  }

  /** «الاثنين», «والخميس الماضي», «أمس الجمعة», «ليل الثلاثاء», «دوشنبه هفته گذشته», «الأحد من الأسبوع المقبل». */
  function weekdayPhrase(i: number): Candidate[] {
    let j = i;
    let dayOffset: number | undefined;
    for (let n = 0; n < 3; n++) {
      const h = match(lex.timeOfDay, j, j === i) ?? match(lex.dayNouns, j, j === i);
      if (h) {
        j = h.next;
        continue;
      }
      const d = match(lex.dayWords, j, j === i);
      if (d && dayOffset === undefined && dayWordAllowed(j, d)) {
        dayOffset = d.value.offset;
        j = d.next;
        continue;
      }
      break;
    }
    const wd = match(lex.weekdays, j, j === i);
    if (!wd) return [];
    const weekday = wd.value;
    // «الاثنين» also means "the two" («كلا الاثنين», «بين الاثنين»)
    if (weekday === 1 && j === i && i > 0 && match(lex.twoMarkers, i - 1)?.next === i) return [];
    let next = wd.next;
    let resolve: (a: number) => EventDate | null;
    const dir = match(lex.directions, next, false);
    let k = next;
    if (tok(k)?.text === lex.from) k++;
    const period = match(lex.periods, k, false);
    const periodDir = period && period.value.unit === "week" ? match(lex.directions, period.next, false) : null;
    if (periodDir && period) {
      const startsOn = weekStartsOn(period.value.system);
      const shift = periodDir.value;
      next = periodDir.next;
      resolve = (a) => {
        const s = weekStart(a, startsOn) + 7 * shift;
        const n = s + ((weekday - weekdayOf(s) + 7) % 7);
        return spanDate(n, n);
      };
    } else if (dir) {
      next = dir.next;
      const mode = modeOfShift(dir.value);
      resolve = (a) => {
        const n = weekdayDay(a, weekday, mode === "current" ? "notAfter" : mode);
        return spanDate(n, n);
      };
    } else {
      let mode: Mode;
      if (dayOffset !== undefined) mode = dayOffset < 0 ? "past" : dayOffset > 0 ? "next" : "notAfter";
      else mode = isFuture(i, next) ? "notBefore" : "notAfter";
      resolve = (a) => {
        const n = weekdayDay(a, weekday, mode);
        return spanDate(n, n);
      };
    }
    const firstHit =
      j === i ? wd : (match(lex.timeOfDay, i) ?? match(lex.dayNouns, i) ?? match(lex.dayWords, i))!;
    return [out(i, firstHit.start, next, true, resolve)];
  }

  /** A count before a unit: a number, a number word, or the unit's own (dual) count. */
  function counted(i: number): { count: number; unit: Unit; next: number } | null {
    const n = num(i, 1, 999, 3);
    const w = n === null ? match(lex.numbers, i, false) : null;
    const j = n !== null || w ? i + 1 : i;
    const u = match(lex.units, j, false);
    if (!u) return null;
    if (tok(u.next)?.kind === "num") return null; // «منذ عام 2011», «قبل سنة 2020» are years
    const count = n ?? w?.value ?? (j === i ? u.value.count : undefined);
    if (count === undefined) return null; // «منذ سنوات» — for years: no count
    return { count, unit: u.value.unit, next: u.next };
  }

  /** «قبل 3 أيام», «منذ يومين», «منذ سنة», «بعد يومين», «۳ روز پیش», «دو هفته قبل», «سه روز دیگر». */
  function distance(i: number): Candidate[] {
    const found: Candidate[] = [];
    const pre = match(lex.agoBefore, i);
    if (pre) {
      const c = counted(pre.next);
      const after = c ? tok(c.next)?.text : undefined;
      const isSince = tok(i)!.text.endsWith("منذ");
      const relToOther = pre.value > 0 && (after === lex.from || after === "علی"); // «بعد يومين من الهجوم»
      if (c && !relToOther && !(isSince && isDuration(i))) {
        const count = pre.value * c.count;
        found.push(out(i, pre.start, c.next, true, (a) => distanceDate(c.unit, count, a)));
      }
    }
    const n = num(i, 1, 999, 3);
    const w = n === null ? match(lex.numbers, i) : null;
    if (n !== null || w) {
      const c = counted(i);
      const post = c ? match(lex.agoAfter, c.next, false) : null;
      if (c && post) {
        const count = post.value * c.count;
        const start = w ? w.start : tok(i)!.start;
        found.push(out(i, start, post.next, true, (a) => distanceDate(c.unit, count, a)));
      }
    }
    return found;
  }

  /** «في الأيام المقبلة», «به زودی», «در روزهای آینده», «مؤخراً». */
  function window(i: number): Candidate[] {
    const h = match(lex.windows, i);
    if (!h) return [];
    const { from, to } = h.value;
    return [out(i, h.start, h.next, true, (a) => approximate(spanDate(a + from, a + to)))];
  }

  /** «2024/12/02», «02/12/2024», «۱۴۰۳/۰۹/۱۲», «2024-12-02». */
  function numericDate(i: number): Candidate[] {
    const a = tok(i);
    const sep = tok(i + 1)?.text;
    if (a?.kind !== "num" || (sep !== "/" && sep !== "-" && sep !== ".")) return [];
    if (tok(i + 3)?.text !== sep || tok(i + 2)?.kind !== "num" || tok(i + 4)?.kind !== "num") return [];
    for (let k = i; k < i + 4; k++) if (tok(k)!.end !== tok(k + 1)!.start) return [];
    const b = Number(tok(i + 2)!.text);
    const c = tok(i + 4)!;
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
    const before = text[a.start - 1];
    const proclitic = (before === "و" || before === "ف") && !isWordChar(text[a.start - 2]); // «و۱۴۰۳/۰۹/۱۲»
    if (isWordChar(text[c.end]) || (isWordChar(before) && !proclitic)) return [];
    const n = calendarOf(cal).toDay(y, m, d);
    return n === null ? [] : [out(i, a.start, i + 5, false, () => spanDate(n, n))];
  }

  /** «من 10 إلى 12 يناير 2024», «10-12 كانون الثاني», «۱۰ تا ۱۲ آذر ۱۴۰۳», «30 يناير - 2 فبراير 2024». */
  function dayRange(i: number): Candidate[] {
    const opener = match(lex.rangeOpeners, i);
    const j = opener ? opener.next : i;
    const d1 = num(j, 1, 31, 2);
    if (d1 === null) return [];
    let k = j + 1;
    const monthA = monthPhrase(k, false);
    if (monthA && monthA.year.kind === "none") k = monthA.next;
    const joiner = is(lex.rangeJoiners, k);
    if (!joiner) return [];
    const d2 = num(joiner.next, 1, 31, 2);
    if (d2 === null) return [];
    const p = monthPhrase(joiner.next + 1, false);
    if (!p) return [];
    if (!monthA && d1 >= d2) return [];
    const future = p.year.kind === "none" && isFuture(i, p.next);
    const start = opener ? opener.start : tok(j)!.start;
    const cal = calendarOf(p.calendar);
    const twin = monthA && monthA.year.kind === "none" ? monthA : null;
    return [
      out(i, start, p.next, p.year.kind !== "absolute", (a) => {
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

  /** «بين عامي 2011 و2015», «من عام 2011 إلى عام 2015», «از سال ۱۳۹۰ تا ۱۴۰۰», «سالهای ۲۰۱۱ تا ۲۰۱۵». */
  function yearRange(i: number): Candidate[] {
    const opener = match(lex.rangeOpeners, i);
    let j = opener ? opener.next : i;
    const kw = match(lex.yearKeywords, j, !opener);
    if (!opener && !kw) return [];
    if (kw) j = kw.next;
    const y1 = yearAt(j, kw?.value);
    if (!y1) return [];
    const joiner = is(lex.rangeJoiners, y1.next);
    if (!joiner) return [];
    const kw2 = match(lex.yearKeywords, joiner.next, false);
    const y2 = yearAt(kw2 ? kw2.next : joiner.next, y1.calendar);
    if (!y2 || y2.calendar !== y1.calendar || y2.year <= y1.year) return [];
    const cal = calendarOf(y1.calendar);
    const start = opener ? opener.start : kw!.start;
    return [
      out(i, start, y2.next, false, () => {
        const a = yearSpan(cal, y1.year);
        const b = yearSpan(cal, y2.year);
        return a && b ? rangeOf(spanDate(a[0], a[1]), spanDate(b[0], b[1])) : null;
      }),
    ];
  }

  return {
    /** Every candidate starting at token i (most specific recognisers first). */
    at(i: number): Candidate[] {
      return [
        ...dayRange(i),
        ...yearRange(i),
        ...weekOfMonth(i),
        ...numericDate(i),
        ...calendarDate(i),
        ...yearDate(i),
        ...relativePeriod(i),
        ...weekdayPhrase(i),
        ...dayWord(i),
        ...distance(i),
        ...window(i),
      ];
    },
    /**
     * Candidates built from two others: «من 10 يناير 2024 إلى 12 فبراير 2024» (a range), and «الاثنين 21 أكتوبر
     * 2024» / «الأحد الموافق 20 أكتوبر» (a weekday followed by its explicit date: the date wins).
     */
    combine(cands: readonly Candidate[]): Candidate[] {
      const byFirst = new Map<number, Candidate[]>();
      for (const c of cands) byFirst.set(c.firstTok, [...(byFirst.get(c.firstTok) ?? []), c]);
      const found: Candidate[] = [];
      for (const a of cands) {
        // range: opener A joiner B
        const openerTok = a.firstTok - 1;
        const opener = openerTok >= 0 ? is(lex.rangeOpeners, openerTok) : null;
        const joiner = opener?.next === a.firstTok ? is(lex.rangeJoiners, a.nextTok) : null;
        if (opener && joiner) {
          for (const b of byFirst.get(joiner.next) ?? []) {
            found.push({
              start: tok(openerTok)!.start,
              end: b.end,
              relative: a.relative || b.relative,
              firstTok: openerTok,
              nextTok: b.nextTok,
              resolve: (n) => {
                const x = a.resolve(n);
                const y = b.resolve(n);
                // only two single dates make a range («… تا ۲۰۱۵ و سالهای ۱۳۹۰ …» is two ranges, not one)
                if (!x || !y || x.precision === "range" || y.precision === "range") return null;
                return rangeOf(x, y);
              },
            });
          }
        }
        // weekday + explicit date
        let k = a.nextTok;
        const t = tok(k)?.text;
        if (t === "," || t === "(" || t === lex.corresponding) k++;
        if (a.relative && match(lex.weekdays, a.firstTok, true)) {
          for (const b of byFirst.get(k) ?? []) {
            if (b.relative) continue;
            const check = b.resolve(0);
            if (check?.precision !== "day") continue;
            found.push({ ...b, start: a.start, firstTok: a.firstTok });
          }
        }
      }
      return found;
    },
  };
}
